/**
 * Fixtures and fast-check arbitraries for `@pakkeforlop-hjem/pathway` tests: hand-made valid assessments for
 * scenario tables, plausible event streams (valid and impossible ones), and reorderings with duplicates.
 */
import { type Assessment, type ConsentValue, IDENTIFIER_SYSTEMS, SCHEMA_VERSION } from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, type PathwayEvent, type Profile } from "@pakkeforlop-hjem/pathway";
import * as fc from "fast-check";
import { dayToIso, isoToDay, personNumberFor } from "./index.ts";

export { fc };

/** What a scenario needs to say about an assessment; everything else is a fixed, valid default. */
export interface AssessmentFixtureOptions {
  readonly id?: string;
  readonly interactionPoint?: 1 | 2 | 3;
  /** ISO date-time of the conversation. */
  readonly conductedAt?: string;
  readonly diagnosedOn?: string;
  readonly municipalityConsent?: ConsentValue;
  readonly gpConsent?: ConsentValue;
  readonly digital?: boolean;
  /** Thermometer score; the cut-off is 4 (DOMAIN.md §3). */
  readonly distressScore?: number;
  readonly measures?: number;
  readonly outcome?: "completed" | "declined";
}

const BIRTH_DATE = "1961-05-17";
const FNR = personNumberFor(BIRTH_DATE, 123) as string;

/**
 * A valid completed assessment (adult patient born 1961, FNR with real check digits) with the given facts. Consent
 * entries are recorded at the time of the conversation.
 */
export function assessmentFixture(options: AssessmentFixtureOptions = {}): Assessment {
  const ip = options.interactionPoint ?? 1;
  const conductedAt = options.conductedAt ?? "2025-02-03T10:00:00+01:00";
  const consent: Assessment["consent"][number][] = [];
  if (options.municipalityConsent !== undefined) {
    consent.push({
      recipient: "municipality",
      value: options.municipalityConsent,
      recordedAt: conductedAt,
      recordedBy: "Kari Nordmann",
    });
  }
  if (options.gpConsent !== undefined) {
    consent.push({ recipient: "gp", value: options.gpConsent, recordedAt: conductedAt, recordedBy: "Kari Nordmann" });
  }
  const doc: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? `a-sp${ip}`,
    interactionPoint: ip,
    outcome: options.outcome === "declined" ? { status: "declined", reason: "not-now" } : { status: "completed" },
    conductedAt,
    mode: "in-person",
    patient: {
      identifier: { system: IDENTIFIER_SYSTEMS.fnr, value: FNR },
      name: { given: "Ola", family: "Nordmann" },
      birthDate: BIRTH_DATE,
      language: "nb",
      interpreterNeeded: false,
      digital: options.digital ?? true,
      ageGroup: "adult",
    },
    respondent: "patient",
    participants: [],
    conductedBy: { name: "Kari Nordmann", profession: "SP" },
    organisation: { name: ip === 1 ? "Sykehuset" : "Kommunen", kind: ip === 1 ? "hospital" : "municipality" },
    diagnosis: { code: "C50.9", text: "Brystkreft", diagnosedOn: options.diagnosedOn ?? "2025-01-06" },
    topics: { "work-school": { status: "need" } },
    measures: Array.from({ length: options.measures ?? 0 }, (_, i) => ({
      id: `m${i + 1}`,
      description: "Kontakt med NAV om arbeid",
      responsible: { kind: "nav" },
      status: "planned",
    })),
    consent,
  };
  if (options.distressScore !== undefined && options.outcome !== "declined") {
    doc["distress"] = {
      instrument: { id: "dt-legacy", version: "1.0" },
      score: options.distressScore,
      period: "past-week-including-today",
      items: [],
      thresholdRule: { id: "score-at-or-above", version: "1.0", cutoff: 4 },
      aboveThreshold: options.distressScore >= 4,
    };
  }
  return doc as unknown as Assessment;
}

const DAY0 = isoToDay("2024-01-01");
const time = (day: number, minute: number): string =>
  `${dayToIso(day)}T${String(8 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:00+01:00`;

/** One step of a generated pathway, before it becomes an event. */
type Step =
  | { readonly t: "offered" | "declined"; readonly ip: 1 | 2 | 3; readonly reofferIn?: number }
  | { readonly t: "completed"; readonly ip: 1 | 2 | 3; readonly m: ConsentValue | undefined; readonly score?: number }
  | { readonly t: "consent"; readonly recipient: "municipality" | "gp"; readonly value: ConsentValue }
  | { readonly t: "transfer"; readonly startsTreatment: boolean }
  | {
      readonly t: "handoff";
      readonly recipient: "municipality" | "gp";
      readonly electronic: boolean;
      readonly ip: 1 | 2 | 3;
    }
  | { readonly t: "relapse" | "deceased" | "closed" | "inclusion-declined" | "included" };

const ip = fc.constantFrom<1 | 2 | 3>(1, 2, 3);
const consentValue = fc.constantFrom<ConsentValue>("granted", "declined", "not-asked");
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant("completed" as const),
      ip,
      m: fc.option(consentValue, { nil: undefined }),
      score: fc.integer({ min: 0, max: 10 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      { t: fc.constantFrom("offered" as const, "declined" as const), ip, reofferIn: fc.integer({ min: 1, max: 90 }) },
      { requiredKeys: ["t", "ip"] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("consent" as const),
      recipient: fc.constantFrom<"municipality" | "gp">("municipality", "gp"),
      value: consentValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("transfer" as const), startsTreatment: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant("handoff" as const),
      recipient: fc.constantFrom<"municipality" | "gp">("municipality", "gp"),
      electronic: fc.boolean(),
      ip,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constantFrom(
        "relapse" as const,
        "deceased" as const,
        "closed" as const,
        "inclusion-declined" as const,
        "included" as const,
      ),
    }),
  },
);

/** Options for {@link arbPathwayEvents}. */
export interface ArbPathwayEventsOptions {
  /** Start with an `included` event (default `true`). */
  readonly included?: boolean;
  readonly maxSteps?: number;
}

/**
 * A patient's event stream in time order: mostly plausible (inclusion, points, declines, consent changes, handoffs,
 * transfers), sometimes impossible (points out of order, events after death), with unique ids. Completed events
 * carry valid assessments whose consent entries vary.
 */
export function arbPathwayEvents(options: ArbPathwayEventsOptions = {}): fc.Arbitrary<PathwayEvent[]> {
  return fc
    .record({
      diagnosisOffset: fc.integer({ min: 0, max: 365 }),
      gaps: fc.array(fc.tuple(step, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 500 })), {
        maxLength: options.maxSteps ?? 12,
      }),
    })
    .map(({ diagnosisOffset, gaps }) => {
      const diagDay = DAY0 + diagnosisOffset;
      const diagnosedOn = dayToIso(diagDay);
      const events: PathwayEvent[] = [];
      let day = diagDay + 3;
      if (options.included !== false) {
        events.push({ type: "included", id: "ev-0", at: time(day, 0), diagnosedOn, hospital: "hf1" });
      }
      gaps.forEach(([s, gap, minute], i) => {
        day += gap;
        const id = `ev-${i + 1}`;
        const at = time(day, minute);
        switch (s.t) {
          case "offered":
            events.push({ type: "offered", id, at, interactionPoint: s.ip });
            break;
          case "declined":
            events.push({
              type: "declined",
              id,
              at,
              interactionPoint: s.ip,
              reason: "not-now",
              ...(s.reofferIn === undefined ? {} : { reofferOn: dayToIso(day + s.reofferIn) }),
            });
            break;
          case "completed":
            events.push({
              type: "completed",
              id,
              at,
              assessment: assessmentFixture({
                id: `a-${i + 1}`,
                interactionPoint: s.ip,
                conductedAt: at,
                diagnosedOn,
                ...(s.m === undefined ? {} : { municipalityConsent: s.m }),
                ...(s.score === undefined ? {} : { distressScore: s.score, measures: s.score % 2 }),
              }),
            });
            break;
          case "consent":
            events.push({ type: "consent-changed", id, at, recipient: s.recipient, value: s.value });
            break;
          case "transfer":
            events.push({
              type: "hospital-transfer",
              id,
              at,
              from: "hf1",
              to: "hf2",
              startsTreatment: s.startsTreatment,
            });
            break;
          case "handoff":
            events.push({
              type: "handoff",
              id,
              at,
              recipient: s.recipient,
              about: "assessment",
              interactionPoint: s.ip,
              channel: s.electronic ? "electronic" : "phone",
            });
            break;
          case "relapse":
            events.push({ type: "relapse", id, at, diagnosedOn: dayToIso(day) });
            break;
          case "included":
            events.push({ type: "included", id, at, diagnosedOn });
            break;
          default:
            events.push({ type: s.t, id, at });
        }
      });
      return events;
    });
}

/** The same events in any order, some of them more than once (as real event streams deliver them). */
export function arbReordered<T>(events: readonly T[]): fc.Arbitrary<T[]> {
  return fc
    .tuple(
      fc.shuffledSubarray([...events], { minLength: events.length, maxLength: events.length }),
      fc.array(fc.nat(), { maxLength: Math.min(events.length, 5) }),
    )
    .chain(([shuffled, dupes]) => {
      const extra = events.length === 0 ? [] : dupes.map((d) => events[d % events.length] as T);
      return fc.shuffledSubarray([...shuffled, ...extra], {
        minLength: shuffled.length + extra.length,
        maxLength: shuffled.length + extra.length,
      });
    });
}

/** A valid profile: a built-in one with its choices varied. */
export function arbProfile(): fc.Arbitrary<Profile> {
  return fc
    .record({
      anchor: fc.constantFrom<Profile["anchor"]>("diagnosis", "informed", "inclusion"),
      sp1OnTransfer: fc.constantFrom<Profile["sp1OnTransfer"]>("hospitals-agree", "treating-hospital"),
      relapse: fc.constantFrom<Profile["relapse"]>("restart", "continue"),
      gpCopy: fc.boolean(),
      patientLetter: fc.constantFrom<Profile["patientLetter"]>("none", "helsenorge-or-paper", "paper"),
      sp2: fc.integer({ min: 1, max: 6 }),
    })
    .map((r) => ({
      ...NATIONAL_PROFILE,
      id: "generated",
      anchor: r.anchor,
      sp1OnTransfer: r.sp1OnTransfer,
      relapse: r.relapse,
      gpCopy: r.gpCopy,
      patientLetter: r.patientLetter,
      interactionPoints: [
        { interactionPoint: 1, setting: "hospital" },
        { interactionPoint: 2, setting: "municipality", window: { fromMonths: r.sp2, toMonths: r.sp2 + 1 } },
        { interactionPoint: 3, setting: "municipality", window: { fromMonths: 12, toMonths: 18 } },
      ],
    }));
}
