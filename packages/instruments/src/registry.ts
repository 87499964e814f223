/** The instruments this package ships, and lookup by id and version (DOMAIN.md §3). */
import { DT_LEGACY, DT_LEGACY_CONTENT } from "./dt-legacy.ts";
import { DT_REVISED, DT_REVISED_CONTENT } from "./dt-revised.ts";
import { ESAS_R, ESAS_R_CONTENT } from "./esas-r.ts";
import type { Instrument, InstrumentContent } from "./instrument.ts";

/**
 * Every instrument this package ships: the legacy and revised distress thermometer and ESAS-r (DOMAIN.md §3).
 * @example
 * ```ts
 * INSTRUMENTS.map((i) => `${i.id}@${i.version}`); // ["dt-legacy@1.0", "dt-revised@1.0", "esas-r@1.0"]
 * ```
 */
export const INSTRUMENTS: readonly Instrument[] = [DT_LEGACY, DT_REVISED, ESAS_R];

/**
 * Finds a shipped instrument by id and version, or `undefined`. Stored results name the version they were answered
 * with, so always look up both.
 * @example
 * ```ts
 * const dt = findInstrument("dt-legacy", "1.0");
 * ```
 */
export function findInstrument(id: string, version: string): Instrument | undefined {
  return INSTRUMENTS.find((i) => i.id === id && i.version === version);
}

const CONTENTS: readonly InstrumentContent[] = [DT_LEGACY_CONTENT, DT_REVISED_CONTENT, ESAS_R_CONTENT];

/**
 * {@link findInstrument} without the licences: what the converters look up, so that their bundle (the form
 * component's) carries no licence text.
 * @internal
 */
export function findInstrumentContent(id: string, version: string): InstrumentContent | undefined {
  return CONTENTS.find((i) => i.id === id && i.version === version);
}
