import { readFileSync } from "node:fs";
import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { amendAssessment, cancelAssessment, isCancelled } from "./amend.ts";
import { instantOf, isBefore } from "./amendment-rules.ts";
import type { Amendment, Assessment } from "./assessment.ts";
import { createAssessmentSchema } from "./assessment-schema.ts";
import { formatPath, isSdkError } from "./errors.ts";
import { assessmentIssues } from "./validate.ts";
import { issuesFromZod } from "./zod-issues.ts";

const corrected = (): Assessment =>
  JSON.parse(readFileSync(new URL("../../../examples/data/sp1-corrected.json", import.meta.url), "utf8"));

const OPTS = { allowTestNumbers: true } as const;
const verdict = (doc: unknown) => assessmentIssues(doc, OPTS).map((i) => `${i.code} ${formatPath(i.path)}`);
const schema = createAssessmentSchema(OPTS);
const zodVerdict = (doc: unknown) => {
  const r = schema.safeParse(doc);
  return r.success ? [] : issuesFromZod(r.error.issues, doc).map((i) => `${i.code} ${formatPath(i.path)}`);
};

const change = (at: string): Amendment => ({
  kind: "change",
  at,
  by: "Kari Nordmann",
  reason: "Feil",
  paths: ["notes"],
});
const cancel = (at: string): Amendment => ({
  kind: "cancellation",
  at,
  by: "Kari Nordmann",
  reason: "Feil",
  paths: [],
});
const withHistory = (amendments: Amendment[]): Assessment => ({ ...corrected(), amendments });

// sp1-corrected: the conversation is 2026-03-10T10:30:00+01:00.
describe("amendment history rules (issue 21)", () => {
  test.each<[string, Amendment[], string[]]>([
    [
      "a change, then a cancellation, in order",
      [change("2026-03-11T09:00:00+01:00"), cancel("2026-03-12T09:00:00+01:00")],
      [],
    ],
    [
      "the same instant written in two zones is in order",
      [change("2026-03-11T09:00:00+01:00"), cancel("2026-03-11T08:00:00Z")],
      [],
    ],
    [
      "A2: a change after a cancellation",
      [cancel("2026-03-11T09:00:00+01:00"), change("2026-03-12T09:00:00+01:00")],
      ["amendment_after_cancellation amendments[1]"],
    ],
    [
      "A2: two cancellations",
      [cancel("2026-03-11T09:00:00+01:00"), cancel("2026-03-12T09:00:00+01:00")],
      ["amendment_after_cancellation amendments[1]"],
    ],
    [
      "A1: a cancellation dated before the conversation",
      [cancel("2026-03-10T10:29:59+01:00")],
      ["date_order amendments[0].at"],
    ],
    [
      "A1: a cancellation at the conversation's instant written in UTC is not before it",
      [cancel("2026-03-10T09:30:00Z")],
      [],
    ],
    [
      "A1: a cancellation an hour before, though its local time reads later",
      [cancel("2026-03-10T11:00:00+03:00")],
      ["date_order amendments[0].at"],
    ],
    [
      "A1: amendments out of order",
      [change("2026-03-12T09:00:00+01:00"), change("2026-03-11T09:00:00+01:00")],
      ["date_order amendments[1].at"],
    ],
    [
      "A1: fractions of a second count",
      [change("2026-03-12T09:00:00.5+01:00"), change("2026-03-12T09:00:00.499999999+01:00")],
      ["date_order amendments[1].at"],
    ],
    [
      "A3: a change that names no path",
      [{ ...change("2026-03-12T09:00:00+01:00"), paths: [] }],
      ["amendment_paths amendments[0].paths"],
    ],
    [
      "A3: a cancellation that names paths",
      [{ ...cancel("2026-03-12T09:00:00+01:00"), paths: ["notes"] }],
      ["amendment_paths amendments[0].paths"],
    ],
  ])("%s", (_title, amendments, want) => {
    const doc = withHistory(amendments);
    expect(verdict(doc)).toEqual(want);
    expect(zodVerdict(doc)).toEqual(want);
  });

  test("isCancelled stays true when something (invalidly) follows the cancellation", () => {
    const doc = withHistory([cancel("2026-03-11T09:00:00+01:00"), change("2026-03-12T09:00:00+01:00")]);
    expect(isCancelled(doc)).toBe(true);
  });

  test("amendAssessment and cancelAssessment refuse a time before the conversation or the last amendment", () => {
    const meta = { reason: "Feil", by: "Kari Nordmann", at: "2026-03-01T10:00:00+01:00" };
    const doc = withHistory([]);
    for (const f of [() => cancelAssessment(doc, meta), () => amendAssessment(doc, { notes: "x" }, meta)]) {
      expect(f).toThrow(/meta\.at/);
      try {
        f();
      } catch (e) {
        expect(isSdkError(e) && e.code).toBe("invalid_argument");
      }
    }
    const later = corrected(); // amended 2026-03-12T09:15
    expect(() => cancelAssessment(later, { ...meta, at: "2026-03-12T09:00:00+01:00" })).toThrow(/meta\.at/);
    expect(cancelAssessment(later, { ...meta, at: "2026-03-12T09:15:00+01:00" }).version).toBe(3);
  });

  /** A history of kinds at minutes after the conversation (some negative: before it). */
  const arbHistory = fc.array(
    fc.record({ cancellation: fc.boolean(), minutes: fc.integer({ min: -120, max: 10_000 }) }),
    { maxLength: 6 },
  );
  const at = (minutes: number) =>
    new Date(Date.parse("2026-03-10T09:30:00Z") + minutes * 60_000).toISOString().replace(".000Z", "Z");

  propTest.prop([arbHistory], { numRuns: 200 })(
    "a history is valid exactly when its dates are in order from the conversation and nothing follows a cancellation",
    (history) => {
      const amendments = history.map((h) => (h.cancellation ? cancel(at(h.minutes)) : change(at(h.minutes))));
      const doc = withHistory(amendments);
      const inOrder = history.every((h, i) => h.minutes >= (i === 0 ? 0 : (history[i - 1]?.minutes ?? 0)));
      const firstCancel = history.findIndex((h) => h.cancellation);
      const nothingAfter = firstCancel === -1 || firstCancel === history.length - 1;
      expect(verdict(doc).length === 0).toBe(inOrder && nothingAfter);
      expect(zodVerdict(doc)).toEqual(verdict(doc));
      expect(isCancelled(doc)).toBe(firstCancel !== -1);
    },
  );

  propTest.prop([fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 5 }), fc.boolean()], { numRuns: 200 })(
    "every history made with amendAssessment and cancelAssessment in time order is valid",
    (gaps, cancelAtEnd) => {
      let doc = withHistory([]);
      let minutes = 0;
      gaps.forEach((gap, i) => {
        minutes += gap;
        doc = amendAssessment(
          doc,
          { notes: `Versjon ${i + 2}` },
          { reason: "Feil", by: "Kari", at: at(minutes) },
        ).assessment;
      });
      if (cancelAtEnd) {
        doc = cancelAssessment(doc, { reason: "Feil pasient", by: "Kari", at: at(minutes + 1) }).assessment;
      }
      expect(verdict(doc)).toEqual([]);
      expect(isCancelled(doc)).toBe(cancelAtEnd);
    },
  );

  propTest.prop([
    fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }),
    fc.integer({ min: -14 * 60, max: 14 * 60 }),
  ])("instantOf orders date-times as Date.parse does, whatever the zone they are written in", (date, offset) => {
    const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    const written = `${local}${zone}`;
    const key = instantOf(written);
    expect(key && key[0] + key[1] / 1e6).toBe(date.getTime());
    expect(isBefore(written, date.toISOString())).toBe(false);
    expect(isBefore(date.toISOString(), written)).toBe(false);
  });
});
