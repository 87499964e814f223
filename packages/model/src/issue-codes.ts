/**
 * The issue codes of the model and the params each code carries (ARCHITECTURE.md "Errors"). A params map is the
 * single source of truth for a package's codes: the code union is its keys, the issue maker checks the params of
 * each call against it, and the text catalogue must give every key a text in nb, nn and en. Other packages write
 * their own map the same way (`InstrumentsIssueParams`, `EdiIssueParams`, ...).
 *
 * Params hold facts about the rule (limits, field names, code lists), never a value from the document.
 */
import type { IdentifierFailure, NorwegianIdKind } from "./identifiers.ts";
import type { TooManyIssuesParams } from "./issue-cap.ts";

/**
 * The params of a code that carries none: always `{}`. The optional `none` key is never set; it only makes
 * TypeScript refuse a stray param when an issue is made (`{ linkId: "x" }`) and a template that reads one.
 * @example
 * ```ts
 * const none: NoParams = {};
 * ```
 */
export type NoParams = { readonly none?: never };

/** What a size limit counts: the value itself (`number`), its characters (`string`) or its entries (`array`). */
export type SizeOrigin = "number" | "string" | "array";

/**
 * The params of every issue code of the model, by code. Structural codes mirror JSON Schema keywords; the rest name
 * a rule of DOMAIN.md and are documented where the rule is encoded (`rules.ts`).
 *
 * Adding a code is a minor change; renaming or removing one, or changing what its params mean, is a major change.
 */
export type ModelIssueParams = {
  /** The value has the wrong JSON type: `expected` and `received` are JSON type names (`string`, `array`, ...). */
  readonly invalid_type: { readonly expected: string; readonly received: string };
  /** A required field is absent. */
  readonly required: NoParams;
  /** An object has a field the model does not know; its name is never echoed, only a near-miss known field. */
  readonly unrecognized_key: { readonly didYouMean?: string };
  /** The value is not one of the allowed ones (`expected`: the allowed values; empty when zod did not say). */
  readonly invalid_value: { readonly expected: readonly string[] };
  /** The value (number), its length (string) or its number of entries (array) is below `minimum`. */
  readonly too_small: { readonly origin: SizeOrigin; readonly minimum: number };
  /** The value (number), its length (string) or its number of entries (array) is above `maximum`. */
  readonly too_big: { readonly origin: SizeOrigin; readonly maximum: number };
  /**
   * A string does not have the named format (`date`, `date-time`, `line`, `text`, `phone`, `lang`, `token`,
   * `version`, `icd10-neoplasm`, ...). The instruments package reports the same code with the same meaning for
   * answers (a phone number).
   */
  readonly invalid_format: { readonly format: string };
  /** A Norwegian identifier breaks a rule (`reason`); the identifier itself is never echoed. */
  readonly invalid_identifier: {
    readonly format: string;
    readonly kind: NorwegianIdKind;
    readonly reason: IdentifierFailure | "unknown";
  };
  /** A date comes before the date it must follow (`notBefore`: the path of that date). */
  readonly date_order: { readonly notBefore: string };
  /** `distress.aboveThreshold` disagrees with the score and the threshold rule (DOMAIN.md §3). */
  readonly threshold_flag_mismatch: { readonly expected: boolean; readonly cutoff: number };
  /** `distress.aboveThreshold` is given although the patient gave no score (DOMAIN.md §3; issue 16). */
  readonly threshold_flag_without_score: NoParams;
  /** The birth date disagrees with the one encoded in the identifier at path `against`. */
  readonly birth_date_mismatch: { readonly against: string };
  /** The age group disagrees with the patient's age on the day of the conversation. */
  readonly age_group_mismatch: { readonly expected: "child" | "adult" };
  /** The list of minors disagrees with the yes/no answer (helsepersonelloven § 10a). */
  readonly children_inconsistent: { readonly expected: "at_least_one" | "none" };
  /** Consent for one recipient is recorded twice. */
  readonly duplicate_consent: { readonly recipient: string };
  /** A list repeats a key (`field`: `code` or `id`) used earlier in it. */
  readonly duplicate_item: { readonly field: string };
  /** The next step names an interaction point that is not later than the current one. */
  readonly next_step_order: {
    readonly current: number;
    readonly expected: "greater_than_current" | "none_after_3";
  };
  /** A section is filled in although the conversation did not take place (`outcome`). */
  readonly outcome_content_mismatch: { readonly outcome: string };
  /**
   * An amendment follows a cancellation (`cancellation`: the index of the cancellation in `amendments`): nothing
   * may follow a cancellation, not even a second one (issue 21).
   */
  readonly amendment_after_cancellation: { readonly cancellation: number };
  /** An amendment's changed paths disagree with its kind: a change names at least one, a cancellation none. */
  readonly amendment_paths: { readonly expected: "at_least_one" | "none" };
  /**
   * More issues were found than a reader reports: `omitted` were left out after the first `limit` (issue 21). Every
   * package that caps its issue lists reports this code with this meaning.
   */
  readonly too_many_issues: TooManyIssuesParams;
  /** The document's `schemaVersion` is not one this SDK reads. */
  readonly unsupported_version: { readonly supported: readonly string[] };
};

/**
 * Every issue code the model can report when it validates an assessment.
 * @example
 * ```ts
 * const code: IssueCode = "required";
 * ```
 */
export type IssueCode = keyof ModelIssueParams;

/**
 * The params of the note-data carrier's codes (`readNoteData`): problems with the rows themselves, before the
 * rebuilt document is validated. None carries params: the path says which row and which cell.
 */
export type NoteDataIssueParams = {
  /** The first cell is not a path this SDK writes. */
  readonly note_data_path: NoParams;
  /** The second cell is not a JSON literal (or is a non-empty object or list). */
  readonly note_data_value: NoParams;
  /** The row conflicts with an earlier row (same place, or a value where a list or object was). */
  readonly note_data_conflict: NoParams;
};

/**
 * The codes of problems with the note-data carrier's rows.
 * @example
 * ```ts
 * const code: NoteDataIssueCode = "note_data_conflict";
 * ```
 */
export type NoteDataIssueCode = keyof NoteDataIssueParams;
