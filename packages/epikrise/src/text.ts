/**
 * Plain-text serialization: the epicrisis text and the dialogue-note body with a length budget. Output is wrapped
 * at a width, uses only characters valid in XML 1.0 and in receiving EHRs: no tabs, no control characters other
 * than the line feed (issue 5).
 */
import type { Assessment, Lang } from "@pakkeforlop-hjem/model";
import {
  type Block,
  buildDocument,
  FREE_TEXT_ORDER,
  type FreeTextKind,
  type Piece,
  type RenderOptions,
  type Section,
} from "./document.ts";
import { KEEP, tr, unkeep } from "./labels.ts";

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

/**
 * Normalizes free text for output: CR LF and CR become LF, tabs become spaces, trailing spaces go.
 * @example
 * ```ts
 * cleanText("line one\r\n\tline two  "); // "line one\n line two"
 * ```
 */
export function cleanText(text: string): string {
  if (!/[\r\t]| \n/.test(text)) {
    return text.trim();
  }
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[ ]+\n/g, "\n")
    .trim();
}

type Shortening = ReadonlyMap<FreeTextKind, "short" | "drop">;

const SHORT = 60;

function pieceText(p: Piece, shortening: Shortening): string {
  if (typeof p === "string") {
    return p;
  }
  if (shortening.size === 0) {
    return cleanText(p.text);
  }
  const how = shortening.get(p.free);
  const text = cleanText(p.text);
  if (how === undefined) {
    return text;
  }
  if (how === "drop") {
    return "[…]";
  }
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length <= SHORT ? oneLine : `${oneLine.slice(0, SHORT).trimEnd()}…`;
}

/**
 * Word-wraps one paragraph (no line breaks inside) with a first-line prefix and a continuation indent. Breaks at
 * spaces; a word longer than the line is broken hard. Index-based: it slices the input instead of re-joining words.
 */
function wrapLine(text: string, width: number, first: string, rest: string, out: string[]): void {
  if (first.length + text.length <= width) {
    out.push((first + text).trimEnd());
    return;
  }
  const n = text.length;
  let prefix = first;
  let pos = 0;
  let wrote = false;
  while (pos < n) {
    while (pos < n && text.charCodeAt(pos) === 32) {
      pos++;
    }
    if (pos >= n) {
      break;
    }
    const room = width - prefix.length;
    if (n - pos <= room) {
      out.push((prefix + text.slice(pos)).trimEnd());
      wrote = true;
      break;
    }
    const brk = text.lastIndexOf(" ", pos + room);
    if (brk > pos) {
      out.push((prefix + text.slice(pos, brk)).trimEnd());
      pos = brk + 1;
    } else if (prefix === first && first.trim().length > 0 && !wrote) {
      // The first word does not fit beside the label: the label stands alone, the text starts on the next line.
      out.push(first.trimEnd());
    } else {
      const take = Math.max(1, room);
      out.push(prefix + text.slice(pos, pos + take));
      pos += take;
    }
    wrote = true;
    prefix = rest;
  }
  if (!wrote) {
    out.push(first.trimEnd());
  }
}

function wrap(text: string, width: number, first: string, rest: string, out: string[]): void {
  const start = out.length;
  if (text.indexOf("\n") === -1) {
    wrapLine(text, width, first, rest, out);
  } else {
    text.split("\n").forEach((paragraph, i) => {
      wrapLine(paragraph, width, i === 0 ? first : rest, rest, out);
    });
  }
  if (text.indexOf(KEEP) !== -1) {
    for (let i = start; i < out.length; i++) {
      out[i] = unkeep(out[i] as string);
    }
  }
}

function blockLines(block: Block, width: number, indent: string, shortening: Shortening, out: string[]): void {
  let value = "";
  for (const p of block.value) {
    value += pieceText(p, shortening);
  }
  if (block.kind === "field") {
    wrap(value, width, `${indent}${block.label}: `, `${indent}  `, out);
  } else if (block.kind === "para") {
    wrap(value, width, indent, indent, out);
  } else {
    wrap(value, width, `${indent}- `, `${indent}  `, out);
    for (const f of block.fields) {
      blockLines(f, width, `${indent}  `, shortening, out);
    }
  }
}

function serialize(sections: readonly Section[], width: number, shortening: Shortening): string[] {
  // Headings and the marking wrap like any other line, so no line exceeds the width.
  const out: string[] = [];
  for (const section of sections) {
    if (section.heading !== undefined && section.id !== "outcome") {
      out.push("");
      wrap(section.heading.toUpperCase(), width, "", "", out);
    }
    section.blocks.forEach((block, i) => {
      if (section.id === "header" && i === 0 && block.kind === "para") {
        wrap((block.value[0] as string).toUpperCase(), width, "", "", out);
        return;
      }
      blockLines(block, width, "", shortening, out);
    });
  }
  return out;
}

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
 * "ikkje svart" / "not answered". Deterministic: no clock, stable order.
 * @throws {RangeError} when `width` is outside 40–200.
 * @example
 * ```ts
 * const text = renderEpicrisisText(assessment, { lang: "nb", width: 72 });
 * ```
 */
export function renderEpicrisisText(assessment: Assessment, options: TextOptions = {}): string {
  const width = checkWidth(options.width);
  return `${serialize(buildDocument(assessment, options), width, new Map()).join("\n")}\n`;
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
  const sections = buildDocument(assessment, options);
  const budget = options.budget;
  if (budget !== undefined && (!Number.isInteger(budget) || budget < 1)) {
    throw new RangeError(`budget must be a positive whole number, got ${String(budget)}`);
  }
  const full = `${serialize(sections, width, new Map()).join("\n")}\n`;
  if (budget === undefined || full.length <= budget) {
    return { text: full, shortened: [], withinBudget: true };
  }
  const present = new Set<FreeTextKind>();
  for (const s of sections) {
    for (const b of s.blocks) {
      for (const p of [...b.value, ...(b.kind === "item" ? b.fields.flatMap((f) => f.value) : [])]) {
        if (typeof p !== "string") {
          present.add(p.free);
        }
      }
    }
  }
  const order = FREE_TEXT_ORDER.filter((k) => present.has(k));
  const shortening = new Map<FreeTextKind, "short" | "drop">();
  const render = (): string => {
    const lines = serialize(sections, width, shortening);
    const kinds = [...shortening.keys()].map((k) => KIND_LABEL[k][lang]).join(", ");
    lines.push("");
    wrap(
      `${tr("shortened", lang)} ${budget} ${tr("characters", lang)}. ${tr("shortenedFields", lang)}: ${kinds}. ${tr("fullInRecord", lang)}`,
      width,
      "",
      "",
      lines,
    );
    return `${lines.join("\n")}\n`;
  };
  let text = full;
  for (const step of ["short", "drop"] as const) {
    for (const kind of order) {
      shortening.set(kind, step);
      text = render();
      if (text.length <= budget) {
        return { text, shortened: [...shortening.keys()], withinBudget: true };
      }
    }
  }
  return { text, shortened: [...shortening.keys()], withinBudget: text.length <= budget };
}
