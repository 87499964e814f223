import { test as propTest } from "@fast-check/vitest";
import { arbAssessment, fc } from "@pakkeforlop-hjem/test-utils";
import { arbAnswers } from "@pakkeforlop-hjem/test-utils/instruments";
import { describe, expect, test } from "vitest";
import type { FormAnswers } from "./answers.ts";
import { answersToAssessment, answersToDistress } from "./answers-to-assessment.ts";
import { NEEDS_ASSESSMENT_SP1, THERMOMETER_LEGACY_FORM, THERMOMETER_REVISED_FORM } from "./forms.ts";
import { selfReportAnswers } from "./self-report.ts";

const sample = fc.sample(arbAssessment({ outcome: "completed" }), { numRuns: 1, seed: 42 })[0];
if (sample === undefined) {
  throw new Error("no sample");
}
const context = {
  id: sample.id,
  conductedAt: sample.conductedAt,
  patient: sample.patient,
  conductedBy: sample.conductedBy,
  organisation: sample.organisation,
  diagnosis: sample.diagnosis,
};
/** A day before the conversation, in the conversation's zone. */
const dayBefore = (() => {
  const at = new Date(Date.parse(sample.conductedAt) - 86_400_000).toISOString();
  return at.replace(/\.\d{3}Z$/, "Z");
})();

const own: FormAnswers = {
  "distress-score": 6,
  "problem.sleep": "yes",
  "problem.pain": "no",
  "problem.nutrition": "",
  "other-concerns": "Bekymret for jobben",
  "respondent-note": "not a thermometer item",
};

const conversation: FormAnswers = {
  outcome: "completed",
  mode: "in-person",
  "patient-age-group": context.patient.ageGroup,
  respondent: "patient",
  "consent-municipality": "granted",
  "consent-gp": "granted",
  "next-step-action": "next-interaction-point",
};

describe("selfReportAnswers", () => {
  test("keeps the thermometer's answered items and nothing else", () => {
    expect(selfReportAnswers(own)).toEqual({
      "distress-score": 6,
      "problem.sleep": "yes",
      "problem.pain": "no",
      "other-concerns": "Bekymret for jobben",
    });
    expect(selfReportAnswers({ "problems.physical": ["pain"], "what-matters": "x" })).toEqual({
      "problems.physical": ["pain"],
    });
    expect(selfReportAnswers({})).toEqual({});
  });

  for (const form of [THERMOMETER_LEGACY_FORM, THERMOMETER_REVISED_FORM]) {
    propTest.prop([arbAnswers(form)], { numRuns: 60 })(`${form.id}: nothing of the thermometer is lost`, (answers) => {
      const carried = selfReportAnswers(answers);
      for (const [k, v] of Object.entries(carried)) {
        expect(answers[k]).toEqual(v);
      }
      expect(answersToDistress(form, carried)).toEqual(answersToDistress(form, answers));
    });
  }
});

describe("answersToAssessment with selfReportedAt (issue 16)", () => {
  test("the conversation pre-filled with the patient's own answers marks the screening as self-reported", () => {
    const answers = { ...conversation, ...selfReportAnswers(own) };
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP1, answers, { ...context, selfReportedAt: dayBefore });
    expect(r.success).toBe(true);
    if (!r.success) {
      return;
    }
    expect(r.data.distress?.selfReportedAt).toBe(dayBefore);
    expect(r.data.distress?.score).toBe(6);
    expect(r.data.distress?.items).toEqual([
      { code: "pain", value: "no" },
      { code: "sleep", value: "yes" },
    ]);
  });

  test("a self-report without the number stays without it", () => {
    const { "distress-score": _, ...noScore } = own;
    const answers = { ...conversation, ...selfReportAnswers(noScore) };
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP1, answers, { ...context, selfReportedAt: dayBefore });
    expect(r.success).toBe(true);
    if (!r.success) {
      return;
    }
    expect(r.data.distress?.selfReportedAt).toBe(dayBefore);
    expect(r.data.distress?.score).toBeUndefined();
    expect(r.data.distress?.aboveThreshold).toBeUndefined();
  });

  test("without selfReportedAt the screening is the conversation's own", () => {
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP1, { ...conversation, ...selfReportAnswers(own) }, context);
    expect(r.success && r.data.distress?.selfReportedAt).toBeUndefined();
  });

  test("a self-report dated after the conversation is refused (date_order)", () => {
    const later = new Date(Date.parse(sample.conductedAt) + 3 * 86_400_000).toISOString();
    const answers = { ...conversation, ...selfReportAnswers(own) };
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP1, answers, { ...context, selfReportedAt: later });
    expect(r.success).toBe(false);
    if (r.success) {
      return;
    }
    expect(r.error.issues.map((i) => i.code)).toContain("date_order");
  });

  test("no thermometer in the conversation: nothing to confirm, no screening", () => {
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP1, conversation, { ...context, selfReportedAt: dayBefore });
    expect(r.success).toBe(true);
    expect(r.success && r.data.distress).toBeUndefined();
  });
});
