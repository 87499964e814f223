import type { Issue } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import { fromQuestionnaireResponse, type ResponseData, type ResponseIssue } from "./from-response.ts";
import { type FhirIssue, isFhirIssue } from "./issues.ts";

describe("fromQuestionnaireResponse", () => {
  test("narrows to the data or to typed issues of three packages", () => {
    const r = fromQuestionnaireResponse({}, { questionnaire: {} as never });
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<ResponseData>();
    } else {
      const issue = r.error.issues[0] as ResponseIssue;
      if (issue.code === "wrong_answer_type") {
        expectTypeOf(issue.params.received).toEqualTypeOf<string>();
      }
      if (issue.code === "answer_required") {
        // an answer issue moved into the response says which item it belongs to
        expectTypeOf(issue.params.linkId).toEqualTypeOf<string | undefined>();
      }
      if (isFhirIssue(issue)) {
        // `too_many_issues` is one code of several packages with one params type, so the narrowed union may hold it twice.
        expectTypeOf(issue).toExtend<FhirIssue>();
      }
    }
  });

  test("every response issue is an SDK issue", () => {
    expectTypeOf<ResponseIssue>().toExtend<Issue<string>>();
  });
});
