/**
 * Limits on issue lists (issue 21): a reader reports at most {@link MAX_ISSUES} issues and then one summary issue,
 * `too_many_issues`, that says how many were left out. A hostile or broken document cannot make a reader build (or a
 * log print) an unbounded list, and every package caps the same way with the same code and text.
 */
import type { LocalizedTemplate } from "./catalogue.ts";

/**
 * The most issues a reader reports before its summary issue.
 * @example
 * ```ts
 * result.error.issues.length <= MAX_ISSUES + 1; // always
 * ```
 */
export const MAX_ISSUES = 100;

/** The params of `too_many_issues`: how many issues were left out, and the limit. */
export type TooManyIssuesParams = { readonly omitted: number; readonly limit: number };

/**
 * The text of `too_many_issues`, shared by every package that reports it (one code, one meaning, one text).
 * @example
 * ```ts
 * renderTemplate(TOO_MANY_ISSUES_TEXT.nb, { omitted: 5, limit: 100 }); // "5 feil til er utelatt (grensen er 100)"
 * ```
 */
export const TOO_MANY_ISSUES_TEXT: LocalizedTemplate<TooManyIssuesParams> = {
  en: (p) => `${p.omitted} more issue(s) left out (the limit is ${p.limit}); fix these and validate again`,
  nb: (p) => `${p.omitted} feil til er utelatt (grensen er ${p.limit}); rett disse og valider på nytt`,
  nn: (p) => `${p.omitted} feil til er utelatne (grensa er ${p.limit}); rett desse og valider på nytt`,
};

/**
 * Caps an issue list: the first `limit` issues and, when more were found, one summary issue made by `summary` (the
 * package's `too_many_issues`). A list within the limit is returned as it is.
 * @example
 * ```ts
 * const capped = capIssues(issues, (omitted, limit) => MY_ISSUES.issue("too_many_issues", [], { omitted, limit }));
 * ```
 */
export function capIssues<TIssue>(
  issues: readonly TIssue[],
  summary: (omitted: number, limit: number) => TIssue,
  limit: number = MAX_ISSUES,
): TIssue[] {
  if (issues.length <= limit) {
    return issues as TIssue[];
  }
  return [...issues.slice(0, limit), summary(issues.length - limit, limit)];
}

const SLOT = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * A value read from a structural slot of an input (an element name, a namespace, a key, a code, a questionnaire URL,
 * an option value) as it may appear in an issue's params, path or text (issue 21): the value itself when it is a
 * plain token (letters, digits and `._:-`, at most 64), otherwise `"(?)"`. Such values come from the input, so they
 * could hold personal data or control characters; a token is the shape every known code has.
 * @example
 * ```ts
 * safeSlot("problem-sleep"); // "problem-sleep"
 * safeSlot("Kari Nordmann 15837210094"); // "(?)"
 * ```
 */
export function safeSlot(value: unknown): string {
  return typeof value === "string" && SLOT.test(value) ? value : "(?)";
}
