/**
 * Plain-text serialization: the epicrisis text and the dialogue-note body with a length budget. Output is wrapped
 * at a width, uses only characters valid in XML 1.0 and in receiving EHRs: no tabs, no control characters other
 * than the line feed (issue 5).
 */
import type { Assessment, Lang } from "@pakkeforlop-hjem/model";
import {
  buildDocument,
  emitDocument,
  FREE_TEXT_ORDER,
  type FreeTextKind,
  type RenderOptions,
  replaySection,
  type Section,
} from "./document.ts";
import { tr } from "./labels.ts";
import { DocumentWriter, NO_SHORTENING, wrap } from "./writer.ts";

export { cleanText } from "./writer.ts";

/* Imported bindings read on every line, read once here (see the note in document.ts). */
const emit: typeof emitDocument = emitDocument;
const replay: typeof replaySection = replaySection;

/** Options of the text renderers. */
export interface TextOptions extends RenderOptions {
  /** Wrap lines at this many characters (40–200). Default 80. */
  readonly width?: number;
}

/** Free-text labels for the budget notice. */
const KIND_LABEL: Readonly<Record<FreeTextKind, Readonly<Record<Lang, string>>>> = {
  notes: { nb: "notater", nn: "notat", en: "notes" },
  "topic-notes": { nb: "merknader til tema", nn: "merknader til tema", en: "topic notes" },
  "children-text": { nb: "tekst om barn", nn: "tekst om barn", en: "text about children" },
  "next-step-note": { nb: "merknad til neste steg", nn: "merknad til neste steg", en: "next-step note" },
  "reason-text": { nb: "begrunnelse", nn: "grunngjeving", en: "reason text" },
  "other-concerns": { nb: "andre bekymringer", nn: "andre uroer", en: "other concerns" },
  "measure-descriptions": { nb: "tiltaksbeskrivelser", nn: "tiltaksskildringar", en: "measure descriptions" },
  "what-matters": { nb: "hva som er viktig", nn: "kva som er viktig", en: "what matters" },
};

function checkWidth(width: number | undefined): number {
  const w = width ?? 80;
  if (!Number.isInteger(w) || w < 40 || w > 200) {
    throw new RangeError(`width must be a whole number from 40 to 200, got ${String(w)}`);
  }
  return w;
}

/**
 * Renders the epicrisis text of an assessment in nb, nn or en: a header marked "Pakkeforløp hjem for pasienter med
 * kreft" with the interaction point and place, then the fixed sections. Unanswered parts print as "ikke besvart" /
 * "ikkje svart" / "not answered". Deterministic: no clock, stable order. Takes a valid assessment (check what you
 * received with `safeParseAssessment` first): the allowed characters and the width rest on the model's formats.
 * @throws {RangeError} when `width` is outside 40–200.
 * @example
 * ```ts
 * const text = renderEpicrisisText(assessment, { lang: "nb", width: 72 });
 * ```
 */
export function renderEpicrisisText(assessment: Assessment, options: TextOptions = {}): string {
  const writer = new DocumentWriter(checkWidth(options.width), NO_SHORTENING, undefined, false, true);
  emit(assessment, options, writer);
  return writer.text();
}

/** Options of {@link renderNoteText}. */
export interface NoteTextOptions extends TextOptions {
  /** Maximum length in characters. Free text is shortened in {@link FREE_TEXT_ORDER} to fit; facts never are. */
  readonly budget?: number;
}

/** A dialogue-note body and what the budget did to it. */
export interface NoteText {
  readonly text: string;
  /** Kinds of free text that were shortened, in the order they were shortened. */
  readonly shortened: readonly FreeTextKind[];
  /** `false` when even with all free text shortened the structured facts alone exceed the budget. */
  readonly withinBudget: boolean;
}

/**
 * The note after a shortening step on `kind`: the sections holding that kind are serialized again (their `chunks`
 * updated), then the closing line says what was shortened.
 */
function renderShortened(
  sections: readonly Section[],
  kindsOf: readonly ReadonlySet<FreeTextKind>[],
  chunks: string[],
  kind: FreeTextKind,
  width: number,
  shortening: ReadonlyMap<FreeTextKind, "short" | "drop">,
  budget: number,
  lang: Lang,
): string {
  let body = "";
  for (let i = 0; i < sections.length; i++) {
    if ((kindsOf[i] as ReadonlySet<FreeTextKind>).has(kind)) {
      const writer = new DocumentWriter(width, shortening);
      replay(sections[i] as Section, writer);
      chunks[i] = writer.out;
    }
    body += chunks[i] as string;
  }
  let kinds = "";
  let count = 0;
  for (const k of shortening.keys()) {
    kinds = count++ === 0 ? KIND_LABEL[k][lang] : `${kinds}, ${KIND_LABEL[k][lang]}`;
  }
  // `body` is the sections' lines, each after a line feed (see `DocumentWriter.out`): end it, leave a blank line.
  return `${body}\n\n${wrap(
    `${tr("shortened", lang)} ${budget} ${tr("characters", lang)}. ${tr("shortenedFields", lang)}: ${kinds}. ${tr("fullInRecord", lang)}`,
    width,
    "",
    "",
  )}`;
}

/**
 * Renders the dialogue-note body (plain text). With a `budget`, free text is shortened in a stated order (first to
 * 60 characters, then left out) until the note fits, and a closing line says what was shortened; structured facts
 * are never cut.
 * @throws {RangeError} when `width` is outside 40–200 or `budget` is not a positive whole number.
 * @example
 * ```ts
 * const note = renderNoteText(assessment, { lang: "nb", budget: 2000 });
 * note.text; note.shortened; // ["notes", "topic-notes"]
 * ```
 */
export function renderNoteText(assessment: Assessment, options: NoteTextOptions = {}): NoteText {
  const width = checkWidth(options.width);
  const lang = options.lang ?? "nb";
  const budget = options.budget;
  if (budget === undefined) {
    const writer = new DocumentWriter(width, NO_SHORTENING, undefined, false, true);
    emit(assessment, options, writer);
    return { text: writer.text(), shortened: [], withinBudget: true };
  }
  const sections = buildDocument(assessment, options);
  if (!Number.isInteger(budget) || budget < 1) {
    throw new RangeError(`budget must be a positive whole number, got ${String(budget)}`);
  }
  // Sections serialize independently, so a shortening step re-serializes only the sections holding that kind.
  const chunks: string[] = [];
  const kindsOf: ReadonlySet<FreeTextKind>[] = [];
  const present = new Set<FreeTextKind>();
  for (const section of sections) {
    const kinds = new Set<FreeTextKind>();
    const writer = new DocumentWriter(width, NO_SHORTENING, kinds);
    replay(section, writer);
    chunks.push(writer.out);
    kindsOf.push(kinds);
    for (const k of kinds) {
      present.add(k);
    }
  }
  const lines = chunks.join("");
  const full = lines === "" ? "" : `${lines}\n`;
  if (full.length <= budget) {
    return { text: full, shortened: [], withinBudget: true };
  }
  const order = FREE_TEXT_ORDER.filter((k) => present.has(k));
  const shortening = new Map<FreeTextKind, "short" | "drop">();
  let text = full;
  for (const step of ["short", "drop"] as const) {
    for (const kind of order) {
      shortening.set(kind, step);
      text = renderShortened(sections, kindsOf, chunks, kind, width, shortening, budget, lang);
      if (text.length <= budget) {
        return { text, shortened: [...shortening.keys()], withinBudget: true };
      }
    }
  }
  return { text, shortened: [...shortening.keys()], withinBudget: text.length <= budget };
}
