/**
 * Reading the assessment back from a note this SDK wrote (ARCHITECTURE.md "Receiving side": XML --edi.parse-->
 * envelope + note --extract--> Assessment). The carrier is the model's note-data table (`table.pfh-data`, path /
 * JSON rows); the parser already collected its rows, and the model's `readNoteData` rebuilds and validates the
 * assessment, so reading data needs no renderer.
 *
 * Corrections (issue 15 point 3; DOMAIN.md §6, messaging.md §6 "lifecycle"): a sent assessment is changed or
 * cancelled by a later message about the same document (Epikrise ServType M/C with the same `ServProvId`; a
 * Helsefaglig dialog reply with the same `DokIdNotat`), carrying the whole corrected assessment with its
 * amendments. The rules, numbered as in the tests:
 * 1. What a message is comes from the carried amendments: none → `new`, the last a `change` → `change`, the last a
 *    `cancellation` → `cancellation`.
 * 2. An Epikrise's ServType must say the same (N, M, C), else `correction_mismatch` (`servtype`).
 * 3. The message's document id (ServProvId, else the first DokIdNotat), when given, is the assessment id, else
 *    `correction_mismatch` (`document`).
 * 4. Nothing follows a cancellation in the carried history, else `correction_mismatch` (`history`).
 * 5. With `options.stored`, a message applies to the stored version of the same id (`replaces`): the two histories
 *    must agree as far as both go (`correction_mismatch`, `history`), and the carried one must be at least as long
 *    (`outdated_correction`): an old version never replaces a newer one, so a cancelled one never comes back. The
 *    same version again is a duplicate and harmless.
 */
import {
  type Amendment,
  type Assessment,
  type CarriedAssessment,
  type Issue,
  type IssueCode,
  type NoteDataIssueCode,
  type ParseOptions,
  readNoteData,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import { EDI_ISSUES, type EdiIssueCode } from "./issues.ts";
import type { ParsedMessage } from "./parse.ts";

/** An assessment read back from a note of a message. */
export interface ExtractedAssessment extends CarriedAssessment {
  /** Which note of `message.notes` carried it. */
  readonly noteIndex: number;
  /** What the message is: the first version of the assessment, a change of it, or its cancellation (rule 1). */
  readonly lifecycle: "new" | "change" | "cancellation";
  /**
   * The stored version this one replaces (rule 5), when `options.stored` knows the assessment's id. Keep it as
   * history; `assessment` is the current version from now on (for a cancellation: current, and cancelled).
   */
  readonly replaces?: Assessment;
}

/** Options of {@link extractAssessment}. */
export interface ExtractOptions extends ParseOptions {
  /**
   * The version stored earlier for an assessment id, or `undefined` when none is. Given, a correction is checked
   * against it (rule 5) and the result names it in `replaces`.
   */
  readonly stored?: (assessmentId: string) => Assessment | undefined;
}

/**
 * What {@link extractAssessment} found, as a `SafeResult`:
 * - `{ success: true, data: { assessment, noteIndex, redacted, lifecycle, replaces? } }`: a note carried an
 *   assessment written by this SDK, and it is valid. `redacted: true` marks a recipient's copy with parts held back:
 *   never store it as the complete assessment.
 * - `{ success: true, data: null }`: no note of this message was produced by this SDK (no `pfh-data` table). Not an
 *   error: most messages an inbox receives are written by people and other systems.
 * - `{ success: false, error, noteIndex }`: a note carried one, but its rows or the rebuilt assessment are broken
 *   (note-data codes for rows, the model's codes for the assessment), or it does not fit the message or the stored
 *   version (`correction_mismatch`, `outdated_correction`).
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
      readonly error: ValidationError<Issue<IssueCode | NoteDataIssueCode | EdiIssueCode>>;
      /** Which note of `message.notes` carried the broken data. */
      readonly noteIndex: number;
    };

const SERV_TYPES = { N: "new", M: "change", C: "cancellation" } as const;

/** Rule 1. */
function lifecycleOf(a: Assessment): ExtractedAssessment["lifecycle"] {
  const last = a.amendments?.at(-1);
  return last === undefined ? "new" : last.kind === "cancellation" ? "cancellation" : "change";
}

/** The same amendment (kind and time; the reason may be held back in a recipient's copy). */
const sameAmendment = (x: Amendment, y: Amendment | undefined): boolean =>
  y !== undefined && x.kind === y.kind && x.at === y.at;

/** Rules 2–5: the first that fails, or `undefined`. */
function correctionIssue(
  message: ParsedMessage,
  a: Assessment,
  lifecycle: ExtractedAssessment["lifecycle"],
  earlier: Assessment | undefined,
): Issue<EdiIssueCode> | undefined {
  const servType = message.servType?.v?.toUpperCase();
  if (servType !== undefined && SERV_TYPES[servType as keyof typeof SERV_TYPES] !== lifecycle) {
    return EDI_ISSUES.issue("correction_mismatch", ["ServRprt", "ServType"], { reason: "servtype" });
  }
  if (message.documentId !== undefined && message.documentId.trim() !== a.id) {
    return EDI_ISSUES.issue("correction_mismatch", ["documentId"], { reason: "document" });
  }
  const carried = a.amendments ?? [];
  if (carried.slice(0, -1).some((x) => x.kind === "cancellation")) {
    return EDI_ISSUES.issue("correction_mismatch", ["amendments"], { reason: "history" });
  }
  if (earlier === undefined) {
    return undefined;
  }
  const before = earlier.amendments ?? [];
  for (let i = 0; i < Math.min(before.length, carried.length); i++) {
    if (!sameAmendment(before[i] as Amendment, carried[i])) {
      return EDI_ISSUES.issue("correction_mismatch", ["amendments"], { reason: "history" });
    }
  }
  // The same version again is a duplicate (harmless); an older one would bring back what was corrected.
  return carried.length < before.length ? EDI_ISSUES.issue("outdated_correction", ["amendments"]) : undefined;
}

/**
 * Recovers the assessment from the first note that carries this SDK's data table (Dialogmelding `TekstNotatInnhold`
 * or Epikrise `InfItem/Observation/Description`), says whether it is new, a change or a cancellation, and checks a
 * correction against the message and the stored version (see the file comment's rules). Test numbers are allowed
 * when `options.allowTestNumbers` says so, or else when `parseMessage` was told `allowTestNumbers` (one option).
 * A first version that is stored already, unchanged, is a duplicate: success, with `replaces` the stored one.
 * @example
 * ```ts
 * const parsed = parseMessage(xml, { allowTestNumbers: true });
 * if (parsed.success) {
 *   const found = extractAssessment(parsed.data, { stored: (id) => db.current(id) });
 *   if (found.success && found.data !== null && !found.data.redacted) db.save(found.data.assessment);
 * }
 * ```
 */
export function extractAssessment(message: ParsedMessage, options: ExtractOptions = {}): ExtractResult {
  const noteIndex = message.notes.findIndex((n) => n.dataRows !== undefined);
  const rows = message.notes[noteIndex]?.dataRows;
  if (rows === undefined) {
    return { success: true, data: null };
  }
  const allowTestNumbers = options.allowTestNumbers ?? message.allowTestNumbers === true;
  const read = readNoteData(rows, { allowTestNumbers });
  if (!read.success) {
    return { success: false, error: read.error, noteIndex };
  }
  const a = read.data.assessment;
  const lifecycle = lifecycleOf(a);
  const earlier = options.stored?.(a.id);
  const issue = correctionIssue(message, a, lifecycle, earlier);
  if (issue !== undefined) {
    return { success: false, error: new ValidationError([issue]), noteIndex };
  }
  return {
    success: true,
    data: { ...read.data, noteIndex, lifecycle, ...(earlier === undefined ? {} : { replaces: earlier }) },
  };
}
