import { NEEDS_ASSESSMENT_SP1 } from "@pakkeforlop-hjem/instruments";
import { describe, expectTypeOf, test } from "vitest";
import {
  type Dialect,
  type Questionnaire,
  type QuestionnaireBundle,
  type QuestionnaireItem,
  toQuestionnaire,
  toQuestionnaireBundle,
} from "./index.ts";

describe("toQuestionnaire", () => {
  test("names the dialect explicitly and writes nb, nn or en", () => {
    expectTypeOf<Dialect>().toEqualTypeOf<"refero" | "sdc">();
    expectTypeOf(toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "sdc", lang: "nn" })).toEqualTypeOf<Questionnaire>();
    // @ts-expect-error: the dialect is required: Helsenorge and SDC differ
    toQuestionnaire(NEEDS_ASSESSMENT_SP1, { lang: "nb" });
    // @ts-expect-error: not a dialect
    toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "lhc" });
    // @ts-expect-error: not a language the SDK writes
    toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "refero", lang: "se" });
    // @ts-expect-error: unknown option
    toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "refero", pretty: true });
  });

  test("a bundle has one Questionnaire per language and takes no dialect or language", () => {
    expectTypeOf(toQuestionnaireBundle(NEEDS_ASSESSMENT_SP1)).toEqualTypeOf<QuestionnaireBundle>();
    // @ts-expect-error: the bundle is always Refero, in every language of the form
    toQuestionnaireBundle(NEEDS_ASSESSMENT_SP1, { dialect: "refero" });
  });

  test("FHIR items nest as FHIR says", () => {
    expectTypeOf<Questionnaire["item"]>().toEqualTypeOf<readonly QuestionnaireItem[] | undefined>();
  });
});
