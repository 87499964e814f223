/**
 * Small-cell suppression: a figure over fewer than {@link MIN_CELL} patients (or assessments, handovers, points) is
 * not shown, and no shown figure lets one work such a count out by subtraction. Figures add up: a parent (the total,
 * a pilot, a municipality within a pilot; all quarters) is the sum of its children. In every such equation the
 * number of suppressed non-empty terms is 0 or at least 2 (secondary suppression: the smallest shown term is
 * suppressed beside a lone one), so a suppressed count is never the difference of shown ones.
 */

/**
 * The smallest count shown: a figure over 1 to `MIN_CELL - 1` is suppressed.
 * @example
 * ```ts
 * figures.rows.every((r) => r.status !== "shown" || (r.n ?? 0) >= MIN_CELL); // true
 * ```
 */
export const MIN_CELL = 5;

/** A parent and the children that add up to it (keys of the counts). */
export interface Equation {
  readonly parent: string;
  readonly children: readonly string[];
}

/**
 * The keys to suppress: every count from 1 to `min - 1` (primary), and then, until no equation has exactly one
 * suppressed non-empty term, the smallest shown child of such an equation (or its parent when no child is left).
 * Empty counts (0) are shown: there is nobody to protect.
 * @example
 * ```ts
 * suppressCells(new Map([["all", 12], ["a", 9], ["b", 3]]), [{ parent: "all", children: ["a", "b"] }]); // Set {"b", "a"}
 * ```
 */
export function suppressCells(
  counts: ReadonlyMap<string, number>,
  equations: readonly Equation[],
  min: number = MIN_CELL,
): Set<string> {
  const n = (key: string): number => counts.get(key) ?? 0;
  const hidden = new Set<string>();
  for (const [key, value] of counts) {
    if (value > 0 && value < min) {
      hidden.add(key);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const { parent, children } of equations) {
      const terms = [parent, ...children].filter((k) => n(k) > 0);
      if (terms.filter((k) => hidden.has(k)).length !== 1) {
        continue;
      }
      const shown = children.filter((k) => n(k) > 0 && !hidden.has(k)).sort((a, b) => n(a) - n(b) || (a < b ? -1 : 1));
      hidden.add(shown[0] ?? parent);
      changed = true;
    }
  }
  return hidden;
}
