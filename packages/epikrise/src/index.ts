/**
 * `@pakkeforlop-hjem/epikrise`: text renderers for Pakkeforløp hjem for pasienter med kreft. The same data gives
 * the same text in every EHR.
 * @packageDocumentation
 */
export type { Block, FreeTextKind, Piece, RenderOptions, Section, SectionId } from "./document.ts";
export { buildDocument, FREE_TEXT_ORDER, recipientView } from "./document.ts";
export type { TextKey } from "./labels.ts";
export { formatDate, formatDateTime, TEXT } from "./labels.ts";
export type { LetterOptions } from "./letter.ts";
export { renderPatientLetter } from "./letter.ts";
export type { NoteDataIssueCode, NoteDataRow, NoteReadResult } from "./note-data.ts";
export { assessmentToNoteData, NOTE_DATA_CLASS, NOTE_DATA_VERSION, readNoteData } from "./note-data.ts";
export type { NoteText, NoteTextOptions, TextOptions } from "./text.ts";
export { cleanText, renderEpicrisisText, renderNoteText } from "./text.ts";
export type { XhtmlOptions } from "./xhtml.ts";
export { NOTE_DATA_TITLE, renderNoteXhtml, XHTML_NS } from "./xhtml.ts";
export { escapeXml } from "./xml.ts";
