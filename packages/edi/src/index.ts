/**
 * `@pakkeforlop-hjem/edi`: the national XML messages of Pakkeforløp hjem for pasienter med kreft: MsgHead 1.2 +
 * Dialogmelding 1.1 in the Helsefaglig dialog profile, Epikrise 1.2 and AppRec 1.1/1.0. Builds strictly, parses
 * leniently, answers with receipts.
 * @packageDocumentation
 */

export type { AppRecError, AppRecOptions, AppRecOutcome, BuiltAppRec } from "./apprec.ts";
export { appRecErrorsFor, appRecOutcomeFor, createAppRec } from "./apprec.ts";
export { buildDeclineNotice, declineNoticeText } from "./build-decline-notice.ts";
export { buildDialogCorrection, buildHelsefagligDialog, themeOf } from "./build-dialog.ts";
export type { TemplateBuildIssue, TemplateBuildOptions } from "./build-epikrise.ts";
export { buildEpikrise, buildEpikriseCorrection, buildTemplateEpikrise } from "./build-epikrise.ts";
export type { AppRecErrorCode } from "./codes.ts";
export { APPREC_ERRORS, NAMESPACES } from "./codes.ts";
export type { ConversationRef, Envelope, EnvelopeParty, EnvelopeProfessional, EnvelopeUnit } from "./envelope.ts";
export { defineEnvelope } from "./envelope.ts";
export type { ExtractedAssessment, ExtractOptions, ExtractResult } from "./extract.ts";
export { extractAssessment } from "./extract.ts";
export type { EdiIssue, EdiIssueCode, EdiIssueParams } from "./issues.ts";
export { EDI_ISSUES } from "./issues.ts";
export type { BuildIssue, BuildOptions, BuiltMessage, NoteContent, NoteRenderer, PatientSex } from "./options.ts";
export type { ParseMessageOptions } from "./parse.ts";
export { DEFAULT_MAX_BYTES, parseMessage } from "./parse.ts";
export type {
  ParsedAppRec,
  ParsedAttachment,
  ParsedCode,
  ParsedIdent,
  ParsedMessage,
  ParsedNote,
  ParsedParty,
  ParsedPatient,
  ParsedPerson,
} from "./parsed-message.ts";
