/**
 * The plain-text printer of the render tree: the epicrisis text and the dialogue-note body with a length budget.
 * Output is wrapped at a width, uses only characters valid in XML 1.0 and in receiving EHRs: no tabs, no control
 * characters other than the line feed (issue 5).
 */
import type { Assessment, Lang } from "@pakkeforlop-hjem/model";
import { buildRenderTree } from "./build.ts";
import { tr } from "./labels.ts";
import {
  type Block,
  FREE_TEXT_ORDER,
  type FreeText,
  type FreeTextKind,
  type RenderOptions,
  type Section,
} from "./tree.ts";
import { checkWidth, cleanText, keep, wrap } from "./wrap.ts";

/** Options of the text renderers. */
export interface TextOptions extends RenderOptions {
  /** Wrap lines at this many characters (40–200). Default 80. */
  readonly width?: number;
}

/** What a budget does to free text of a kind: shortened to 60 characters on one line, or left out. */
export type Shortening = ReadonlyMap<FreeTextKind, "short" | "drop">;

export const NO_SHORTENING: Shortening = new Map();

const SHORT = 60;

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

/** Free text as printed: cleaned, then shortened or left out as the budget says. */
function freeText(free: FreeText, shortening: Shortening): string {
  const clean = cleanText(free.text);
  const how = shortening.size === 0 ? undefined : shortening.get(free.kind);
  if (how === undefined) {
    return clean;
  }
  if (how === "drop") {
    return "[…]";
  }
  const oneLine = clean.replace(/\s+/g, " ");
  return oneLine.length <= SHORT ? oneLine : `${oneLine.slice(0, SHORT).trimEnd()}…`;
}

/**
 * The lines of a value after its prefixes, each after a line feed. A value that fits beside its prefix is that one
 * line as it is: its fixed text and kept parts are clean (one line, no white space at the end, see `Block`) and its
 * free text is cleaned here, so nothing reads the joined line's characters (reading a joined string's characters
 * copies it). This is the printer's one fast path; `render.test.ts` checks its promise (no line ends in white space)
 * with instrument labels that end in white space, and the golden files hold it to the wrap's bytes.
 * Everything else goes through the one wrap.
 */
function valueLines(v: Block, first: string, rest: string, width: number, shortening: Shortening): string {
  const free = v.free === undefined ? "" : freeText(v.free, shortening);
  let length = first.length + v.text.length + free.length;
  const kept = v.kept;
  if (kept !== undefined) {
    for (const part of kept) {
      length += 2 + part.length;
    }
  }
  // A value that ends in free text ends in its cleaned (trimmed) text; one without ends in clean fixed text.
  const ends = v.free === undefined ? length > first.length : free !== "";
  if (ends && length <= width && free.indexOf("\n") === -1) {
    let body = v.text;
    if (kept !== undefined) {
      for (const part of kept) {
        body = body === "" ? part : `${body}, ${part}`;
      }
    }
    return `\n${first}${body}${free}`;
  }
  let text = v.text;
  if (kept !== undefined) {
    for (const part of kept) {
      text = text === "" ? keep(part) : `${text}, ${keep(part)}`;
    }
  }
  return wrap(text + free, { width, first, rest });
}

/**
 * A heading or the title as its lines, each after a line feed: upper-cased, and wrapped when longer than the width.
 * These are fixed texts (clean, see `Block`), so each is made once per width and kept.
 */
const HEADINGS = new Map<number, Map<string, string>>();

export function headingLines(text: string, width: number): string {
  let byText = HEADINGS.get(width);
  if (byText === undefined) {
    byText = new Map();
    HEADINGS.set(width, byText);
  }
  let lines = byText.get(text);
  if (lines === undefined) {
    lines = wrap(text.toUpperCase(), { width });
    if (byText.size < 1000) {
      byText.set(text, lines);
    }
  }
  return lines;
}

/** A field's first-line prefix at the top level or in a list item (`"Sted: "`, `"  Sted: "`), made once per label. */
const PREFIXES = [new Map<string, string>(), new Map<string, string>()] as const;

function fieldPrefix(indent: string, label: string): string {
  const prefixes = indent === "" ? PREFIXES[0] : indent === "  " ? PREFIXES[1] : undefined;
  if (prefixes === undefined) {
    return `${indent}${label}: `;
  }
  let prefix = prefixes.get(label);
  if (prefix === undefined) {
    prefix = `${indent}${label}: `;
    if (prefixes.size < 1000) {
      prefixes.set(label, prefix);
    }
  }
  return prefix;
}

/** The lines of blocks at an indent, each after a line feed (but the title, the document's first line). */
export function printBlocks(blocks: readonly Block[], indent: string, width: number, shortening: Shortening): string {
  let out = "";
  const rest = `${indent}  `;
  for (const b of blocks) {
    if (b.kind === "title") {
      // The title is the document's first line: no line feed before it.
      out += headingLines(b.text, width).slice(1);
    } else if (b.kind === "field") {
      out += valueLines(b, fieldPrefix(indent, b.label as string), rest, width, shortening);
    } else if (b.kind === "para") {
      out += valueLines(b, indent, indent, width, shortening);
    } else {
      out += valueLines(b, `${indent}- `, rest, width, shortening);
      out += printBlocks(b.fields ?? [], rest, width, shortening);
    }
  }
  return out;
}

/** A section's lines, each after a line feed; a heading is upper-cased after a blank line. */
function printSection(section: Section, width: number, shortening: Shortening): string {
  const heading = section.heading === undefined ? "" : `\n${headingLines(section.heading, width)}`;
  return heading + printBlocks(section.blocks, "", width, shortening);
}

/**
 * The document from its sections' lines: each line after a line feed but the title, so every line ends in one when
 * a last line feed is added (nothing slices the joined lines: that would copy the document).
 */
export function finish(lines: string): string {
  return lines === "" ? "" : `${lines}\n`;
}

/**
 * Renders the epicrisis text of an assessment in nb, nn or en: a header marked "Pakkeforløp hjem for pasienter med
 * kreft" with the interaction point and place, then the fixed sections. Unanswered parts print as "ikke besvart" /
 * "ikkje svart" / "not answered". Deterministic: no clock, stable order. Takes a valid assessment (check what you
 * received with `safeParseAssessment` first, or use `safeRenderEpicrisisText`): the allowed characters and the width
 * rest on the model's formats.
 * @throws {RangeError} when `width` is outside 40–200.
 * @example
 * ```ts
 * const text = renderEpicrisisText(assessment, { lang: "nb", width: 72 });
 * ```
 */
export function renderEpicrisisText(assessment: Assessment, options: TextOptions = {}): string {
  const width = checkWidth(options.width, 80, 200);
  let lines = "";
  for (const section of buildRenderTree(assessment, options).sections) {
    lines += printSection(section, width, NO_SHORTENING);
  }
  return finish(lines);
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

/** The kinds of free text in blocks, added to `kinds`. */
function kindsIn(blocks: readonly Block[], kinds: Set<FreeTextKind>): Set<FreeTextKind> {
  for (const b of blocks) {
    if (b.kind !== "title" && b.free !== undefined) {
      kinds.add(b.free.kind);
    }
    if (b.kind === "item") {
      kindsIn(b.fields ?? [], kinds);
    }
  }
  return kinds;
}

/** The closing notice of a shortened note: the budget and the kinds of free text shortened. */
function budgetNotice(shortening: Shortening, budget: number, width: number, lang: Lang): string {
  const kinds = [...shortening.keys()].map((k) => KIND_LABEL[k][lang]).join(", ");
  return wrap(
    `${tr("shortened", lang)} ${budget} ${tr("characters", lang)}. ${tr("shortenedFields", lang)}: ${kinds}. ${tr("fullInRecord", lang)}`,
    { width },
  );
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
  const width = checkWidth(options.width, 80, 200);
  const budget = options.budget;
  if (budget !== undefined && (!Number.isInteger(budget) || budget < 1)) {
    throw new RangeError(`budget must be a positive whole number, got ${String(budget)}`);
  }
  const tree = buildRenderTree(assessment, options);
  // Sections print independently, so a shortening step prints again only the sections holding that kind.
  const chunks = tree.sections.map((s) => printSection(s, width, NO_SHORTENING));
  const full = finish(chunks.join(""));
  if (budget === undefined || full.length <= budget) {
    return { text: full, shortened: [], withinBudget: true };
  }
  const kindsOf = tree.sections.map((s) => kindsIn(s.blocks, new Set()));
  const order = FREE_TEXT_ORDER.filter((k) => kindsOf.some((kinds) => kinds.has(k)));
  const shortening = new Map<FreeTextKind, "short" | "drop">();
  let text = full;
  for (const step of ["short", "drop"] as const) {
    for (const kind of order) {
      shortening.set(kind, step);
      tree.sections.forEach((s, i) => {
        if ((kindsOf[i] as Set<FreeTextKind>).has(kind)) {
          chunks[i] = printSection(s, width, shortening);
        }
      });
      // The sections' lines, a blank line, the notice.
      text = `${finish(chunks.join(""))}\n${budgetNotice(shortening, budget, width, tree.lang).slice(1)}\n`;
      if (text.length <= budget) {
        return { text, shortened: [...shortening.keys()], withinBudget: true };
      }
    }
  }
  return { text, shortened: [...shortening.keys()], withinBudget: text.length <= budget };
}
