/**
 * Small-cell suppression ("prikking"): no published figure, and no difference of published figures, tells a count
 * from 1 to {@link MIN_CELL} − 1. A figure publishes several counts a reader can work out (the denominator `n`, the
 * numerator `k`, the complement `n − k`, and any difference between measures that count the same patients); each of
 * them must be 0 or at least `MIN_CELL`, or the figure is suppressed (primary suppression). Figures add up: a parent
 * (the total, a pilot; all quarters) is the sum of its children (the pilots, the municipalities of a pilot; the
 * quarters). In every such equation, no count is held by exactly one suppressed term, and while the parent is shown
 * the suppressed children's counts add up to 0 or at least `MIN_CELL` (secondary suppression hides a shown child, or
 * the parent, until they do): the parent minus the shown children never tells a small count, nor a suppressed one.
 * Last, the equations are solved together for the suppressed counts (linear algebra); while one is still determined
 * by a chain of them, one more figure beside it is suppressed.
 */

import { determinedUnknowns } from "./linear.ts";

/**
 * The smallest count shown: a count from 1 to `MIN_CELL - 1` (of patients, assessments, handovers or points; a
 * denominator, a numerator or its complement) is never published or left to be worked out. 0 is shown.
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

/** Options for {@link suppressCells}. */
export interface SuppressOptions {
  /**
   * Per count (by index), the index of the count whose 0 shows it is 0: a figure whose denominator is 0 is shown as
   * empty, not suppressed, so a reader knows its numerator is 0 too. Default: each count itself.
   */
  readonly zeroShownBy?: readonly number[];
}

/** What {@link secondary} asks of the keys. */
interface Tests {
  readonly of: (key: string) => readonly number[];
  readonly open: (key: string, i: number) => boolean;
  readonly present: (key: string) => boolean;
  readonly small: (count: number) => boolean;
}

/** The counts a key's figures let a reader work out: one count, or several (the first is its size). */
export type RevealedCounts = number | readonly number[];

/**
 * The keys to suppress. Primary: every key with a count from 1 to `min - 1`. Secondary, until every equation is
 * safe: in an equation where a count is not 0 in exactly one suppressed term, or whose parent is shown while the
 * suppressed children's counts add up to 1 to `min - 1` (for any count), the smallest shown child that makes it safe
 * is suppressed, or else the parent. Every count must add up over the equations (a count of the parent is the sum of
 * the children's). Empty keys (every count 0) are shown: there is nobody to protect.
 * @example
 * ```ts
 * suppressCells(new Map([["all", 12], ["a", 9], ["b", 3]]), [{ parent: "all", children: ["a", "b"] }]); // Set {"b", "a"}
 * suppressCells(new Map([["all", [20, 12]], ["a", [10, 10]], ["b", [10, 2]]]), [{ parent: "all", children: ["a", "b"] }]); // Set {"b", "a"}
 * ```
 */
export function suppressCells(
  counts: ReadonlyMap<string, RevealedCounts>,
  equations: readonly Equation[],
  min: number = MIN_CELL,
  options: SuppressOptions = {},
): Set<string> {
  const of = (key: string): readonly number[] => {
    const value = counts.get(key) ?? 0;
    return typeof value === "number" ? [value] : value;
  };
  // Whether a reader can see that count i of a suppressed key is 0 (its figure is shown as empty).
  const open = (key: string, i: number): boolean => (of(key)[options.zeroShownBy?.[i] ?? i] ?? 0) > 0;
  const small = (count: number): boolean => count > 0 && count < min;
  const present = (key: string): boolean => of(key).some((c) => c > 0);
  const hidden = new Set<string>();
  for (const key of counts.keys()) {
    if (of(key).some(small)) {
      hidden.add(key);
    }
  }
  for (let extra: string | undefined = ""; extra !== undefined; extra = audit(equations, hidden, of, open)) {
    if (extra !== "") {
      hidden.add(extra);
    }
    let changed = true;
    while (changed) {
      changed = false;
      for (const equation of equations) {
        const key = secondary(equation, hidden, { of, open, present, small });
        if (key !== undefined && !hidden.has(key)) {
          hidden.add(key);
          changed = true;
        }
      }
    }
  }
  return hidden;
}

/**
 * A shown key to suppress because the equations together still determine a suppressed count (each equation safe on
 * its own, a chain of them can hold one count alone), or `undefined` when none is determined.
 */
function audit(
  equations: readonly Equation[],
  hidden: ReadonlySet<string>,
  of: (key: string) => readonly number[],
  open: (key: string, i: number) => boolean,
): string | undefined {
  const width = Math.max(0, ...[...hidden].map((k) => of(k).length));
  const seen = new Set<string>();
  for (let i = 0; i < width; i++) {
    const count = (k: string): number => of(k)[i] ?? 0;
    const unknowns = [...hidden].filter((k) => open(k, i)).sort();
    const id = unknowns.join("\u0000");
    if (seen.has(id)) {
      continue;
    }
    seen.add(id);
    const found = determinedUnknowns(equations, unknowns).filter((k) => count(k) > 0);
    if (found.length === 0) {
      continue;
    }
    // Beside a determined count if it has a shown neighbour, else the smallest shown term of a sum with a suppressed
    // one: the chain that determines it runs through shown terms of such sums.
    const near = (k: string, eq: Equation): boolean => eq.parent === k || eq.children.includes(k);
    const around = (keys: readonly string[]): string | undefined =>
      equations
        .filter((eq) => keys.some((k) => near(k, eq)))
        .flatMap((eq) => [...eq.children, eq.parent])
        .filter((k) => !hidden.has(k) && count(k) > 0)
        .sort((a, b) => count(a) - count(b) || (a < b ? -1 : 1))[0];
    const next = around(found.slice(0, 1)) ?? around(unknowns);
    if (next !== undefined) {
      return next;
    }
  }
  return undefined;
}

/** The key to suppress next in one equation, or `undefined` when the equation is safe. */
function secondary(
  { parent, children }: Equation,
  hidden: ReadonlySet<string>,
  { of, open, present, small }: Tests,
): string | undefined {
  const suppressed = [parent, ...children].filter((k) => present(k) && hidden.has(k));
  if (suppressed.length === 0) {
    return undefined;
  }
  // The counts (by index) that leak: held by one suppressed term alone (the others tell it), or adding up to a small
  // number over the suppressed children while the parent is shown (the parent minus the shown children tells it).
  const width = Math.max(...suppressed.map((k) => of(k).length));
  const leaking: number[] = [];
  for (let i = 0; i < width; i++) {
    const held = suppressed.filter((k) => open(k, i));
    const sum = held.reduce((total, k) => total + (of(k)[i] ?? 0), 0);
    if (held.length === 1 || (!hidden.has(parent) && small(sum))) {
      leaking.push(i);
    }
  }
  if (leaking.length === 0) {
    return undefined;
  }
  const shown = children
    .filter((k) => present(k) && !hidden.has(k))
    .sort((a, b) => (of(a)[0] ?? 0) - (of(b)[0] ?? 0) || (a < b ? -1 : 1));
  // A shown child's counts are each 0 or at least `min`: one that holds the leaking counts makes them safe.
  const holds = (k: string, all: boolean): boolean =>
    all ? leaking.every((i) => (of(k)[i] ?? 0) > 0) : leaking.some((i) => (of(k)[i] ?? 0) > 0);
  return shown.find((k) => holds(k, true)) ?? shown.find((k) => holds(k, false)) ?? parent;
}
