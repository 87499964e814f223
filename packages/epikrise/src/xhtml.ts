/**
 * The dialogue-note body as an XHTML fragment using only the simple elements national messages allow (div, h1, h2,
 * p, strong, br, ul, li, table, caption, tbody, tr, td). It ends with the machine-readable carrier table
 * (`note-data.ts`), so a receiver using this SDK reads the assessment back losslessly.
 */
import type { Assessment } from "@pakkeforlop-hjem/model";
import { type Block, buildDocument, type RenderOptions, recipientView } from "./document.ts";
import { tr, unkeep } from "./labels.ts";
import { assessmentToNoteData, NOTE_DATA_CLASS, NOTE_DATA_VERSION } from "./note-data.ts";
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

const inline = (text: string): string => escapeXml(unkeep(cleanText(text))).replace(/\n/g, "<br/>");

function block(b: Block, out: string[]): void {
  const value = inline(b.value.map((p) => (typeof p === "string" ? p : p.text)).join(""));
  if (b.kind === "field") {
    out.push(`<p><strong>${escapeXml(b.label)}:</strong> ${value}</p>`);
  } else if (b.kind === "para") {
    out.push(`<p>${value}</p>`);
  } else {
    out.push(`<li><p>${value}</p>`);
    for (const f of b.fields) {
      block(f, out);
    }
    out.push("</li>");
  }
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
  const out: string[] = [`<div xmlns="${XHTML_NS}" class="pfh-note" lang="${lang}" xml:lang="${lang}">`];
  for (const section of buildDocument(view, rest)) {
    out.push(`<div class="pfh-section pfh-${section.id}">`);
    if (section.heading !== undefined && section.id !== "outcome") {
      out.push(`<h2>${escapeXml(section.heading)}</h2>`);
    }
    let inList = false;
    section.blocks.forEach((b, i) => {
      if (section.id === "header" && i === 0) {
        out.push(`<h1>${escapeXml(b.value[0] as string)}</h1>`);
        return;
      }
      if (b.kind === "item" && !inList) {
        out.push("<ul>");
        inList = true;
      } else if (b.kind !== "item" && inList) {
        out.push("</ul>");
        inList = false;
      }
      block(b, out);
    });
    if (inList) {
      out.push("</ul>");
    }
    out.push("</div>");
  }
  if (options.includeData !== false) {
    out.push(`<table class="${NOTE_DATA_CLASS}" title="${NOTE_DATA_TITLE}">`);
    out.push(`<caption>${escapeXml(tr("dataCaption", lang))}</caption>`);
    out.push("<tbody>");
    for (const [path, json] of assessmentToNoteData(view)) {
      out.push(`<tr><td>${escapeXml(path)}</td><td>${escapeXml(json)}</td></tr>`);
    }
    out.push("</tbody>");
    out.push("</table>");
  }
  out.push("</div>");
  return `${out.join("\n")}\n`;
}
