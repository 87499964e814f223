/**
 * `@pakkeforlop-hjem/model/validator`: the lean entry for browsers, workers and cold starts. Everything needed to
 * validate an assessment and explain the issues (and to define issue codes and message catalogues of one's own),
 * without zod: the precompiled validator needs no schema library and no `eval`, so it runs under a strict
 * Content-Security-Policy. The zod schemas live in `@pakkeforlop-hjem/model/zod`.
 * @packageDocumentation
 */
export type {
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
  ResponsibleParty,
  ThresholdRuleRef,
  TopicEntry,
  Topics,
  VersionedRef,
} from "./assessment.ts";
export type { LocalizedTemplate, MessageCatalogue, Messages, ParamsArg, Template } from "./catalogue.ts";
export { defineMessages, renderTemplate } from "./catalogue.ts";
export type { Lang } from "./code-lists.ts";
export { LANGS } from "./code-lists.ts";
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
export { createFormats } from "./formats.ts";
export type { Identifier, IdentifierCheck, IdentifierOptions, NorwegianIdKind } from "./identifiers.ts";
export { validateIdentifier, validateNorwegianId } from "./identifiers.ts";
export type { IssueCode, ModelIssueParams, NoParams, SizeOrigin } from "./issue-codes.ts";
export { formatIssue } from "./messages.ts";
export type { Validated } from "./sealed.ts";
export { isSealedAssessment, sealAssessment } from "./sealed.ts";
export type { ParseOptions } from "./validate.ts";
export { assessmentIssues, isAssessment, parseAssessment, safeParseAssessment } from "./validate.ts";
