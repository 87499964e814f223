/**
 * The counts behind the report: one patient's pathway state folded into the cell of its pilot, municipality and
 * quarter, and cells added together. Only counts and a histogram of whole days are kept, so memory depends on the
 * number of cells, never on the number of patients or events.
 */
import type { PathwayState } from "@pakkeforlop-hjem/pathway";
import { MEASURES, type MeasureId } from "./measures.ts";

/** A numerator of `n`. */
export interface Counts {
  n: number;
  k: number;
}

/** The counts of one cell: per measure a numerator of `n`, and the days from diagnosis to SP1 as a histogram. */
export interface CellCounts {
  readonly measures: Record<MeasureId, Counts>;
  /** Whole days → how many patients; its total is `measures["days-to-sp1"].n`. */
  readonly days: Map<number, number>;
}

/** Empty counts. */
export function emptyCounts(): CellCounts {
  const measures = {} as Record<MeasureId, Counts>;
  for (const m of MEASURES) {
    measures[m] = { n: 0, k: 0 };
  }
  return { measures, days: new Map() };
}

/** Adds `from` into `into`. */
export function addCounts(into: CellCounts, from: CellCounts): void {
  for (const m of MEASURES) {
    into.measures[m].n += from.measures[m].n;
    into.measures[m].k += from.measures[m].k;
  }
  for (const [d, c] of from.days) {
    into.days.set(d, (into.days.get(d) ?? 0) + c);
  }
}

/** The median of a histogram of whole days (the mean of the two middle values for an even count). */
export function histogramMedian(days: ReadonlyMap<number, number>): number | undefined {
  let total = 0;
  for (const c of days.values()) {
    total += c;
  }
  if (total === 0) {
    return undefined;
  }
  const sorted = [...days.entries()].sort((a, b) => a[0] - b[0]);
  const at = (rank: number): number => {
    let seen = 0;
    for (const [d, c] of sorted) {
      seen += c;
      if (rank < seen) {
        return d;
      }
    }
    return (sorted.at(-1) as [number, number])[0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Whole days from one ISO date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar quarter of an ISO date or date-time, e.g. `2023-Q2`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The date a patient counts from: inclusion, or declining the pathway when the patient was never included. A
 * patient with neither was never offered the pathway and is not in the report.
 */
export function countedFrom(state: PathwayState): string | undefined {
  return state.includedAt ?? state.inclusionDeclinedAt;
}

/**
 * One patient's counts (DOMAIN.md §1, §3, §5), the same definitions as the pathway package's `qualityIndicators`
 * for the measures both have:
 * - `declined-pathway`: offered the pathway (included or declined it), declined it;
 * - `sp1-done`: included (and not declined), SP1 completed in the current episode;
 * - `days-to-sp1`: days from the diagnosis date to the SP1 conversation, for those with SP1 done;
 * - `measures-above-threshold`: completed assessments at or above the thermometer threshold, with a measure;
 * - `electronic-handoffs`: recorded handoffs, sent electronically;
 * - `declined-point`: included patients who declined an interaction point in the current episode;
 * - `reoffered`: the points declined, offered again (or held) afterwards.
 */
export function patientCounts(state: PathwayState): CellCounts {
  const counts = emptyCounts();
  const m = counts.measures;
  m["declined-pathway"].n = 1;
  m["declined-pathway"].k = state.status === "inclusion-declined" ? 1 : 0;
  if (state.includedAt !== undefined && state.status !== "inclusion-declined") {
    m["sp1-done"].n = 1;
    const p1 = state.points[0];
    if (p1.status === "completed" && p1.completedOn !== undefined) {
      m["sp1-done"].k = 1;
      if (state.diagnosedOn !== undefined) {
        m["days-to-sp1"].n = 1;
        counts.days.set(daysBetween(state.diagnosedOn, p1.completedOn), 1);
      }
    }
    m["declined-point"].n = 1;
    const declined = state.points.filter((p) => p.declines > 0);
    m["declined-point"].k = declined.length > 0 ? 1 : 0;
    m.reoffered.n = declined.length;
    m.reoffered.k = declined.filter((p) => p.status === "offered" || p.status === "completed").length;
  }
  for (const a of state.assessments) {
    if (a.aboveThreshold === true) {
      m["measures-above-threshold"].n++;
      m["measures-above-threshold"].k += a.measureCount > 0 ? 1 : 0;
    }
  }
  for (const h of state.handoffs) {
    m["electronic-handoffs"].n++;
    m["electronic-handoffs"].k += h.channel === "electronic" ? 1 : 0;
  }
  return counts;
}
