/**
 * A plausible report input for tests and the memory check: patients of the Ahus pilots and some outside them, each
 * with a few events (inclusion, SP1 offered, declined and offered again, held with a thermometer score and measures,
 * handed over electronically or not, sometimes SP2), generated lazily from a seed so that nothing is held.
 */
import type { PathwayEvent } from "@pakkeforlop-hjem/pathway";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import type { ReportLine } from "../src/input.ts";

/** A small seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Where generated patients live and what they have: the Ahus pilots' places and codes, and some outside them. */
const PLACES: readonly { municipality: string; district?: string; codes: readonly string[]; weight: number }[] = [
  { municipality: "3212", codes: ["C18", "C20", "C25"], weight: 3 },
  { municipality: "3207", codes: ["C18", "C16"], weight: 4 },
  { municipality: "3238", codes: ["C50", "C54"], weight: 3 },
  { municipality: "3209", codes: ["C50", "C56"], weight: 4 },
  { municipality: "3415", codes: ["C50"], weight: 1 },
  { municipality: "3205", codes: ["C34"], weight: 5 },
  { municipality: "3232", codes: ["C34"], weight: 2 },
  { municipality: "0301", district: "030112", codes: ["C61", "C67"], weight: 4 },
  { municipality: "3220", codes: ["C71", "C43"], weight: 2 },
  { municipality: "3230", codes: ["C71"], weight: 0.3 },
];
const TOTAL = PLACES.reduce((s, p) => s + p.weight, 0);

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const at = (ms: number): string => `${iso(ms)}T10:00:00+01:00`;

/** The place at a point of the weights' total. */
function pickPlace(point: number): (typeof PLACES)[number] {
  let left = point;
  for (const place of PLACES) {
    left -= place.weight;
    if (left < 0) {
      return place;
    }
  }
  return PLACES[0] as (typeof PLACES)[number];
}

/** The events of one patient (in time order). */
function patientEvents(n: number, rnd: () => number): PathwayEvent[] {
  const start = Date.parse("2022-01-10T00:00:00Z") + Math.floor(rnd() * 700) * DAY;
  const diagnosedOn = iso(start - Math.floor(3 + rnd() * 20) * DAY);
  const id = (k: number) => `e${n}-${k}`;
  if (rnd() < 0.04) {
    return [{ type: "inclusion-declined", id: id(0), at: at(start), reason: "not-now" }];
  }
  const events: PathwayEvent[] = [
    { type: "included", id: id(0), at: at(start), diagnosedOn, hospital: "ahus" },
    { type: "offered", id: id(1), at: at(start + DAY), interactionPoint: 1 },
  ];
  let day = start + 2 * DAY;
  if (rnd() < 0.15) {
    events.push({ type: "declined", id: id(2), at: at(day), interactionPoint: 1, reason: "not-now" });
    day += 30 * DAY;
    if (rnd() < 0.5) {
      return events;
    }
    events.push({ type: "offered", id: id(3), at: at(day), interactionPoint: 1 });
  }
  if (rnd() < 0.85) {
    day += Math.floor(rnd() * 30) * DAY;
    const score = Math.floor(rnd() * 11);
    events.push({
      type: "completed",
      id: id(4),
      at: at(day),
      assessment: assessmentFixture({
        id: `a${n}`,
        conductedAt: at(day),
        diagnosedOn,
        distressScore: score,
        measures: score >= 4 && rnd() < 0.7 ? 1 : 0,
        municipalityConsent: "granted",
      }),
    });
    const channel = rnd() < 0.75 ? "electronic" : rnd() < 0.5 ? "phone" : "paper";
    events.push({
      type: "handoff",
      id: id(5),
      at: at(day + DAY),
      recipient: "municipality",
      about: "assessment",
      interactionPoint: 1,
      channel,
    });
  }
  return events;
}

/**
 * Report lines for `patients` patients, each patient's lines together (in a shuffled order within the patient when
 * `shuffle`), the place on the first line.
 */
export function* reportLines(options: { patients: number; seed?: number }): Generator<ReportLine> {
  const rnd = prng(options.seed ?? 1);
  for (let n = 0; n < options.patients; n++) {
    const place = pickPlace(rnd() * TOTAL);
    const code = place.codes[Math.floor(rnd() * place.codes.length)] as string;
    const events = patientEvents(n, rnd);
    for (const [i, event] of events.entries()) {
      yield {
        patient: `p${n}`,
        event,
        ...(i === 0
          ? {
              diagnosisCode: code,
              municipality: place.municipality,
              ...(place.district === undefined ? {} : { district: place.district }),
            }
          : {}),
      };
    }
  }
}
