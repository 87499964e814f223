/**
 * Instruments as versioned data (DOMAIN.md §3): id, version, languages, categories, items with stable codes, answer
 * format, period and licence metadata. The labels shipped with this package are neutral short labels of our own;
 * an organisation that holds a licence loads the official wording with `withWording`.
 */
import type { Lang, LocalizedText, ScorePeriod, VersionedRef } from "@pakkeforlop-hjem/model";

/**
 * How an instrument's items are answered (DOMAIN.md §3):
 * - `yes-no`: each item is answered yes or no; an unanswered item is absent, never "no" (legacy problem list);
 * - `mark-all`: "mark all that apply"; a marked item is recorded as `yes`, an unmarked one is absent (revised list);
 * - `scale-0-10`: each item is a 0–10 score (ESAS-r).
 */
export type AnswerFormat = "yes-no" | "mark-all" | "scale-0-10";

/** A category of items (e.g. practical, emotional). */
export interface InstrumentCategory {
  /** Stable code of the category, unique within the instrument. */
  readonly code: string;
  readonly label: LocalizedText;
}

/** One item with its stable code. The code is what the model stores in `distress.items[].code`. */
export interface InstrumentItem {
  /** Stable code, unique within the instrument version (token format of the model). */
  readonly code: string;
  /** Code of the category the item belongs to. */
  readonly category: string;
  readonly label: LocalizedText;
}

/** The overall 0–10 score of an instrument that has one (the distress thermometer). */
export interface InstrumentScore {
  readonly min: 0;
  readonly max: 10;
  readonly question: LocalizedText;
  /** Text at 0. */
  readonly low: LocalizedText;
  /** Text at 10. */
  readonly high: LocalizedText;
}

/** Kinds of use that need the rights holder's permission. */
export type LicensedUse = "commercial-use" | "official-wording" | "adaptation" | "ehr-integration";

/** Who holds the rights to an instrument and what use needs permission (DOMAIN.md §3). */
export interface InstrumentLicence {
  readonly rightsHolder: string;
  /** Where the rights holder states its terms. */
  readonly url: string;
  /** Uses that need the rights holder's written permission. */
  readonly permissionRequiredFor: readonly LicensedUse[];
  /** Conditions that apply to any use, in English, for developers and legal review. */
  readonly conditions: readonly string[];
  /** `true` when the labels are the licensed official wording (set by `withWording`). */
  readonly officialWording: boolean;
}

/** Where the official wording of an instrument came from, recorded by `withWording`. */
export interface WordingSource {
  /** Free description of the licence, e.g. "Licensed from the rights holder, agreement 2026-014". */
  readonly source: string;
  /** The languages whose labels were replaced by the licensed wording. */
  readonly languages: readonly Lang[];
}

/**
 * An instrument as versioned data (DOMAIN.md §3). Changing an item, a category or the answer format makes a new
 * version; results always record the id and version they were answered with.
 */
export interface Instrument extends VersionedRef {
  readonly title: LocalizedText;
  /**
   * Which edition this version is, in words a clinician knows (e.g. "eldre problemliste, før 2022"): printed beside
   * the title where the version id would mean nothing to a reader (issue 17). Absent: only the title is printed.
   */
  readonly edition?: LocalizedText;
  /** The languages the labels are written in. */
  readonly languages: readonly Lang[];
  readonly answerFormat: AnswerFormat;
  /** The period the answers cover. */
  readonly period: ScorePeriod;
  /** Instruction shown above the items. */
  readonly instruction: LocalizedText;
  /** The overall 0–10 score, when the instrument has one. */
  readonly score?: InstrumentScore;
  /** Anchors of each item's 0–10 scale, for `scale-0-10` instruments. */
  readonly itemScale?: { readonly low: LocalizedText; readonly high: LocalizedText };
  readonly categories: readonly InstrumentCategory[];
  readonly items: readonly InstrumentItem[];
  /** The "other" free-text entry, when the instrument has one. */
  readonly other?: { readonly label: LocalizedText };
  readonly licence: InstrumentLicence;
  /** Set when an organisation's licensed wording replaced the neutral labels. */
  readonly wording?: WordingSource;
}

/**
 * An instrument without its licence metadata: everything scoring and converting answers read. Every
 * {@link Instrument} is one.
 * @example
 * ```ts
 * const content: InstrumentContent = DT_LEGACY;
 * ```
 */
export type InstrumentContent = Omit<Instrument, "licence">;
