/**
 * `@pakkeforlop-hjem/instruments`: the distress thermometer and problem list (legacy and revised) and ESAS-r as
 * versioned data, threshold scoring, headless form definitions, answer validation and answers → model.
 * @packageDocumentation
 */

export { agendaAnswers, withAgenda } from "./agenda.ts";
export type { AnswerValue, FormAnswers } from "./answers.ts";
export { isUnanswered } from "./answers.ts";
export type { AssessmentContext } from "./answers-to-assessment.ts";
export { answersToAssessment, answersToDistress, answersToSymptoms } from "./answers-to-assessment.ts";
export { DT_LEGACY, THERMOMETER_SCORE } from "./dt-legacy.ts";
export { DT_REVISED } from "./dt-revised.ts";
export { ESAS_R } from "./esas-r.ts";
export type {
  AnswerOption,
  DisplayItem,
  EnableBehavior,
  EnableOperator,
  EnableWhen,
  FormDefinition,
  FormItem,
  FormItemType,
  FormKind,
  FormText,
  GroupItem,
  QuestionItem,
  StringFormat,
  TextVariant,
} from "./form.ts";
export { flattenItems, optionsFrom } from "./form.ts";
export {
  ESAS_R_FORM,
  FORMS,
  findForm,
  NEEDS_ASSESSMENT_SP1,
  NEEDS_ASSESSMENT_SP2,
  NEEDS_ASSESSMENT_SP3,
  THERMOMETER_LEGACY_FORM,
  THERMOMETER_REVISED_FORM,
} from "./forms.ts";
export type {
  AnswerFormat,
  Instrument,
  InstrumentCategory,
  InstrumentContent,
  InstrumentItem,
  InstrumentLicence,
  InstrumentScore,
  LicensedUse,
  WordingSource,
} from "./instrument.ts";
export { createSymptomForm, createThermometerForm } from "./instrument-form.ts";
export type {
  AnswerIssueParams,
  ConstraintReason,
  DeadVisibilityReason,
  ExpectedAnswer,
  InstrumentsIssue,
  InstrumentsIssueCode,
  InstrumentsIssueParams,
} from "./issues.ts";
export { formatInstrumentsIssue, INSTRUMENTS_ISSUES } from "./issues.ts";
export { DT_LICENCE, ESAS_R_LICENCE } from "./licence.ts";
export type { FormLintCode, FormLintIssue } from "./lint-form.ts";
export { lintForm } from "./lint-form.ts";
export type { NeedsAssessmentFormOptions } from "./needs-assessment-form.ts";
export { createNeedsAssessmentForm } from "./needs-assessment-form.ts";
export { findInstrument, INSTRUMENTS } from "./registry.ts";
export type {
  CategoryCount,
  DistressCounts,
  DistressResponse,
  DistressScore,
  ScoredDistress,
  ScoredScreening,
  ScoreOptions,
  SymptomResponse,
  SymptomScore,
  UnscoredDistress,
  UnscoredScreening,
} from "./score.ts";
export { scoreDistress, scoreSymptoms } from "./score.ts";
export { selfReportAnswers } from "./self-report.ts";
export type { ThresholdRule } from "./threshold-rule.ts";
export { createThresholdRule, DEFAULT_THRESHOLD_RULE, isAboveThreshold } from "./threshold-rule.ts";
export type { AnswersResult, FormMessage, ValidateAnswersOptions } from "./validate-answers.ts";
export { validateAnswers } from "./validate-answers.ts";
export type { VisibleItem } from "./visibility.ts";
export { shownAnswers, visibleItems } from "./visibility.ts";
export type { InstrumentWording, WordingTexts } from "./wording.ts";
export { safeWithWording, withWording } from "./wording.ts";
