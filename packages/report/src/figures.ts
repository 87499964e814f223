/**
 * The published figures: the cells added up to the total, each pilot and each municipality within its pilot, per
 * quarter and for all quarters, with small cells suppressed ({@link suppressCells}). Aggregates only: no token, no
 * date finer than a quarter, no count from 1 to 4 to be read or worked out.
 */
import type { Profile } from "@pakkeforlop-hjem/pathway";
import type { Cell } from "./aggregate.ts";
import { addCounts, type CellCounts, emptyCounts, histogramMedian } from "./cells.ts";
import { MEASURES, type MeasureId } from "./measures.ts";
import { type Equation, MIN_CELL, suppressCells } from "./suppress.ts";

/**
 * The quarter of a row that counts every quarter together.
 * @example
 * ```ts
 * figures.rows.filter((r) => r.quarter === ALL_QUARTERS);
 * ```
 */
export const ALL_QUARTERS = "all";

/** The level of a row: everyone, a pilot (or no pilot), a municipality within a pilot. */
export type FigureLevel = "total" | "pilot" | "municipality";

/**
 * One published figure. `status`: `shown` (with `n`, `numerator` for a share and `value`), `suppressed` (a small
 * cell, or one hidden so that a small cell cannot be worked out; nothing else is given) or `empty` (`n` is 0).
 */
export interface FigureRow {
  readonly level: FigureLevel;
  /** The pilot's id; absent on `total` rows and for patients no pilot took. */
  readonly pilotId?: string;
  /** SSB municipality number on `municipality` rows; absent there when the input did not give one. */
  readonly municipality?: string;
  /** `YYYY-Qn` (the quarter the patient was included in) or `all`. */
  readonly quarter: string;
  readonly measure: MeasureId;
  readonly status: "shown" | "suppressed" | "empty";
  readonly n?: number;
  /** For a share: how many of `n`. */
  readonly numerator?: number;
  /** A share from 0 to 1, or the median days. */
  readonly value?: number;
}

/** The figures of a report. */
export interface ReportFigures {
  readonly profileId: string;
  readonly profileName: string;
  /** Quarters in order (`all` not included). */
  readonly quarters: readonly string[];
  /** Pilots in the profile's order, as the rows name them. */
  readonly pilots: readonly { readonly id: string; readonly name: string }[];
  /** Municipality numbers → names the profile knows. */
  readonly municipalityNames: Readonly<Record<string, string>>;
  readonly rows: readonly FigureRow[];
  /** The smallest count shown. */
  readonly minCell: number;
}

interface Node {
  readonly level: FigureLevel;
  readonly pilotId?: string;
  readonly municipality?: string;
  readonly quarter: string;
  readonly counts: CellCounts;
}

const SEP = "\u0000";
const keyOf = (level: FigureLevel, pilot: string, municipality: string, quarter: string): string =>
  [level, pilot, municipality, quarter].join(SEP);

/** Every node (total, pilot, pilot × municipality; each quarter and all) with its counts. */
function nodesOf(cells: readonly Cell[]): Map<string, Node> {
  const nodes = new Map<string, Node>();
  const add = (level: FigureLevel, cell: Cell, quarter: string): void => {
    const pilot = level === "total" ? "" : (cell.pilotId ?? "");
    const municipality = level === "municipality" ? (cell.municipality ?? "") : "";
    const key = keyOf(level, pilot, municipality, quarter);
    let node = nodes.get(key);
    if (node === undefined) {
      node = {
        level,
        ...(level !== "total" && cell.pilotId !== undefined ? { pilotId: cell.pilotId } : {}),
        ...(level === "municipality" && cell.municipality !== undefined ? { municipality: cell.municipality } : {}),
        quarter,
        counts: emptyCounts(),
      };
      nodes.set(key, node);
    }
    addCounts(node.counts, cell.counts);
  };
  for (const cell of cells) {
    for (const level of ["total", "pilot", "municipality"] as const) {
      add(level, cell, cell.quarter);
      add(level, cell, ALL_QUARTERS);
    }
  }
  return nodes;
}

/** The equations the nodes satisfy: parents are sums of children, across the hierarchy and across quarters. */
export function equationsOf(nodes: ReadonlyMap<string, Node>): Equation[] {
  // A parent heads up to two equations (its pilots or municipalities; its quarters), kept apart by kind.
  const equations = new Map<string, { parent: string; children: string[] }>();
  const push = (kind: "place" | "quarter", parent: string, child: string): void => {
    const id = `${kind}${SEP}${parent}`;
    const equation = equations.get(id) ?? { parent, children: [] };
    equation.children.push(child);
    equations.set(id, equation);
  };
  for (const [key, node] of nodes) {
    const pilot = node.pilotId ?? "";
    if (node.level === "pilot") {
      push("place", keyOf("total", "", "", node.quarter), key);
    } else if (node.level === "municipality") {
      push("place", keyOf("pilot", pilot, "", node.quarter), key);
    }
    if (node.quarter !== ALL_QUARTERS) {
      const municipality = node.level === "municipality" ? (node.municipality ?? "") : "";
      push("quarter", keyOf(node.level, pilot, municipality, ALL_QUARTERS), key);
    }
  }
  return [...equations.values()].map((e) => ({ parent: e.parent, children: e.children.sort() }));
}

/** The rows of one node for every measure, suppressed where `hidden[measure]` says. */
function rowsOf(node: Node, key: string, hidden: Readonly<Record<MeasureId, Set<string>>>): FigureRow[] {
  const where = {
    level: node.level,
    ...(node.pilotId === undefined ? {} : { pilotId: node.pilotId }),
    ...(node.municipality === undefined ? {} : { municipality: node.municipality }),
    quarter: node.quarter,
  };
  return MEASURES.map((measure): FigureRow => {
    const { n, k } = node.counts.measures[measure];
    if (n === 0) {
      return { ...where, measure, status: "empty" };
    }
    if (hidden[measure].has(key)) {
      return { ...where, measure, status: "suppressed" };
    }
    if (measure === "days-to-sp1") {
      return { ...where, measure, status: "shown", n, value: histogramMedian(node.counts.days) as number };
    }
    return { ...where, measure, status: "shown", n, numerator: k, value: k / n };
  });
}

const compareRows = (order: readonly string[]) => (a: Node, b: Node) => {
  const level = ["total", "pilot", "municipality"];
  const pilot = (p: string | undefined) => (p === undefined ? order.length : order.indexOf(p));
  return (
    level.indexOf(a.level) - level.indexOf(b.level) ||
    pilot(a.pilotId) - pilot(b.pilotId) ||
    (a.municipality ?? "~").localeCompare(b.municipality ?? "~") ||
    (a.quarter === ALL_QUARTERS ? 1 : 0) - (b.quarter === ALL_QUARTERS ? 1 : 0) ||
    a.quarter.localeCompare(b.quarter)
  );
};

/**
 * Measures suppressed together, because a figure of one tells counts of another: the first four count the same
 * patients (those included are the ones offered the pathway less those who declined it, the `n` of interaction point 1
 * and of a declined point; those with days to interaction point 1 are those who had it, less those without a
 * diagnosis date). Each other measure counts its own things (assessments, handovers, declined points).
 */
const LINKED: readonly (readonly MeasureId[])[] = [
  ["declined-pathway", "sp1-done", "declined-point", "days-to-sp1"],
  ["measures-above-threshold"],
  ["electronic-handoffs"],
  ["reoffered"],
];

/**
 * The counts the figures of linked measures let a reader work out at one node: per measure `n`, `k` and `n − k`, and
 * the patients with interaction point 1 but no diagnosis date (interaction point 1 done less those with days).
 */
function revealed(counts: CellCounts, measures: readonly MeasureId[]): number[] {
  // Keep in step with zeroShownBy.
  const m = counts.measures;
  const out = measures.flatMap((id) => [m[id].n, m[id].k, m[id].n - m[id].k]);
  if (measures.includes("sp1-done") && measures.includes("days-to-sp1")) {
    out.push(m["sp1-done"].k - m["days-to-sp1"].n);
  }
  return out;
}

/** Per count of {@link revealed}, the count whose 0 makes its figure empty (shown as 0): the measure's `n`. */
function zeroShownBy(measures: readonly MeasureId[]): number[] {
  const out = measures.flatMap((_, m) => [3 * m, 3 * m, 3 * m]);
  if (measures.includes("sp1-done") && measures.includes("days-to-sp1")) {
    out.push(3 * measures.indexOf("sp1-done"));
  }
  return out;
}

/**
 * The published figures of the counts: every node's rows, suppressed so that no figure, and no difference of
 * figures, tells a count from 1 to 4 (DOMAIN.md §5; {@link suppressCells}): a suppressed figure is marked, never
 * shown as 0. Linked measures (the ones counting the same patients) are suppressed together.
 * @example
 * ```ts
 * const figures = reportFigures(aggregator.finish());
 * figures.rows.filter((r) => r.status === "suppressed").length;
 * ```
 */
export function reportFigures(counts: { readonly profile: Profile; readonly cells: readonly Cell[] }): ReportFigures {
  const nodes = nodesOf(counts.cells);
  const equations = equationsOf(nodes);
  const hidden = {} as Record<MeasureId, Set<string>>;
  for (const measures of LINKED) {
    const found = new Map([...nodes].map(([key, node]) => [key, revealed(node.counts, measures)]));
    const keys = suppressCells(found, equations, MIN_CELL, { zeroShownBy: zeroShownBy(measures) });
    for (const measure of measures) {
      hidden[measure] = keys;
    }
  }
  const pilots = (counts.profile.scope?.pilots ?? []).map((p) => ({ id: p.id, name: p.name }));
  const order = pilots.map((p) => p.id);
  const municipalityNames: Record<string, string> = {};
  for (const pilot of counts.profile.scope?.pilots ?? []) {
    for (const place of pilot.places ?? []) {
      // A city district's place is named "Oslo, bydel Alna": the municipality is the part before the comma.
      municipalityNames[place.municipality] ??=
        place.district === undefined ? place.name : (place.name.split(",")[0] as string);
    }
  }
  const entries = [...nodes.entries()].sort((a, b) => compareRows(order)(a[1], b[1]));
  const quarters = [...new Set(counts.cells.map((c) => c.quarter))].sort();
  return {
    profileId: counts.profile.id,
    profileName: counts.profile.name,
    quarters,
    pilots: pilots.filter((p) => counts.cells.some((c) => c.pilotId === p.id)),
    municipalityNames,
    rows: entries.flatMap(([key, node]) => rowsOf(node, key, hidden)),
    minCell: MIN_CELL,
  };
}
