/**
 * Reading the assessment back from a note this SDK wrote (ARCHITECTURE.md "Receiving side": XML --edi.parse-->
 * envelope + note --extract--> Assessment). The carrier is the model's note-data table (`table.pfh-data`, path /
 * JSON rows); the parser already collected its rows, and the model's `readNoteData` rebuilds and validates the
 * assessment, so reading data needs no renderer.
 */
import {
  type CarriedAssessment,
  type Issue,
  type IssueCode,
  type NoteDataIssueCode,
  type ParseOptions,
  readNoteData,
  type ValidationError,
} from "@pakkeforlop-hjem/model";
import type { ParsedMessage } from "./parse.ts";

/** An assessment read back from a note of a message. */
export interface ExtractedAssessment extends CarriedAssessment {
  /** Which note of `message.notes` carried it. */
  readonly noteIndex: number;
}

/**
 * What {@link extractAssessment} found, as a `SafeResult`:
 * - `{ success: true, data: { assessment, noteIndex, redacted } }`: a note carried an assessment written by this
 *   SDK, and it is valid. `redacted: true` marks a recipient's copy with parts held back: never store it as the
 *   complete assessment.
 * - `{ success: true, data: null }`: no note of this message was produced by this SDK (no `pfh-data` table). Not an
 *   error: most messages an inbox receives are written by people and other systems.
 * - `{ success: false, error, noteIndex }`: a note carried one, but its rows or the rebuilt assessment are broken;
 *   the issues say where (note-data codes for rows, the model's codes for the assessment).
 * @example
 * ```ts
 * const found: ExtractResult = extractAssessment(message);
 * if (found.success && found.data === null) console.log("written by a person or another system");
 * ```
 */
export type ExtractResult =
  | { readonly success: true; readonly data: ExtractedAssessment | null }
  | {
      readonly success: false;
      readonly error: ValidationError<Issue<IssueCode | NoteDataIssueCode>>;
      /** Which note of `message.notes` carried the broken data. */
      readonly noteIndex: number;
    };

/**
 * Recovers the assessment from the first note that carries this SDK's data table (Dialogmelding `TekstNotatInnhold`
 * or Epikrise `InfItem/Observation/Description`).
 * @example
 * ```ts
 * const parsed = parseMessage(xml);
 * if (parsed.success) {
 *   const found = extractAssessment(parsed.data);
 *   if (found.success && found.data !== null && !found.data.redacted) save(found.data.assessment);
 * }
 * ```
 */
export function extractAssessment(message: ParsedMessage, options: ParseOptions = {}): ExtractResult {
  const noteIndex = message.notes.findIndex((n) => n.dataRows !== undefined);
  const rows = message.notes[noteIndex]?.dataRows;
  if (rows === undefined) {
    return { success: true, data: null };
  }
  const read = readNoteData(rows, options);
  return read.success
    ? { success: true, data: { ...read.data, noteIndex } }
    : { success: false, error: read.error, noteIndex };
}
