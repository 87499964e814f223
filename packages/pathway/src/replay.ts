/**
 * Event sourcing of the pathway (ARCHITECTURE.md "Pathway"): a pure fold of events into a {@link PathwayState}.
 * Real event streams arrive out of order and twice, so `replay` first validates, de-duplicates by id and orders by
 * time, then applies each event. Impossible sequences are reported as issues and not applied; nothing throws on data.
 */
import {
  type ConsentValue,
  datePart,
  isCancelled,
  type ParseOptions,
  type PathSegment,
  TOPICS,
} from "@pakkeforlop-hjem/model";
import { icd10InRanges, NATIONAL_ICD10_SCOPE } from "./icd10.ts";
import { canonicalJson } from "./internal/canonical.ts";
import { addMonths, instant } from "./internal/dates.ts";
import { type PathwayIssue, pathwayIssue } from "./issues.ts";
import { type PathwayEvent, pathwayEventIssues } from "./pathway-event.ts";
import type {
  AssessmentSummary,
  ConsentRecord,
  HandoffRecord,
  HospitalState,
  PathwayState,
  PointState,
} from "./pathway-state.ts";
import { pointWindow } from "./point-window.ts";
import { type Profile, pointRule } from "./profile.ts";

/** Options for {@link replay}. */
export interface ReplayOptions extends Pick<ParseOptions, "allowTestNumbers"> {}

/**
 * What {@link replay} returns: the state and every issue found on the way.
 * @example
 * ```ts
 * const { state, issues }: ReplayResult = replay(events, NATIONAL_PROFILE);
 * ```
 */
export interface ReplayResult {
  readonly state: PathwayState;
  readonly issues: readonly PathwayIssue[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function emptyPoints(profile: Profile, anchorOn?: string): [PointState, PointState, PointState] {
  const make = (ip: 1 | 2 | 3): PointState => {
    const point: PointState = {
      interactionPoint: ip,
      status: "pending",
      setting: pointRule(profile, ip).setting,
      declines: 0,
    };
    // DOMAIN.md §1: windows counted from the anchor date, in calendar months.
    const window = anchorOn === undefined ? undefined : pointWindow(profile, ip, anchorOn);
    return window === undefined ? point : { ...point, window: { opensOn: window.opensOn, closesOn: window.closesOn } };
  };
  return [make(1), make(2), make(3)];
}

/** Gives the not-yet-completed points of a state their windows for a new anchor date. */
function withWindows(state: PathwayState, profile: Profile, anchorOn: string): PathwayState["points"] {
  const fresh = emptyPoints(profile, anchorOn);
  return state.points.map((p, i) => {
    const f = fresh[i] as PointState;
    const next: Mutable<PointState> = { ...p };
    delete next.window;
    return f.window === undefined ? next : { ...next, window: f.window };
  }) as unknown as PathwayState["points"];
}

/**
 * The state before any event: not included, nothing recorded.
 * @example
 * ```ts
 * initialState(NATIONAL_PROFILE).status; // "not-included"
 * ```
 */
export function initialState(profile: Profile): PathwayState {
  return {
    profileId: profile.id,
    status: "not-included",
    episode: 1,
    relapses: 0,
    points: emptyPoints(profile),
    consent: {},
    hospital: { agreementNeeded: false },
    handoffs: [],
    assessments: [],
  };
}

/**
 * Orders events by time (the instant of `at`, so zones compare correctly), ties broken by `id`, after removing
 * duplicates: events with the same id and the same content are one event; with different content, the earliest (then
 * the smallest canonical JSON) is kept and a `conflicting_duplicate` issue is reported. The result does not depend on
 * the input order.
 * @example
 * ```ts
 * const { events, issues } = orderEvents([later, earlier, earlier]); // [earlier, later], []
 * ```
 */
export function orderEvents(events: readonly PathwayEvent[]): {
  readonly events: readonly PathwayEvent[];
  readonly issues: readonly PathwayIssue[];
} {
  const byId = new Map<string, { event: PathwayEvent; key: string; at: number }[]>();
  for (const event of events) {
    const key = canonicalJson(event);
    const list = byId.get(event.id) ?? [];
    if (!list.some((x) => x.key === key)) {
      list.push({ event, key, at: instant(event.at) });
    }
    byId.set(event.id, list);
  }
  const issues: PathwayIssue[] = [];
  const kept: { event: PathwayEvent; at: number }[] = [];
  for (const id of [...byId.keys()].sort(compareStrings)) {
    const list = (byId.get(id) ?? []).sort((a, b) => a.at - b.at || compareStrings(a.key, b.key));
    const first = list[0];
    if (first === undefined) {
      continue;
    }
    if (list.length > 1) {
      issues.push(pathwayIssue("conflicting_duplicate", ["events", id], { versions: list.length }));
    }
    kept.push(first);
  }
  kept.sort((a, b) => a.at - b.at || compareStrings(a.event.id, b.event.id));
  return { events: kept.map((k) => k.event), issues };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Replays a patient's events under a profile into a {@link PathwayState}. Pure and deterministic: the same set of
 * events gives the same state whatever their order and however often each one arrives. Invalid events and
 * impossible sequences (DOMAIN.md §1: the points come in order; nothing happens after death or closure) are reported
 * as issues and skipped. Assumes a valid profile (see `safeParseProfile`).
 * @example
 * ```ts
 * const { state, issues } = replay(
 *   [
 *     { type: "included", id: "e1", at: "2025-01-10T09:00:00+01:00", diagnosedOn: "2025-01-06" },
 *     { type: "declined", id: "e2", at: "2025-01-20T10:00:00+01:00", interactionPoint: 1, reason: "not-now" },
 *   ],
 *   NATIONAL_PROFILE,
 * );
 * state.points[0].status; // "declined"
 * ```
 */
export function replay(events: readonly PathwayEvent[], profile: Profile, options: ReplayOptions = {}): ReplayResult {
  const issues: PathwayIssue[] = [];
  const valid: PathwayEvent[] = [];
  events.forEach((event, index) => {
    const found = pathwayEventIssues(event, options);
    if (found.length === 0) {
      valid.push(event);
    } else {
      issues.push(...found.map((i) => ({ ...i, path: ["events", index, ...i.path] as PathSegment[] })));
    }
  });
  const ordered = orderEvents(valid);
  issues.push(...ordered.issues);
  let state = initialState(profile);
  for (const event of ordered.events) {
    const step = apply(state, event, profile);
    if (step.issue !== undefined) {
      issues.push(step.issue);
    }
    if ("state" in step) {
      state = step.state;
      issues.push(...(step.warnings ?? []));
    }
    state = { ...state, lastEventAt: event.at };
  }
  return { state, issues };
}

/** The outcome of one event: a new state, an issue, or both (issues that do not stop the event: warnings). */
type Step =
  | { readonly state: PathwayState; readonly issue?: PathwayIssue; readonly warnings?: readonly PathwayIssue[] }
  | { readonly issue: PathwayIssue };

const at = (event: PathwayEvent): PathSegment[] => ["events", event.id];

function setPoint(state: PathwayState, point: PointState): PathwayState {
  const points = [...state.points] as [PointState, PointState, PointState];
  points[point.interactionPoint - 1] = point;
  return { ...state, points };
}

function newerConsent(
  current: ConsentRecord | undefined,
  value: ConsentValue,
  when: string,
): ConsentRecord | undefined {
  if (current !== undefined && instant(current.at) > instant(when)) {
    return current;
  }
  return { value, at: when };
}

/** Applies one event, or says why it cannot happen. */
function apply(state: PathwayState, event: PathwayEvent, profile: Profile): Step {
  // DOMAIN.md §1 side exits: nothing happens after the pathway is closed, and only the closure after a death.
  // helsepersonelloven § 10b: the check of bereaved children may be recorded after the death and after closure.
  if (event.type === "bereaved-children-checked") {
    return state.deceasedAt === undefined
      ? { issue: pathwayIssue("not_deceased", at(event), {}) }
      : { state: { ...state, bereavedChildrenCheckedAt: state.bereavedChildrenCheckedAt ?? event.at } };
  }
  if (state.status === "closed" || (state.status === "deceased" && event.type !== "closed")) {
    return { issue: pathwayIssue("event_after_end", at(event), { type: event.type, endedBy: state.status }) };
  }
  switch (event.type) {
    case "included": {
      if (state.status === "active") {
        return { issue: pathwayIssue("already_included", at(event), {}) };
      }
      const anchor = anchorOf(event, profile);
      const hospital: HospitalState =
        event.hospital === undefined
          ? state.hospital
          : { ...state.hospital, current: event.hospital, sp1By: state.hospital.sp1By ?? event.hospital };
      const next: Mutable<PathwayState> = {
        ...state,
        status: "active",
        includedAt: event.at,
        diagnosedOn: event.diagnosedOn,
        anchorOn: anchor.on,
        points: withWindows(state, profile, anchor.on),
        hospital,
      };
      delete next.inclusionDeclinedAt;
      return anchor.issue === undefined ? { state: next } : { state: next, issue: anchor.issue };
    }
    case "inclusion-declined": {
      if (state.status === "inclusion-declined") {
        return { state };
      }
      return { state: { ...state, status: "inclusion-declined", inclusionDeclinedAt: event.at } };
    }
    case "consent-changed": {
      const record = newerConsent(state.consent[event.recipient], event.value, event.at);
      return { state: { ...state, consent: { ...state.consent, [event.recipient]: record } } };
    }
    case "hospital-transfer":
      return { state: { ...state, hospital: transfer(state, event, profile) } };
    case "deceased":
      return { state: { ...state, status: "deceased", deceasedAt: event.at } };
    case "closed": {
      const next: Mutable<PathwayState> = { ...state, status: "closed", closedAt: event.at };
      if (event.reason !== undefined) {
        next.closedReason = event.reason;
      }
      return { state: next };
    }
    case "handoff": {
      if (state.status === "not-included") {
        return { issue: pathwayIssue("event_before_inclusion", at(event), { type: event.type }) };
      }
      const record: HandoffRecord = {
        at: event.at,
        recipient: event.recipient,
        about: event.about,
        channel: event.channel,
        ...(event.interactionPoint === undefined ? {} : { interactionPoint: event.interactionPoint }),
      };
      return { state: { ...state, handoffs: [...state.handoffs, record] } };
    }
    default:
      break;
  }
  // The remaining events belong to an included patient (DOMAIN.md §1).
  if (state.status !== "active") {
    return { issue: pathwayIssue("event_before_inclusion", at(event), { type: event.type }) };
  }
  switch (event.type) {
    case "offered": {
      const point = state.points[event.interactionPoint - 1] as PointState;
      if (point.status === "completed") {
        return {
          issue: pathwayIssue("point_already_completed", at(event), { interactionPoint: point.interactionPoint }),
        };
      }
      const next: Mutable<PointState> = { ...point, status: "offered" };
      if (event.plannedOn !== undefined) {
        next.plannedOn = event.plannedOn;
      }
      return { state: setPoint(state, next) };
    }
    case "declined": {
      const point = state.points[event.interactionPoint - 1] as PointState;
      if (point.status === "completed") {
        return {
          issue: pathwayIssue("point_already_completed", at(event), { interactionPoint: point.interactionPoint }),
        };
      }
      // DOMAIN.md §1: a declined point is offered again later.
      const next: Mutable<PointState> = {
        ...point,
        status: "declined",
        declines: point.declines + 1,
        declineReason: event.reason,
      };
      delete next.plannedOn;
      delete next.reofferOn;
      if (event.reofferOn !== undefined) {
        next.reofferOn = event.reofferOn;
      }
      return { state: setPoint(state, next) };
    }
    case "completed":
      // Issue 9: a cancelled assessment is not a done point.
      return isCancelled(event.assessment)
        ? cancel(state, event, event.assessment.id)
        : complete(state, event, profile);
    case "assessment-cancelled":
      return cancel(state, event, event.assessmentId);
    case "relapse":
      return { state: relapse(state, event, profile) };
    case "pre-visit-answered":
      return preVisit(state, event, profile);
    default:
      return { state };
  }
}

/**
 * The patient's answer before the visit (issue 16; DOMAIN.md §5 Helsenorge). "No needs now, maybe later" defers the
 * offer, with a re-offer date `preVisit.reofferAfterMonths` after the answer when the profile gives one; "talk"
 * makes the marked topics the agenda and (re)opens the offer. A self-reported thermometer is remembered (when, not
 * what) for the conversation to confirm. A completed point takes no pre-visit answer.
 */
function preVisit(
  state: PathwayState,
  event: Extract<PathwayEvent, { type: "pre-visit-answered" }>,
  profile: Profile,
): Step {
  const point = state.points[event.interactionPoint - 1] as PointState;
  if (point.status === "completed") {
    return { issue: pathwayIssue("point_already_completed", at(event), { interactionPoint: point.interactionPoint }) };
  }
  const next: Mutable<PointState> = { ...point };
  delete next.agenda;
  delete next.agendaOther;
  if (event.answer === "no-needs-now") {
    next.status = "deferred";
    delete next.reofferOn;
    const months = profile.preVisit?.reofferAfterMonths;
    if (months !== undefined) {
      next.reofferOn = addMonths(datePart(event.at), months);
    }
  } else {
    next.status = "offered";
    delete next.reofferOn;
    const chosen = new Set(event.topics ?? []);
    const agenda = TOPICS.codes.filter((k) => chosen.has(k));
    if (agenda.length > 0) {
      next.agenda = agenda;
    }
    if (event.otherTopic === true) {
      next.agendaOther = true;
    }
  }
  if (event.selfReported === true) {
    next.selfReportedAt = event.at;
  }
  return { state: setPoint(state, next) };
}

/** The window anchor of an inclusion (DOMAIN.md §1: the diagnosis date by default; configurable). */
function anchorOf(
  event: Extract<PathwayEvent, { type: "included" }>,
  profile: Profile,
): { readonly on: string; readonly issue?: PathwayIssue } {
  if (profile.anchor === "inclusion") {
    return { on: datePart(event.at) };
  }
  if (profile.anchor === "informed") {
    return event.informedOn === undefined
      ? { on: event.diagnosedOn, issue: pathwayIssue("anchor_fallback", at(event), { anchor: "informed" }) }
      : { on: event.informedOn };
  }
  return { on: event.diagnosedOn };
}

/**
 * Who does SP1 after a transfer (DOMAIN.md §1: "the hospitals agree who does SP1"; Ahus report: the hospital that
 * starts treatment does it). An explicit agreement in the event always wins. Once SP1 is done only `current` moves.
 */
function transfer(
  state: PathwayState,
  event: Extract<PathwayEvent, { type: "hospital-transfer" }>,
  profile: Profile,
): HospitalState {
  if (state.points[0].status === "completed") {
    return { ...state.hospital, current: event.to };
  }
  if (event.sp1By !== undefined) {
    return { current: event.to, sp1By: event.sp1By, agreementNeeded: false };
  }
  if (profile.sp1OnTransfer === "treating-hospital") {
    if (event.startsTreatment) {
      return { current: event.to, sp1By: event.to, agreementNeeded: false };
    }
    return { ...state.hospital, current: event.to };
  }
  return { current: event.to, agreementNeeded: true };
}

/** A completed interaction point (DOMAIN.md §1: the points come in order, SP1 → SP2 → SP3). */
function complete(state: PathwayState, event: Extract<PathwayEvent, { type: "completed" }>, profile: Profile): Step {
  const doc = event.assessment;
  if (doc.outcome.status !== "completed") {
    return { issue: pathwayIssue("assessment_not_completed", at(event), { outcome: doc.outcome.status }) };
  }
  const ip = doc.interactionPoint;
  const point = state.points[ip - 1] as PointState;
  if (point.status === "completed") {
    return { issue: pathwayIssue("point_already_completed", at(event), { interactionPoint: ip }) };
  }
  if (ip > 1 && state.points[ip - 2]?.status !== "completed") {
    return { issue: pathwayIssue("point_out_of_order", at(event), { interactionPoint: ip, requires: ip - 1 }) };
  }
  const conductedOn = datePart(doc.conductedAt);
  const next: Mutable<PointState> = {
    ...point,
    status: "completed",
    completedOn: conductedOn,
    assessmentId: doc.id,
  };
  delete next.reofferOn;
  const summary: AssessmentSummary = {
    id: doc.id,
    interactionPoint: ip,
    episode: state.episode,
    conductedOn,
    measureCount: doc.measures.length,
    ...(doc.distress?.aboveThreshold === undefined ? {} : { aboveThreshold: doc.distress.aboveThreshold }),
    ...(doc.children === undefined ? {} : { minors: doc.children.minors.length }),
  };
  // The consent recorded in the assessment counts like a consent event at the time it was recorded (DOMAIN.md §1).
  let consent = state.consent;
  for (const entry of doc.consent) {
    if (entry.recipient === "municipality" || entry.recipient === "gp") {
      consent = {
        ...consent,
        [entry.recipient]: newerConsent(consent[entry.recipient], entry.value, entry.recordedAt),
      };
    }
  }
  const hospital: HospitalState = ip === 1 ? { ...state.hospital, agreementNeeded: false } : state.hospital;
  const done: PathwayState = {
    ...setPoint(state, next),
    consent,
    hospital,
    assessments: [...state.assessments, summary],
  };
  // DOMAIN.md §5: a diagnosis outside the profile's scope (D37–D48 it does not include) is recorded but warned about.
  const inScope = icd10InRanges(doc.diagnosis.code, profile.scope?.icd10 ?? NATIONAL_ICD10_SCOPE);
  const warnings = [
    ...(inScope ? [] : [pathwayIssue("diagnosis_out_of_scope", [...at(event), "assessment", "diagnosis", "code"], {})]),
    ...uncoveredAgenda(point, event),
  ];
  return warnings.length === 0 ? { state: done } : { state: done, warnings };
}

/**
 * Issue 16, DOMAIN.md §5 Helsenorge: a topic the patient asked before the visit to talk about (the point's agenda)
 * that the conversation recorded no status for is recorded as it is, but warned about at the topic, so the clinician
 * sees that it was not covered. A recipient's copy (`redaction`) may lack topics on purpose and is not checked; the
 * patient's "something else" has no topic to check.
 */
function uncoveredAgenda(point: PointState, event: Extract<PathwayEvent, { type: "completed" }>): PathwayIssue[] {
  const doc = event.assessment;
  if (point.agenda === undefined || doc.redaction !== undefined) {
    return [];
  }
  return point.agenda
    .filter((key) => doc.topics[key] === undefined)
    .map((key) => pathwayIssue("raised_topic_not_covered", [...at(event), "assessment", "topics", key], {}));
}

/**
 * A cancelled assessment (issue 9): its point goes back to pending (or declined/offered as before is not known, so
 * pending), and it leaves the list of completed assessments. Cancelling an assessment that was never recorded as
 * completed in this episode reports `unknown_assessment` and changes nothing; cancelling it twice is harmless.
 */
function cancel(state: PathwayState, event: PathwayEvent, assessmentId: string): Step {
  const point = state.points.find((p) => p.assessmentId === assessmentId);
  if (point === undefined) {
    const known = state.assessments.some((a) => a.id === assessmentId);
    return known ? { state } : { issue: pathwayIssue("unknown_assessment", at(event), {}) };
  }
  const next: Mutable<PointState> = { ...point, status: "pending" };
  delete next.completedOn;
  delete next.assessmentId;
  return {
    state: { ...setPoint(state, next), assessments: state.assessments.filter((a) => a.id !== assessmentId) },
  };
}

/**
 * A relapse (DOMAIN.md §1: relapses are included; whether they restart the points is the profile's `relapse`). On
 * `restart` a new episode begins with the relapse date as its diagnosis date and anchor.
 */
function relapse(
  state: PathwayState,
  event: Extract<PathwayEvent, { type: "relapse" }>,
  profile: Profile,
): PathwayState {
  if (profile.relapse === "continue") {
    return { ...state, relapses: state.relapses + 1 };
  }
  const anchorOn = profile.anchor === "inclusion" ? datePart(event.at) : event.diagnosedOn;
  return {
    ...state,
    relapses: state.relapses + 1,
    episode: state.episode + 1,
    diagnosedOn: event.diagnosedOn,
    anchorOn,
    points: emptyPoints(profile, anchorOn),
    hospital: { ...state.hospital, agreementNeeded: false },
  };
}
