import type { Assessment, DistressScreening, Patient, ValidationError } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import {
  type AssessmentContext,
  answersToAssessment,
  answersToDistress,
  type DistressScore,
  type FormAnswers,
  NEEDS_ASSESSMENT_SP1,
  type ScoredDistress,
  THERMOMETER_LEGACY_FORM,
  type UnscoredDistress,
} from "./index.ts";

declare const answers: FormAnswers;
declare const context: AssessmentContext;

describe("answersToAssessment", () => {
  test("narrows on success: the data is a model Assessment", () => {
    const result = answersToAssessment(NEEDS_ASSESSMENT_SP1, answers, context);
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<Assessment>();
    } else {
      expectTypeOf(result.error).toExtend<ValidationError>();
      // Issues from the answers (instruments' codes) and from the model's validation of the result.
      expectTypeOf<"answer_required">().toExtend<(typeof result.error.issues)[number]["code"]>();
      expectTypeOf<"date_order">().toExtend<(typeof result.error.issues)[number]["code"]>();
      expectTypeOf<"no_such_code">().not.toExtend<(typeof result.error.issues)[number]["code"]>();
    }
  });

  test("the context names what the form does not ask and rejects what it does not know", () => {
    expectTypeOf<AssessmentContext["patient"]>().toEqualTypeOf<Patient>();
    // @ts-expect-error: id, conductedAt, conductedBy, organisation and diagnosis are required
    answersToAssessment(NEEDS_ASSESSMENT_SP1, answers, { patient: context.patient });
    // @ts-expect-error: unknown key (the time of the conversation is `conductedAt`)
    answersToAssessment(NEEDS_ASSESSMENT_SP1, answers, { ...context, now: "2026-03-02T10:00:00+01:00" });
  });

  test("answers are plain values keyed by linkId; repeating groups hold entries", () => {
    expectTypeOf({ "distress-score": 6, measures: [{ "measure-description": "x" }] }).toExtend<FormAnswers>();
    expectTypeOf({ "distress-score": new Date() }).not.toExtend<FormAnswers>();
  });
});

describe("answersToDistress", () => {
  test("narrows on success: the data is the scored thermometer, ready for the model's distress slot", () => {
    const result = answersToDistress(THERMOMETER_LEGACY_FORM, answers);
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<DistressScore>();
      expectTypeOf(result.data.screening).toExtend<DistressScreening>();
      expectTypeOf(result.data.screening).toExtend<NonNullable<Assessment["distress"]>>();
    }
  });

  test("the score is not required: the result says whether there is one (issue 16)", () => {
    const result = answersToDistress(THERMOMETER_LEGACY_FORM, answers);
    if (result.success) {
      // Without narrowing, the verdict and the number may be absent.
      expectTypeOf(result.data.aboveThreshold).toEqualTypeOf<boolean | undefined>();
      expectTypeOf(result.data.screening.score).toEqualTypeOf<number | undefined>();
      if (result.data.scored) {
        expectTypeOf(result.data).toEqualTypeOf<ScoredDistress>();
        expectTypeOf(result.data.aboveThreshold).toEqualTypeOf<boolean>();
        expectTypeOf(result.data.screening.score).toEqualTypeOf<number>();
      } else {
        expectTypeOf(result.data).toEqualTypeOf<UnscoredDistress>();
        expectTypeOf(result.data.aboveThreshold).toEqualTypeOf<undefined>();
        expectTypeOf(result.data.screening.score).toEqualTypeOf<undefined>();
        expectTypeOf(result.data.screening.items).toEqualTypeOf<DistressScreening["items"]>();
      }
    }
  });

  test("takes its options as an object of known keys", () => {
    // @ts-expect-error: unknown option
    answersToDistress(THERMOMETER_LEGACY_FORM, answers, { cutoff: 5 });
  });
});
