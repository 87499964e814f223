/**
 * Maps zod issues to SDK issues, for users who compose {@link AssessmentSchema} in their own zod schemas and want
 * the SDK's codes, paths and localized texts.
 */
import type * as z from "zod";
import type { IssueMaker } from "./define-issues.ts";
import type { Issue, IssueParams, PathSegment, Issue as SdkIssue } from "./errors.ts";
import { IDENTIFIER_FORMATS } from "./formats.ts";
import { validateNorwegianId } from "./identifiers.ts";
import type { ModelIssueParams, SizeOrigin } from "./issue-codes.ts";
import { MODEL_ISSUES } from "./messages.ts";

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

const make: IssueMaker<ModelIssueParams>["issue"] = (code, path, ...params) =>
  MODEL_ISSUES.issue(code, path, ...params);

/** zod's size origins the model uses; a set counts entries like an array, anything else is a number. */
const origin = (o: string): SizeOrigin => (o === "string" || o === "array" ? o : o === "set" ? "array" : "number");

/**
 * Converts zod issues (from `AssessmentSchema.safeParse`) to SDK issues. `input` is the parsed value, used only to
 * tell which identifier rule failed; it never reaches a message. Issues of rules attached with
 * {@link withRuleIssues} come back as their rules made them; name their type as `TRuleIssue` when the schema's
 * rules report another package's codes.
 * @example
 * ```ts
 * const r = AssessmentSchema.safeParse(doc);
 * if (!r.success) issuesFromZod(r.error.issues, doc).map((i) => formatIssue(i, "nb"));
 * ```
 */
export function issuesFromZod<TRuleIssue extends Issue<string> = Issue>(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
): (Issue | TRuleIssue)[] {
  const out: (Issue | TRuleIssue)[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
    switch (issue.code) {
      case "invalid_type": {
        const value = valueAt(input, path);
        if (value === undefined) {
          out.push(make("required", path, {}));
        } else {
          out.push(
            make("invalid_type", path, {
              expected: issue.expected === "int" ? "integer" : issue.expected,
              received: Array.isArray(value) ? "array" : value === null ? "null" : typeof value,
            }),
          );
        }
        break;
      }
      case "unrecognized_keys":
        for (const _key of issue.keys) {
          out.push(make("unrecognized_key", path, {}));
        }
        break;
      case "invalid_value":
        // zod 4 reports a missing enum or literal as invalid_value; an absent field is `required` everywhere.
        out.push(
          valueAt(input, path) === undefined
            ? make("required", path, {})
            : make("invalid_value", path, { expected: issue.values.map(String) }),
        );
        break;
      case "invalid_union":
        out.push(
          valueAt(input, path) === undefined
            ? make("required", path, {})
            : make("invalid_value", path, {
                expected: "options" in issue ? (issue.options as unknown[]).map(String) : [],
              }),
        );
        break;
      case "too_small":
        out.push(make("too_small", path, { origin: origin(issue.origin), minimum: Number(issue.minimum) }));
        break;
      case "too_big":
        out.push(make("too_big", path, { origin: origin(issue.origin), maximum: Number(issue.maximum) }));
        break;
      case "invalid_format": {
        const kind = IDENTIFIER_FORMATS[issue.format];
        if (kind === undefined) {
          out.push(make("invalid_format", path, { format: issue.format }));
        } else {
          const value = valueAt(input, path);
          const check = typeof value === "string" ? validateNorwegianId(kind, value) : undefined;
          out.push(
            make("invalid_identifier", path, {
              format: issue.format,
              kind,
              reason: check === undefined || check.valid ? "unknown" : check.reason,
            }),
          );
        }
        break;
      }
      case "custom": {
        // A rule issue carried through zod by withRuleIssues: the original code, params and message come back as
        // they were made (the code may be another package's, so its message is not rewritten here).
        const { sdkCode, ...params } = (issue.params ?? {}) as Record<string, unknown>;
        out.push(
          typeof sdkCode === "string"
            ? ({
                code: sdkCode,
                path,
                params: params as IssueParams,
                message: issue.message,
              } as Issue<string> as TRuleIssue)
            : make("invalid_value", path, { expected: [] }),
        );
        break;
      }
      default:
        out.push(make("invalid_value", path, { expected: [] }));
    }
  }
  return out;
}

/**
 * Attaches cross-field rules that return SDK issues to a zod schema. The rules run only when the value is
 * structurally valid; their issues become zod `custom` issues whose `params.sdkCode` carries the SDK code, so
 * {@link issuesFromZod} maps them back. Packages use it to keep one source of truth for their rules.
 * @example
 * ```ts
 * const ProfileSchema = withRuleIssues(structuralProfile, profileRuleIssues);
 * ```
 */
export function withRuleIssues<T>(
  schema: z.ZodType<T>,
  rules: (value: T) => readonly SdkIssue<string>[],
): z.ZodType<T> {
  return schema.check((ctx) => {
    if (ctx.issues.length > 0) {
      return;
    }
    for (const issue of rules(ctx.value as T)) {
      ctx.issues.push({
        code: "custom",
        input: undefined,
        path: [...issue.path],
        message: issue.message,
        params: { sdkCode: issue.code, ...issue.params },
      });
    }
  }) as z.ZodType<T>;
}
