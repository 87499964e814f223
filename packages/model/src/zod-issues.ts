/**
 * Maps zod issues to SDK issues, for users who compose {@link AssessmentSchema} in their own zod schemas and want
 * the SDK's codes, paths and localized texts.
 */
import type * as z from "zod";
import type { Issue, IssueCode, IssueParams, PathSegment, Issue as SdkIssue } from "./errors.ts";
import { IDENTIFIER_FORMATS } from "./formats.ts";
import { validateNorwegianId } from "./identifiers.ts";
import { describeIssue } from "./messages.ts";

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

function make(code: IssueCode, path: readonly PathSegment[], params: IssueParams): Issue {
  return { code, path, params, message: describeIssue(code, path, params) };
}

/**
 * Converts zod issues (from `AssessmentSchema.safeParse`) to SDK issues. `input` is the parsed value, used only to
 * tell which identifier rule failed; it never reaches a message.
 * @example
 * ```ts
 * const r = AssessmentSchema.safeParse(doc);
 * if (!r.success) issuesFromZod(r.error.issues, doc).map((i) => formatIssue(i, "nb"));
 * ```
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
  const out: Issue[] = [];
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
        out.push(make("too_small", path, { origin: issue.origin, minimum: Number(issue.minimum) }));
        break;
      case "too_big":
        out.push(make("too_big", path, { origin: issue.origin, maximum: Number(issue.maximum) }));
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
        const { sdkCode, ...rest } = (issue.params ?? {}) as Record<string, unknown>;
        out.push(make((sdkCode as IssueCode | undefined) ?? "invalid_value", path, rest as IssueParams));
        break;
      }
      default:
        out.push(make("invalid_value", path, {}));
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
