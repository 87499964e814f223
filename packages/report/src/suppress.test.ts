/**
 * Small-cell suppression (DOMAIN.md §5; issue 18 point 3): no shown figure is over fewer than 5, a suppressed figure
 * is never printed as a number, and no equation of the published table (a parent is the sum of its children, across
 * pilots, municipalities and quarters) has exactly one suppressed term, so a suppressed count is never the
 * difference of shown ones. Shown figures add up, and equal the true counts.
 */

import { fc, test as propTest } from "@fast-check/vitest";
import { NATIONAL_PROFILE, type Profile } from "@pakkeforlop-hjem/pathway";
import { describe, expect, test } from "vitest";
import type { Cell } from "./aggregate.ts";
import { emptyCounts } from "./cells.ts";
import { reportCsv } from "./csv.ts";
import { ALL_QUARTERS, type FigureRow, reportFigures } from "./figures.ts";
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

  propTest.prop([arbCells], { numRuns: 100 })(
    "no shown figure is below 5, no equation has one lone suppressed term, shown figures add up and are true",
    (cells) => {
      const figures = reportFigures({ profile: PROFILE, cells });
      for (const measure of MEASURES) {
        const rows = figures.rows.filter((r) => r.measure === measure);
        const byKey = new Map(rows.map((r) => [key(r), r]));
        for (const row of rows) {
          const real = truth(cells, row, measure);
          if (row.status === "shown") {
            expect(row.n).toBeGreaterThanOrEqual(MIN_CELL);
            expect(row.n).toBe(real.n);
            if (measure !== "days-to-sp1") {
              expect(row.numerator).toBe(real.k);
            }
          } else {
            expect(row.n).toBeUndefined();
            expect(row.numerator).toBeUndefined();
            expect(row.value).toBeUndefined();
            expect(row.status === "empty").toBe(real.n === 0);
          }
        }
        for (const [parent, ...children] of equations(rows)) {
          const terms = [parent, ...children].map((k) => byKey.get(k as string) as FigureRow);
          expect(terms.filter((t) => t.status === "suppressed").length).not.toBe(1);
          if (terms.every((t) => t.status !== "suppressed")) {
            const sum = (f: (t: FigureRow) => number | undefined) =>
              terms.slice(1).reduce((s, t) => s + (f(t) ?? 0), 0);
            expect(terms[0]?.n ?? 0).toBe(sum((t) => t.n));
            expect(terms[0]?.numerator ?? 0).toBe(sum((t) => t.numerator));
          }
        }
      }
    },
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
