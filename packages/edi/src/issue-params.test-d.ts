import type { Issue, IssueCode, NoteDataIssueCode } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import { type ExtractedAssessment, extractAssessment } from "./extract.ts";
import { EDI_ISSUES, type EdiIssue, type EdiIssueCode } from "./issues.ts";
import type { BuildIssue } from "./options.ts";
import type { ParsedMessage } from "./parse.ts";

describe("extractAssessment", () => {
  test("is a SafeResult: data or null (not ours), or an error with the note it came from", () => {
    const found = extractAssessment({} as ParsedMessage);
    if (found.success) {
      expectTypeOf(found.data).toEqualTypeOf<ExtractedAssessment | null>();
      if (found.data !== null) {
        expectTypeOf(found.data.noteIndex).toEqualTypeOf<number>();
        expectTypeOf(found.data.redacted).toEqualTypeOf<boolean>();
        expectTypeOf(found.data.lifecycle).toEqualTypeOf<"new" | "change" | "cancellation">();
      }
    } else {
      expectTypeOf(found.noteIndex).toEqualTypeOf<number>();
      expectTypeOf(found.error.issues[0]).toEqualTypeOf<
        Issue<IssueCode | NoteDataIssueCode | EdiIssueCode> | undefined
      >();
      // @ts-expect-error a failed result has no data
      found.data;
    }
  });
});

describe("EdiIssue", () => {
  test("checking the code narrows the params", () => {
    const issue = {} as EdiIssue;
    if (issue.code === "too_large") {
      expectTypeOf(issue.params.limit).toEqualTypeOf<number>();
    }
    expectTypeOf<BuildIssue>().toEqualTypeOf<Issue | EdiIssue>();
  });

  test("the issue maker checks params per code", () => {
    EDI_ISSUES.issue("missing_element", ["MsgId"], { element: "MsgId" });
    // @ts-expect-error missing_element names the element
    EDI_ISSUES.issue("missing_element", ["MsgId"]);
    // @ts-expect-error invalid_msg_id carries no params
    EDI_ISSUES.issue("invalid_msg_id", ["MsgId"], { value: "x" });
  });
});
