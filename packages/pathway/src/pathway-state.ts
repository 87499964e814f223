/**
 * The state of one patient's pathway, as {@link replay} folds it from events (ARCHITECTURE.md "Pathway"). Plain
 * JSON data: it can be stored, compared and sent. It depends only on the set of events and the profile, never on
 * their arrival order or on duplicates.
 */
import type { ConsentValue, DeclineReason, TopicKey } from "@pakkeforlop-hjem/model";
import type { HandoffEvent } from "./pathway-event.ts";
import type { PointSetting } from "./profile.ts";

/** A window of calendar dates, both ends inclusive. */
export interface DateWindow {
  readonly opensOn: string;
  readonly closesOn: string;
}

/**
 * Where the pathway stands: `not-included` (no inclusion yet), `active`, `inclusion-declined` (the patient said no
 * to the pathway), `deceased`, or `closed` (the only terminal status: nothing is due after it).
 */
export type PathwayStatus = "not-included" | "active" | "inclusion-declined" | "deceased" | "closed";

/** The latest answer of the patient about sharing with one recipient, and when it was recorded. */
export interface ConsentRecord {
  readonly value: ConsentValue;
  readonly at: string;
}

/** The patient's consent per recipient, the latest record winning (DOMAIN.md §1). Absent = never recorded. */
export interface ConsentState {
  readonly municipality?: ConsentRecord;
  readonly gp?: ConsentRecord;
}

/** What the quality indicators need from a completed assessment; no personal data. */
export interface AssessmentSummary {
  readonly id: string;
  readonly interactionPoint: 1 | 2 | 3;
  readonly episode: number;
  /** The date of the conversation (date part of `conductedAt`). */
  readonly conductedOn: string;
  /** The thermometer result, when a screening was recorded. */
  readonly aboveThreshold?: boolean;
  readonly measureCount: number;
  /**
   * How many minor children or siblings the conversation recorded (helsepersonelloven § 10a), when it recorded the
   * children section; counted for the § 10b reminder after a death.
   */
  readonly minors?: number;
}

/** Where one interaction point stands in the current episode. */
export interface PointState {
  readonly interactionPoint: 1 | 2 | 3;
  /**
   * `deferred`: the patient answered before the visit "no needs now, maybe later" (issue 16); the offer comes again
   * on `reofferOn` (from the profile's `preVisit.reofferAfterMonths`), or is unscheduled.
   */
  readonly status: "pending" | "offered" | "declined" | "deferred" | "completed";
  /** Where the point is held, from the profile. */
  readonly setting: PointSetting;
  /**
   * The point's window in this episode: the profile's months added calendar-correctly to the anchor date
   * (DOMAIN.md §1). Absent before inclusion and for a point the profile gives no window (SP1 nationally).
   */
  readonly window?: DateWindow;
  readonly plannedOn?: string;
  /** How many times the patient declined it in this episode. */
  readonly declines: number;
  readonly declineReason?: DeclineReason;
  /** When to offer it again after the last decline. */
  readonly reofferOn?: string;
  readonly completedOn?: string;
  readonly assessmentId?: string;
  /** The topics the patient wants to raise, from the pre-visit answer: the agenda of the coming conversation. */
  readonly agenda?: readonly TopicKey[];
  /** The patient also wrote something else to talk about (the text is in the form answers). */
  readonly agendaOther?: boolean;
  /** When the patient self-reported the thermometer and problem list before the visit; the conversation confirms it. */
  readonly selfReportedAt?: string;
}

/** A recorded handoff (see `HandoffEvent`). */
export interface HandoffRecord {
  readonly at: string;
  readonly recipient: HandoffEvent["recipient"];
  readonly about: HandoffEvent["about"];
  readonly interactionPoint?: 1 | 2 | 3;
  readonly channel: HandoffEvent["channel"];
}

/** Which hospital does SP1 (DOMAIN.md §1: the hospitals agree when the patient moves). */
export interface HospitalState {
  readonly current?: string;
  /** The hospital responsible for SP1, when known. */
  readonly sp1By?: string;
  /** `true` after a transfer under the `hospitals-agree` rule until an agreement is recorded. */
  readonly agreementNeeded: boolean;
}

/**
 * The state of one patient's pathway.
 * @example
 * ```ts
 * const { state } = replay(events, NATIONAL_PROFILE);
 * state.points[0].status; // "completed"
 * ```
 */
export interface PathwayState {
  readonly profileId: string;
  readonly status: PathwayStatus;
  /** 1, plus one for each relapse that restarted the points. */
  readonly episode: number;
  readonly relapses: number;
  readonly includedAt?: string;
  /** The diagnosis date of the current episode. */
  readonly diagnosedOn?: string;
  /** The date the windows of the current episode count from. */
  readonly anchorOn?: string;
  /** Always three entries: interaction points 1, 2 and 3. */
  readonly points: readonly [PointState, PointState, PointState];
  readonly consent: ConsentState;
  readonly hospital: HospitalState;
  readonly handoffs: readonly HandoffRecord[];
  /** Every completed assessment, across episodes. */
  readonly assessments: readonly AssessmentSummary[];
  readonly inclusionDeclinedAt?: string;
  readonly deceasedAt?: string;
  /** When the bereaved children were checked after the death (helsepersonelloven § 10b). */
  readonly bereavedChildrenCheckedAt?: string;
  readonly closedAt?: string;
  readonly closedReason?: string;
  readonly lastEventAt?: string;
}
