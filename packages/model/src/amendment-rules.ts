/**
 * The history rules of an assessment's `amendments` (issue 21; DOMAIN.md §1 "the message must be clearly marked",
 * §6 Epikrise ServType N/M/C): a correction is a new version of one document, and a cancellation withdraws it for
 * good. Encoded as cross-field rules, so `safeParseAssessment`, the zod schema and every other implementation
 * (conformance README) refuse a history that cannot have happened:
 *
 * - A1 (`date_order`): every amendment is dated at or after the conversation (`conductedAt`), and at or after the
 *   amendment before it. Date-times are compared as instants (their zones applied), not as text.
 * - A2 (`amendment_after_cancellation`): nothing follows a cancellation: no change and no second cancellation. A
 *   cancelled assessment can only be sent as a cancellation (Epikrise ServType C).
 * - A3 (`amendment_paths`): a change names at least one changed path; a cancellation names none (it changes no
 *   content, the content stays as it was sent).
 */
import type { Assessment } from "./assessment.ts";
import type { IssueMaker } from "./define-issues.ts";
import type { Issue } from "./errors.ts";
import type { ModelIssueParams } from "./issue-codes.ts";
import { MODEL_ISSUES } from "./messages.ts";

// A function, not an alias of the maker's method (see define-issues.ts on bundles).
const issue: IssueMaker<ModelIssueParams>["issue"] = (code, path, ...params) =>
  MODEL_ISSUES.issue(code, path, ...params);

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * A key that orders ISO date-times with zone by the instant they name: the UTC milliseconds since 1970 of the whole
 * second, and the nanoseconds within that second. `undefined` for a string that is not such a date-time.
 * @internal
 */
export function instantOf(dateTime: string): readonly [number, number] | undefined {
  const m = DATE_TIME.exec(dateTime);
  if (m === null) {
    return undefined;
  }
  const n = (i: number) => Number(m[i]);
  const offset = m[8] === "Z" ? 0 : (m[9] === "-" ? -1 : 1) * (n(10) * 60 + n(11));
  const ms = Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6)) - offset * 60_000;
  const nanos = Number((m[7] ?? "").padEnd(9, "0"));
  return [ms, nanos];
}

/**
 * Whether the date-time `a` names an earlier instant than `b`. Unreadable values are never "before" (the structural
 * checks report them).
 * @internal
 */
export function isBefore(a: string, b: string): boolean {
  const x = instantOf(a);
  const y = instantOf(b);
  if (x === undefined || y === undefined) {
    return false;
  }
  return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
}

/**
 * The issues of an assessment's amendment history (rules A1–A3 above), in document order. Runs on a structurally
 * valid document.
 * @internal
 */
export function amendmentRuleIssues(doc: Assessment): Issue[] {
  const out: Issue[] = [];
  const amendments = doc.amendments ?? [];
  let cancelledAt: number | undefined;
  amendments.forEach((a, i) => {
    const previous = i === 0 ? doc.conductedAt : (amendments[i - 1]?.at ?? doc.conductedAt);
    if (isBefore(a.at, previous)) {
      out.push(
        issue("date_order", ["amendments", i, "at"], {
          notBefore: i === 0 ? "conductedAt" : `amendments[${i - 1}].at`,
        }),
      );
    }
    if (cancelledAt !== undefined) {
      out.push(issue("amendment_after_cancellation", ["amendments", i], { cancellation: cancelledAt }));
    }
    if (a.kind === "cancellation") {
      cancelledAt ??= i;
      if (a.paths.length > 0) {
        out.push(issue("amendment_paths", ["amendments", i, "paths"], { expected: "none" }));
      }
    } else if (a.paths.length === 0) {
      out.push(issue("amendment_paths", ["amendments", i, "paths"], { expected: "at_least_one" }));
    }
  });
  return out;
}
