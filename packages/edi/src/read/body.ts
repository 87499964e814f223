/**
 * Note bodies: Dialogmelding `TekstNotatInnhold`/`Sporsmal` and Epikrise `Observation/Description`, plain text or
 * XHTML (HISD 1155, messaging.md §3). While a body is open, `loop.ts` sends every event here instead of to the
 * element rules. Text is kept in parts: block elements and `<br>` end a line, `finish.ts` joins the lines. A
 * `table.pfh-data` (the machine-readable carrier this SDK writes, epikrise's note data) is not text: each row's first
 * two cells become a data row for `extractAssessment`.
 */
import type { BodyCursor, NoteDraft, ReadState } from "./state.ts";

/** Elements that end a line of the note's text. */
const BLOCK: ReadonlySet<string> = new Set([
  "p",
  "div",
  "li",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "ul",
  "ol",
  "caption",
]);

const DATA_TABLE = /(^|\s)pfh-data(\s|$)/;

/** Starts reading the body of `note`, written in the element at `depth`. */
export function startBody(s: ReadState, note: NoteDraft, depth: number): void {
  s.body = { depth, note, dataDepth: -1, row: undefined, cell: undefined };
}

/** An element inside the body: XHTML (so the note is XHTML), maybe the data table, a row or a cell of it. */
export function openInBody(b: BodyCursor, name: string, attrs: Readonly<Record<string, string>>, depth: number): void {
  b.note.xhtml = true;
  if (b.dataDepth >= 0) {
    if (name === "tr") {
      b.row = [];
    } else if (name === "td" && b.row !== undefined) {
      b.cell = "";
    }
  } else if (name === "table" && DATA_TABLE.test(attrs["class"] ?? "")) {
    b.dataDepth = depth;
    b.note.dataRows ??= [];
  } else if (name === "br") {
    b.note.parts.push("\n");
  }
}

/** The end of an element inside the body, or of the body itself (then the state leaves the body). */
export function closeInBody(s: ReadState, b: BodyCursor, name: string, depth: number): void {
  if (depth === b.depth) {
    s.body = undefined;
    s.text = "";
    return;
  }
  if (b.dataDepth < 0) {
    if (BLOCK.has(name)) {
      b.note.parts.push("\n");
    }
  } else if (name === "td" && b.cell !== undefined && b.row !== undefined) {
    b.row.push(b.cell);
    b.cell = undefined;
  } else if (name === "tr" && b.row !== undefined) {
    if (b.row.length >= 2) {
      b.note.dataRows?.push([b.row[0] as string, b.row[1] as string]);
    }
    b.row = undefined;
  } else if (depth === b.dataDepth) {
    b.dataDepth = -1;
  }
}

/** Character data in the body: a data cell's content, the note's text, or (elsewhere in the data table) nothing. */
export function bodyText(b: BodyCursor, text: string): void {
  if (b.cell !== undefined) {
    b.cell += text;
  } else if (b.dataDepth < 0) {
    b.note.parts.push(text);
  }
}

/**
 * A CDATA section in the body is text of the note, or, in a data cell, part of the cell (issue 15 point 4: a writer
 * may put a cell's JSON in CDATA); elsewhere in the data table it is not read.
 */
export function bodyCdata(b: BodyCursor, text: string): void {
  if (b.cell !== undefined) {
    b.cell += text;
  } else if (b.dataDepth < 0) {
    b.note.parts.push(text);
  }
}
