/**
 * `@pakkeforlop-hjem/pathway`: the rules of Pakkeforløp hjem for pasienter med kreft around the conversations:
 * regional profiles as data, event-sourced pathway state for SP1–SP3, due windows and notices, consent-gated
 * routing and quality indicators.
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

export type { AuditEntry, AuditInput, SentDelivery } from "./audit.ts";
export { auditTrail } from "./audit.ts";
export { AHUS_PROFILE, BUILT_IN_PROFILES, NATIONAL_PROFILE, TRONDELAG_PROFILE } from "./built-in-profiles.ts";
export type { Icd10Range } from "./icd10.ts";
export { icd10InRanges, NATIONAL_ICD10_SCOPE, UNCERTAIN_BEHAVIOUR_ICD10 } from "./icd10.ts";
export type { PathwayIssue, PathwayIssueCode, PathwayIssueParams } from "./issues.ts";
export { formatPathwayIssue, PATHWAY_ISSUES } from "./issues.ts";
export type {
  ActionBase,
  CloseAction,
  IncludeAction,
  NextAction,
  NextActionsOptions,
  NoticeAction,
  PointAction,
  PointTiming,
  ReofferAction,
} from "./next-actions.ts";
export { nextActions } from "./next-actions.ts";
export type {
  AssessmentCancelledEvent,
  BereavedChildrenCheckedEvent,
  ClosedEvent,
  CompletedEvent,
  ConsentChangedEvent,
  DeceasedEvent,
  DeclinedEvent,
  HandoffEvent,
  HospitalTransferEvent,
  IncludedEvent,
  InclusionDeclinedEvent,
  OfferedEvent,
  PathwayEvent,
  PathwayEventBase,
  PreVisitAnsweredEvent,
  RelapseEvent,
} from "./pathway-event.ts";
export {
  PATHWAY_EVENT_TYPES,
  pathwayEventIssues,
  safeParsePathwayEvent,
} from "./pathway-event.ts";
export type {
  AssessmentSummary,
  ConsentRecord,
  ConsentState,
  DateWindow,
  HandoffRecord,
  HospitalState,
  PathwayState,
  PathwayStatus,
  PointState,
} from "./pathway-state.ts";
export type { PointWindow } from "./point-window.ts";
export { pointWindow } from "./point-window.ts";
export type { PreVisitAnswer, PreVisitEventOptions } from "./pre-visit.ts";
export { preVisitEvent } from "./pre-visit.ts";
export type {
  EntryPointService,
  LetterEnclosure,
  MessageKind,
  MonthWindow,
  PatientLetterPolicy,
  Pilot,
  PilotPlace,
  PointRule,
  PointSetting,
  Profile,
  ProfileScope,
  ProfileSource,
  RecipientNeeds,
  RelapseRule,
  SenderSystemRule,
  Sp1TransferRule,
  WindowAnchor,
} from "./profile.ts";
export {
  defineProfile,
  PROFILE_ENUMS,
  parseProfile,
  pointRule,
  profileIssues,
  safeParseProfile,
} from "./profile.ts";
export type {
  Median,
  PilotIndicators,
  PilotPatient,
  QualityIndicatorOptions,
  QualityIndicators,
  Share,
} from "./quality-indicators.ts";
export { qualityIndicators, qualityIndicatorsByPilot } from "./quality-indicators.ts";
export type { ReplayOptions, ReplayResult } from "./replay.ts";
export { initialState, orderEvents, replay } from "./replay.ts";
export type {
  Delivery,
  DeliveryChannel,
  DeliveryRecipient,
  RouteOptions,
  RouteResult,
  RouteRule,
  WithheldDelivery,
  WithheldReason,
} from "./route.ts";
export {
  effectiveConsent,
  GP_DECLINE_NOTICE,
  messageKindFor,
  PATHWAY_MARKING,
  privacyFor,
  route,
  templateFor,
} from "./route.ts";
export type { PilotMiss, ScopeAnswer, ScopePatient } from "./scope.ts";
export { inScope } from "./scope.ts";
