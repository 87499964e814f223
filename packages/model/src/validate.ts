/**
 * Fast, CSP-safe validation of assessments. The structural checks are precompiled from the zod schema by
 * `pnpm gen` (no zod and no `new Function` at run time); the cross-field rules are the same functions the zod
 * schema runs. Property tests prove both paths accept the same documents and report the same paths.
 */
import type { Assessment } from "./assessment.ts";
import { type Issue, type IssueCode, type SafeResult, ValidationError } from "./errors.ts";
import { createFormats } from "./formats.ts";
import { validateAssessmentStructure } from "./generated/validate-assessment.ts";
import type { Ctx } from "./internal/validator-runtime.ts";
import { capIssues } from "./issue-cap.ts";
import { MODEL_ISSUES } from "./messages.ts";
import { assessmentRuleIssues } from "./rules.ts";

/** Options for parsing an assessment. */
export interface ParseOptions {
  /**
   * Accept synthetic test identifiers (NAV/Dolly month +40, Skatteetaten/Tenor month +80). Default `false`: they
   * are refused so that test data never passes as production data (DOMAIN.md §6).
   */
  readonly allowTestNumbers?: boolean;
}

const STRICT: Ctx = { f: /* @__PURE__ */ createFormats({ allowTestNumbers: false }), id: { allowTestNumbers: false } };
const LENIENT: Ctx = { f: /* @__PURE__ */ createFormats({ allowTestNumbers: true }), id: { allowTestNumbers: true } };

/**
 * Every issue of a document, structural first and then the cross-field rules (which run only on a structurally
 * valid document), capped at `MAX_ISSUES` plus one `too_many_issues` summary. An empty array means the document is
 * a valid {@link Assessment}.
 * @example
 * ```ts
 * const issues = assessmentIssues(json);
 * ```
 */
export function assessmentIssues(input: unknown, options: ParseOptions = {}): Issue[] {
  const issues: Issue[] = [];
  validateAssessmentStructure(input, issues, options.allowTestNumbers === true ? LENIENT : STRICT);
  // Issue 21: at most MAX_ISSUES issues and a summary, so a broken document cannot flood the caller.
  return capIssues(issues.length > 0 ? issues : assessmentRuleIssues(input as Assessment), tooMany);
}

const tooMany = (omitted: number, limit: number): Issue =>
  MODEL_ISSUES.issue("too_many_issues", [], { omitted, limit });

/**
 * Validates an unknown value as an {@link Assessment} and returns a result instead of throwing. Validation never
 * changes the data: on success `data` is the input itself, typed.
 * @example
 * ```ts
 * const result = safeParseAssessment(JSON.parse(text));
 * if (result.success) use(result.data);
 * else for (const issue of result.error.issues) console.log(formatIssue(issue, "nb"));
 * ```
 */
export function safeParseAssessment(input: unknown, options: ParseOptions = {}): SafeResult<Assessment, IssueCode> {
  const issues = assessmentIssues(input, options);
  return issues.length === 0
    ? { success: true, data: input as Assessment }
    : { success: false, error: new ValidationError(issues) };
}

/**
 * Validates an unknown value as an {@link Assessment}, or throws.
 * @throws {@link ValidationError} with every issue when the value is not a valid assessment.
 * @example
 * ```ts
 * const assessment = parseAssessment(JSON.parse(text));
 * ```
 */
export function parseAssessment(input: unknown, options: ParseOptions = {}): Assessment {
  const result = safeParseAssessment(input, options);
  if (!result.success) {
    throw result.error;
  }
  return result.data;
}

/**
 * Type guard: `true` when the value is a valid {@link Assessment}.
 * @example
 * ```ts
 * if (isAssessment(value)) render(value);
 * ```
 */
export function isAssessment(input: unknown, options: ParseOptions = {}): input is Assessment {
  return assessmentIssues(input, options).length === 0;
}
