import type { Issue } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import { PATHWAY_ISSUES, type PathwayIssue } from "./issues.ts";
import { type Profile, safeParseProfile } from "./profile.ts";

describe("PathwayIssue", () => {
  test("is the package's codes or the model's, each with its params", () => {
    const issue = {} as PathwayIssue;
    if (issue.code === "point_out_of_order") {
      expectTypeOf(issue.params.requires).toEqualTypeOf<number>();
    }
    if (issue.code === "required") {
      expectTypeOf(issue).toEqualTypeOf<Issue<"required">>();
    }
    expectTypeOf<PathwayIssue>().toExtend<Issue<string>>();
  });

  test("safeParseProfile narrows to a profile or typed issues", () => {
    const r = safeParseProfile({});
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<Profile>();
    } else {
      expectTypeOf(r.error.issues[0]).toEqualTypeOf<PathwayIssue | undefined>();
    }
  });

  test("the issue maker checks params per code", () => {
    PATHWAY_ISSUES.issue("missing_window", [], { interactionPoint: 2 });
    // @ts-expect-error missing_window needs the interaction point
    PATHWAY_ISSUES.issue("missing_window", []);
  });
});
