/**
 * The render tree: what an epicrisis says, as plain data, built once from (assessment, options) by
 * {@link buildRenderTree} (`build.ts`) and walked by the printers (`text.ts`, `xhtml.ts`). Every format says the same
 * in the same order (issue 5: fixed section order), and the recipient view (issue 9) is applied before the tree is
 * built, so no printer can show more than its recipient may see. Free text is marked by kind, so that a length budget
 * can shorten it in a stated order without ever touching a structured fact.
 */
import type { Instrument } from "@pakkeforlop-hjem/instruments";
import type { Assessment, Lang, SharablePart } from "@pakkeforlop-hjem/model";
import type { Profile } from "@pakkeforlop-hjem/pathway";

/**
 * Kinds of free text, in the order a length budget shortens them (first shortened first). Structured facts (codes,
 * dates, names, statuses, the score) are never shortened.
 * @example
 * ```ts
 * const note = renderNoteText(assessment, { budget: 1500 });
 * note.shortened.every((kind) => FREE_TEXT_ORDER.includes(kind)); // true
 * ```
 */
export const FREE_TEXT_ORDER = [
  "notes",
  "topic-notes",
  "children-text",
  "next-step-note",
  "reason-text",
  "other-concerns",
  "measure-descriptions",
  "what-matters",
] as const;

/** A kind of free text a budget may shorten. */
export type FreeTextKind = (typeof FREE_TEXT_ORDER)[number];

/** Free text of a kind: the person's own words, which printers clean and a budget may shorten. */
export interface FreeText {
  readonly kind: FreeTextKind;
  readonly text: string;
}

/**
 * One block of a section: the document's `title`, a labelled `field`, a `para`graph, or a list `item` with its
 * fields. Every block has every property (`undefined` where a kind has none), so that printers read one shape.
 *
 * The value of a block is `text`, then its `kept` parts, then its `free` text. `text` is fixed text: one line, no
 * white space at its end (the model's one-line formats and the builder's trimming guarantee it). `kept` parts (a
 * phone number, "HPR 123") follow `text`, each after ", ", and a printer that wraps never breaks inside one. `free`
 * is untrusted: printers clean it.
 */
export interface Block {
  readonly kind: "title" | "field" | "para" | "item";
  /** The label of a field. */
  readonly label: string | undefined;
  readonly text: string;
  readonly kept: readonly string[] | undefined;
  readonly free: FreeText | undefined;
  /** The fields of a list item. */
  readonly fields: readonly Block[] | undefined;
}

/** Section ids, in the fixed order of issue 5. */
export type SectionId =
  | "header"
  | "outcome"
  | "participation"
  | "distress"
  | "what-matters"
  | "topics"
  | "children"
  | "measures"
  | "contact-point"
  | "consent"
  | "next-step"
  | "notes";

/** A section: its heading (none for the header and the outcome, which print none) and its blocks. */
export interface Section {
  readonly id: SectionId;
  readonly heading: string | undefined;
  readonly blocks: readonly Block[];
}

/** The render tree of an assessment for one recipient, in one language. */
export interface RenderTree {
  readonly lang: Lang;
  /** The assessment as the recipient may see it (the model's `recipientView`): the tree says nothing more. */
  readonly view: Assessment;
  readonly sections: readonly Section[];
}

/** Options shared by the renderers. */
export interface RenderOptions {
  /** Output language. Default `nb`. */
  readonly lang?: Lang;
  /** The regional profile that gives the next point's window. Default: the national profile. */
  readonly profile?: Profile;
  /**
   * Instruments to take item labels and categories from, e.g. one loaded with an organisation's licensed wording
   * (`withWording`). Default: the instruments shipped with `@pakkeforlop-hjem/instruments`.
   */
  readonly instruments?: readonly Instrument[];
  /**
   * The delivery this rendering is for (issue 9): its `withhold` (the patient's consent) and `leaveOut` (the
   * profile's data minimisation) decide what is left out. A `Delivery` from `route` fits. Without it, everything is
   * rendered (unless `withhold` says otherwise).
   */
  readonly delivery?: {
    readonly withhold?: readonly SharablePart[];
    readonly leaveOut?: readonly SharablePart[];
  };
  /** Parts to hold back in addition to the delivery's `withhold` (issue 9). */
  readonly withhold?: readonly SharablePart[];
  /**
   * Parts to include although the delivery's `leaveOut` leaves them out: the explicit way to render more than the
   * profile says a recipient needs (issue 9). It never brings back a part the patient's consent holds back.
   */
  readonly include?: readonly SharablePart[];
}

/* The builders' constructors: every block made with every property, in one order (one shape for the printers). */

/** Free text of a kind. */
export const free = (kind: FreeTextKind, text: string): FreeText => ({ kind, text });

/** The document's title. */
export const title = (text: string): Block => ({
  kind: "title",
  label: undefined,
  text,
  kept: undefined,
  free: undefined,
  fields: undefined,
});

/** A labelled field: fixed text, kept parts, free text. */
export const field = (label: string, text: string, kept?: readonly string[], freeText?: FreeText): Block => ({
  kind: "field",
  label,
  text,
  kept,
  free: freeText,
  fields: undefined,
});

/** A paragraph: fixed text, kept parts, free text. */
export const para = (text: string, kept?: readonly string[], freeText?: FreeText): Block => ({
  kind: "para",
  label: undefined,
  text,
  kept,
  free: freeText,
  fields: undefined,
});

/** A list item with its fields. */
export const item = (text: string, freeText: FreeText | undefined, fields: readonly Block[]): Block => ({
  kind: "item",
  label: undefined,
  text,
  kept: undefined,
  free: freeText,
  fields,
});
