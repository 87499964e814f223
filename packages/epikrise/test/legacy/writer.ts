/**
 * The one writer of the render tree's content (issue 5): a document sink that either writes plain text, wrapping each
 * block as it arrives into one string, or records the render tree. One class for both keeps every sink call in the
 * content emitter monomorphic (a call site that sees two sink classes is measurably slower).
 */
import type { Block, DocumentSink, FreeTextKind, Piece, Section, SectionId } from "./document.ts";
import { KEEP, keep, type Label, unkeep } from "./labels.ts";

/* Imported bindings read on every line, read once here (see the note in document.ts). */
const NOBREAK: string = KEEP;
const unkeepText: typeof unkeep = unkeep;
const keepText: typeof keep = keep;

/**
 * Parts joined by ", ", the spaces of each part from index `keepFrom` on replaced by the no-break placeholder
 * (`keep`), so the wrapper keeps each of those parts on one line.
 * @example
 * ```ts
 * joinKept(["Ola", "tlf. 12 34"], 1); // "Ola, tlf.\uFDD012\uFDD034"
 * ```
 */
export function joinKept(parts: readonly string[], keepFrom: number): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part = i >= keepFrom ? keepText(parts[i] as string) : (parts[i] as string);
    out = i === 0 ? part : `${out}, ${part}`;
  }
  return out;
}

function pieces(text: string, kind: FreeTextKind | undefined, free: string | undefined): Piece[] {
  if (kind === undefined) {
    return [text];
  }
  const piece: Piece = { free: kind, text: free as string };
  return text === "" ? [piece] : [text, piece];
}

/** What {@link cleanText} changes besides the ends: a carriage return, a tab, a space before a line feed. */
const NEEDS_CLEANING = /[\r\t]| \n/;

/**
 * Normalizes free text for output: CR LF and CR become LF, tabs become spaces, trailing spaces go.
 * @example
 * ```ts
 * cleanText("line one\r\n\tline two  "); // "line one\n line two"
 * ```
 */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) {
    return text.trim();
  }
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[ ]+\n/g, "\n")
    .trim();
}

export type Shortening = ReadonlyMap<FreeTextKind, "short" | "drop">;

const SHORT = 60;

/** No shortening. */
export const NO_SHORTENING: Shortening = new Map();

function freeText(kind: FreeTextKind, text: string, shortening: Shortening): string {
  const clean = cleanText(text);
  const how = shortening.size === 0 ? undefined : shortening.get(kind);
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
 * the lines, each after a line feed (as the writer keeps them). Breaks at spaces; a word longer than the line is
 * broken hard. Index-based: it slices the input instead of re-joining words.
 */
function wrapLine(text: string, width: number, first: string, rest: string): string {
  if (first.length + text.length <= width) {
    return `\n${lineOf(first, text)}`;
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
      out += `\n${lineOf(prefix, text.slice(pos))}`;
      wrote = true;
      break;
    }
    const brk = text.lastIndexOf(" ", pos + room);
    if (brk > pos) {
      out += `\n${lineOf(prefix, text.slice(pos, brk))}`;
      pos = brk + 1;
    } else if (prefix === first && first.trim().length > 0 && !wrote) {
      // The first word does not fit beside the label: the label stands alone, the text starts on the next line.
      out += `\n${first.trimEnd()}`;
    } else {
      const take = Math.max(1, room);
      out += `\n${prefix}${text.slice(pos, pos + take)}`;
      pos += take;
    }
    wrote = true;
    prefix = rest;
  }
  if (!wrote) {
    out += `\n${first.trimEnd()}`;
  }
  return out;
}

/**
 * Wraps text that may hold line breaks (each paragraph wraps on its own), then turns kept spaces back. Returns the
 * lines each after a line feed (`"\nline one\nline two"`), as the document writer keeps them.
 */
function wrapLeading(text: string, width: number, first: string, rest: string): string {
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

/**
 * Wraps text at a width with a first-line prefix and a continuation indent; returns the lines, each ending in a line
 * feed. Text that may hold line breaks wraps paragraph by paragraph.
 * @example
 * ```ts
 * wrap("Ønsker kontakt med fysioterapeut", 20, "Merknad: ", "  "); // "Merknad: Ønsker\n  kontakt med\n  fysioterapeut\n"
 * ```
 */
export function wrap(text: string, width: number, first: string, rest: string): string {
  return `${wrapLeading(text, width, first, rest).slice(1)}\n`;
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
 * placeholder path itself. `clean`: the caller guarantees that (see {@link DocumentSink}), so it is not checked.
 */
function wrapParts(
  parts: readonly string[],
  keepFrom: number,
  width: number,
  first: string,
  rest: string,
  clean: boolean,
): string {
  let text = parts.length === 0 ? "" : (parts[0] as string);
  for (let i = 1; i < parts.length; i++) {
    text += `, ${parts[i] as string}`;
  }
  if (
    !clean &&
    (text.indexOf("\n") !== -1 ||
      text.indexOf(NOBREAK) !== -1 ||
      first.indexOf(NOBREAK) !== -1 ||
      rest.indexOf(NOBREAK) !== -1)
  ) {
    return wrapLeading(joinKept(parts, keepFrom), width, first, rest);
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
    return `\n${keptLine(first, text, 0, n, keptStart, seps)}`;
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
      out += `\n${keptLine(prefix, text, pos, n, keptStart, seps)}`;
      wrote = true;
      break;
    }
    let brk = text.lastIndexOf(" ", pos + room);
    while (brk > -1 && kept(text, brk, keptStart, seps)) {
      brk = brk === 0 ? -1 : text.lastIndexOf(" ", brk - 1);
    }
    if (brk > pos) {
      out += `\n${keptLine(prefix, text, pos, brk, keptStart, seps)}`;
      pos = brk + 1;
    } else if (prefix === first && first.trim().length > 0 && !wrote) {
      out += `\n${first.trimEnd()}`;
    } else {
      const take = Math.max(1, room);
      out += `\n${prefix}${text.slice(pos, pos + take)}`;
      pos += take;
    }
    wrote = true;
    prefix = rest;
  }
  if (!wrote) {
    out += `\n${first.trimEnd()}`;
  }
  return out;
}

const NO_BLOCKS: Block[] = [];

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

/** A heading as the text writes it: a blank line, then the heading upper-cased (`"\n\nTILTAK"`). */
const HEADING_LINES = new Map<string, string>();

function headingLines(heading: string): string {
  let h = HEADING_LINES.get(heading);
  if (h === undefined) {
    h = `\n\n${upper(heading)}`;
    if (HEADING_LINES.size < 1000) {
      HEADING_LINES.set(heading, h);
    }
  }
  return h;
}

/**
 * The document writer. As a text writer (`record` false) it wraps each block as it arrives and appends the lines to
 * {@link DocumentWriter.out}; headings and the marking wrap like any other line, so no line exceeds the width. As a
 * recorder (`record` true) it builds {@link DocumentWriter.sections}, the render tree.
 *
 * In {@link DocumentWriter.out} every line starts with its line feed, except the marking, the document's first line;
 * {@link DocumentWriter.text} adds the line feed that ends the text. So writing a line that fits is appending its
 * prefix (a {@link Label}'s, made once) and its value.
 */
export class DocumentWriter implements DocumentSink {
  /** The lines written so far, each after a line feed (see the class comment). */
  out = "";
  /** The render tree, when recording. */
  readonly sections: Section[] | undefined;
  private indent = "";
  /** The blocks of the current section (recording only; a writer that writes text never touches them). */
  private blocks: Block[] = NO_BLOCKS;
  private fields: Block[] | undefined;

  constructor(
    private readonly width: number,
    private readonly shortening: Shortening = NO_SHORTENING,
    /** Where to record the kinds of free text written (the length budget needs them); none when not given. */
    readonly kinds: Set<FreeTextKind> | undefined = undefined,
    record = false,
    /**
     * Trust the emitter's guarantee for fixed text (see {@link DocumentSink}): a value that fits beside its prefix
     * is written without examining its characters. Only for a writer that `emitDocument` writes into directly;
     * a replayed render tree holds joined parts with no-break placeholders, so its writer examines every value. The
     * tests render both ways and require the same bytes.
     */
    private readonly trusted = false,
  ) {
    this.sections = record ? [] : undefined;
  }

  /** The text written: every line ends in a line feed. Empty when nothing was written. */
  text(): string {
    return this.out === "" ? "" : `${this.out}\n`;
  }

  /** The prefix of a field's first line (with its line feed) at the current indent. */
  private fieldPrefix(label: Label): string {
    const indent = this.indent;
    return indent === "" ? label.line : indent === "  " ? label.item : `\n${indent}${label.text}: `;
  }

  /**
   * Appends `wrap(value, width, first, rest)` (`first` given with its line feed). A value that fits beside its
   * prefix, holds no line feed and no no-break placeholder, and ends in a character that is not white space is that
   * one line as it is (the common case, taken here without the calls).
   */
  private put(value: string, first: string, rest: string): void {
    if (first.length - 1 + value.length <= this.width && value.indexOf("\n") === -1 && value.indexOf(NOBREAK) === -1) {
      const c = value.charCodeAt(value.length - 1);
      if (c > 32 && c !== 0xa0 && c < 0x1680) {
        this.out += first + value;
        return;
      }
    }
    this.out += wrapLeading(value, this.width, first.slice(1), rest);
  }

  /**
   * Appends a value of fixed text followed by free text of a kind. Only the free text is examined, not the joined
   * value (examining a joined string copies it): the fixed text is clean (see {@link DocumentSink}).
   */
  private putFree(text: string, kind: FreeTextKind, free: string, first: string, rest: string): void {
    this.kinds?.add(kind);
    const clean = freeText(kind, free, this.shortening);
    if (
      this.trusted &&
      clean.length > 0 &&
      first.length - 1 + text.length + clean.length <= this.width &&
      clean.indexOf("\n") === -1
    ) {
      // `clean` is trimmed and holds no placeholder (the model refuses noncharacters in text).
      this.out += first + text + clean;
      return;
    }
    this.put(text + clean, first, rest);
  }

  /**
   * Appends a value of fixed text. Fixed text is clean (see {@link DocumentSink}): one line, no no-break
   * placeholder, no white space at the end. So when it fits beside its prefix it is that one line, and nothing
   * reads its characters (reading a joined string's characters copies it).
   */
  private putFixed(value: string, first: string, rest: string): void {
    if (this.trusted && value.length > 0 && first.length - 1 + value.length <= this.width) {
      this.out += first + value;
      return;
    }
    this.put(value, first, rest);
  }

  /**
   * Appends the parts joined by ", " (see {@link joinKept}). Parts are clean (see {@link DocumentSink}) and a kept
   * part (a phone number, "HPR 123") ends in a digit, so when they fit beside the prefix the line is the parts as they
   * are, the last one trimmed at the end.
   */
  private putParts(parts: readonly string[], keepFrom: number, first: string, rest: string): void {
    if (this.trusted) {
      const n = parts.length;
      let length = first.length - 1 + 2 * (n - 1);
      for (let i = 0; i < n; i++) {
        length += (parts[i] as string).length;
      }
      const last = n === 0 ? "" : (parts[n - 1] as string);
      const end = n - 1 >= keepFrom ? last : last.trimEnd();
      if (end.length > 0 && length <= this.width) {
        let line = first;
        for (let i = 0; i < n - 1; i++) {
          line += `${parts[i] as string}, `;
        }
        this.out += line + end;
        return;
      }
    }
    this.out += wrapParts(parts, keepFrom, this.width, first.slice(1), rest, this.trusted);
  }

  section(id: SectionId, heading: string | undefined): void {
    if (this.sections !== undefined) {
      this.blocks = [];
      this.fields = undefined;
      this.sections.push(heading === undefined ? { id, blocks: this.blocks } : { id, heading, blocks: this.blocks });
      return;
    }
    this.indent = "";
    if (heading !== undefined && id !== "outcome") {
      const lines = headingLines(heading);
      if (this.trusted && lines.length > 2 && lines.length - 2 <= this.width) {
        this.out += lines;
      } else {
        this.out += "\n";
        this.put(upper(heading), "\n", "");
      }
    }
  }
  title(text: string): void {
    if (this.sections !== undefined) {
      this.blocks.push({ kind: "para", value: [text] });
      return;
    }
    // The marking is the document's first line: no line feed before it.
    const t = upper(text);
    if (this.trusted && t.length > 0 && t.length <= this.width) {
      this.out += this.out === "" ? t : `\n${t}`;
      return;
    }
    const lines = wrapLeading(t, this.width, "", "");
    this.out += this.out === "" ? lines.slice(1) : lines;
  }
  field(label: Label, text: string, kind?: FreeTextKind, free?: string): void {
    if (this.sections !== undefined) {
      (this.fields ?? this.blocks).push({ kind: "field", label: label.text, value: pieces(text, kind, free) });
      return;
    }
    if (kind === undefined) {
      this.putFixed(text, this.fieldPrefix(label), `${this.indent}  `);
    } else {
      this.putFree(text, kind, free as string, this.fieldPrefix(label), `${this.indent}  `);
    }
  }
  para(text: string, kind?: FreeTextKind, free?: string): void {
    if (this.sections !== undefined) {
      (this.fields ?? this.blocks).push({ kind: "para", value: pieces(text, kind, free) });
      return;
    }
    const indent = this.indent;
    const first = indent === "" ? "\n" : `\n${indent}`;
    if (kind === undefined) {
      this.putFixed(text, first, indent);
    } else {
      this.putFree(text, kind, free as string, first, indent);
    }
  }
  item(text: string, kind?: FreeTextKind, free?: string): void {
    if (this.sections !== undefined) {
      const fields: Block[] = [];
      this.blocks.push({ kind: "item", value: pieces(text, kind, free), fields });
      this.fields = fields;
      return;
    }
    const indent = this.indent;
    const first = indent === "" ? "\n- " : `\n${indent}- `;
    const rest = `${indent}  `;
    if (kind === undefined) {
      this.putFixed(text, first, rest);
    } else {
      this.putFree(text, kind, free as string, first, rest);
    }
    this.indent = rest;
  }
  endItem(): void {
    if (this.sections !== undefined) {
      this.fields = undefined;
      return;
    }
    this.indent = this.indent.slice(2);
  }
  fieldParts(label: Label, parts: readonly string[], keepFrom: number): void {
    if (this.sections !== undefined) {
      this.field(label, joinKept(parts, keepFrom));
      return;
    }
    this.putParts(parts, keepFrom, this.fieldPrefix(label), `${this.indent}  `);
  }
  paraParts(parts: readonly string[], keepFrom: number): void {
    if (this.sections !== undefined) {
      this.para(joinKept(parts, keepFrom));
      return;
    }
    const indent = this.indent;
    this.putParts(parts, keepFrom, indent === "" ? "\n" : `\n${indent}`, indent);
  }
}
