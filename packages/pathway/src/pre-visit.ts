/**
 * The patient's pre-visit answer as a pathway event (issue 16; DOMAIN.md §5 Helsenorge). The pre-visit form of the
 * fhir package (`PRE_VISIT_FORM`, read with `answersToPreVisit`) gives the answer; this makes it the event `replay`
 * folds into the state, so `nextActions` shows the deferral or the agenda.
 */
import type { TopicKey } from "@pakkeforlop-hjem/model";
import type { PreVisitAnsweredEvent } from "./pathway-event.ts";

/** The shape of the fhir package's `PreVisitWishes` that the event needs; the free texts stay out of the event. */
export interface PreVisitAnswer {
  readonly wantsToTalk: boolean;
  readonly topics: readonly TopicKey[];
  readonly other?: string;
}

/** Options for {@link preVisitEvent}: the event's id and time, the point it prepares, and how it came in. */
export interface PreVisitEventOptions {
  readonly id: string;
  /** When the patient answered: ISO date-time with zone. */
  readonly at: string;
  readonly interactionPoint: 1 | 2 | 3;
  readonly channel?: PreVisitAnsweredEvent["channel"];
  /** The patient also filled in the thermometer and problem list before the visit. */
  readonly selfReported?: boolean;
}

/**
 * The pathway event of a pre-visit answer: "no needs now, maybe later" or the topics to raise; whether the patient
 * wrote something else and self-reported the thermometer. No free text enters the event.
 * @example
 * ```ts
 * const event = preVisitEvent({ wantsToTalk: true, topics: ["nutrition"] }, {
 *   id: "pv-1", at: "2026-03-02T18:00:00+01:00", interactionPoint: 1, selfReported: true,
 * });
 * ```
 */
export function preVisitEvent(answer: PreVisitAnswer, options: PreVisitEventOptions): PreVisitAnsweredEvent {
  return {
    type: "pre-visit-answered",
    id: options.id,
    at: options.at,
    interactionPoint: options.interactionPoint,
    answer: answer.wantsToTalk ? "talk" : "no-needs-now",
    ...(answer.wantsToTalk && answer.topics.length > 0 ? { topics: answer.topics } : {}),
    ...(answer.wantsToTalk && answer.other !== undefined ? { otherTopic: true } : {}),
    ...(options.selfReported === true ? { selfReported: true } : {}),
    channel: options.channel ?? "helsenorge",
  };
}
