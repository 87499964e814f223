/**
 * The note-data codec: the machine-readable carrier of an assessment inside a dialogue note, beside the model it
 * carries (written by the renderers, read back by the message reader, so neither needs the other). Since issue 17
 * the edi builders carry the assessment in a JSON attachment instead and write this table only when asked
 * (`renderNoteXhtml(a, { includeData: true })`); the reader stays, so messages written with the table (in flight,
 * stored) stay readable.
 *
 * National messages allow only simple XHTML, so the carrier is a plain table at the end of the note: one row per
 * value of the assessment, the first cell its path (`patient.name.given`, `measures[0].id`), the second its JSON
 * literal (`"Kari"`, `6`, `true`; `[]` and `{}` for empty lists and objects). A reader finds the table by its class
 * (`pfh-data`) and its caption, and rebuilds the assessment losslessly with {@link readNoteData}. The codec reads
 * every carrier this SDK has written (format version {@link NOTE_DATA_VERSION}), whichever part of a message holds
 * it.
 *
 * Redaction (DOMAIN.md §1, consent per recipient): a note rendered for a recipient from whom parts are held back
 * carries that recipient's copy, a valid assessment with a `redaction` row (`redaction.reasons[0]`).
 * {@link readNoteData} returns it with `redacted: true`; it is never the complete document. Readers that predate
 * `redaction` refuse the row as an unknown field, so no reader can mistake a copy for the complete assessment.
 */
import type { Assessment } from "./assessment.ts";
import { defineIssues, type IssueMaker } from "./define-issues.ts";
import { type Issue, type SafeResult, ValidationError } from "./errors.ts";
import type { IssueCode, NoteDataIssueCode, NoteDataIssueParams } from "./issue-codes.ts";
import { type ParseOptions, safeParseAssessment } from "./validate.ts";

/**
 * The class of the carrier table.
 * @example
 * ```ts
 * const html = `<table class="${NOTE_DATA_CLASS}">`;
 * ```
 */
export const NOTE_DATA_CLASS = "pfh-data";

/**
 * The carrier format version, written in the table's caption. Readers refuse versions they do not know.
 * @example
 * ```ts
 * const caption = `pakkeforlop-hjem-sdk note-data ${NOTE_DATA_VERSION}`;
 * ```
 */
export const NOTE_DATA_VERSION = "1";

/** One row of the carrier: a path and the JSON literal of its value. */
export type NoteDataRow = readonly [path: string, json: string];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function walk(value: Json, path: string, out: NoteDataRow[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push([path, "[]"]);
    }
    for (let i = 0; i < value.length; i++) {
      walk(value[i] as Json, `${path}[${i}]`, out);
    }
  } else if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) {
      out.push([path, "{}"]);
    }
    for (const k of keys) {
      walk(value[k] as Json, path === "" ? k : `${path}.${k}`, out);
    }
  } else {
    out.push([path, JSON.stringify(value)]);
  }
}

/**
 * Flattens an assessment into carrier rows, in document order.
 * @example
 * ```ts
 * assessmentToNoteData(assessment)[0]; // ["schemaVersion", "\"1.0\""]
 * ```
 */
export function assessmentToNoteData(assessment: Assessment): NoteDataRow[] {
  const out: NoteDataRow[] = [];
  walk(assessment as unknown as Json, "", out);
  return out;
}

/**
 * The note-data carrier's issue maker: its codes ({@link NoteDataIssueParams}) with their texts, registered with
 * `formatIssue`. Paths point at a row and a cell: `["rows", 3, 0]` is the path cell of the fourth row.
 * @example
 * ```ts
 * formatIssue(NOTE_DATA_ISSUES.issue("note_data_conflict", ["rows", 3, 0]), "nb");
 * // "rows[3][0]: er i strid med en tidligere rad"
 * ```
 */
export const NOTE_DATA_ISSUES: IssueMaker<NoteDataIssueParams> = /* @__PURE__ */ defineIssues<NoteDataIssueParams>({
  note_data_path: {
    en: "is not a path this SDK writes",
    nb: "er ikke en sti denne SDK-en skriver",
    nn: "er ikkje ein sti denne SDK-en skriv",
  },
  note_data_value: {
    en: "is not a JSON literal",
    nb: "er ikke en JSON-verdi",
    nn: "er ikkje ein JSON-verdi",
  },
  note_data_conflict: {
    en: "conflicts with an earlier row",
    nb: "er i strid med en tidligere rad",
    nn: "er i strid med ei tidlegare rad",
  },
});

const issue: IssueMaker<NoteDataIssueParams>["issue"] = (code, path, ...params) =>
  NOTE_DATA_ISSUES.issue(code, path, ...params);

/** An assessment read back from a note's carrier. */
export interface CarriedAssessment {
  /** The assessment, valid under the model. */
  readonly assessment: Assessment;
  /**
   * `true` when the note carried a copy with parts left out for its recipient (`assessment.redaction` says why,
   * never what): never store it as the complete assessment.
   */
  readonly redacted: boolean;
}

/**
 * The result of {@link readNoteData}: the carried assessment, or the issues of the rows (note-data codes, paths
 * `["rows", row, cell]`) or of the rebuilt document (the model's codes, paths into the assessment).
 * @example
 * ```ts
 * const read: NoteReadResult = readNoteData(rows);
 * if (read.success && !read.data.redacted) save(read.data.assessment);
 * ```
 */
export type NoteReadResult = SafeResult<CarriedAssessment, IssueCode | NoteDataIssueCode>;

const SEGMENT = /^(?:\.?([A-Za-z][A-Za-z0-9-]*)|\[(0|[1-9][0-9]{0,3})\])/;

function parsePath(path: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  let rest = path;
  while (rest.length > 0) {
    const m = SEGMENT.exec(rest);
    if (m === null || (out.length === 0 && rest.startsWith("."))) {
      return undefined;
    }
    out.push(m[1] !== undefined ? m[1] : Number(m[2]));
    rest = rest.slice(m[0].length);
  }
  return out.length === 0 ? undefined : out;
}

/**
 * Rebuilds an assessment from carrier rows and validates it with the model. Rows are checked first (paths,
 * JSON literals, no two rows for one place); the rebuilt document then goes through `safeParseAssessment`.
 * @example
 * ```ts
 * const read = readNoteData(assessmentToNoteData(assessment));
 * if (read.success) use(read.data.assessment, { redacted: read.data.redacted });
 * else for (const i of read.error.issues) console.log(formatIssue(i, "nb"));
 * ```
 */
export function readNoteData(rows: readonly NoteDataRow[], options: ParseOptions = {}): NoteReadResult {
  const issues: Issue<NoteDataIssueCode>[] = [];
  const root: Record<string, unknown> = {};
  rows.forEach(([path, json], row) => {
    const segments = parsePath(path);
    if (segments === undefined) {
      issues.push(issue("note_data_path", ["rows", row, 0]));
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      issues.push(issue("note_data_value", ["rows", row, 1]));
      return;
    }
    if (typeof value === "object" && value !== null && Object.keys(value).length > 0) {
      issues.push(issue("note_data_value", ["rows", row, 1]));
      return;
    }
    let cur: Record<string | number, unknown> = root;
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i] as string | number;
      const nextIsIndex = typeof segments[i + 1] === "number";
      const existing = cur[seg];
      if (existing === undefined) {
        cur[seg] = nextIsIndex ? [] : {};
      } else if (typeof existing !== "object" || existing === null || Array.isArray(existing) !== nextIsIndex) {
        issues.push(issue("note_data_conflict", ["rows", row, 0]));
        return;
      }
      cur = cur[seg] as Record<string | number, unknown>;
    }
    const last = segments[segments.length - 1] as string | number;
    if (Object.hasOwn(cur, last)) {
      issues.push(issue("note_data_conflict", ["rows", row, 0]));
      return;
    }
    cur[last] = value;
  });
  if (issues.length > 0) {
    return { success: false, error: new ValidationError(issues) };
  }
  const result = safeParseAssessment(root, options);
  return result.success
    ? { success: true, data: { assessment: result.data, redacted: result.data.redaction !== undefined } }
    : result;
}
