import type { AssessmentContext, DistressScore, FormAnswers } from "@pakkeforlop-hjem/instruments";
import type { Assessment, IssueCode } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import {
  type FhirIssueCode,
  fromQuestionnaireResponse,
  type Questionnaire,
  type QuestionnaireResponse,
  type ResponseData,
  type ResponseIssueCode,
} from "./index.ts";

declare const questionnaire: Questionnaire;
declare const context: AssessmentContext;
declare const json: unknown;

describe("fromQuestionnaireResponse", () => {
  test("takes an unknown value and narrows on success", () => {
    const result = fromQuestionnaireResponse(json, { questionnaire, context });
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<ResponseData>();
      expectTypeOf(result.data.answers).toEqualTypeOf<FormAnswers>();
      expectTypeOf(result.data.response).toEqualTypeOf<QuestionnaireResponse>();
      // What the form gives: each result only for the form kind that makes it.
      expectTypeOf(result.data.assessment).toEqualTypeOf<Assessment | undefined>();
      expectTypeOf(result.data.distress).toEqualTypeOf<DistressScore | undefined>();
    } else {
      expectTypeOf(result.error.issues[0]!.code).toEqualTypeOf<ResponseIssueCode>();
    }
  });

  test("issues come from FHIR reading, the answers and the model", () => {
    expectTypeOf<FhirIssueCode | IssueCode>().toExtend<ResponseIssueCode>();
    expectTypeOf<"answer_required">().toExtend<ResponseIssueCode>();
    expectTypeOf<string>().not.toExtend<ResponseIssueCode>();
  });

  test("needs the Questionnaire and rejects unknown options", () => {
    // @ts-expect-error: the Questionnaire the response answers is required
    fromQuestionnaireResponse(json, {});
    // @ts-expect-error: unknown option
    fromQuestionnaireResponse(json, { questionnaire, lang: "nb" });
  });
});
