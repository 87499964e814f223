/**
 * The model's `issuesFromZod`, plus one fix: zod 4 reports a missing enum or literal field as `invalid_value`, which
 * the model passes on; a field that is absent is reported here as `required`, as for every other missing field.
 */
import { formatIssue, type Issue, issuesFromZod, type PathSegment } from "@pakkeforlop-hjem/model";
import type * as z from "zod";

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (typeof cur !== "object" || cur === null) {
      return undefined;
    }
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** Converts zod issues to SDK issues, reporting absent fields as `required`. */
export function sdkIssuesFromZod(issues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
  return issuesFromZod(issues, input).map((issue) => {
    if (issue.code !== "invalid_value" || valueAt(input, issue.path) !== undefined) {
      return issue;
    }
    const required: Issue = { code: "required", path: issue.path, params: {}, message: "" };
    return { ...required, message: formatIssue(required, "en") };
  });
}
