/**
 * The dialogue-note body as an XHTML fragment using only the simple elements national messages allow (div, h1, h2,
 * p, strong, br, ul, li, table, caption, tbody, tr, td). The note is for people (issue 17): the messages carry the
 * assessment for machines in a data attachment (edi package). The old machine-readable carrier table (`note-data.ts`)
 * is written only when asked for (`includeData: true`), for receivers that still read only the table.
 */
import {
  type Assessment,
  assessmentToNoteData,
  escapeXml,
  NOTE_DATA_CLASS,
  NOTE_DATA_VERSION,
} from "@pakkeforlop-hjem/model";
import { buildRenderTree } from "./build.ts";
import { tr } from "./labels.ts";
import type { Block, RenderOptions, Section } from "./tree.ts";
import { cleanText } from "./wrap.ts";

/**
 * The XHTML namespace.
 * @example
 * ```ts
 * renderNoteXhtml(assessment).startsWith(`<div xmlns="${XHTML_NS}"`); // true
 * ```
 */
export const XHTML_NS = "http://www.w3.org/1999/xhtml";

/**
 * Text that identifies the carrier table and its version, in the table's `title` attribute.
 * @example
 * ```ts
 * renderNoteXhtml(assessment, { includeData: true }).includes(NOTE_DATA_TITLE); // true
 * ```
 */
// Made by a pure call, so a bundle without the XHTML renderer leaves it out (a template with an imported constant is
// kept otherwise).
export const NOTE_DATA_TITLE: string = /* @__PURE__ */ (() => `pakkeforlop-hjem-sdk note-data ${NOTE_DATA_VERSION}`)();

/** Options of {@link renderNoteXhtml}. */
export interface XhtmlOptions extends RenderOptions {
  /**
   * Include the old machine-readable carrier table (visible as rows of paths and JSON literals). Default `false`
   * (issue 17): the edi builders carry the data in an attachment; ask for the table only for a receiver that reads
   * nothing else.
   */
  readonly includeData?: boolean;
}

/**
 * What cleaning free text (`cleanText`: carriage returns, tabs, spaces before a line feed) or escaping it (`escapeXml`
 * in element content) would change, or turn into `<br/>`.
 */
const CHANGED = /[\t\n\r"&'<>]/;

/**
 * A value as inline markup: cleaned, escaped, its line feeds as `<br/>`. A value with none of {@link CHANGED} and no
 * white space at its ends is already all three, and is printed as it is: the printer's fast path, since most values
 * (dates, code-list texts, names) are plain; one scan finds it instead of three.
 */
function inline(v: Block): string {
  let text = v.text;
  if (v.kept !== undefined) {
    for (const part of v.kept) {
      text = text === "" ? part : `${text}, ${part}`;
    }
  }
  const value = v.free === undefined ? text : text + v.free.text;
  if (!CHANGED.test(value) && value.trim() === value) {
    return value;
  }
  const escaped = escapeXml(cleanText(value));
  return escaped.indexOf("\n") === -1 ? escaped : escaped.replace(/\n/g, "<br/>");
}

/** The markup of a block, each element on its own line (ending in a line feed). */
function block(b: Block): string {
  if (b.kind === "title") {
    return `<h1>${escapeXml(b.text)}</h1>\n`;
  }
  if (b.kind === "field") {
    return `<p><strong>${escapeXml(b.label ?? "")}:</strong> ${inline(b)}</p>\n`;
  }
  if (b.kind === "para") {
    return `<p>${inline(b)}</p>\n`;
  }
  let out = `<li><p>${inline(b)}</p>\n`;
  for (const f of b.fields ?? []) {
    out += block(f);
  }
  return `${out}</li>\n`;
}

/** A section as a `div`: its heading, its blocks, list items gathered in a `ul`. */
function section(s: Section): string {
  let out = `<div class="pfh-section pfh-${s.id}">\n`;
  if (s.heading !== undefined) {
    out += `<h2>${escapeXml(s.heading)}</h2>\n`;
  }
  let inList = false;
  for (const b of s.blocks) {
    if ((b.kind === "item") !== inList) {
      out += inList ? "</ul>\n" : "<ul>\n";
      inList = !inList;
    }
    out += block(b);
  }
  return `${out}${inList ? "</ul>\n" : ""}</div>\n`;
}

/**
 * Renders the note body as an XHTML fragment: the same content as the epicrisis text, plus (with `includeData: true`)
 * the old machine-readable carrier table. Each section is a `div` with the classes `pfh-section pfh-<id>`. Given a
 * `delivery` (issue 9), both the text and the carrier hold only what its recipient may see; the carrier then holds a
 * valid assessment marked with `redaction`, which a receiver must never store as the complete document.
 * @example
 * ```ts
 * const xhtml = renderNoteXhtml(assessment, { lang: "nb" });
 * ```
 */
export function renderNoteXhtml(assessment: Assessment, options: XhtmlOptions = {}): string {
  // Issue 9: the text and the carrier both come from the recipient's view (the tree's), so the carrier never holds more.
  const tree = buildRenderTree(assessment, options);
  const lang = tree.lang;
  let out = `<div xmlns="${XHTML_NS}" class="pfh-note" lang="${lang}" xml:lang="${lang}">\n`;
  for (const s of tree.sections) {
    out += section(s);
  }
  if (options.includeData === true) {
    out += `<table class="${NOTE_DATA_CLASS}" title="${NOTE_DATA_TITLE}">\n`;
    out += `<caption>${escapeXml(tr("dataCaption", lang))}</caption>\n`;
    out += "<tbody>\n";
    for (const [path, json] of assessmentToNoteData(tree.view)) {
      out += `<tr><td>${escapeXml(path)}</td><td>${escapeXml(json)}</td></tr>\n`;
    }
    out += "</tbody>\n";
    out += "</table>\n";
  }
  return `${out}</div>\n`;
}
