/**
 * `@pakkeforlop-hjem/fhir`: FHIR R4 Questionnaires in two dialects (Helsenorge/Refero and HL7 SDC) from the
 * instruments package's headless form definitions, and QuestionnaireResponse → answers → model.
 * @packageDocumentation
 */

export type { AssessmentToQuestionnaireResponseOptions } from "./assessment-response.ts";
export {
  assessmentToQuestionnaireResponse,
  REDACTED_SECURITY_LABEL,
  REDACTION_REASON_SYSTEM,
} from "./assessment-response.ts";
export type { AssessmentToAnswersOptions } from "./assessment-to-answers.ts";
export { assessmentToAnswers } from "./assessment-to-answers.ts";
export type {
  CodeableConcept,
  Coding,
  Expression,
  Extension,
  Meta,
  OperationOutcome,
  OperationOutcomeIssue,
  PrimitiveExtension,
  Questionnaire,
  QuestionnaireAnswerOption,
  QuestionnaireBundle,
  QuestionnaireEnableWhen,
  QuestionnaireItem,
  QuestionnaireItemType,
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from "./fhir-types.ts";
export type {
  FromQuestionnaireResponseOptions,
  ReadableStatus,
  ResponseData,
  ResponseIssue,
  ResponseIssueCode,
} from "./from-response.ts";
export { fromQuestionnaireResponse, RESPONSE_LIMITS } from "./from-response.ts";
export type { FhirIssue, FhirIssueCode, FhirIssueParams } from "./issues.ts";
export { FHIR_ISSUES, formatFhirIssue, isFhirIssue } from "./issues.ts";
export type { ToOperationOutcomeOptions } from "./operation-outcome.ts";
export { ISSUE_CODE_SYSTEM, toOperationOutcome } from "./operation-outcome.ts";
export type { PreVisitWishes } from "./pre-visit-form.ts";
export { answersToPreVisit, PRE_VISIT_FORM } from "./pre-visit-form.ts";
export type { Dialect, ToQuestionnaireOptions } from "./to-questionnaire.ts";
export { TOTAL_SCORE_LINK_ID, toQuestionnaire, toQuestionnaireBundle } from "./to-questionnaire.ts";
export type { ToQuestionnaireResponseOptions } from "./to-response.ts";
export { toQuestionnaireResponse } from "./to-response.ts";
export { codeSystemUrl, FHIR_BASE, questionnaireUrl } from "./urls.ts";
