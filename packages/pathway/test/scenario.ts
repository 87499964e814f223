/**
 * Helpers for the scenario tables in the tests: short event builders and a plain-language summary of actions and
 * deliveries, so a domain expert can read a row.
 * Test helper only; not part of the package.
 */
import type { ConsentValue } from "@pakkeforlop-hjem/model";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import type { NextAction } from "../src/next-actions.ts";
import type { PathwayEvent } from "../src/pathway-event.ts";
import type { Delivery, WithheldDelivery } from "../src/route.ts";

let counter = 0;
const nextId = (): string => `e${++counter}`;
const at = (date: string): string => `${date}T10:00:00+01:00`;

/** Event builders: dates are ISO dates; each event happens at 10:00 Norwegian winter time. */
export const ev = {
  included: (date: string, diagnosedOn = "2025-01-06", hospital = "hf1"): PathwayEvent => ({
    type: "included",
    id: nextId(),
    at: at(date),
    diagnosedOn,
    hospital,
  }),
  completed: (
    interactionPoint: 1 | 2 | 3,
    date: string,
    consent: { municipality?: ConsentValue; gp?: ConsentValue } = { municipality: "granted" },
  ): PathwayEvent => ({
    type: "completed",
    id: nextId(),
    at: at(date),
    assessment: assessmentFixture({
      id: `a-sp${interactionPoint}`,
      interactionPoint,
      conductedAt: at(date),
      ...(consent.municipality === undefined ? {} : { municipalityConsent: consent.municipality }),
      ...(consent.gp === undefined ? {} : { gpConsent: consent.gp }),
    }),
  }),
  declined: (interactionPoint: 1 | 2 | 3, date: string, reofferOn?: string): PathwayEvent => ({
    type: "declined",
    id: nextId(),
    at: at(date),
    interactionPoint,
    reason: "not-now",
    ...(reofferOn === undefined ? {} : { reofferOn }),
  }),
  inclusionDeclined: (date: string): PathwayEvent => ({ type: "inclusion-declined", id: nextId(), at: at(date) }),
  consent: (recipient: "municipality" | "gp", value: ConsentValue, date: string): PathwayEvent => ({
    type: "consent-changed",
    id: nextId(),
    at: at(date),
    recipient,
    value,
  }),
  transfer: (date: string, to: string, startsTreatment: boolean, sp1By?: string): PathwayEvent => ({
    type: "hospital-transfer",
    id: nextId(),
    at: at(date),
    from: "hf1",
    to,
    startsTreatment,
    ...(sp1By === undefined ? {} : { sp1By }),
  }),
  relapse: (date: string): PathwayEvent => ({ type: "relapse", id: nextId(), at: at(date), diagnosedOn: date }),
  deceased: (date: string): PathwayEvent => ({ type: "deceased", id: nextId(), at: at(date) }),
  closed: (date: string): PathwayEvent => ({ type: "closed", id: nextId(), at: at(date) }),
  gpInformed: (
    date: string,
    about: "assessment" | "inclusion-declined",
    interactionPoint?: 1 | 2 | 3,
  ): PathwayEvent => ({
    type: "handoff",
    id: nextId(),
    at: at(date),
    recipient: "gp",
    about,
    channel: "electronic",
    ...(interactionPoint === undefined ? {} : { interactionPoint }),
  }),
};

/** One line per action, e.g. `SP2 open 2025-04-06..2025-05-06` or `notice check-bereaved-children`. */
export function describeActions(actions: readonly NextAction[]): string[] {
  return actions.map((a) => {
    switch (a.kind) {
      case "interaction-point":
        return [
          `SP${a.interactionPoint} ${a.timing}`,
          a.window === undefined ? "" : `${a.window.opensOn}..${a.window.closesOn}`,
          a.hospital === undefined ? "" : `at ${a.hospital}`,
          a.blockedBy === undefined ? "" : `(${a.blockedBy})`,
        ]
          .filter((s) => s !== "")
          .join(" ");
      case "reoffer":
        return `re-offer SP${a.interactionPoint} ${a.status}${a.dueOn === undefined ? "" : ` ${a.dueOn}`}`;
      case "notice":
        return `notice ${a.notice}${a.interactionPoint === undefined ? "" : ` SP${a.interactionPoint}`}`;
      case "close-pathway":
        return `close (${a.reason})`;
      default:
        return "include patient";
    }
  });
}

/** One line per delivery, e.g. `municipality/saksbehandlertjeneste nhn helsefaglig-dialog primary`. */
export function describeDeliveries(deliveries: readonly Delivery[]): string[] {
  return deliveries.map(
    (d) =>
      `${d.recipient.kind === "municipality" ? `municipality/${d.recipient.service}` : d.recipient.kind} ${d.channel} ${d.messageKind} ${d.role}`,
  );
}

/** One line per withheld delivery, e.g. `municipality: municipality_consent_declined`. */
export function describeWithheld(withheld: readonly WithheldDelivery[]): string[] {
  return withheld.map((w) => `${w.recipient.kind}: ${w.reason}`);
}
