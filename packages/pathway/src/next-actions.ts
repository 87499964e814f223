/**
 * What is due next for one patient (ARCHITECTURE.md "Pathway": PathwayState --nextActions(today)--> due / open /
 * overdue points, re-offers, GP notices). Windows are shown as not due / open / overdue; they are guidance, never
 * legal deadlines (DOMAIN.md §1 "no hard deadlines").
 */
import { isDate, SdkError, type TopicKey } from "@pakkeforlop-hjem/model";
import type { DateWindow, PathwayState, PointState } from "./pathway-state.ts";
import type { PointSetting } from "./profile.ts";

/** Where an open point stands against its window. `open` without a window means "due now, no end date". */
export type PointTiming = "not-due" | "open" | "overdue";

/** Fields every action has: why it is there, in English for developers, and the rule it comes from. */
export interface ActionBase {
  readonly why: string;
  /** The rule's source, e.g. "DOMAIN.md §1". */
  readonly source: string;
}

/** An interaction point not yet completed, with its window. */
export interface PointAction extends ActionBase {
  readonly kind: "interaction-point";
  readonly interactionPoint: 1 | 2 | 3;
  readonly timing: PointTiming;
  readonly window?: DateWindow;
  readonly setting: PointSetting;
  readonly pointStatus: PointState["status"];
  readonly plannedOn?: string;
  /** The hospital responsible for SP1, when known. */
  readonly hospital?: string;
  /** Set on municipality points while the patient has not consented to sharing with the municipality. */
  readonly blockedBy?: "no-municipality-consent";
  /**
   * The topics the patient asked to raise before the visit, in topic order: the agenda of the coming conversation
   * (issue 16; pre-select them in the form with `withAgenda` of the instruments package).
   */
  readonly agenda?: readonly TopicKey[];
  /** The patient also wrote something else to talk about before the visit. */
  readonly agendaOther?: boolean;
  /** The patient self-reported the thermometer and problem list before the visit: confirm it in the conversation. */
  readonly selfReported?: boolean;
}

/**
 * A declined or deferred interaction point to offer again (DOMAIN.md §1; issue 16: "no needs now, maybe later"
 * before the visit defers it). `unscheduled` = no date was agreed and the profile gives none.
 */
export interface ReofferAction extends ActionBase {
  readonly kind: "reoffer";
  readonly interactionPoint: 1 | 2 | 3;
  /** Why it is offered again: the patient declined it, or deferred it before the visit. */
  readonly after: "declined" | "deferred";
  readonly status: "not-due" | "due" | "unscheduled";
  readonly dueOn?: string;
}

/**
 * A notice for a professional:
 * - `inform-gp-inclusion-declined`: the patient declined the pathway; inform the fastlege (DOMAIN.md §1);
 * - `inform-gp-after-point`: after SP2/SP3 the municipality informs the fastlege (DOMAIN.md §1);
 * - `check-bereaved-children`: after a death, check for minor children or siblings (helsepersonelloven § 10b);
 * - `agree-sp1-responsibility`: the patient moved hospital; the hospitals agree who does SP1 (DOMAIN.md §1);
 * - `ask-municipality-consent`: municipality points remain but consent was never recorded (DOMAIN.md §1).
 */
export interface NoticeAction extends ActionBase {
  readonly kind: "notice";
  readonly notice:
    | "inform-gp-inclusion-declined"
    | "inform-gp-after-point"
    | "check-bereaved-children"
    | "agree-sp1-responsibility"
    | "ask-municipality-consent";
  readonly interactionPoint?: 1 | 2 | 3;
  /**
   * For `check-bereaved-children`: how many minor children or siblings the conversations recorded (the latest
   * children section, usually SP1's). Absent when no conversation recorded the children section: then ask.
   */
  readonly minorsKnown?: number;
}

/** Record that the pathway is closed: nothing else is due. */
export interface CloseAction extends ActionBase {
  readonly kind: "close-pathway";
  readonly reason: "completed" | "deceased" | "inclusion-declined";
}

/** Include the patient: no inclusion is recorded yet (DOMAIN.md §1: every patient with a new cancer diagnosis). */
export interface IncludeAction extends ActionBase {
  readonly kind: "include-patient";
}

/**
 * One thing to do next.
 * @example
 * ```ts
 * for (const a of nextActions(state, { today })) if (a.kind === "notice") notify(a.notice, a.why);
 * ```
 */
export type NextAction = PointAction | ReofferAction | NoticeAction | CloseAction | IncludeAction;

/** Options for {@link nextActions}. */
export interface NextActionsOptions {
  /** The day to judge windows on, ISO date. Required: the SDK never reads the clock. */
  readonly today: string;
}

/** Not due before the window opens, open inside it, overdue after it closes; `open` when there is no window. */
function timingOf(window: DateWindow | undefined, today: string): PointTiming {
  if (window === undefined) {
    return "open";
  }
  return today < window.opensOn ? "not-due" : today > window.closesOn ? "overdue" : "open";
}

const handedOff = (
  state: PathwayState,
  recipient: "gp",
  about: "assessment" | "inclusion-declined",
  after: string,
  ip?: number,
) =>
  state.handoffs.some(
    (h) =>
      h.recipient === recipient &&
      h.about === about &&
      h.at >= after &&
      (ip === undefined || h.interactionPoint === ip),
  );

/**
 * What is due for one patient on a given day. Every state except `closed` yields at least one action; a closed
 * pathway yields none (DOMAIN.md §1), except the § 10b reminder of a patient who died until the check of bereaved
 * children is recorded (`bereaved-children-checked`).
 * @throws `SdkError` (from the model) `invalid_argument` when `today` is not an ISO date (a programming error).
 * @example
 * ```ts
 * const actions = nextActions(state, { today: "2025-05-02" });
 * actions.filter((a) => a.kind === "interaction-point" && a.timing === "overdue");
 * ```
 */
export function nextActions(state: PathwayState, options: NextActionsOptions): readonly NextAction[] {
  if (typeof options?.today !== "string" || !isDate(options.today)) {
    throw new SdkError(
      "invalid_argument",
      'nextActions: options.today must be an ISO date ("YYYY-MM-DD"); pass the day explicitly',
    );
  }
  const today = options.today;
  switch (state.status) {
    case "closed":
      // helsepersonelloven § 10b: closing the pathway of a patient who died does not end the duty to the children.
      return state.deceasedAt !== undefined && state.bereavedChildrenCheckedAt === undefined
        ? [bereavedChildrenNotice(state)]
        : [];
    case "not-included":
      return [
        {
          kind: "include-patient",
          why: "no inclusion is recorded; every patient with a new cancer diagnosis is offered the pathway",
          source: "DOMAIN.md §1",
        },
      ];
    case "deceased":
      return [
        ...(state.bereavedChildrenCheckedAt === undefined ? [bereavedChildrenNotice(state)] : []),
        {
          kind: "close-pathway",
          reason: "deceased",
          why: "the patient died: close the pathway",
          source: "DOMAIN.md §1",
        },
      ];
    case "inclusion-declined": {
      const out: NextAction[] = [];
      if (!handedOff(state, "gp", "inclusion-declined", state.inclusionDeclinedAt ?? "")) {
        out.push({
          kind: "notice",
          notice: "inform-gp-inclusion-declined",
          why: "the patient declined the pathway: inform the fastlege",
          source: "DOMAIN.md §1",
        });
      }
      out.push({
        kind: "close-pathway",
        reason: "inclusion-declined",
        why: "the patient declined the pathway: close it once the fastlege is informed",
        source: "DOMAIN.md §1",
      });
      return out;
    }
    default:
      return activeActions(state, today);
  }
}

/**
 * The § 10b reminder (helsepersonelloven § 10b, DOMAIN.md §1) with the number of minors the conversations recorded:
 * the latest completed assessment that recorded the children section decides (usually SP1's).
 */
function bereavedChildrenNotice(state: PathwayState): NoticeAction {
  const recorded = state.assessments.filter((a) => a.minors !== undefined);
  const minorsKnown = recorded[recorded.length - 1]?.minors;
  return {
    kind: "notice",
    notice: "check-bereaved-children",
    ...(minorsKnown === undefined ? {} : { minorsKnown }),
    why:
      minorsKnown === undefined
        ? "the patient died and no conversation recorded minor children or siblings: find out and follow them up"
        : minorsKnown === 0
          ? "the patient died; the conversations recorded no minor children or siblings: confirm and record the check"
          : "the patient died; the conversations recorded minor children or siblings: follow them up as bereaved",
    source: "DOMAIN.md §1 (helsepersonelloven § 10b)",
  };
}

/**
 * DOMAIN.md §1: a declined point is offered again later; the date is the one agreed (or, after "no needs now, maybe
 * later" before the visit, the profile's), never invented (issue 16).
 */
function reofferAction(point: PointState, today: string): ReofferAction {
  const ip = point.interactionPoint;
  const deferred = point.status === "deferred";
  return {
    kind: "reoffer",
    interactionPoint: ip,
    after: deferred ? "deferred" : "declined",
    status: point.reofferOn === undefined ? "unscheduled" : today >= point.reofferOn ? "due" : "not-due",
    ...(point.reofferOn === undefined ? {} : { dueOn: point.reofferOn }),
    why: deferred
      ? point.reofferOn === undefined
        ? `before interaction point ${ip} the patient had no needs now, maybe later; the profile gives no re-offer date: plan a new offer`
        : `before interaction point ${ip} the patient had no needs now, maybe later: offer it again on the profile's date`
      : point.reofferOn === undefined
        ? `interaction point ${ip} was declined without a re-offer date: plan a new offer`
        : `interaction point ${ip} was declined: offer it again on the agreed date`,
    source: deferred ? "DOMAIN.md §1, §5 (Helsenorge)" : "DOMAIN.md §1",
  };
}

function activeActions(state: PathwayState, today: string): NextAction[] {
  const out: NextAction[] = [];
  const municipalityConsent = state.consent.municipality?.value;
  const sp1Done = state.points[0].status === "completed";

  if (!sp1Done && state.hospital.agreementNeeded) {
    out.push({
      kind: "notice",
      notice: "agree-sp1-responsibility",
      interactionPoint: 1,
      why: "the patient moved hospital before SP1: the hospitals agree who holds it",
      source: "DOMAIN.md §1",
    });
  }

  for (const point of state.points) {
    if (point.status === "completed") {
      // DOMAIN.md §1: after SP2/SP3 the municipality informs the fastlege.
      if (
        point.setting === "municipality" &&
        point.completedOn !== undefined &&
        !handedOff(state, "gp", "assessment", point.completedOn, point.interactionPoint)
      ) {
        out.push({
          kind: "notice",
          notice: "inform-gp-after-point",
          interactionPoint: point.interactionPoint,
          why: `interaction point ${point.interactionPoint} is done in the municipality: inform the fastlege`,
          source: "DOMAIN.md §1",
        });
      }
      continue;
    }
    const window = point.window;
    const action: PointAction = {
      kind: "interaction-point",
      interactionPoint: point.interactionPoint,
      timing: timingOf(window, today),
      setting: point.setting,
      pointStatus: point.status,
      why:
        window === undefined
          ? `interaction point ${point.interactionPoint} is not done; it has no window and is open now`
          : `interaction point ${point.interactionPoint} is not done; its window counts from the anchor date`,
      source: "DOMAIN.md §1",
      ...(window === undefined ? {} : { window }),
      ...(point.plannedOn === undefined ? {} : { plannedOn: point.plannedOn }),
      ...(point.interactionPoint === 1 && state.hospital.sp1By !== undefined ? { hospital: state.hospital.sp1By } : {}),
      ...(point.setting === "municipality" && municipalityConsent !== "granted"
        ? { blockedBy: "no-municipality-consent" as const }
        : {}),
      ...(point.agenda === undefined ? {} : { agenda: point.agenda }),
      ...(point.agendaOther === true ? { agendaOther: true } : {}),
      ...(point.selfReportedAt === undefined ? {} : { selfReported: true }),
    };
    out.push(action);
    if (point.status === "declined" || point.status === "deferred") {
      out.push(reofferAction(point, today));
    }
  }

  const municipalityPointsLeft = state.points.some((p) => p.status !== "completed" && p.setting === "municipality");
  if (sp1Done && municipalityPointsLeft && (municipalityConsent === undefined || municipalityConsent === "not-asked")) {
    out.push({
      kind: "notice",
      notice: "ask-municipality-consent",
      why: "municipality points remain but the patient was never asked about sharing with the municipality",
      source: "DOMAIN.md §1",
    });
  }

  if (state.points.every((p) => p.status === "completed")) {
    out.push({
      kind: "close-pathway",
      reason: "completed",
      why: "interaction point 3 is the last one and every point is done: close the pathway",
      source: "DOMAIN.md §1",
    });
  }
  return out;
}
