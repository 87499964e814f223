/**
 * Proof of validation (issue 19): an assessment validated once is not validated again by every builder it passes
 * through. {@link sealAssessment} validates, deep-freezes the document and records it; a consumer asks
 * {@link isSealedAssessment} and skips its own validation when the answer is yes.
 *
 * Why frozen: the proof is "this object, as it is now, was valid". A mutable object could be changed after the check,
 * and the proof would lie. Freezing makes the object unchangeable, so the proof stays true for its whole life.
 * Why a module-private `WeakMap` and not the brand alone: a type can be cast (`doc as Validated<Assessment>`), the
 * registry cannot; a cast object is simply validated again. The map holds no object alive. (A second copy of the
 * model, such as a CommonJS and an ESM install side by side, keeps its own map: its builders validate again.)
 */
import type { Assessment } from "./assessment.ts";
import type { IssueCode, SafeResult } from "./errors.ts";
import { type ParseOptions, safeParseAssessment } from "./validate.ts";

declare const validated: unique symbol;

/**
 * A value that passed validation and was sealed by {@link sealAssessment}: deep-frozen and recorded. The brand is
 * for the type checker; the proof is the record, which {@link isSealedAssessment} reads.
 * @example
 * ```ts
 * const result = sealAssessment(doc);
 * const sealed: Validated<Assessment> | undefined = result.success ? result.data : undefined;
 * ```
 */
export type Validated<T> = T & { readonly [validated]: true };

/** Sealed objects and whether synthetic test numbers were allowed when they were validated. */
const proofs = new WeakMap<object, boolean>();

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) {
    return;
  }
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    deepFreeze((value as Record<string, unknown>)[key]);
  }
}

/**
 * Validates an assessment like `safeParseAssessment` and, when it is valid, deep-freezes it (in place: `data` is your
 * input) and records the proof, so that the builders and renderers that validate their input (`buildHelsefagligDialog`
 * and the other message builders) do not validate it again. Change a sealed assessment with `amendAssessment`, which
 * returns a new document: seal that one again.
 * @example
 * ```ts
 * const sealed = sealAssessment(JSON.parse(text));
 * if (sealed.success) isSealedAssessment(sealed.data); // true: builders will not validate it again
 * ```
 */
export function sealAssessment(
  input: unknown,
  options: ParseOptions = {},
): SafeResult<Validated<Assessment>, IssueCode> {
  const result = safeParseAssessment(input, options);
  if (!result.success) {
    return result;
  }
  deepFreeze(result.data);
  const allowTestNumbers = options.allowTestNumbers === true;
  proofs.set(result.data, (proofs.get(result.data) ?? true) && allowTestNumbers);
  return { success: true, data: result.data as Validated<Assessment> };
}

/**
 * Whether `value` was sealed by {@link sealAssessment} and so is a valid, unchangeable assessment under `options`. An
 * assessment sealed with `allowTestNumbers: true` counts only for a caller that allows test numbers too. A cast
 * (`doc as Validated<Assessment>`) or a copy of a sealed assessment is not sealed.
 * @example
 * ```ts
 * if (!isSealedAssessment(doc)) doc = parseAssessment(doc);
 * ```
 */
export function isSealedAssessment(value: unknown, options: ParseOptions = {}): value is Validated<Assessment> {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const allowedTestNumbers = proofs.get(value);
  return allowedTestNumbers !== undefined && (!allowedTestNumbers || options.allowTestNumbers === true);
}
