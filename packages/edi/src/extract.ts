/**
 * Reading the assessment back from a note this SDK wrote (ARCHITECTURE.md "Receiving side": XML --edi.parse-->
 * envelope + note --extract--> Assessment). The carrier is the epikrise package's `table.pfh-data` (path / JSON rows);
 * the parser already collected its rows, the epikrise package's `readNoteData` rebuilds and validates the assessment.
 */
import { type NoteDataIssueCode, readNoteData } from "@pakkeforlop-hjem/epikrise";
import type { Assessment, Issue, IssueCode, ParseOptions } from "@pakkeforlop-hjem/model";
import type { ParsedMessage } from "./parse.ts";

/**
 * What {@link extractAssessment} found:
 * - `assessment`: the note carried an assessment written by this SDK, and it is valid;
 * - `invalid`: it carried one, but the rows or the rebuilt assessment are broken (issues say where);
 * - `not-ours`: no note of this message was produced by this SDK (no `pfh-data` table). Not an error: most
 *   messages an inbox receives are written by people and other systems.
 */
export type ExtractResult =
  | {
      readonly kind: "assessment";
      readonly assessment: Assessment;
      readonly noteIndex: number;
      /**
       * The note carried a copy with parts left out for its recipient (issue 9; `assessment.redaction` says why,
       * never what). Never store it as the complete assessment.
       */
      readonly redacted?: boolean;
    }
  | {
      readonly kind: "invalid";
      readonly issues: readonly Issue<IssueCode | NoteDataIssueCode>[];
      readonly noteIndex: number;
    }
  | { readonly kind: "not-ours" };

/**
 * Recovers the assessment from the first note that carries this SDK's data table (Dialogmelding `TekstNotatInnhold`
 * or Epikrise `InfItem/Observation/Description`).
 * @example
 * ```ts
 * const parsed = parseMessage(xml);
 * if (parsed.success) {
 *   const found = extractAssessment(parsed.data);
 *   if (found.kind === "assessment") save(found.assessment);
 * }
 * ```
 */
export function extractAssessment(message: ParsedMessage, options: ParseOptions = {}): ExtractResult {
  const noteIndex = message.notes.findIndex((n) => n.dataRows !== undefined);
  const rows = message.notes[noteIndex]?.dataRows;
  if (rows === undefined) {
    return { kind: "not-ours" };
  }
  const read = readNoteData(rows, options);
  if (read.kind !== "assessment") {
    return { kind: "invalid", issues: read.issues, noteIndex };
  }
  return read.redacted === true
    ? { kind: "assessment", assessment: read.assessment, noteIndex, redacted: true }
    : { kind: "assessment", assessment: read.assessment, noteIndex };
}
