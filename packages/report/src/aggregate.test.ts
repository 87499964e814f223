/**
 * The streaming fold (issue 18 point 3): its counts agree with the pathway package's `qualityIndicators` for the
 * measures both have; a patient's lines must come together; bad lines are typed issues with their line number and
 * never quote the input; the patient token never reaches the page, the CSV or an issue.
 */
import { fc, test as propTest } from "@fast-check/vitest";
import { formatIssue, LANGS, MAX_ISSUES } from "@pakkeforlop-hjem/model";
import {
  AHUS_PROFILE,
  NATIONAL_PROFILE,
  type PathwayEvent,
  type PathwayState,
  qualityIndicators,
  replay,
} from "@pakkeforlop-hjem/pathway";
import { arbPathwayEvents } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { reportLines } from "../test/generate.ts";
import { createReportAggregator } from "./aggregate.ts";
import { addCounts, countedFrom, emptyCounts, histogramMedian } from "./cells.ts";
import { reportCsv } from "./csv.ts";
import { ALL_QUARTERS, reportFigures } from "./figures.ts";

const line = (patient: string, event: PathwayEvent, extra: object = {}) => ({ patient, event, ...extra });
const included = (id: string, at: string): PathwayEvent => ({ type: "included", id, at, diagnosedOn: at.slice(0, 10) });

describe("createReportAggregator", () => {
  propTest.prop([fc.array(arbPathwayEvents({ maxSteps: 8 }), { maxLength: 12 })], { numRuns: 40 })(
    "the summed counts are qualityIndicators over the same patients",
    (patients) => {
      const aggregator = createReportAggregator({ profile: NATIONAL_PROFILE });
      let n = 0;
      patients.forEach((events, i) => {
        for (const event of events) {
          aggregator.add(line(`p${i}`, event), ++n);
        }
      });
      const counts = aggregator.finish();
      const states: PathwayState[] = patients
        .map((events) => replay(events, NATIONAL_PROFILE).state)
        .filter((s) => countedFrom(s) !== undefined);
      const q = qualityIndicators(states, { today: "2030-01-01" });
      const sum = emptyCounts();
      for (const cell of counts.cells) {
        addCounts(sum, cell.counts);
      }
      expect(counts.patients).toBe(states.length);
      expect(sum.measures["sp1-done"]).toEqual({ n: q.sp1Done.denominator, k: q.sp1Done.numerator });
      expect(sum.measures["measures-above-threshold"]).toEqual({
        n: q.distressWithMeasure.denominator,
        k: q.distressWithMeasure.numerator,
      });
      expect(sum.measures["electronic-handoffs"]).toEqual({
        n: q.electronicHandoffs.denominator,
        k: q.electronicHandoffs.numerator,
      });
      expect(sum.measures["days-to-sp1"].n).toBe(q.daysDiagnosisToSp1.count);
      expect(histogramMedian(sum.days)).toBe(q.daysDiagnosisToSp1.value);
    },
  );

  test("groups patients by the profile's pilots, municipality and quarter of inclusion", () => {
    const aggregator = createReportAggregator({ profile: AHUS_PROFILE });
    aggregator.add(
      line("a", included("e1", "2023-02-01T09:00:00+01:00"), { diagnosisCode: "C34", municipality: "3205" }),
      1,
    );
    aggregator.add(
      line("b", included("e1", "2023-05-01T09:00:00+02:00"), { diagnosisCode: "C71", municipality: "3205" }),
      2,
    );
    aggregator.add(line("c", included("e1", "2023-05-02T09:00:00+02:00")), 3);
    const cells = aggregator.finish().cells.map(({ counts: _, ...where }) => where);
    expect(cells).toEqual([
      { pilotId: "ahus-pilot-3", municipality: "3205", quarter: "2023-Q1" },
      { municipality: "3205", quarter: "2023-Q2" },
      { quarter: "2023-Q2" },
    ]);
  });

  test("a patient whose lines are split, a conflicting place and bad lines are issues with their line", () => {
    const aggregator = createReportAggregator({ profile: NATIONAL_PROFILE });
    aggregator.add(line("Kari-Nordmann", included("e1", "2023-02-01T09:00:00+01:00"), { municipality: "3205" }), 1);
    aggregator.add(
      line(
        "Kari-Nordmann",
        { type: "offered", id: "e2", at: "2023-02-02T09:00:00+01:00", interactionPoint: 1 },
        { municipality: "3207" },
      ),
      2,
    );
    aggregator.add(line("p2", included("e1", "2023-02-01T09:00:00+01:00")), 3);
    aggregator.add(line("Kari-Nordmann", { type: "closed", id: "e3", at: "2023-03-01T09:00:00+01:00" }), 4);
    aggregator.add({ patient: "p3", event: { type: "included", id: "x", at: "15037210094" } }, 5);
    aggregator.add({ patient: "Ola Nordmann 15037210094", event: included("e1", "2023-02-01T09:00:00+01:00") }, 6);
    aggregator.add([1, 2], 7);
    const { issues, patients, lines } = aggregator.finish();
    expect(patients).toBe(2);
    expect(lines).toBe(7);
    expect(issues.map((i) => [i.code, i.path[0]])).toEqual([
      ["scope_conflict", "line 2"],
      ["patient_not_grouped", "line 4"],
      ["invalid_format", "line 5"],
      ["required", "line 5"],
      ["invalid_format", "line 6"],
      ["invalid_type", "line 7"],
    ]);
    for (const issue of issues) {
      for (const lang of LANGS) {
        const text = formatIssue(issue, lang);
        expect(text).not.toMatch(/Kari|Nordmann|15037210094/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  test("an event that cannot apply is reported at its line, and the rest of the patient counts", () => {
    const aggregator = createReportAggregator({ profile: NATIONAL_PROFILE });
    aggregator.add(line("p1", included("e1", "2023-02-01T09:00:00+01:00")), 1);
    aggregator.add(line("p1", { type: "offered", id: "e2", at: "2022-01-02T09:00:00+01:00", interactionPoint: 1 }), 2);
    const { issues, patients } = aggregator.finish();
    expect(patients).toBe(1);
    expect(issues.map((i) => [i.code, i.path[0]])).toEqual([["event_before_inclusion", "line 2"]]);
  });

  test(`issues are capped at ${MAX_ISSUES} and a too_many_issues summary`, () => {
    const aggregator = createReportAggregator({ profile: NATIONAL_PROFILE });
    for (let i = 1; i <= MAX_ISSUES + 30; i++) {
      aggregator.add({ nope: true }, i);
    }
    const { issues } = aggregator.finish();
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toMatchObject({ code: "too_many_issues", params: { limit: MAX_ISSUES } });
    const last = issues.at(-1) as { params: { omitted: number } };
    expect(last.params.omitted).toBeGreaterThan(30);
  });

  test("the CSV and the figures hold no token and no date finer than a quarter", () => {
    const aggregator = createReportAggregator({ profile: AHUS_PROFILE });
    let n = 0;
    for (const l of reportLines({ patients: 300, seed: 7 })) {
      aggregator.add({ ...l, patient: `Kari-Nordmann-${l.patient}` }, ++n);
    }
    const figures = reportFigures(aggregator.finish());
    const csv = reportCsv(figures);
    expect(csv).not.toMatch(/Kari|Nordmann|\d{4}-\d{2}-\d{2}|\d{11}/);
    expect(JSON.stringify(figures)).not.toMatch(/Kari|Nordmann|\d{4}-\d{2}-\d{2}/);
    const total = figures.rows.find(
      (r) => r.level === "total" && r.quarter === ALL_QUARTERS && r.measure === "declined-pathway",
    );
    expect(total).toMatchObject({ status: "shown", n: 300 });
  });
});
