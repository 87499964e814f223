/** The shape of form answers: one value per linkId; a repeating group holds one answer set per entry. */

/**
 * One answer: `boolean`, a choice code (`string`), codes of a multiple choice (`string[]`), an integer, a line or
 * text, an ISO date (`YYYY-MM-DD`), or, for a repeating group, one answer set per entry.
 */
export type AnswerValue = string | number | boolean | readonly string[] | readonly FormAnswers[];

/**
 * Answers keyed by linkId. Items inside a non-repeating group are keyed at the same level as the group; items
 * inside a repeating group live in that group's entries. An absent key, `undefined`, `null`, `""` and `[]` all
 * mean "not answered" (DOMAIN.md §3: unanswered is never "no").
 */
export interface FormAnswers {
  readonly [linkId: string]: AnswerValue | null | undefined;
}

/**
 * `true` when a value counts as "not answered": absent, `null`, `""` or an empty list.
 * @example
 * ```ts
 * isUnanswered(""); // true
 * isUnanswered("no"); // false: "no" is an answer (DOMAIN.md §3)
 * ```
 */
export function isUnanswered(value: unknown): value is undefined | null | "" {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}
