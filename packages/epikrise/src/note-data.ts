/**
 * The machine-readable carrier inside a dialogue note (issue: "the XHTML is also the carrier for structured data").
 * National messages allow only simple XHTML, so the carrier is a plain table at the end of the note: one row per
 * value of the assessment, the first cell its path (`patient.name.given`, `measures[0].id`), the second its JSON
 * literal (`"Kari"`, `6`, `true`; `[]` and `{}` for empty lists and objects). A reader finds the table by its class
 * (`pfh-data`) and its caption, and rebuilds the assessment losslessly with {@link readNoteData}.
 *
 * Redaction (issue 9): a note rendered for a recipient from whom parts are held back carries that recipient's copy,
 * a valid assessment with a `redaction` row (`redaction.reasons[0]`). {@link readNoteData} returns it with
 * `redacted: true`; it is never the complete document. Readers that predate `redaction` refuse the row as an
 * unknown field, so no reader can mistake a copy for the complete assessment.
 */
import {
  type Assessment,
  createIssueFormatter,
  type Issue,
  type IssueCode,
  type ParseOptions,
  safeParseAssessment,
} from "@pakkeforlop-hjem/model";

/**
 * The class of the carrier table.
 * @example
 * ```ts
 * const table = renderNoteXhtml(assessment).includes(`class="${NOTE_DATA_CLASS}"`); // true
 * ```
 */
export const NOTE_DATA_CLASS = "pfh-data";

/**
 * The carrier format version, written in the table's caption. Readers refuse versions they do not know.
 * @example
 * ```ts
 * NOTE_DATA_TITLE.endsWith(NOTE_DATA_VERSION); // true
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

/** Codes of carrier problems. */
export type NoteDataIssueCode = "note_data_path" | "note_data_value" | "note_data_conflict";

const { issue } = createIssueFormatter<NoteDataIssueCode>({
  note_data_path: {
    en: () => "is not a path this SDK writes",
    nb: () => "er ikke en sti denne SDK-en skriver",
    nn: () => "er ikkje ein sti denne SDK-en skriv",
  },
  note_data_value: {
    en: () => "is not a JSON literal",
    nb: () => "er ikke en JSON-verdi",
    nn: () => "er ikkje ein JSON-verdi",
  },
  note_data_conflict: {
    en: () => "conflicts with an earlier row",
    nb: () => "er i strid med en tidligere rad",
    nn: () => "er i strid med ei tidlegare rad",
  },
});

/** The outcome of {@link readNoteData}. */
export type NoteReadResult =
  | {
      readonly kind: "assessment";
      readonly assessment: Assessment;
      /** The note carried a copy with parts left out for its recipient (issue 9): never the complete document. */
      readonly redacted?: boolean;
    }
  | { readonly kind: "invalid"; readonly issues: readonly Issue<IssueCode | NoteDataIssueCode>[] };

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
 * if (read.kind === "assessment") use(read.assessment);
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
    return { kind: "invalid", issues };
  }
  const result = safeParseAssessment(root, options);
  if (!result.success) {
    return { kind: "invalid", issues: result.error.issues };
  }
  return result.data.redaction === undefined
    ? { kind: "assessment", assessment: result.data }
    : { kind: "assessment", assessment: result.data, redacted: true };
}
