/**
 * The one word wrap of the renderers (the text printer and the patient letter), and the text helpers around it:
 * cleaning free text, and keeping words together on one line.
 */

/**
 * Marks text that must not be broken across lines (phone numbers, "HPR 123"): spaces become U+001F, a control
 * character the model refuses in every text (its `line` and `text` formats), which {@link wrap} turns back into
 * spaces after wrapping. A character below U+0100 keeps the strings one byte per character, which is faster.
 */
export const KEEP = "\u001F";

/** `text` with every `from` replaced by `to`: the slices between them (a general `replaceAll` is slower here). */
function replaceEach(text: string, from: string, to: string): string {
  let out = "";
  let at = 0;
  for (let i = text.indexOf(from); i !== -1; i = text.indexOf(from, at)) {
    out += `${text.slice(at, i)}${to}`;
    at = i + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** Joins words so the wrapper keeps them on one line. */
export function keep(text: string): string {
  return replaceEach(text, " ", KEEP);
}

/** Turns kept spaces back into spaces. */
export function unkeep(text: string): string {
  return replaceEach(text, KEEP, " ");
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

/**
 * Checks a width option.
 * @throws {RangeError} when `width` is not a whole number from `min` to `max`.
 */
export function checkWidth(width: number | undefined, fallback: number, max: number): number {
  const w = width ?? fallback;
  if (!Number.isInteger(w) || w < 40 || w > max) {
    throw new RangeError(`width must be a whole number from 40 to ${max}, got ${String(w)}`);
  }
  return w;
}

/** Options of {@link wrap}. */
export interface WrapOptions {
  /** The longest line, prefixes included. */
  readonly width: number;
  /** The prefix of the first line (a label, `"- "`). Default none. */
  readonly first?: string;
  /** The prefix of every further line (the hanging indent). Default none. */
  readonly rest?: string;
  /**
   * A word longer than its line: `break` it (default; no line exceeds the width), or let it `overflow` its line
   * (the patient letter never splits a word).
   */
  readonly long?: "break" | "overflow";
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
 * Wraps one paragraph (no line feed inside); returns its lines, each after a line feed. Breaks at spaces; index
 * based: it slices the input instead of re-joining words.
 */
function wrapParagraph(text: string, width: number, first: string, rest: string, overflow: boolean): string {
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
    } else if (overflow) {
      const end = text.indexOf(" ", pos);
      out += `\n${lineOf(prefix, text.slice(pos, end === -1 ? n : end))}`;
      pos = end === -1 ? n : end;
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
 * Word-wraps text at a width, with a first-line prefix and a hanging indent, and returns the lines, each AFTER a line
 * feed (`"\nline one\nline two"`), so that printers append lines to a document without joining arrays. Each line
 * ends in no white space. Text with line feeds wraps paragraph by paragraph (every paragraph after the first starts
 * at the indent); kept spaces ({@link keep}) never break and are turned back into spaces.
 * @example
 * ```ts
 * wrap("Ønsker kontakt med fysioterapeut", { width: 20, first: "Merknad: ", rest: "  " });
 * // "\nMerknad: Ønsker\n  kontakt med\n  fysioterapeut"
 * ```
 */
export function wrap(text: string, options: WrapOptions): string {
  const { width, first = "", rest = "" } = options;
  const overflow = options.long === "overflow";
  let out: string;
  if (text.indexOf("\n") === -1) {
    out = wrapParagraph(text, width, first, rest, overflow);
  } else {
    const paragraphs = text.split("\n");
    out = "";
    for (let i = 0; i < paragraphs.length; i++) {
      out += wrapParagraph(paragraphs[i] as string, width, i === 0 ? first : rest, rest, overflow);
    }
  }
  // Read the input, not the lines just joined: reading a joined string's characters copies it.
  return text.indexOf(KEEP) === -1 ? out : unkeep(out);
}
