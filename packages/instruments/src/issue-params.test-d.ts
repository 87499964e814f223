import { formatIssue, type Issue, type ModelIssueParams, type SafeResult } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import type { FormAnswers } from "./answers.ts";
import { NEEDS_ASSESSMENT_SP1 } from "./forms.ts";
import { INSTRUMENTS_ISSUES, type InstrumentsIssue, type InstrumentsIssueParams } from "./issues.ts";
import { type FormLintIssue, lintForm } from "./lint-form.ts";
import { validateAnswers } from "./validate-answers.ts";

describe("InstrumentsIssue", () => {
  test("checking the code narrows the params", () => {
    const issue = {} as InstrumentsIssue;
    if (issue.code === "out_of_range") {
      expectTypeOf(issue.params.max).toEqualTypeOf<number | undefined>();
    }
    if (issue.code === "answer_type") {
      expectTypeOf(issue.params.expected).toEqualTypeOf<InstrumentsIssueParams["answer_type"]["expected"]>();
    }
    expectTypeOf<InstrumentsIssue>().toExtend<Issue<string>>();
  });

  test("invalid_format has the model's params: one code, one meaning", () => {
    expectTypeOf<InstrumentsIssueParams["invalid_format"]>().toEqualTypeOf<ModelIssueParams["invalid_format"]>();
    expectTypeOf<Extract<InstrumentsIssue, { code: "invalid_format" }>>().toEqualTypeOf<Issue<"invalid_format">>();
  });

  test("the issue maker checks params per code", () => {
    INSTRUMENTS_ISSUES.issue("text_too_long", ["a"], { maxLength: 10 });
    // @ts-expect-error maxLength is a number
    INSTRUMENTS_ISSUES.issue("text_too_long", ["a"], { maxLength: "10" });
    // @ts-expect-error dead_visibility names a known reason
    INSTRUMENTS_ISSUES.issue("dead_visibility", ["a"], { reason: "because" });
  });
});

describe("results", () => {
  test("validateAnswers is a SafeResult whose failure also carries messages", () => {
    const r = validateAnswers(NEEDS_ASSESSMENT_SP1, {});
    expectTypeOf(r).toExtend<SafeResult<FormAnswers, InstrumentsIssue>>();
    if (!r.success) {
      expectTypeOf(r.error.issues[0]).toEqualTypeOf<InstrumentsIssue | undefined>();
      expectTypeOf(r.messages[0]?.text).toEqualTypeOf<string | undefined>();
      formatIssue(r.error.issues[0] as InstrumentsIssue, "nb");
    }
  });

  test("lintForm returns only lint issues", () => {
    expectTypeOf(lintForm(NEEDS_ASSESSMENT_SP1)).toEqualTypeOf<FormLintIssue[]>();
    expectTypeOf<FormLintIssue["code"]>().toExtend<InstrumentsIssue["code"]>();
  });
});
