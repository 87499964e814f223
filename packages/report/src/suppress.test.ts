/**
 * Small-cell suppression (DOMAIN.md §5; issue 18): no published figure, and no difference of published figures, tells
 * a count from 1 to 4. Checked on random cells and on random event sets: every count a shown figure gives (`n`, `k`,
 * `n − k`, the patients with interaction point 1 but no diagnosis date) is 0 or at least 5; in every equation of the
 * published table (a parent is the sum of its children, across pilots, municipalities and quarters) whose parent is
 * shown, the parent minus the shown children (the sum of the hidden ones, for every count) is 0 or at least 5, and
 * never one suppressed figure alone; no suppressed figure is determined by all the equations together (linear
 * algebra over the suppressed unknowns); suppressed figures are never printed as numbers; shown figures add up, and
 * equal the true counts.
 */

import { fc, test as propTest } from "@fast-check/vitest";
import { NATIONAL_PROFILE, type Profile } from "@pakkeforlop-hjem/pathway";
import { arbPathwayEvents } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { type Cell, createReportAggregator } from "./aggregate.ts";
import { emptyCounts } from "./cells.ts";
import { reportCsv } from "./csv.ts";
import { ALL_QUARTERS, type FigureRow, type ReportFigures, reportFigures } from "./figures.ts";
import { MEASURES, type MeasureId } from "./measures.ts";
import { MIN_CELL, suppressCells } from "./suppress.ts";

const PROFILE: Profile = {
  ...NATIONAL_PROFILE,
  scope: {
    pilots: [
      { id: "a", name: "Pilot A", icd10: [{ from: "C50", to: "C50" }] },
      { id: "b", name: "Pilot B", icd10: [{ from: "C61", to: "C61" }] },
    ],
  },
};

/** Cells with random counts, each at its own place (pilot × municipality × quarter). */
const arbCells: fc.Arbitrary<Cell[]> = fc
  .uniqueArray(
    fc.record({
      pilot: fc.constantFrom("a", "b", undefined),
      municipality: fc.constantFrom("3205", "3212", "0301", undefined),
      quarter: fc.constantFrom("2023-Q1", "2023-Q2", "2023-Q3"),
      counts: fc.array(fc.tuple(fc.integer({ min: 0, max: 14 }), fc.double({ min: 0, max: 1, noNaN: true })), {
        minLength: MEASURES.length,
        maxLength: MEASURES.length,
      }),
      days: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 14 }),
    }),
    { selector: (c) => `${c.pilot}|${c.municipality}|${c.quarter}`, maxLength: 24 },
  )
  .map((list) =>
    list.map((c): Cell => {
      const counts = emptyCounts();
      MEASURES.forEach((m, i) => {
        const [n, share] = c.counts[i] as [number, number];
        counts.measures[m].n = n;
        counts.measures[m].k = Math.floor(n * share);
      });
      counts.measures["days-to-sp1"].n = c.days.length;
      counts.measures["days-to-sp1"].k = 0;
      for (const d of c.days) {
        counts.days.set(d, (counts.days.get(d) ?? 0) + 1);
      }
      return {
        ...(c.pilot === undefined ? {} : { pilotId: c.pilot }),
        ...(c.municipality === undefined ? {} : { municipality: c.municipality }),
        quarter: c.quarter,
        counts,
      };
    }),
  );

type Where = Pick<FigureRow, "level" | "pilotId" | "municipality" | "quarter">;
const key = (r: Where): string => [r.level, r.pilotId ?? "-", r.municipality ?? "-", r.quarter].join("|");

/** The true counts of a place, from the cells. */
function truth(cells: readonly Cell[], where: Where, measure: MeasureId): { n: number; k: number } {
  const inside = cells.filter(
    (c) =>
      (where.quarter === ALL_QUARTERS || c.quarter === where.quarter) &&
      (where.level === "total" || c.pilotId === where.pilotId) &&
      (where.level !== "municipality" || c.municipality === where.municipality),
  );
  return inside.reduce((s, c) => ({ n: s.n + c.counts.measures[measure].n, k: s.k + c.counts.measures[measure].k }), {
    n: 0,
    k: 0,
  });
}

/** The equations of the published table, as lists of row keys: parent first. */
function equations(rows: readonly FigureRow[]): string[][] {
  const groups = new Map<string, string[]>();
  // A parent can head two equations (its municipalities, its quarters): each kind is its own equation.
  const add = (kind: string, parent: string, child: string) =>
    groups.set(`${kind}:${parent}`, [...(groups.get(`${kind}:${parent}`) ?? [parent]), child]);
  for (const r of rows) {
    if (r.level === "pilot") {
      add("place", key({ level: "total", quarter: r.quarter }), key(r));
    }
    if (r.level === "municipality") {
      add(
        "place",
        key({ level: "pilot", ...(r.pilotId === undefined ? {} : { pilotId: r.pilotId }), quarter: r.quarter }),
        key(r),
      );
    }
    if (r.quarter !== ALL_QUARTERS) {
      add("quarter", key({ ...r, quarter: ALL_QUARTERS }), key(r));
    }
  }
  return [...groups.values()];
}

/** Random patients (event streams) with a diagnosis and a home, through the streaming fold: their cells. */
const arbEventCells: fc.Arbitrary<Cell[]> = fc
  .array(
    fc.record({
      events: arbPathwayEvents({ maxSteps: 6 }),
      diagnosisCode: fc.constantFrom("C50", "C61", "C50", "C61", "C34"),
      municipality: fc.constantFrom("3205", "3212", "3205", "3212", undefined),
    }),
    { minLength: 150, maxLength: 300 },
  )
  .map((patients) => {
    const aggregator = createReportAggregator({ profile: PROFILE });
    let line = 0;
    patients.forEach(({ events, ...where }, i) => {
      for (const [j, event] of events.entries()) {
        const scope = j > 0 ? {} : Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined));
        aggregator.add({ patient: `p${i}`, event, ...scope }, ++line);
      }
    });
    return [...aggregator.finish().cells];
  });

const P = 67_108_859; // a prime: p² < 2⁵³, so products stay exact

/** a⁻¹ mod P. */
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [a, P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return ((s0 % P) + P) % P;
}

/**
 * The unknowns the equations determine: the equations are reduced (Gauss–Jordan over the prime field) on the
 * unknowns' columns; an unknown is determined when a reduced row is its column alone.
 */
function determined(eqs: readonly string[][], unknown: ReadonlySet<string>): string[] {
  const columns = [...unknown];
  const index = new Map(columns.map((k, i) => [k, i]));
  const rows = eqs
    .map(([parent, ...children]) => {
      const row = new Array<number>(columns.length).fill(0);
      for (const [k, c] of [[parent as string, P - 1] as const, ...children.map((k) => [k, 1] as const)]) {
        const i = index.get(k);
        if (i !== undefined) {
          row[i] = ((row[i] as number) + c) % P;
        }
      }
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  let rank = 0;
  const pivots: number[] = [];
  for (let col = 0; col < columns.length && rank < rows.length; col++) {
    const at = rows.findIndex((row, i) => i >= rank && row[col] !== 0);
    if (at < 0) {
      continue;
    }
    [rows[rank], rows[at]] = [rows[at] as number[], rows[rank] as number[]];
    const pivot = rows[rank] as number[];
    const inv = inverse(pivot[col] as number);
    for (let j = 0; j < pivot.length; j++) {
      pivot[j] = ((pivot[j] as number) * inv) % P;
    }
    for (const [i, row] of rows.entries()) {
      const f = row[col] as number;
      if (i !== rank && f !== 0) {
        for (let j = 0; j < row.length; j++) {
          row[j] = ((((row[j] as number) - f * (pivot[j] as number)) % P) + P) % P;
        }
      }
    }
    pivots.push(col);
    rank++;
  }
  return pivots
    .filter((col, r) => (rows[r] as number[]).every((v, j) => j === col || v === 0))
    .map((col) => columns[col] as string);
}

const small = (count: number): boolean => count > 0 && count < MIN_CELL;

/** A count a reader could work out at a place: its true value and whether the published figures give it. */
type Series = (where: Where, row: (m: MeasureId) => FigureRow) => { value: number; known: boolean };

/** Every count the figures give: per measure `n`, `k` and `n − k`; patients with SP1 but no diagnosis date. */
function seriesOf(cells: readonly Cell[]): Series[] {
  const memo = new Map<string, { n: number; k: number }>();
  const real = (where: Where, m: MeasureId): { n: number; k: number } => {
    const id = `${key(where)}|${m}`;
    const found = memo.get(id) ?? truth(cells, where, m);
    memo.set(id, found);
    return found;
  };
  const perMeasure = MEASURES.flatMap((m) =>
    [
      (c: { n: number; k: number }) => c.n,
      (c: { n: number; k: number }) => c.k,
      (c: { n: number; k: number }) => c.n - c.k,
    ].map(
      (f): Series =>
        (where, row) => ({ value: f(real(where, m)), known: row(m).status !== "suppressed" }),
    ),
  );
  const noDate: Series = (where, row) => ({
    value: real(where, "sp1-done").k - real(where, "days-to-sp1").n,
    known: row("sp1-done").status !== "suppressed" && row("days-to-sp1").status !== "suppressed",
  });
  return [...perMeasure, noDate];
}

/** Every check of the published figures against the true counts. */
function checkFigures(cells: readonly Cell[], figures: ReportFigures): void {
  const byKey = new Map(figures.rows.map((r) => [`${key(r)}|${r.measure}`, r]));
  const rowAt = (where: Where) => (m: MeasureId) => byKey.get(`${key(where)}|${m}`) as FigureRow;
  const places = figures.rows.filter((r) => r.measure === MEASURES[0]);
  const eqs = equations(places);
  const whereOf = new Map(places.map((r) => [key(r), r]));
  for (const series of seriesOf(cells)) {
    for (const place of places) {
      const { value, known } = series(place, rowAt(place));
      expect(known && small(value)).toBe(false);
    }
    for (const [parent, ...children] of eqs) {
      const p = whereOf.get(parent as string) as FigureRow;
      if (!series(p, rowAt(p)).known) {
        continue;
      }
      const hidden = children
        .map((c) => whereOf.get(c) as FigureRow)
        .map((c) => series(c, rowAt(c)))
        .filter((c) => !c.known);
      expect(small(hidden.reduce((sum, c) => sum + c.value, 0))).toBe(false);
    }
  }
  for (const measure of MEASURES) {
    const rows = figures.rows.filter((r) => r.measure === measure);
    const byPlace = new Map(rows.map((r) => [key(r), r]));
    for (const row of rows) {
      const real = truth(cells, row, measure);
      if (row.status === "shown") {
        expect(row.n).toBeGreaterThanOrEqual(MIN_CELL);
        expect(row.n).toBe(real.n);
        if (measure !== "days-to-sp1") {
          expect(row.numerator).toBe(real.k);
        }
      } else {
        expect([row.n, row.numerator, row.value]).toEqual([undefined, undefined, undefined]);
        expect(row.status === "empty").toBe(real.n === 0);
      }
    }
    for (const [parent, ...children] of eqs) {
      const terms = [parent, ...children].map((k) => byPlace.get(k as string) as FigureRow);
      expect(terms.filter((t) => t.status === "suppressed").length).not.toBe(1);
      if (terms.every((t) => t.status !== "suppressed")) {
        const sum = (f: (t: FigureRow) => number | undefined) => terms.slice(1).reduce((s, t) => s + (f(t) ?? 0), 0);
        expect(terms[0]?.n ?? 0).toBe(sum((t) => t.n));
        expect(terms[0]?.numerator ?? 0).toBe(sum((t) => t.numerator));
      }
    }
    const unknown = new Set(rows.filter((r) => r.status === "suppressed").map(key));
    expect(determined(eqs, unknown)).toEqual([]);
  }
}

describe("suppressCells", () => {
  test("a lone small cell takes the smallest shown sibling with it", () => {
    const hidden = suppressCells(
      new Map([
        ["all", 30],
        ["a", 3],
        ["b", 9],
        ["c", 18],
      ]),
      [{ parent: "all", children: ["a", "b", "c"] }],
    );
    expect([...hidden].sort()).toEqual(["a", "b"]);
  });

  test("a single child under a shown parent hides the parent; zero cells stay shown", () => {
    const counts = new Map([
      ["all", 3],
      ["a", 3],
      ["b", 0],
    ]);
    expect([...suppressCells(counts, [{ parent: "all", children: ["a", "b"] }])].sort()).toEqual(["a", "all"]);
    expect(suppressCells(new Map([["x", 0]]), []).size).toBe(0);
  });

  test("a small numerator or a small complement is suppressed; 0 of at least 5 is shown", () => {
    const one = (n: number, k: number) => suppressCells(new Map([["x", [n, k, n - k]]]), []).size;
    expect([one(20, 2), one(20, 18), one(20, 0), one(20, 20), one(3, 0), one(5, 5), one(0, 0)]).toEqual([
      1, 1, 0, 0, 1, 0, 0,
    ]);
  });

  test("hidden children that add up to a small count take one more child", () => {
    const counts = new Map([
      ["all", 40],
      ["a", 2],
      ["b", 2],
      ["c", 16],
      ["d", 20],
    ]);
    expect([...suppressCells(counts, [{ parent: "all", children: ["a", "b", "c", "d"] }])].sort()).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  test("a child is taken for the count that leaks: one with a numerator, else the parent", () => {
    const eq = [{ parent: "all", children: ["a", "b", "c", "d"] }];
    // a and b: numerators 2 and 1 (3 together); c has no numerator, d has 6.
    const counts = new Map<string, number[]>([
      ["all", [40, 9, 31]],
      ["a", [10, 2, 8]],
      ["b", [10, 1, 9]],
      ["c", [10, 0, 10]],
      ["d", [10, 6, 4]],
    ]);
    // d is small on its complement: a, b and d are hidden, their numerators add up to 9.
    expect([...suppressCells(counts, eq)].sort()).toEqual(["a", "b", "d"]);
    counts.set("d", [10, 0, 10]).set("all", [40, 3, 37]);
    // Nobody else has a numerator: only hiding the total keeps the 3 of a and b from being worked out.
    expect([...suppressCells(counts, eq)].sort()).toEqual(["a", "all", "b"]);
  });

  propTest.prop([arbCells], { numRuns: 100 })(
    "random cells: no figure or difference of figures tells a count from 1 to 4; shown figures add up and are true",
    (cells) => checkFigures(cells, reportFigures({ profile: PROFILE, cells })),
  );

  propTest.prop([arbEventCells], { numRuns: 40 })(
    "random event sets: no figure or difference of figures tells a count from 1 to 4; shown figures add up and are true",
    (cells) => checkFigures(cells, reportFigures({ profile: PROFILE, cells })),
  );

  propTest.prop([arbCells], { numRuns: 60 })(
    "the CSV holds the same figures, suppressed ones without a number",
    (cells) => {
      const figures = reportFigures({ profile: PROFILE, cells });
      const lines = reportCsv(figures).split("\r\n").slice(1, -1);
      expect(lines).toHaveLength(figures.rows.length);
      lines.forEach((line, i) => {
        const row = figures.rows[i] as FigureRow;
        const cols = line.split(",");
        expect(cols[6]).toBe(row.measure);
        expect(cols[7]).toBe(row.status);
        expect(cols[8]).toBe(row.n === undefined ? "" : String(row.n));
        expect(cols[9]).toBe(row.numerator === undefined ? "" : String(row.numerator));
        if (row.status !== "shown") {
          expect(cols.slice(8)).toEqual(["", "", ""]);
        } else {
          // The CSV rounds to 4 decimals: half a unit of the last place, plus float slack (0.03125 -> 0.0313).
          expect(Math.abs(Number(cols[10]) - (row.value as number))).toBeLessThanOrEqual(0.00005 + 1e-12);
        }
      });
    },
  );
});
