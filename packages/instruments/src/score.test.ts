import { fc, test as propTest } from "@fast-check/vitest";
import { isSdkError, safeParseAssessment } from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { DT_LEGACY } from "./dt-legacy.ts";
import { DT_REVISED } from "./dt-revised.ts";
import { ESAS_R } from "./esas-r.ts";
import { scoreDistress, scoreSymptoms } from "./score.ts";
import { createThresholdRule } from "./threshold-rule.ts";

const issues = (r: { success: boolean; error?: { issues: readonly { code: string; path: readonly unknown[] }[] } }) =>
  r.success ? [] : (r.error?.issues.map((i) => [i.code, i.path]) ?? []);

describe("scoreDistress", () => {
  test("fills the model's distress slot with instrument and rule versions", () => {
    const r = scoreDistress(DT_LEGACY, { score: 5, items: { sleep: "no", pain: "yes" }, otherConcerns: "x" });
    expect(r.success && r.data.screening).toEqual({
      instrument: { id: "dt-legacy", version: "1.0" },
      score: 5,
      period: "past-week-including-today",
      items: [
        { code: "pain", value: "yes" },
        { code: "sleep", value: "no" },
      ],
      otherConcerns: "x",
      thresholdRule: { id: "score-at-or-above", version: "1.0", cutoff: 4 },
      aboveThreshold: true,
    });
  });

  test("judges the flag by the configured rule", () => {
    const at3 = scoreDistress(DT_LEGACY, { score: 3 }, { rule: createThresholdRule({ cutoff: 3 }) });
    const at5 = scoreDistress(DT_LEGACY, { score: 4 }, { rule: createThresholdRule({ cutoff: 5 }) });
    expect(at3.success && at3.data.aboveThreshold).toBe(true);
    expect(at5.success && at5.data.aboveThreshold).toBe(false);
    expect(at5.success && at5.data.screening.thresholdRule.cutoff).toBe(5);
  });

  test("leaves unanswered items out: unanswered is not no", () => {
    const r = scoreDistress(DT_LEGACY, { score: 2, items: { pain: "no" } });
    expect(r.success && r.data.screening.items).toEqual([{ code: "pain", value: "no" }]);
    expect(r.success && r.data.unanswered.length).toBe(DT_LEGACY.items.length - 1);
  });

  test("counts answers per category", () => {
    const r = scoreDistress(DT_LEGACY, { score: 2, items: { pain: "yes", sleep: "no", housing: "yes" } });
    expect(r.success && r.data.categoryCounts["physical"]).toEqual({ yes: 1, no: 1, answered: 2, total: 22 });
    expect(r.success && r.data.categoryCounts["practical"]).toEqual({ yes: 1, no: 0, answered: 1, total: 6 });
    expect(r.success && r.data.categoryCounts["family"]).toEqual({ yes: 0, no: 0, answered: 0, total: 4 });
  });

  test("records marked items of the revised list as yes", () => {
    const r = scoreDistress(DT_REVISED, { score: 1, items: { loneliness: "yes" } });
    expect(r.success && r.data.screening.items).toEqual([{ code: "loneliness", value: "yes" }]);
    expect(r.success && r.data.categoryCounts["emotional"]?.yes).toBe(1);
  });

  test.each([
    ["a score above 10", { score: 11 }, [["out_of_range", ["score"]]]],
    ["a fractional score", { score: 2.5 }, [["answer_type", ["score"]]]],
    ["an unknown item", { score: 2, items: { itching: "yes" as const } }, [["unknown_item", ["items", "itching"]]]],
    [
      "a value other than yes/no",
      { score: 2, items: { pain: "maybe" as "yes" } },
      [["answer_type", ["items", "pain"]]],
    ],
    [
      "other concerns with control characters",
      { score: 2, otherConcerns: "\u0001" },
      [["invalid_text", ["otherConcerns"]]],
    ],
    [
      "other concerns too long",
      { score: 2, otherConcerns: "x".repeat(10_001) },
      [["text_too_long", ["otherConcerns"]]],
    ],
  ])("refuses %s", (_, response, want) => {
    expect(issues(scoreDistress(DT_LEGACY, response))).toEqual(want);
  });

  test("refuses no in a mark-all-that-apply list", () => {
    expect(issues(scoreDistress(DT_REVISED, { score: 2, items: { pain: "no" } }))).toEqual([
      ["answer_type", ["items", "pain"]],
    ]);
  });

  test("throws for an instrument without a thermometer score", () => {
    expect(() => scoreDistress(ESAS_R, { score: 1 })).toThrow(/scoreSymptoms/);
  });

  propTest.prop([
    arbAssessment({ outcome: "completed" }),
    fc.integer({ min: 0, max: 10 }),
    fc.integer({ min: 0, max: 10 }),
    fc.boolean(),
    fc.array(fc.nat(), { maxLength: 10 }),
  ])("the screening always fits the model's assessment", (doc, score, cutoff, legacy, picks) => {
    const inst = legacy ? DT_LEGACY : DT_REVISED;
    const items = Object.fromEntries(
      picks.map(
        (p) => [inst.items[p % inst.items.length]?.code as string, legacy && p % 2 === 0 ? "no" : "yes"] as const,
      ),
    );
    const r = scoreDistress(inst, { score, items }, { rule: createThresholdRule({ cutoff }) });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.aboveThreshold).toBe(score >= cutoff);
      expect(safeParseAssessment({ ...doc, distress: r.data.screening }).success).toBe(true);
    }
  });
});

describe("scoreSymptoms", () => {
  test("keeps answered items in instrument order and sums them", () => {
    const r = scoreSymptoms(ESAS_R, { items: { nausea: 2, pain: 3 }, other: { text: "Itching", score: 4 } });
    expect(r.success && r.data).toEqual({
      instrument: { id: "esas-r", version: "1.0" },
      period: "right-now",
      items: [
        { code: "pain", value: 3 },
        { code: "nausea", value: 2 },
      ],
      total: 5,
      answered: 2,
      complete: false,
      other: { text: "Itching", score: 4 },
    });
  });

  test("marks a response with every item as complete", () => {
    const items = Object.fromEntries(ESAS_R.items.map((i) => [i.code, 10]));
    const r = scoreSymptoms(ESAS_R, { items });
    expect(r.success && [r.data.total, r.data.complete]).toEqual([90, true]);
  });

  test.each([
    ["a score out of range", { items: { pain: 12 } }, [["out_of_range", ["items", "pain"]]]],
    ["an unknown symptom", { items: { itching: 1 } }, [["unknown_item", ["items", "itching"]]]],
    [
      "an other problem without text",
      { items: {}, other: { text: "", score: 2 } },
      [["invalid_text", ["other", "text"]]],
    ],
  ])("refuses %s", (_, response, want) => {
    expect(issues(scoreSymptoms(ESAS_R, response))).toEqual(want);
  });

  test("throws for a thermometer", () => {
    try {
      scoreSymptoms(DT_LEGACY, { items: {} });
      expect.unreachable();
    } catch (e) {
      expect(isSdkError(e)).toBe(true);
    }
  });
});
