import { readFileSync } from "node:fs";
import { test as propTest } from "@fast-check/vitest";
import {
  answersToAssessment,
  answersToDistress,
  createNeedsAssessmentForm,
  DT_REVISED,
  ESAS_R_FORM,
  FORMS,
  type FormDefinition,
  NEEDS_ASSESSMENT_SP1,
  NEEDS_ASSESSMENT_SP2,
  THERMOMETER_LEGACY_FORM,
  THERMOMETER_REVISED_FORM,
} from "@pakkeforlop-hjem/instruments";
import { type Assessment, isSdkError } from "@pakkeforlop-hjem/model";
import { fc } from "@pakkeforlop-hjem/test-utils";
import { arbAnswers, arbNeedsAssessment } from "@pakkeforlop-hjem/test-utils/instruments";
import { describe, expect, test } from "vitest";
import { assessmentToAnswers } from "./assessment-to-answers.ts";

const NEEDS_FORMS: readonly FormDefinition[] = [
  ...FORMS.filter((f) => f.kind === "needs-assessment"),
  ...([1, 2, 3] as const).map((ip) => createNeedsAssessmentForm(ip, { instrument: DT_REVISED })),
];

const example = (name: string): Assessment =>
  JSON.parse(readFileSync(new URL(`../../../examples/data/${name}.json`, import.meta.url), "utf8")) as Assessment;

const code = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return isSdkError(e) ? e.code : "other";
  }
};

describe("assessmentToAnswers", () => {
  propTest.prop(
    [fc.constantFrom(...NEEDS_FORMS).chain((form) => fc.tuple(fc.constant(form), arbNeedsAssessment(form)))],
    {
      numRuns: 40,
    },
  )("is the inverse of answersToAssessment for every needs-assessment form", ([form, { context, answers }]) => {
    const a = answersToAssessment(form, answers, context);
    if (!a.success) {
      throw new Error(a.error.message);
    }
    const back = assessmentToAnswers(form, a.data);
    expect(back).toEqual(answers);
    const again = answersToAssessment(form, back, context);
    expect(again.success && again.data).toEqual(a.data);
  });

  propTest.prop(
    [
      fc
        .constantFrom(THERMOMETER_LEGACY_FORM, THERMOMETER_REVISED_FORM)
        .chain((form) => fc.tuple(fc.constant(form), arbAnswers(form))),
    ],
    { numRuns: 40 },
  )("is the inverse of answersToDistress for the thermometer forms", ([form, answers]) => {
    const d = answersToDistress(form, answers);
    if (!d.success) {
      throw new Error(d.error.message);
    }
    const screening = { ...example("sp1-consent-all"), distress: d.data.screening } as Assessment;
    const back = assessmentToAnswers(form, screening);
    const again = answersToDistress(form, back);
    expect(again.success && again.data).toEqual(d.data);
    if (form === THERMOMETER_LEGACY_FORM) {
      expect(back).toEqual(answers);
    }
  });

  test("writes the shipped example's answers with the form's linkIds", () => {
    const answers = assessmentToAnswers(NEEDS_ASSESSMENT_SP1, example("sp1-consent-all"));
    expect(answers).toMatchObject({ outcome: "completed", "consent-municipality": "granted", "consent-gp": "granted" });
    expect(typeof answers["distress-score"]).toBe("number");
  });

  test("the topics the patient raised before the visit are the pre-visit form's wish-topics (issue 16)", () => {
    const a = example("sp1-consent-all");
    const raised: Assessment = {
      ...a,
      topics: { ...a.topics, "mental-health": { status: "need", raisedBy: "patient" } },
    };
    const answers = assessmentToAnswers(NEEDS_ASSESSMENT_SP1, raised);
    expect(answers["wish-topics"]).toEqual(["mental-health"]);
    expect(assessmentToAnswers(NEEDS_ASSESSMENT_SP1, a)["wish-topics"]).toBeUndefined();
  });

  test("a part absent from the assessment (a recipient's copy) stays unanswered", () => {
    const { distress: _d, whatMatters: _w, ...rest } = example("sp1-consent-all");
    const answers = assessmentToAnswers(NEEDS_ASSESSMENT_SP1, { ...rest, topics: {} } as Assessment);
    expect(
      Object.keys(answers).filter(
        (k) => k.startsWith("topic.") || k.startsWith("problem") || k === "distress-score" || k === "what-matters",
      ),
    ).toEqual([]);
    expect(assessmentToAnswers(THERMOMETER_LEGACY_FORM, rest as Assessment)).toEqual({});
  });

  test("throws invalid_argument for another interaction point, another instrument or a form of another kind", () => {
    const a = example("sp1-consent-all");
    expect(code(() => assessmentToAnswers(NEEDS_ASSESSMENT_SP2, a))).toBe("invalid_argument");
    expect(code(() => assessmentToAnswers(THERMOMETER_REVISED_FORM, a))).toBe("invalid_argument");
    expect(code(() => assessmentToAnswers(ESAS_R_FORM, a))).toBe("invalid_argument");
  });
});
