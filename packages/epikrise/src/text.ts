/**
 * Plain-text serialization: the epicrisis text and the dialogue-note body with a length budget. Output is wrapped
 * at a width, uses only characters valid in XML 1.0 and in receiving EHRs: no tabs, no control characters other
 * than the line feed (issue 5).
 */
import type { Assessment, Lang } from "@pakkeforlop-hjem/model";
import {
  buildDocument,
  type DocumentSink,
  emitDocument,
  FREE_TEXT_ORDER,
  type FreeTextKind,
  joinKept,
  type RenderOptions,
  replaySection,
  type Section,
  type SectionId,
} from "./document.ts";
import { KEEP, tr, unkeep } from "./labels.ts";

/* Imported bindings read on every line, read once here (see the note in document.ts). */
const NOBREAK: string = KEEP;
const unkeepText: typeof unkeep = unkeep;
const joinKeptParts: typeof joinKept = joinKept;
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

/**
 * Normalizes free text for output: CR LF and CR become LF, tabs become spaces, trailing spaces go.
 * @example
 * ```ts
 * cleanText("line one\r\n\tline two  "); // "line one\n line two"
 * ```
 */
export function cleanText(text: string): string {
  if (text.indexOf("\r") === -1 && text.indexOf("\t") === -1 && text.indexOf(" \n") === -1) {
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

function freeText(kind: FreeTextKind, text: string, shortening: Shortening | undefined): string {
  const clean = cleanText(text);
  const how = shortening?.get(kind);
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
 * `(first + text).trimEnd()`, without building and scanning the joined string when `text` ends in a character that
 * is not white space (the common case).
 */
function lineOf(first: string, text: string): string {
  const c = text.charCodeAt(text.length - 1);
  return c > 32 && c !== 0xa0 && c < 0x1680 ? first + text : (first + text).trimEnd();
}

/**
 * Word-wraps one paragraph (no line breaks inside) with a first-line prefix and a continuation indent, and returns
 * the lines, each ending in a line feed. Breaks at spaces; a word longer than the line is broken hard. Index-based:
 * it slices the input instead of re-joining words.
 */
function wrapLine(text: string, width: number, first: string, rest: string): string {
  if (first.length + text.length <= width) {
    return `${lineOf(first, text)}\n`;
  }
  const n = text.length;
  let out = "";
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
      out += `${lineOf(prefix, text.slice(pos))}\n`;
      wrote = true;
      break;
    }
    const brk = text.lastIndexOf(" ", pos + room);
    if (brk > pos) {
      out += `${lineOf(prefix, text.slice(pos, brk))}\n`;
      pos = brk + 1;
    } else if (prefix === first && first.trim().length > 0 && !wrote) {
      // The first word does not fit beside the label: the label stands alone, the text starts on the next line.
      out += `${first.trimEnd()}\n`;
    } else {
      const take = Math.max(1, room);
      out += `${prefix}${text.slice(pos, pos + take)}\n`;
      pos += take;
    }
    wrote = true;
    prefix = rest;
  }
  if (!wrote) {
    out += `${first.trimEnd()}\n`;
  }
  return out;
}

/** Wraps text that may hold line breaks (each paragraph wraps on its own), then turns kept spaces back. */
function wrap(text: string, width: number, first: string, rest: string): string {
  let out: string;
  if (text.indexOf("\n") === -1) {
    out = wrapLine(text, width, first, rest);
  } else {
    const paragraphs = text.split("\n");
    out = "";
    for (let i = 0; i < paragraphs.length; i++) {
      out += wrapLine(paragraphs[i] as string, width, i === 0 ? first : rest, rest);
    }
  }
  return text.indexOf(NOBREAK) === -1 ? out : unkeepText(out);
}

/** White space as `String.prototype.trimEnd` sees it. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `text[i]` is a space inside a kept part (see {@link wrapParts}). */
function kept(text: string, i: number, keptStart: number, seps: readonly number[]): boolean {
  return i >= keptStart && text.charCodeAt(i) === 32 && seps.indexOf(i) === -1;
}

/** `(prefix + text.slice(a, b)).trimEnd()`, where a kept space is not white space (see {@link wrapParts}). */
function keptLine(
  prefix: string,
  text: string,
  a: number,
  b: number,
  keptStart: number,
  seps: readonly number[],
): string {
  let e = b;
  while (e > a) {
    const c = text.charCodeAt(e - 1);
    if (!isSpace(c) || (c === 32 && kept(text, e - 1, keptStart, seps))) {
      break;
    }
    e--;
  }
  return e > a ? prefix + text.slice(a, e) : prefix.trimEnd();
}

/**
 * `wrap(joinKept(parts, keepFrom), …)`, computed on the parts joined as they are: a space inside a part from
 * `keepFrom` on is not a break (as the no-break placeholder would be), so no placeholder is placed and removed. Used
 * when neither the text nor the prefixes hold a line feed or a placeholder character; otherwise the text takes the
 * placeholder path itself.
 */
function wrapParts(parts: readonly string[], keepFrom: number, width: number, first: string, rest: string): string {
  const text = parts.join(", ");
  if (
    text.indexOf("\n") !== -1 ||
    text.indexOf(NOBREAK) !== -1 ||
    first.indexOf(NOBREAK) !== -1 ||
    rest.indexOf(NOBREAK) !== -1
  ) {
    return wrap(joinKeptParts(parts, keepFrom), width, first, rest);
  }
  // The kept parts start at `keptStart`; the separators' spaces between them (`seps`) stay breaks.
  let keptStart = text.length;
  const seps: number[] = [];
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i === keepFrom) {
      keptStart = offset;
    } else if (i > keepFrom) {
      seps.push(offset - 1);
    }
    offset += (parts[i] as string).length + 2;
  }
  const n = text.length;
  if (first.length + n <= width) {
    return `${keptLine(first, text, 0, n, keptStart, seps)}\n`;
  }
  let out = "";
  let prefix = first;
  let pos = 0;
  let wrote = false;
  while (pos < n) {
    while (pos < n && text.charCodeAt(pos) === 32 && !kept(text, pos, keptStart, seps)) {
      pos++;
    }
    if (pos >= n) {
      break;
    }
    const room = width - prefix.length;
    if (n - pos <= room) {
      out += `${keptLine(prefix, text, pos, n, keptStart, seps)}\n`;
      wrote = true;
      break;
    }
    let brk = text.lastIndexOf(" ", pos + room);
    while (brk > -1 && kept(text, brk, keptStart, seps)) {
      brk = brk === 0 ? -1 : text.lastIndexOf(" ", brk - 1);
    }
    if (brk > pos) {
      out += `${keptLine(prefix, text, pos, brk, keptStart, seps)}\n`;
      pos = brk + 1;
    } else if (prefix === first && first.trim().length > 0 && !wrote) {
      out += `${first.trimEnd()}\n`;
    } else {
      const take = Math.max(1, room);
      out += `${prefix}${text.slice(pos, pos + take)}\n`;
      pos += take;
    }
    wrote = true;
    prefix = rest;
  }
  if (!wrote) {
    out += `${first.trimEnd()}\n`;
  }
  return out;
}

/** Upper-cased headings: they are fixed texts, so each is upper-cased once. */
const UPPER = new Map<string, string>();

function upper(text: string): string {
  let u = UPPER.get(text);
  if (u === undefined) {
    u = text.toUpperCase();
    if (UPPER.size < 1000) {
      UPPER.set(text, u);
    }
  }
  return u;
}

/**
 * The plain-text serializer: a document sink that wraps each block as it arrives and appends the lines to one
 * string. Headings and the marking wrap like any other line, so no line exceeds the width.
 */
class TextWriter implements DocumentSink {
  out = "";
  private indent = "";

  constructor(
    private readonly width: number,
    private readonly shortening: Shortening | undefined,
    /** When given, collects the kinds of free text written. */
    readonly kinds: Set<FreeTextKind> | undefined,
  ) {}

  private value(text: string, kind: FreeTextKind | undefined, free: string | undefined): string {
    if (kind === undefined) {
      return text;
    }
    this.kinds?.add(kind);
    return text + freeText(kind, free as string, this.shortening);
  }

  /**
   * Appends `wrap(value, width, first, rest)`. A value that fits beside its prefix, holds no line feed and no
   * no-break placeholder, and ends in a character that is not white space is that one line as it is (the common
   * case, taken here without the calls).
   */
  private put(value: string, first: string, rest: string): void {
    if (first.length + value.length <= this.width && value.indexOf("\n") === -1 && value.indexOf(NOBREAK) === -1) {
      const c = value.charCodeAt(value.length - 1);
      if (c > 32 && c !== 0xa0 && c < 0x1680) {
        this.out += `${first}${value}\n`;
        return;
      }
    }
    this.out += wrap(value, this.width, first, rest);
  }

  section(id: SectionId, heading: string | undefined): void {
    this.indent = "";
    if (heading !== undefined && id !== "outcome") {
      this.out += "\n";
      this.put(upper(heading), "", "");
    }
  }
  title(text: string): void {
    this.put(upper(text), "", "");
  }
  field(label: string, text: string, kind?: FreeTextKind, free?: string): void {
    const indent = this.indent;
    const value = kind === undefined ? text : this.value(text, kind, free);
    if (indent === "") {
      this.put(value, `${label}: `, "  ");
    } else {
      this.put(value, `${indent}${label}: `, `${indent}  `);
    }
  }
  para(text: string, kind?: FreeTextKind, free?: string): void {
    const indent = this.indent;
    this.put(kind === undefined ? text : this.value(text, kind, free), indent, indent);
  }
  item(text: string, kind?: FreeTextKind, free?: string): void {
    const indent = this.indent;
    this.put(kind === undefined ? text : this.value(text, kind, free), `${indent}- `, `${indent}  `);
    this.indent = `${indent}  `;
  }
  endItem(): void {
    this.indent = this.indent.slice(2);
  }
  fieldParts(label: string, parts: readonly string[], keepFrom: number): void {
    const indent = this.indent;
    this.out += wrapParts(parts, keepFrom, this.width, `${indent}${label}: `, `${indent}  `);
  }
  paraParts(parts: readonly string[], keepFrom: number): void {
    const indent = this.indent;
    this.out += wrapParts(parts, keepFrom, this.width, indent, indent);
  }
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
  const writer = new TextWriter(checkWidth(options.width), undefined, undefined);
  emit(assessment, options, writer);
  return writer.out;
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
  const budget = options.budget;
  if (budget === undefined) {
    const writer = new TextWriter(width, undefined, undefined);
    emit(assessment, options, writer);
    return { text: writer.out, shortened: [], withinBudget: true };
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
    const writer = new TextWriter(width, undefined, new Set());
    replay(section, writer);
    chunks.push(writer.out);
    kindsOf.push(writer.kinds as Set<FreeTextKind>);
    for (const k of writer.kinds as Set<FreeTextKind>) {
      present.add(k);
    }
  }
  const full = chunks.join("");
  if (full.length <= budget) {
    return { text: full, shortened: [], withinBudget: true };
  }
  const order = FREE_TEXT_ORDER.filter((k) => present.has(k));
  const shortening = new Map<FreeTextKind, "short" | "drop">();
  const render = (kind: FreeTextKind): string => {
    let body = "";
    for (let i = 0; i < sections.length; i++) {
      if ((kindsOf[i] as ReadonlySet<FreeTextKind>).has(kind)) {
        const writer = new TextWriter(width, shortening, undefined);
        replay(sections[i] as Section, writer);
        chunks[i] = writer.out;
      }
      body += chunks[i] as string;
    }
    const kinds = [...shortening.keys()].map((k) => KIND_LABEL[k][lang]).join(", ");
    return `${body}\n${wrap(
      `${tr("shortened", lang)} ${budget} ${tr("characters", lang)}. ${tr("shortenedFields", lang)}: ${kinds}. ${tr("fullInRecord", lang)}`,
      width,
      "",
      "",
    )}`;
  };
  let text = full;
  for (const step of ["short", "drop"] as const) {
    for (const kind of order) {
      shortening.set(kind, step);
      text = render(kind);
      if (text.length <= budget) {
        return { text, shortened: [...shortening.keys()], withinBudget: true };
      }
    }
  }
  return { text, shortened: [...shortening.keys()], withinBudget: text.length <= budget };
}
