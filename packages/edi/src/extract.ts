/**
 * Reading the assessment back from a message this SDK wrote (ARCHITECTURE.md "Receiving side": XML --edi.parse-->
 * envelope + note + attachments --extract--> Assessment). Two carriers, read in this order (issue 17 point 1):
 * 1. the data attachment (`data-attachment.ts`): a `RefDoc` with `application/json` and the schema URL, the
 *    assessment's JSON in a `Base64Container`. Every message this SDK builds now carries it;
 * 2. the old data table at the end of a note (`table.pfh-data`, path / JSON rows; the model's note-data codec,
 *    `readNoteData`), which messages built before it carry: messages in flight and stored ones stay readable.
 * The attachment wins. When a message carries the assessment more than once (an attachment and a table, as a sender
 * in transition may write, or two attachments), every copy is read and they must be the same assessment, else
 * `data_carriers_disagree` and nothing is taken: two different machine copies of one note mean a fault somewhere,
 * and the note the clinician reads is the safe source then.
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
  type SafeResult,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import { isDataAttachment, readDataAttachment } from "./data-attachment.ts";
import { EDI_ISSUES, type EdiIssueCode } from "./issues.ts";
import type { ParsedMessage } from "./parse.ts";

/** An assessment read back from a message. */
export interface ExtractedAssessment extends CarriedAssessment {
  /**
   * Which note of `message.notes` the assessment belongs to: the note whose data table carried it, or, for the data
   * attachment, the message's first note (`0`).
   */
  readonly noteIndex: number;
  /** Which of `message.attachments` carried it; absent when a note's old data table did (messages before issue 17). */
  readonly attachmentIndex?: number;
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
 * - `{ success: true, data: { assessment, noteIndex, attachmentIndex?, redacted, lifecycle, replaces? } }`: the
 *   message carried an assessment written by this SDK, and it is valid. `redacted: true` marks a recipient's copy
 *   with parts held back: never store it as the complete assessment.
 * - `{ success: true, data: null }`: the message carries no data of this SDK (no data attachment, no `pfh-data`
 *   table). Not an error: most messages an inbox receives are written by people and other systems.
 * - `{ success: false, error, noteIndex, attachmentIndex? }`: the message carried one, but it is broken (the
 *   attachment's `data_attachment_unreadable`, note-data codes for table rows, the model's codes for the assessment),
 *   its copies disagree (`data_carriers_disagree`), or it does not fit the message or the stored version
 *   (`correction_mismatch`, `outdated_correction`).
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
      /** Which note of `message.notes` the broken data belong to (as in {@link ExtractedAssessment}). */
      readonly noteIndex: number;
      /** Which of `message.attachments` carried the broken data, when an attachment did. */
      readonly attachmentIndex?: number;
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

type ExtractIssueCode = IssueCode | NoteDataIssueCode | EdiIssueCode;

/** A JSON value compared by content: arrays in order, object keys in any order. */
function sameJson(x: unknown, y: unknown): boolean {
  if (x === y) {
    return true;
  }
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) {
    return false;
  }
  if (Array.isArray(x) !== Array.isArray(y)) {
    return false;
  }
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

/** Where the assessment came from: the attachment or note it was read from, and what was read. */
interface Carried {
  readonly noteIndex: number;
  readonly attachmentIndex?: number;
  readonly read: SafeResult<Assessment, ExtractIssueCode>;
}

/**
 * Reads every carrier of the message, the data attachments first, then the notes' data tables (file comment), and
 * returns the first, or `undefined` when there is none. When there are more, they must all be read and be the same
 * assessment: otherwise the first carrier's own issues when it is broken, else `data_carriers_disagree`.
 */
function readCarriers(message: ParsedMessage, options: ParseOptions): Carried | undefined {
  const found: Carried[] = [];
  message.attachments.forEach((attachment, attachmentIndex) => {
    if (isDataAttachment(attachment)) {
      found.push({ noteIndex: 0, attachmentIndex, read: readDataAttachment(attachment, attachmentIndex, options) });
    }
  });
  message.notes.forEach((note, noteIndex) => {
    // Only the first table counts, as before issue 17; a message never carried two.
    if (note.dataRows !== undefined && !found.some((c) => c.attachmentIndex === undefined)) {
      const read = readNoteData(note.dataRows, options);
      found.push({ noteIndex, read: read.success ? { success: true, data: read.data.assessment } : read });
    }
  });
  const [first, ...others] = found;
  if (first === undefined || others.length === 0 || !first.read.success) {
    return first;
  }
  const agreed = first.read.data;
  if (others.every((c) => c.read.success && sameJson(c.read.data, agreed))) {
    return first;
  }
  const at = first.attachmentIndex === undefined ? ["notes", first.noteIndex] : ["attachments", first.attachmentIndex];
  const issue = EDI_ISSUES.issue("data_carriers_disagree", at);
  return { ...first, read: { success: false, error: new ValidationError<Issue<ExtractIssueCode>>([issue]) } };
}

/**
 * Recovers the assessment a message of this SDK carries: from its data attachment, else (older messages) from the
 * first note with this SDK's data table (Dialogmelding `TekstNotatInnhold` or Epikrise
 * `InfItem/Observation/Description`); copies must agree. Says whether it is new, a change or a cancellation, and
 * checks a correction against the message and the stored version (see the file comment's rules). Test numbers are allowed
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
  const allowTestNumbers = options.allowTestNumbers ?? message.allowTestNumbers === true;
  const carried = readCarriers(message, { allowTestNumbers });
  if (carried === undefined) {
    return { success: true, data: null };
  }
  const { noteIndex, attachmentIndex, read } = carried;
  const where = attachmentIndex === undefined ? { noteIndex } : { noteIndex, attachmentIndex };
  if (!read.success) {
    return { success: false, error: read.error, ...where };
  }
  const a = read.data;
  const lifecycle = lifecycleOf(a);
  const earlier = options.stored?.(a.id);
  const issue = correctionIssue(message, a, lifecycle, earlier);
  if (issue !== undefined) {
    return { success: false, error: new ValidationError([issue]), ...where };
  }
  return {
    success: true,
    data: {
      assessment: a,
      redacted: a.redaction !== undefined,
      ...where,
      lifecycle,
      ...(earlier === undefined ? {} : { replaces: earlier }),
    },
  };
}
