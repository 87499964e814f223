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
 * Kinds of free text a length budget may shorten (to one line of 60 characters). The order a budget cuts in is
 * {@link BUDGET_ORDER}; this list is in that order.
 * @example
 * ```ts
 * const note = renderNoteText(assessment, { budget: 1500 });
 * note.shortened.every((kind) => FREE_TEXT_ORDER.includes(kind)); // true
 * ```
 */
export const FREE_TEXT_ORDER = [
  "notes",
  "next-step-note",
  "other-concerns",
  "reason-text",
  "topic-notes",
  "children-text",
  "measure-descriptions",
  "what-matters",
] as const;

/** A kind of free text a budget may shorten. */
export type FreeTextKind = (typeof FREE_TEXT_ORDER)[number];

/**
 * Parts of a note a length budget may leave out, each a group of blocks the builder marks (`Block.cut`). The header
 * (who, where, when, diagnosis, what was held back) and the outcome are never left out.
 */
export type CutPart =
  | "topics-no-need"
  | "topics-not-discussed"
  | "notes"
  | "participation"
  | "next-step-window"
  | "consent"
  | "problem-list"
  | "amendments"
  | "conducted-by"
  | "next-step"
  | "contact-point"
  | "distress-score"
  | "topics-need"
  | "what-matters"
  | "measures"
  | "children";

/** One step of a budget: shorten free text of a kind, or leave a part out. */
export type BudgetStep =
  | { readonly step: "shorten"; readonly kind: FreeTextKind }
  | { readonly step: "leave-out"; readonly part: CutPart };

const shorten = (kind: FreeTextKind): BudgetStep => ({ step: "shorten", kind });
const leaveOut = (part: CutPart): BudgetStep => ({ step: "leave-out", part });

/**
 * The order a length budget cuts in (issue 17 point 5), first cut first, as a clinician would choose: topics
 * "discussed, no need" first, then topics not discussed, the free notes, who took part, the computed window, the
 * shorter free texts, consent, the problem list, the amendment history, who held it, the next step, the contact point
 * and the score; last of all the patient's own words, the needs, the measures and the children under
 * helsepersonelloven § 10a (DOMAIN.md §1, §2). A budget takes steps until the note fits and stops there.
 * @example
 * ```ts
 * BUDGET_ORDER[0]; // { step: "leave-out", part: "topics-no-need" }
 * ```
 */
export const BUDGET_ORDER: readonly BudgetStep[] = [
  leaveOut("topics-no-need"),
  leaveOut("topics-not-discussed"),
  shorten("notes"),
  leaveOut("notes"),
  leaveOut("participation"),
  shorten("next-step-note"),
  leaveOut("next-step-window"),
  shorten("other-concerns"),
  shorten("reason-text"),
  leaveOut("consent"),
  leaveOut("problem-list"),
  leaveOut("amendments"),
  shorten("topic-notes"),
  leaveOut("conducted-by"),
  leaveOut("next-step"),
  leaveOut("contact-point"),
  leaveOut("distress-score"),
  shorten("children-text"),
  shorten("measure-descriptions"),
  shorten("what-matters"),
  leaveOut("topics-need"),
  leaveOut("what-matters"),
  leaveOut("measures"),
  leaveOut("children"),
];

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
 * is untrusted: printers clean it. `cut` names the part a length budget may leave the block out with.
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
  /** The part a length budget may leave this block out with (none: never left out). */
  readonly cut: CutPart | undefined;
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

/*
 * The builders' constructors: every block made with every property, in one order (one shape for the printers), and
 * marked with the part a length budget may leave it out with (`cut`) when it is made: nothing copies a block to mark
 * it.
 */

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
  cut: undefined,
});

/** A labelled field: fixed text, kept parts, free text; `cut`: the part a budget may leave it out with. */
export const field = (
  label: string,
  text: string,
  kept?: readonly string[],
  freeText?: FreeText,
  cut?: CutPart,
): Block => ({
  kind: "field",
  label,
  text,
  kept,
  free: freeText,
  fields: undefined,
  cut,
});

/** A paragraph: fixed text, kept parts, free text; `cut`: the part a budget may leave it out with. */
export const para = (text: string, kept?: readonly string[], freeText?: FreeText, cut?: CutPart): Block => ({
  kind: "para",
  label: undefined,
  text,
  kept,
  free: freeText,
  fields: undefined,
  cut,
});

/** A list item with its fields; `cut`: the part a budget may leave it out with. */
export const item = (text: string, freeText: FreeText | undefined, fields: readonly Block[], cut?: CutPart): Block => ({
  kind: "item",
  label: undefined,
  text,
  kept: undefined,
  free: freeText,
  fields,
  cut,
});
