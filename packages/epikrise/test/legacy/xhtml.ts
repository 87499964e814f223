/**
 * The dialogue-note body as an XHTML fragment using only the simple elements national messages allow (div, h1, h2,
 * p, strong, br, ul, li, table, caption, tbody, tr, td). It ends with the machine-readable carrier table
 * (`note-data.ts`), so a receiver using this SDK reads the assessment back losslessly.
 */
import type { Assessment } from "@pakkeforlop-hjem/model";
import { assessmentToNoteData, NOTE_DATA_CLASS, NOTE_DATA_VERSION } from "@pakkeforlop-hjem/model";
import { type Block, buildDocument, type RenderOptions, recipientView } from "./document.ts";
import { KEEP, tr, unkeep } from "./labels.ts";
import { cleanText } from "./writer.ts";
import { escapeXml } from "./xml.ts";

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
 * renderNoteXhtml(assessment).includes(NOTE_DATA_TITLE); // true
 * ```
 */
export const NOTE_DATA_TITLE: string = `pakkeforlop-hjem-sdk note-data ${NOTE_DATA_VERSION}`;

/** Options of {@link renderNoteXhtml}. */
export interface XhtmlOptions extends RenderOptions {
  /** Include the machine-readable carrier table. Default `true`. */
  readonly includeData?: boolean;
}

function inline(text: string): string {
  const clean = cleanText(text);
  const escaped = escapeXml(clean.indexOf(KEEP) === -1 ? clean : unkeep(clean));
  return escaped.indexOf("\n") === -1 ? escaped : escaped.replace(/\n/g, "<br/>");
}

/** The markup of a block, each element on its own line (ending in a line feed). */
function block(b: Block): string {
  let text = "";
  for (const p of b.value) {
    text += typeof p === "string" ? p : p.text;
  }
  const value = inline(text);
  if (b.kind === "field") {
    return `<p><strong>${escapeXml(b.label)}:</strong> ${value}</p>\n`;
  }
  if (b.kind === "para") {
    return `<p>${value}</p>\n`;
  }
  let out = `<li><p>${value}</p>\n`;
  for (const f of b.fields) {
    out += block(f);
  }
  return `${out}</li>\n`;
}

/**
 * Renders the note body as an XHTML fragment: the same content as the epicrisis text, plus (by default) the
 * machine-readable carrier table. Each section is a `div` with the classes `pfh-section pfh-<id>`. Given a
 * `delivery` (issue 9), both the text and the carrier hold only what its recipient may see; the carrier then holds a
 * valid assessment marked with `redaction`, which a receiver must never store as the complete document.
 * @example
 * ```ts
 * const xhtml = renderNoteXhtml(assessment, { lang: "nb" });
 * ```
 */
export function renderNoteXhtml(assessment: Assessment, options: XhtmlOptions = {}): string {
  const lang = options.lang ?? "nb";
  // Issue 9: the text and the carrier both come from the recipient's view, so the carrier never holds more.
  const view = recipientView(assessment, options);
  const { delivery: _d, withhold: _w, include: _i, ...rest } = options;
  // One string, each element on its own line.
  let out = `<div xmlns="${XHTML_NS}" class="pfh-note" lang="${lang}" xml:lang="${lang}">\n`;
  for (const section of buildDocument(view, rest)) {
    out += `<div class="pfh-section pfh-${section.id}">\n`;
    if (section.heading !== undefined && section.id !== "outcome") {
      out += `<h2>${escapeXml(section.heading)}</h2>\n`;
    }
    let inList = false;
    const blocks = section.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      if (section.id === "header" && i === 0) {
        out += `<h1>${escapeXml(b.value[0] as string)}</h1>\n`;
        continue;
      }
      if (b.kind === "item" && !inList) {
        out += "<ul>\n";
        inList = true;
      } else if (b.kind !== "item" && inList) {
        out += "</ul>\n";
        inList = false;
      }
      out += block(b);
    }
    if (inList) {
      out += "</ul>\n";
    }
    out += "</div>\n";
  }
  if (options.includeData !== false) {
    out += `<table class="${NOTE_DATA_CLASS}" title="${NOTE_DATA_TITLE}">\n`;
    out += `<caption>${escapeXml(tr("dataCaption", lang))}</caption>\n`;
    out += "<tbody>\n";
    for (const [path, json] of assessmentToNoteData(view)) {
      out += `<tr><td>${escapeXml(path)}</td><td>${escapeXml(json)}</td></tr>\n`;
    }
    out += "</tbody>\n";
    out += "</table>\n";
  }
  out += "</div>\n";
  return out;
}
