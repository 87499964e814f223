/**
 * Quality indicators for a learning network (ARCHITECTURE.md; the Ahus / Helse Sør-Øst learning network measured
 * how the pathway works in practice). Computed from many pathway states, no personal data in or out beyond counts.
 * They describe practice; they are not legal lead times (DOMAIN.md §1: no hard deadlines).
 */
import { isDate, SdkError } from "@pakkeforlop-hjem/model";
import { daysBetween } from "./internal/dates.ts";
import type { PathwayState, PointState } from "./pathway-state.ts";

/** A share: `value` = numerator / denominator, absent when the denominator is 0. */
export interface Share {
  readonly numerator: number;
  readonly denominator: number;
  readonly value?: number;
}

/** A median over `count` values; absent when there are none. */
export interface Median {
  readonly count: number;
  readonly value?: number;
}

/**
 * The indicators (see {@link qualityIndicators} for the exact definitions).
 * @example
 * ```ts
 * const { sp1Done, electronicHandoffs } = qualityIndicators(states, { today: "2025-12-31" });
 * ```
 */
export interface QualityIndicators {
  /** Patients ever included (the population of the indicators below). */
  readonly patients: number;
  readonly sp1Done: Share;
  readonly daysDiagnosisToSp1: Median;
  readonly sp2InWindow: Share;
  readonly sp3InWindow: Share;
  readonly distressWithMeasure: Share;
  readonly electronicHandoffs: Share;
}

/** Options for {@link qualityIndicators}. */
export interface QualityIndicatorOptions {
  /** The day the indicators are computed for, ISO date: windows closed by then count as missed. */
  readonly today: string;
}

const share = (numerator: number, denominator: number): Share =>
  denominator === 0 ? { numerator, denominator } : { numerator, denominator, value: numerator / denominator };

function median(values: readonly number[]): Median {
  if (values.length === 0) {
    return { count: 0 };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { count: values.length, value };
}

function inWindow(point: PointState, today: string): { counted: boolean; inside: boolean } {
  const window = point.window;
  if (window === undefined) {
    return { counted: false, inside: false };
  }
  if (point.status === "completed" && point.completedOn !== undefined) {
    return { counted: true, inside: point.completedOn >= window.opensOn && point.completedOn <= window.closesOn };
  }
  return { counted: today > window.closesOn, inside: false };
}

/**
 * Quality indicators over many patients' pathway states (current episode for the point indicators).
 *
 * - `patients`: states that were ever included (status other than `not-included` and `inclusion-declined`).
 * - `sp1Done`: of those, the share with SP1 completed.
 * - `daysDiagnosisToSp1`: median days from the diagnosis date to the SP1 conversation, over patients with SP1 done.
 * - `sp2InWindow` / `sp3InWindow`: of the points that are completed or whose window closed before `today`, the share
 *   completed inside the window. A point still open counts in neither.
 * - `distressWithMeasure`: of the completed assessments whose thermometer score was at or above the threshold, the
 *   share with at least one measure in the plan (DOMAIN.md §3).
 * - `electronicHandoffs`: of the handoffs recorded by `handoff` events (to the municipality, the fastlege or the
 *   patient), the share with channel `electronic` (DOMAIN.md §5: electronic messaging works; the phone is not enough).
 * @throws `SdkError` (from the model) `invalid_argument` when `today` is not an ISO date.
 * @example
 * ```ts
 * const q = qualityIndicators(states, { today: "2025-12-31" });
 * q.sp1Done.value; // e.g. 0.82
 * ```
 */
export function qualityIndicators(
  states: readonly PathwayState[],
  options: QualityIndicatorOptions,
): QualityIndicators {
  if (typeof options?.today !== "string" || !isDate(options.today)) {
    throw new SdkError("invalid_argument", 'qualityIndicators: options.today must be an ISO date ("YYYY-MM-DD")');
  }
  const today = options.today;
  const included = states.filter((s) => s.includedAt !== undefined && s.status !== "inclusion-declined");
  let sp1 = 0;
  const days: number[] = [];
  const windows = { 2: { n: 0, d: 0 }, 3: { n: 0, d: 0 } };
  for (const s of included) {
    const p1 = s.points[0];
    if (p1.status === "completed" && p1.completedOn !== undefined) {
      sp1++;
      if (s.diagnosedOn !== undefined) {
        days.push(daysBetween(s.diagnosedOn, p1.completedOn));
      }
    }
    for (const ip of [2, 3] as const) {
      const r = inWindow(s.points[ip - 1] as PointState, today);
      if (r.counted) {
        windows[ip].d++;
        windows[ip].n += r.inside ? 1 : 0;
      }
    }
  }
  const distressed = states.flatMap((s) => s.assessments.filter((a) => a.aboveThreshold === true));
  const handoffs = states.flatMap((s) => s.handoffs);
  return {
    patients: included.length,
    sp1Done: share(sp1, included.length),
    daysDiagnosisToSp1: median(days),
    sp2InWindow: share(windows[2].n, windows[2].d),
    sp3InWindow: share(windows[3].n, windows[3].d),
    distressWithMeasure: share(distressed.filter((a) => a.measureCount > 0).length, distressed.length),
    electronicHandoffs: share(handoffs.filter((h) => h.channel === "electronic").length, handoffs.length),
  };
}

/** One patient for {@link qualityIndicatorsByPilot}: the pathway state and the pilot `inScope` named, if any. */
export interface PilotPatient {
  readonly state: PathwayState;
  readonly pilotId?: string;
}

/** The indicators of one pilot; `pilotId` is absent for the patients no pilot took. */
export interface PilotIndicators {
  readonly pilotId?: string;
  readonly indicators: QualityIndicators;
}

/**
 * Quality indicators grouped by pilot (DOMAIN.md §5: the learning network asks to see how it goes per pilot and
 * municipality). Pass each patient's state with the pilot {@link inScope} named. Groups come sorted by pilot id, the
 * patients without a pilot last; each group's indicators are {@link qualityIndicators} over its patients.
 * @throws `SdkError` (from the model) `invalid_argument` when `today` is not an ISO date.
 * @example
 * ```ts
 * const groups = qualityIndicatorsByPilot(
 *   patients.map((p) => ({ state: p.state, pilotId: inScope(AHUS_PROFILE, p.scope).pilot?.id })),
 *   { today: "2023-12-31" },
 * );
 * ```
 */
export function qualityIndicatorsByPilot(
  patients: readonly PilotPatient[],
  options: QualityIndicatorOptions,
): readonly PilotIndicators[] {
  const groups = new Map<string | undefined, PathwayState[]>();
  for (const p of patients) {
    const list = groups.get(p.pilotId) ?? [];
    list.push(p.state);
    groups.set(p.pilotId, list);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  if (keys.length === 0) {
    qualityIndicators([], options); // checks options.today even when there is nobody to group
  }
  return keys.map((pilotId) => {
    const indicators = qualityIndicators(groups.get(pilotId) ?? [], options);
    return pilotId === undefined ? { indicators } : { pilotId, indicators };
  });
}
