/**
 * Pathway events: what happened to one patient in Pakkeforløp hjem, as facts with an id and a time
 * (ARCHITECTURE.md "Pathway"). {@link replay} folds them into a state. Events come from several systems, so they
 * arrive late, out of order and twice; each carries its own `id` (for de-duplication) and `at` (when it happened,
 * ISO date-time with zone).
 */
import {
  type Assessment,
  assessmentIssues,
  type ConsentValue,
  DECLINE_REASONS,
  type DeclineReason,
  FORMAT_PATTERNS,
  formatPath,
  type Issue,
  type ParseOptions,
  type SafeResult,
  TOPICS,
  type TopicKey,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import { type AnyObjectShape, s, shapeIssues, type TaggedShape } from "./internal/shape.ts";
import type { PathwayIssue } from "./issues.ts";

/** Fields every event has. */
export interface PathwayEventBase {
  /** Unique id from the sending system (letters, digits, `.-_:`). The same id twice is the same event. */
  readonly id: string;
  /** When it happened: ISO date-time with seconds and zone. */
  readonly at: string;
}

/** The patient is included in the pathway after a new cancer diagnosis (DOMAIN.md §1). */
export interface IncludedEvent extends PathwayEventBase {
  readonly type: "included";
  /** The diagnosis date: the default anchor of the SP2/SP3 windows. */
  readonly diagnosedOn: string;
  /** The date the patient was told the diagnosis (anchor `informed`). */
  readonly informedOn?: string;
  /** Token of the including hospital (e.g. its HER-id); it does SP1 unless a transfer changes that. */
  readonly hospital?: string;
}

/** An interaction point is offered to the patient, optionally with a planned date. */
export interface OfferedEvent extends PathwayEventBase {
  readonly type: "offered";
  readonly interactionPoint: 1 | 2 | 3;
  readonly plannedOn?: string;
}

/** An interaction point was held; the assessment is the record of the conversation (its outcome is `completed`). */
export interface CompletedEvent extends PathwayEventBase {
  readonly type: "completed";
  readonly assessment: Assessment;
}

/** The patient declined an interaction point; it is offered again later (DOMAIN.md §1). */
export interface DeclinedEvent extends PathwayEventBase {
  readonly type: "declined";
  readonly interactionPoint: 1 | 2 | 3;
  readonly reason: DeclineReason;
  /** When to offer it again. */
  readonly reofferOn?: string;
}

/** The patient declined the pathway itself; the fastlege is informed (DOMAIN.md §1). */
export interface InclusionDeclinedEvent extends PathwayEventBase {
  readonly type: "inclusion-declined";
  readonly reason?: DeclineReason;
}

/** The patient gave, withdrew or was not asked for consent to share with a recipient (DOMAIN.md §1). */
export interface ConsentChangedEvent extends PathwayEventBase {
  readonly type: "consent-changed";
  readonly recipient: "municipality" | "gp";
  readonly value: ConsentValue;
}

/** The patient moved to another hospital (DOMAIN.md §1: the hospitals agree who does SP1). */
export interface HospitalTransferEvent extends PathwayEventBase {
  readonly type: "hospital-transfer";
  readonly from?: string;
  readonly to: string;
  /** The receiving hospital starts the treatment (Ahus rule: it then does SP1). */
  readonly startsTreatment: boolean;
  /** The hospital the two agreed does SP1, when they agreed one. */
  readonly sp1By?: string;
}

/** The cancer came back (DOMAIN.md §1: whether this restarts the points is the profile's `relapse`). */
export interface RelapseEvent extends PathwayEventBase {
  readonly type: "relapse";
  /** The relapse diagnosis date: the anchor of a restarted episode. */
  readonly diagnosedOn: string;
}

/** The patient died (DOMAIN.md §1: close the pathway; check helsepersonelloven § 10b). */
export interface DeceasedEvent extends PathwayEventBase {
  readonly type: "deceased";
  readonly diedOn?: string;
}

/** The pathway was closed. Nothing is due after it. */
export interface ClosedEvent extends PathwayEventBase {
  readonly type: "closed";
  readonly reason?: "completed" | "deceased" | "inclusion-declined" | "moved" | "other";
}

/**
 * The patient's answer before the visit (Helsenorge or paper; DOMAIN.md §5: "before the appointment the patient can
 * say what they want to talk about, or that they have no needs now"; issue 16):
 * - `no-needs-now`: no needs now, maybe later: the offer is deferred, with the profile's re-offer date;
 * - `talk`: the topics the patient wants to raise become the agenda of the coming conversation.
 * `selfReported`: the patient also filled in the thermometer and problem list (the answers travel in the form's
 * `preVisit`, never in the event); the conversation confirms them.
 */
export interface PreVisitAnsweredEvent extends PathwayEventBase {
  readonly type: "pre-visit-answered";
  readonly interactionPoint: 1 | 2 | 3;
  readonly answer: "talk" | "no-needs-now";
  /** The topics the patient wants to talk about (for `talk`), in any order. */
  readonly topics?: readonly TopicKey[];
  /** The patient wrote something else to talk about (its text stays in the form answers). */
  readonly otherTopic?: boolean;
  readonly selfReported?: boolean;
  readonly channel: "helsenorge" | "paper" | "other";
}

/**
 * The bereaved minor children or siblings were checked and followed up after the patient died (helsepersonelloven
 * § 10b; DOMAIN.md §1). Until it is recorded the reminder stays, even after the pathway is closed.
 */
export interface BereavedChildrenCheckedEvent extends PathwayEventBase {
  readonly type: "bereaved-children-checked";
}

/**
 * A handoff was sent: the record the quality indicator "handoffs sent electronically" counts, and the proof that a
 * GP notice went out (DOMAIN.md §1 "one way in"; §5 "electronic messaging works; the phone is not enough").
 */
export interface HandoffEvent extends PathwayEventBase {
  readonly type: "handoff";
  readonly recipient: "municipality" | "gp" | "patient";
  /** What was handed off: the result of an interaction point, or the news that the patient declined inclusion. */
  readonly about: "assessment" | "inclusion-declined";
  readonly interactionPoint?: 1 | 2 | 3;
  /** `electronic` = a national e-message over Norsk Helsenett (or Helsenorge for the patient). */
  readonly channel: "electronic" | "paper" | "phone" | "other";
}

/**
 * A sent assessment was cancelled (issue 9; Epikrise ServType C): its interaction point counts as not done again
 * and the assessment leaves the quality indicators. A `completed` event whose assessment is cancelled
 * (`isCancelled` in the model) has the same effect.
 */
export interface AssessmentCancelledEvent extends PathwayEventBase {
  readonly type: "assessment-cancelled";
  /** The `id` of the cancelled assessment. */
  readonly assessmentId: string;
}

/**
 * One event of a patient's pathway.
 * @example
 * ```ts
 * const event: PathwayEvent = { type: "consent-changed", id: "e7", at: "2025-02-04T09:00:00+01:00", recipient: "municipality", value: "granted" };
 * ```
 */
export type PathwayEvent =
  | IncludedEvent
  | OfferedEvent
  | CompletedEvent
  | DeclinedEvent
  | InclusionDeclinedEvent
  | ConsentChangedEvent
  | HospitalTransferEvent
  | RelapseEvent
  | DeceasedEvent
  | ClosedEvent
  | HandoffEvent
  | AssessmentCancelledEvent
  | BereavedChildrenCheckedEvent
  | PreVisitAnsweredEvent;

/**
 * The event types, in the order of the pathway.
 * @example
 * ```ts
 * PATHWAY_EVENT_TYPES.includes("relapse"); // true
 * ```
 */
export const PATHWAY_EVENT_TYPES: readonly PathwayEvent["type"][] = [
  "included",
  "offered",
  "completed",
  "declined",
  "inclusion-declined",
  "consent-changed",
  "hospital-transfer",
  "relapse",
  "deceased",
  "closed",
  "handoff",
  "assessment-cancelled",
  "bereaved-children-checked",
  "pre-visit-answered",
];

let shape: TaggedShape | undefined;

/**
 * The structure of an event, as data (issue 19): the main entry checks it without zod, the `/zod` entry makes the
 * zod schema (and the JSON Schema) from it. The embedded assessment of a `completed` event is only checked to be an
 * object here; {@link safeParsePathwayEvent} runs the model's full validator on it. Made on first use.
 * @internal
 */
export function pathwayEventShape(): TaggedShape {
  shape ??= buildShape();
  return shape;
}

/** The embedded assessment's shape; in JSON Schema a `$ref` to `assessment.schema.json`. @internal */
export const EMBEDDED_ASSESSMENT: AnyObjectShape = /* @__PURE__ */ s.anyObject("expected an assessment object");

function buildShape(): TaggedShape {
  const token = s.string({ pattern: FORMAT_PATTERNS.token });
  const date = s.string({ format: "date" });
  const point = s.literals(1, 2, 3);
  const reason = s.enum(DECLINE_REASONS.codes);
  const event = (type: PathwayEvent["type"], fields: Parameters<typeof s.object>[0]) =>
    s.object({ type: s.literal(type), id: token, at: s.string({ format: "date-time" }), ...fields });
  return s.tagged([
    event("included", { diagnosedOn: date, informedOn: s.optional(date), hospital: s.optional(token) }),
    event("offered", { interactionPoint: point, plannedOn: s.optional(date) }),
    event("completed", { assessment: EMBEDDED_ASSESSMENT }),
    event("declined", { interactionPoint: point, reason, reofferOn: s.optional(date) }),
    event("inclusion-declined", { reason: s.optional(reason) }),
    event("consent-changed", {
      recipient: s.enum(["municipality", "gp"]),
      value: s.enum(["granted", "declined", "not-asked"]),
    }),
    event("hospital-transfer", {
      from: s.optional(token),
      to: token,
      startsTreatment: s.boolean(),
      sp1By: s.optional(token),
    }),
    event("relapse", { diagnosedOn: date }),
    event("deceased", { diedOn: s.optional(date) }),
    event("closed", {
      reason: s.optional(s.enum(["completed", "deceased", "inclusion-declined", "moved", "other"])),
    }),
    event("handoff", {
      recipient: s.enum(["municipality", "gp", "patient"]),
      about: s.enum(["assessment", "inclusion-declined"]),
      interactionPoint: s.optional(point),
      channel: s.enum(["electronic", "paper", "phone", "other"]),
    }),
    event("assessment-cancelled", { assessmentId: token }),
    event("bereaved-children-checked", {}),
    event("pre-visit-answered", {
      interactionPoint: point,
      answer: s.enum(["talk", "no-needs-now"]),
      topics: s.optional(s.array(s.enum(TOPICS.codes), { max: TOPICS.codes.length })),
      otherTopic: s.optional(s.boolean()),
      selfReported: s.optional(s.boolean()),
      channel: s.enum(["helsenorge", "paper", "other"]),
    }),
  ]);
}

/**
 * Validates an unknown value as a {@link PathwayEvent}, including the embedded assessment of a `completed` event
 * (model rules, path prefixed with `assessment`).
 * @example
 * ```ts
 * const result = safeParsePathwayEvent(JSON.parse(line));
 * if (result.success) events.push(result.data);
 * ```
 */
export function safeParsePathwayEvent(
  input: unknown,
  options: ParseOptions = {},
): SafeResult<PathwayEvent, PathwayIssue> {
  const issues = pathwayEventIssues(input, options);
  return issues.length === 0
    ? { success: true, data: input as PathwayEvent }
    : { success: false, error: new ValidationError(issues) };
}

/**
 * Every issue of one event; empty when it is a valid {@link PathwayEvent}.
 * @example
 * ```ts
 * pathwayEventIssues({ type: "relapse", id: "e1", at: "2025-01-01T09:00:00Z" })[0]?.code; // "required"
 * ```
 */
export function pathwayEventIssues(input: unknown, options: ParseOptions = {}): PathwayIssue[] {
  const issues = shapeIssues(pathwayEventShape(), input);
  if (issues.length > 0) {
    return issues;
  }
  const event = input as PathwayEvent;
  if (event.type === "completed") {
    return assessmentIssues(event.assessment, options).map((i) => prefixIssue(i, "assessment"));
  }
  return [];
}

/** Moves an issue under a parent field, keeping its message in step with its path. */
function prefixIssue<TCode extends string>(issue: Issue<TCode>, segment: string): Issue<TCode> {
  const path = [segment, ...issue.path];
  const old = formatPath(issue.path);
  const rest = issue.message.startsWith(old) ? issue.message.slice(old.length) : `: ${issue.message}`;
  return { ...issue, path, message: `${formatPath(path)}${rest}` };
}
