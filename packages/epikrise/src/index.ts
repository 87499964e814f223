/**
 * `@pakkeforlop-hjem/epikrise`: text renderers for Pakkeforløp hjem for pasienter med kreft. The same data gives
 * the same text in every EHR.
 * @packageDocumentation
 */

/**
 * The model's one XML escaper and recipient view, re-exported for existing users: import them from
 * `@pakkeforlop-hjem/model` (issue 14: one rule, one home). These names are removed here in 1.0.
 */
export { escapeXml, recipientView } from "@pakkeforlop-hjem/model";
export { buildRenderTree } from "./build.ts";
export type { EpikriseIssue, EpikriseIssueCode, EpikriseIssueParams } from "./issues.ts";
export { EPIKRISE_ISSUES } from "./issues.ts";
export type { TextKey } from "./labels.ts";
export { formatDate, formatDateTime, TEXT } from "./labels.ts";
export type { LetterOptions, PostalOptions } from "./letter.ts";
export { ADDRESS_LINE, POSTAL_LINES, renderPatientLetter } from "./letter.ts";
export type { NoteDataIssueCode, NoteDataRow, NoteReadResult } from "./note-data.ts";
export { assessmentToNoteData, NOTE_DATA_CLASS, NOTE_DATA_VERSION, readNoteData } from "./note-data.ts";
export type { RenderResult } from "./safe.ts";
export { safeRenderEpicrisisText, safeRenderNoteText, safeRenderNoteXhtml, safeRenderPatientLetter } from "./safe.ts";
export type { DocumentTemplate, TemplateSection, TemplateText } from "./template.ts";
export {
  lintTemplate,
  REQUIRED_TEMPLATE_SECTIONS,
  renderWithTemplate,
  TEMPLATE_SECTIONS,
  templateText,
} from "./template.ts";
export { AHUS_TEMPLATE, BUILT_IN_TEMPLATES, TRONDELAG_TEMPLATE } from "./templates.ts";
export type { NoteText, NoteTextOptions, TextOptions } from "./text.ts";
export { minimumNoteBudget, renderEpicrisisText, renderNoteText } from "./text.ts";
export type {
  Block,
  BudgetStep,
  CutPart,
  FreeText,
  FreeTextKind,
  RenderOptions,
  RenderTree,
  Section,
  SectionId,
} from "./tree.ts";
export { BUDGET_ORDER, FREE_TEXT_ORDER } from "./tree.ts";
export { cleanText } from "./wrap.ts";
export type { XhtmlOptions } from "./xhtml.ts";
export { NOTE_DATA_TITLE, renderNoteXhtml, XHTML_NS } from "./xhtml.ts";
