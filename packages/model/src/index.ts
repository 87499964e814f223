/**
 * `@pakkeforlop-hjem/model`: the canonical assessment model of Pakkeforløp hjem for pasienter med kreft. This entry
 * loads no zod: it validates with the precompiled validator. The zod schemas (`AssessmentSchema`,
 * `createAssessmentSchema`, `toJsonSchema`, `issuesFromZod`, `withRuleIssues`) live in `@pakkeforlop-hjem/model/zod`.
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

export type { AmendmentMeta, AmendResult, AssessmentChanges } from "./amend.ts";
export { amendAssessment, assessmentVersion, cancelAssessment, changedPaths, isCancelled } from "./amend.ts";
export type {
  Amendment,
  Assessment,
  ChildrenSection,
  ConsentEntry,
  Contact,
  Diagnosis,
  DistressScreening,
  ItemAnswer,
  Measure,
  MinorEntry,
  NextStep,
  Organisation,
  Outcome,
  Participant,
  Patient,
  PatientIdentifier,
  PersonName,
  Professional,
  Redaction,
  ResponsibleParty,
  ThresholdRuleRef,
  TopicEntry,
  Topics,
  VersionedRef,
} from "./assessment.ts";
export type { LocalizedTemplate, MessageCatalogue, Messages, ParamsArg, Template } from "./catalogue.ts";
export { defineMessages, renderTemplate } from "./catalogue.ts";
export type {
  AmendmentKind,
  CodeList,
  CodeListEntry,
  ConsentValue,
  ConversationMode,
  DeclineReason,
  Lang,
  LocalizedText,
  MeasureStatus,
  MinorRelation,
  NextStepAction,
  OrganisationKind,
  OutcomeStatus,
  ParticipantKind,
  ProfessionCode,
  RecipientKind,
  RedactionReason,
  RespondentKind,
  ResponsiblePartyKind,
  RoleCode,
  ScorePeriod,
  SharablePart,
  TopicKey,
  TopicStatus,
  YesNo,
} from "./code-lists.ts";
export {
  AMENDMENT_KINDS,
  CONSENT_VALUES,
  CONVERSATION_MODES,
  DECLINE_REASONS,
  displayOf,
  LANGS,
  MEASURE_STATUSES,
  MINOR_RELATIONS,
  NEXT_STEP_ACTIONS,
  ORGANISATION_KINDS,
  OUTCOMES,
  PARTICIPANT_KINDS,
  PROFESSIONS,
  RECIPIENT_KINDS,
  REDACTION_REASONS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  ROLES,
  SCORE_PERIODS,
  SHARABLE_PARTS,
  TOPIC_STATUSES,
  TOPICS,
  YES_NO,
} from "./code-lists.ts";
export { LIMITS, SCHEMA_ID_BASE, SCHEMA_VERSION } from "./constants.ts";
export type { IssueCatalogue, IssueMaker, IssueParamsMap } from "./define-issues.ts";
export { defineIssues, registerIssueTexts } from "./define-issues.ts";
export type {
  ErrorCode,
  Issue,
  IssueFor,
  IssueOf,
  IssueParams,
  IssueWith,
  PathSegment,
  SafeResult,
} from "./errors.ts";
export { formatPath, isSdkError, isValidationError, SdkError, ValidationError } from "./errors.ts";
export type { FormatCheck } from "./formats.ts";
export {
  codePointLength,
  createFormats,
  daysInMonth,
  FORMAT_PATTERNS,
  FORMAT_SHAPES,
  IDENTIFIER_FORMATS,
  isDate,
  isDateTime,
} from "./formats.ts";
export type {
  Identifier,
  IdentifierCheck,
  IdentifierFailure,
  IdentifierOptions,
  KithIdType,
  NorwegianIdKind,
  TestNumberFamily,
} from "./identifiers.ts";
export {
  birthDateFromPersonNumber,
  checkPersonNumberDigits,
  classifyPersonNumber,
  controlDigitsFor,
  IDENTIFIER_SYSTEMS,
  identifierKindOfSystem,
  kithIdTypeToSystem,
  systemToKithIdType,
  validateIdentifier,
  validateNorwegianId,
} from "./identifiers.ts";
export type { TooManyIssuesParams } from "./issue-cap.ts";
export { capIssues, MAX_ISSUES, safeSlot, TOO_MANY_ISSUES_TEXT } from "./issue-cap.ts";
export type {
  IssueCode,
  ModelIssueParams,
  NoParams,
  NoteDataIssueCode,
  NoteDataIssueParams,
  SizeOrigin,
} from "./issue-codes.ts";
export { LANGUAGE_NAMES, languageName, OTHER_LANGUAGE } from "./languages.ts";
export type { IssueFormatter, IssueTemplate, IssueTemplates } from "./messages.ts";
export { createIssueFormatter, formatIssue, INVALID_FORMAT_TEXT, MODEL_ISSUES } from "./messages.ts";
export type { AssessmentDraft09, MigrationStep } from "./migrations.ts";
export { DRAFT09_INSTRUMENT, MIGRATIONS, migrateAssessment, SUPPORTED_VERSIONS } from "./migrations.ts";
export type { CarriedAssessment, NoteDataRow, NoteReadResult } from "./note-data.ts";
export {
  assessmentToNoteData,
  NOTE_DATA_CLASS,
  NOTE_DATA_ISSUES,
  NOTE_DATA_VERSION,
  readNoteData,
} from "./note-data.ts";
export type { RecipientViewRequest, RedactionRequest } from "./redaction.ts";
export {
  consentWithhold,
  expandParts,
  FREE_TEXT_FIELDS,
  HELD_BACK_TEXT,
  isRedacted,
  partsNotNeeded,
  recipientView,
  redactAssessment,
  visibleAmendmentPaths,
} from "./redaction.ts";
export type { CrossFieldRule } from "./rule-catalogue.ts";
export { CROSS_FIELD_RULES } from "./rule-catalogue.ts";
export { ageOn, datePart } from "./rules.ts";
export type { Validated } from "./sealed.ts";
export { isSealedAssessment, sealAssessment } from "./sealed.ts";
export type { ParseOptions } from "./validate.ts";
export { assessmentIssues, isAssessment, parseAssessment, safeParseAssessment } from "./validate.ts";
export type { EscapeXmlOptions } from "./xml.ts";
export { escapeXml } from "./xml.ts";
