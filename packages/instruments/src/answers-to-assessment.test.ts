import { test as propTest } from "@fast-check/vitest";
import { isSdkError } from "@pakkeforlop-hjem/model";
import { arbAssessment, fc } from "@pakkeforlop-hjem/test-utils";
import { arbAnswers, arbNeedsAssessment } from "@pakkeforlop-hjem/test-utils/instruments";
import { describe, expect, test } from "vitest";
import type { FormAnswers } from "./answers.ts";
import { answersToAssessment, answersToDistress, answersToSymptoms } from "./answers-to-assessment.ts";
import { DT_LEGACY } from "./dt-legacy.ts";
import { DT_REVISED } from "./dt-revised.ts";
import type { FormItem } from "./form.ts";
import {
  ESAS_R_FORM,
  NEEDS_ASSESSMENT_SP1,
  NEEDS_ASSESSMENT_SP2,
  NEEDS_ASSESSMENT_SP3,
  THERMOMETER_LEGACY_FORM,
  THERMOMETER_REVISED_FORM,
} from "./forms.ts";
import { createNeedsAssessmentForm } from "./needs-assessment-form.ts";
import { createThresholdRule } from "./threshold-rule.ts";
import { withWording } from "./wording.ts";

const ctxOf = (doc: Parameters<typeof answersToAssessment>[2] & Record<string, unknown>) => ({
  id: doc.id,
  conductedAt: doc.conductedAt,
  patient: doc.patient,
  conductedBy: doc.conductedBy,
  organisation: doc.organisation,
  diagnosis: doc.diagnosis,
});

const sample = fc.sample(arbAssessment({ outcome: "completed" }), { numRuns: 1, seed: 42 })[0];
if (sample === undefined) {
  throw new Error("no sample");
}
const context = ctxOf(sample as never);

const full: FormAnswers = {
  outcome: "completed",
  mode: "video",
  "patient-age-group": context.patient.ageGroup,
  respondent: "patient",
  participants: [{ "participant-kind": "relative", "participant-relation": "ektefelle" }],
  "distress-score": 6,
  "problem.pain": "yes",
  "problem.sleep": "no",
  "other-concerns": "Bekymret for økonomien",
  "what-matters": "Å være hjemme",
  "topic.nutrition.status": "need",
  "topic.nutrition.note": "Vekttap",
  "topic.oral-health.status": "no-need",
  "has-minors": true,
  minors: [{ "minor-relation": "child", "minor-age": 9, "minor-information-given": true }],
  "child-contact-name": "Barneansvarlig",
  measures: [
    {
      "measure-description": "Henvise til ernæringsfysiolog",
      "measure-responsible": "hospital",
      "measure-status": "planned",
    },
    {
      "measure-description": "Kontakt med Vardesenteret",
      "measure-responsible": "voluntary",
      "measure-contact-name": "Ola",
      "measure-contact-phone": "+47 12345678",
      "measure-status": "planned",
    },
  ],
  "contact-point-name": "Kreftkoordinator",
  "consent-municipality": "granted",
  "consent-gp": "declined",
  "consent-other": [{ "consent-other-recipient": "NAV-kontoret", "consent-other-value": "granted" }],
  "next-step-action": "next-interaction-point",
};

describe("answersToAssessment", () => {
  test("builds a valid assessment with the context, scored distress and ordered measure ids", () => {
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP1, full, {
      ...context,
      thresholdRule: createThresholdRule({ cutoff: 5 }),
    });
    expect(r.success ? [] : r.error.issues).toEqual([]);
    if (!r.success) {
      return;
    }
    const a = r.data;
    expect(a.interactionPoint).toBe(1);
    expect(a.distress?.instrument).toEqual({ id: "dt-legacy", version: "1.0" });
    expect(a.distress?.thresholdRule).toEqual({ id: "score-at-or-above", version: "1.0", cutoff: 5 });
    expect(a.distress?.aboveThreshold).toBe(true);
    expect(a.distress?.items).toEqual([
      { code: "pain", value: "yes" },
      { code: "sleep", value: "no" },
    ]);
    expect(a.topics).toEqual({ nutrition: { status: "need", note: "Vekttap" }, "oral-health": { status: "no-need" } });
    expect(a.children?.minors).toEqual([{ relation: "child", age: 9, informationGiven: true }]);
    expect(a.measures.map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(a.measures[1]?.responsible.contact).toEqual({ name: "Ola", phone: "+47 12345678" });
    expect(a.consent).toEqual([
      {
        recipient: "municipality",
        value: "granted",
        recordedAt: context.conductedAt,
        recordedBy: context.conductedBy.name,
      },
      { recipient: "gp", value: "declined", recordedAt: context.conductedAt, recordedBy: context.conductedBy.name },
      {
        recipient: "other",
        description: "NAV-kontoret",
        value: "granted",
        recordedAt: context.conductedAt,
        recordedBy: context.conductedBy.name,
      },
    ]);
    expect(a.nextStep).toEqual({ action: "next-interaction-point", interactionPoint: 2 });
    expect(a.participants).toEqual([{ kind: "relative", relation: "ektefelle" }]);
  });

  test("maps a declined conversation with reason and re-offer date and no content", () => {
    const r = answersToAssessment(
      NEEDS_ASSESSMENT_SP2,
      {
        outcome: "declined",
        "decline-reason": "not-now",
        "reoffer-on": "2031-06-01",
        mode: "phone",
        "patient-age-group": context.patient.ageGroup,
        respondent: "patient",
        "consent-municipality": "not-asked",
        "consent-gp": "granted",
      },
      context,
    );
    expect(r.success && r.data.outcome).toEqual({ status: "declined", reason: "not-now", reofferOn: "2031-06-01" });
    expect(r.success && r.data.distress).toBeUndefined();
  });

  test("maps the revised problem list from the marked items", () => {
    const form = createNeedsAssessmentForm(1, { instrument: DT_REVISED });
    const { "problem.pain": _, "problem.sleep": __, ...rest } = full;
    const r = answersToAssessment(
      form,
      { ...rest, "problems.social": ["partner"], "problems.physical": ["pain"] },
      context,
    );
    expect(r.success && r.data.distress?.items).toEqual([
      { code: "pain", value: "yes" },
      { code: "partner", value: "yes" },
    ]);
  });

  test("keeps a problem list answered without a score: no score, no flag (DOMAIN.md §3, §5; issue 16)", () => {
    const { "distress-score": _, ...rest } = full;
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP1, rest, context);
    expect(r.success).toBe(true);
    const d = r.success ? r.data.distress : undefined;
    expect(d?.score).toBeUndefined();
    expect(d?.aboveThreshold).toBeUndefined();
    expect(d?.items).toEqual([
      { code: "pain", value: "yes" },
      { code: "sleep", value: "no" },
    ]);
    expect(d?.otherConcerns).toBe("Bekymret for økonomien");
    const { "problem.pain": __, "problem.sleep": ___, "other-concerns": ____, ...none } = rest;
    const empty = answersToAssessment(NEEDS_ASSESSMENT_SP1, none, context);
    expect(empty.success && empty.data.distress).toBeUndefined();
  });

  test("marks the topics the patient asked for before the visit; unanswered ones stay unanswered (issue 16)", () => {
    const r = answersToAssessment(
      NEEDS_ASSESSMENT_SP1,
      { ...full, "wish-topics": ["nutrition", "sexual-health"] },
      context,
    );
    expect(r.success && r.data.topics).toEqual({
      nutrition: { status: "need", note: "Vekttap", raisedBy: "patient" },
      "oral-health": { status: "no-need" },
    });
  });

  test("returns the answer issues when the answers are invalid", () => {
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP1, { ...full, mode: "fax" }, context);
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(["not_an_option"]);
  });

  test("refuses an age group that disagrees with the context", () => {
    const other = context.patient.ageGroup === "adult" ? "child" : "adult";
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP1, { ...full, "patient-age-group": other }, context);
    expect(r.success ? [] : r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["context_mismatch", ["patient-age-group"]],
    ]);
  });

  test("returns the model's issues when the answers break a cross-field rule", () => {
    const r = answersToAssessment(
      NEEDS_ASSESSMENT_SP1,
      { ...full, "next-step-action": "other", "next-step-planned-on": "1920-01-01" },
      context,
    );
    expect(r.success ? [] : r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["date_order", ["nextStep", "plannedOn"]],
    ]);
  });

  test("SP3 does not offer a next interaction point", () => {
    const r = answersToAssessment(NEEDS_ASSESSMENT_SP3, full, context);
    expect(r.success ? [] : r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["not_an_option", ["next-step-action"]],
    ]);
  });

  test("uses a licensed instrument passed in the context and throws for a mismatching one", () => {
    const licensed = withWording(DT_LEGACY, {
      instrument: { id: "dt-legacy", version: "1.0" },
      source: "test",
      languages: ["en"],
      categories: Object.fromEntries(DT_LEGACY.categories.map((c) => [c.code, { en: c.code }])),
      items: Object.fromEntries(DT_LEGACY.items.map((i) => [i.code, { en: i.code }])),
      other: { en: "other" },
    });
    expect(answersToAssessment(NEEDS_ASSESSMENT_SP1, full, { ...context, instrument: licensed }).success).toBe(true);
    expect(() => answersToAssessment(NEEDS_ASSESSMENT_SP1, full, { ...context, instrument: DT_REVISED })).toThrow(
      /dt-revised/,
    );
  });

  test("throws invalid_argument for a form that is not a needs assessment", () => {
    try {
      answersToAssessment(THERMOMETER_LEGACY_FORM, {}, context);
      expect.unreachable();
    } catch (e) {
      expect(isSdkError(e) && e.code === "invalid_argument").toBe(true);
    }
  });

  for (const form of [
    NEEDS_ASSESSMENT_SP1,
    NEEDS_ASSESSMENT_SP2,
    NEEDS_ASSESSMENT_SP3,
    createNeedsAssessmentForm(2, { instrument: DT_REVISED }),
  ]) {
    propTest.prop([arbNeedsAssessment(form)], { numRuns: 80 })(
      `every valid answer set of ${form.id} maps to an assessment the model accepts`,
      ({ context: ctx, answers }) => {
        const r = answersToAssessment(form, answers, ctx);
        expect(r.success ? [] : r.error.issues).toEqual([]);
      },
    );
  }
});

describe("answersToDistress", () => {
  test("scores the legacy thermometer form", () => {
    const r = answersToDistress(THERMOMETER_LEGACY_FORM, { "distress-score": 6, "problem.sleep": "yes" });
    expect(r.success && r.data.aboveThreshold).toBe(true);
    expect(r.success && r.data.screening.items).toEqual([{ code: "sleep", value: "yes" }]);
  });

  test("takes a problem list without a score: no number, no verdict (issue 16)", () => {
    for (const [form, answers, items] of [
      [THERMOMETER_LEGACY_FORM, { "problem.sleep": "yes", "problem.pain": "no" }, ["pain", "sleep"]],
      [THERMOMETER_REVISED_FORM, { "problems.emotional": ["loneliness"] }, ["loneliness"]],
    ] as const) {
      const r = answersToDistress(form, answers);
      expect(r.success && [r.data.scored, r.data.aboveThreshold]).toEqual([false, undefined]);
      const screening = r.success ? r.data.screening : undefined;
      expect(screening && "score" in screening).toBe(false);
      expect(screening && "aboveThreshold" in screening).toBe(false);
      expect(screening?.items.map((i) => i.code)).toEqual(items);
    }
    const other = answersToDistress(THERMOMETER_REVISED_FORM, { "other-concerns": "Økonomien" });
    expect(other.success && [other.data.scored, other.data.screening.otherConcerns]).toEqual([false, "Økonomien"]);
  });

  test("the stand-alone form does not require the score, as the needs-assessment forms do not", () => {
    const find = (items: readonly FormItem[]): FormItem | undefined => {
      for (const i of items) {
        const found = i.linkId === "distress-score" ? i : i.type === "group" ? find(i.items) : undefined;
        if (found !== undefined) {
          return found;
        }
      }
      return undefined;
    };
    for (const form of [THERMOMETER_LEGACY_FORM, THERMOMETER_REVISED_FORM, NEEDS_ASSESSMENT_SP1]) {
      const item = find(form.items);
      expect(item?.type).toBe("integer");
      expect(item && "required" in item).toBe(false);
    }
  });

  test("refuses a stand-alone form with nothing answered: the score is asked for", () => {
    const r = answersToDistress(THERMOMETER_REVISED_FORM, {});
    expect(r.success ? [] : r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["answer_required", ["distress-score"]],
    ]);
  });

  propTest.prop([arbAnswers(THERMOMETER_REVISED_FORM), fc.integer({ min: 0, max: 10 })])(
    "the flag of a revised thermometer always follows the rule, and is absent without a score",
    (answers, cutoff) => {
      const r = answersToDistress(THERMOMETER_REVISED_FORM, answers, { rule: createThresholdRule({ cutoff }) });
      const score = answers["distress-score"] as number | undefined;
      expect(r.success).toBe(true);
      if (r.success) {
        expect(r.data.scored).toBe(score !== undefined);
        expect(r.data.aboveThreshold).toBe(score === undefined ? undefined : score >= cutoff);
        expect(r.data.screening.score).toBe(score);
      }
    },
  );

  test("throws for a form of another kind", () => {
    expect(() => answersToDistress(ESAS_R_FORM, {})).toThrow(/not a thermometer form/);
  });
});

describe("answersToSymptoms", () => {
  test("scores the ESAS-r form with its other problem", () => {
    const r = answersToSymptoms(ESAS_R_FORM, {
      "symptom.pain": 4,
      "symptom.nausea": 1,
      "symptom-other-text": "Kløe",
      "symptom-other-score": 3,
    });
    expect(r.success && [r.data.total, r.data.other]).toEqual([5, { text: "Kløe", score: 3 }]);
  });

  test("requires a score for an other problem", () => {
    const r = answersToSymptoms(ESAS_R_FORM, { "symptom-other-text": "Kløe" });
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(["answer_required"]);
  });

  test("throws for a form of another kind", () => {
    expect(() => answersToSymptoms(NEEDS_ASSESSMENT_SP1, {})).toThrow(/not a symptom-scale form/);
  });
});
