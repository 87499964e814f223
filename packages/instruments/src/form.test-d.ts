import type { Lang } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import {
  type AnswersResult,
  createNeedsAssessmentForm,
  DT_REVISED,
  type FormAnswers,
  type FormItem,
  type FormMessage,
  type GroupItem,
  lintForm,
  NEEDS_ASSESSMENT_SP2,
  validateAnswers,
  visibleItems,
} from "./index.ts";

declare const answers: FormAnswers;

describe("form definitions", () => {
  test("an item narrows on its type: only a group has items", () => {
    const item = {} as FormItem;
    if (item.type === "group") {
      expectTypeOf(item).toEqualTypeOf<GroupItem>();
      expectTypeOf(item.items).toEqualTypeOf<readonly FormItem[]>();
    } else {
      expectTypeOf(item).not.toHaveProperty("items");
    }
  });

  test("createNeedsAssessmentForm takes an interaction point 1–3 and options as an object", () => {
    createNeedsAssessmentForm(3, { instrument: DT_REVISED });
    // @ts-expect-error: there are three interaction points
    createNeedsAssessmentForm(4);
    // @ts-expect-error: unknown option
    createNeedsAssessmentForm(1, { lang: "nb" });
  });

  test("lintForm reports only lint codes", () => {
    const code = lintForm(NEEDS_ASSESSMENT_SP2)[0]?.code;
    expectTypeOf<"duplicate_link_id">().toExtend<NonNullable<typeof code>>();
    expectTypeOf<"answer_required">().not.toExtend<NonNullable<typeof code>>();
  });
});

describe("validateAnswers", () => {
  test("narrows on success: the answers back, or the error with messages to show beside the items", () => {
    const result = validateAnswers(NEEDS_ASSESSMENT_SP2, answers, { lang: "nn" });
    expectTypeOf(result).toEqualTypeOf<AnswersResult>();
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<FormAnswers>();
      expectTypeOf(result).not.toHaveProperty("messages");
    } else {
      expectTypeOf(result.messages).toEqualTypeOf<readonly FormMessage[]>();
    }
  });

  test("speaks nb, nn and en only", () => {
    expectTypeOf(visibleItems).parameter(2).toEqualTypeOf<Lang | undefined>();
    // @ts-expect-error: not a language the SDK writes
    validateAnswers(NEEDS_ASSESSMENT_SP2, answers, { lang: "sv" });
    // @ts-expect-error: unknown option
    validateAnswers(NEEDS_ASSESSMENT_SP2, answers, { language: "nb" });
  });
});
