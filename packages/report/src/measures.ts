/**
 * What the report measures (DOMAIN.md §5: the learning network asks to see shares of patients reached, times,
 * measures, handovers, per pilot and municipality). Each measure is a share (numerator of `n`) or, for the days from
 * diagnosis to SP1, a median over `n` patients. `n` is what small-cell suppression looks at.
 */
import type { Lang } from "@pakkeforlop-hjem/model";

/**
 * The measures, in the order of the report.
 * @example
 * ```ts
 * MEASURES[0]; // "sp1-done"
 * ```
 */
export const MEASURES = [
  "sp1-done",
  "days-to-sp1",
  "measures-above-threshold",
  "electronic-handoffs",
  "declined-pathway",
  "declined-point",
  "reoffered",
] as const;

/**
 * One measure of the report.
 * @example
 * ```ts
 * const measure: MeasureId = "sp1-done";
 * ```
 */
export type MeasureId = (typeof MEASURES)[number];

/** How a measure is told: its title, what `n` counts, and whether it is a share or a median of days. */
export interface MeasureText {
  readonly title: string;
  readonly n: string;
  readonly kind: "share" | "days";
}

/**
 * The measures' texts per language (no codes: this is what a person reads).
 * @example
 * ```ts
 * MEASURE_TEXTS.nn["sp1-done"].title; // "Del nye pasientar med samhandlingspunkt 1 gjennomført"
 * ```
 */
export const MEASURE_TEXTS: Readonly<Record<Lang, Readonly<Record<MeasureId, MeasureText>>>> = {
  nb: {
    "sp1-done": {
      title: "Andel nye pasienter med samhandlingspunkt 1 gjennomført",
      n: "inkluderte pasienter",
      kind: "share",
    },
    "days-to-sp1": {
      title: "Dager fra diagnose til samhandlingspunkt 1 (median)",
      n: "pasienter med samhandlingspunkt 1",
      kind: "days",
    },
    "measures-above-threshold": {
      title: "Andel over grenseverdien på distresstermometeret som fikk tiltak",
      n: "kartlegginger over grenseverdien",
      kind: "share",
    },
    "electronic-handoffs": { title: "Andel overføringer sendt elektronisk", n: "overføringer", kind: "share" },
    "declined-pathway": {
      title: "Andel som takket nei til forløpet",
      n: "pasienter som fikk tilbud om forløpet",
      kind: "share",
    },
    "declined-point": {
      title: "Andel som takket nei til et samhandlingspunkt",
      n: "inkluderte pasienter",
      kind: "share",
    },
    reoffered: {
      title: "Andel av avslåtte samhandlingspunkter som ble tilbudt på nytt",
      n: "avslåtte samhandlingspunkter",
      kind: "share",
    },
  },
  nn: {
    "sp1-done": {
      title: "Del nye pasientar med samhandlingspunkt 1 gjennomført",
      n: "inkluderte pasientar",
      kind: "share",
    },
    "days-to-sp1": {
      title: "Dagar frå diagnose til samhandlingspunkt 1 (median)",
      n: "pasientar med samhandlingspunkt 1",
      kind: "days",
    },
    "measures-above-threshold": {
      title: "Del over grenseverdien på distresstermometeret som fekk tiltak",
      n: "kartleggingar over grenseverdien",
      kind: "share",
    },
    "electronic-handoffs": { title: "Del overføringar sende elektronisk", n: "overføringar", kind: "share" },
    "declined-pathway": {
      title: "Del som takka nei til forløpet",
      n: "pasientar som fekk tilbod om forløpet",
      kind: "share",
    },
    "declined-point": {
      title: "Del som takka nei til eit samhandlingspunkt",
      n: "inkluderte pasientar",
      kind: "share",
    },
    reoffered: {
      title: "Del av avslåtte samhandlingspunkt som vart tilbodne på nytt",
      n: "avslåtte samhandlingspunkt",
      kind: "share",
    },
  },
  en: {
    "sp1-done": { title: "Share of new patients with interaction point 1 done", n: "included patients", kind: "share" },
    "days-to-sp1": {
      title: "Days from diagnosis to interaction point 1 (median)",
      n: "patients with interaction point 1",
      kind: "days",
    },
    "measures-above-threshold": {
      title: "Share at or above the distress threshold who got measures",
      n: "assessments at or above the threshold",
      kind: "share",
    },
    "electronic-handoffs": { title: "Share of handovers sent electronically", n: "handovers", kind: "share" },
    "declined-pathway": { title: "Share who declined the pathway", n: "patients offered the pathway", kind: "share" },
    "declined-point": { title: "Share who declined an interaction point", n: "included patients", kind: "share" },
    reoffered: {
      title: "Share of declined interaction points offered again",
      n: "declined interaction points",
      kind: "share",
    },
  },
};
