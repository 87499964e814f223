/**
 * The note-data codec moved to the model package (`@pakkeforlop-hjem/model`), beside the assessment it carries, so
 * that a message reader can read the data without loading the renderers. These names stay here, deprecated, until
 * 1.0; they are the model's own functions and constants, not copies.
 */
import {
  NOTE_DATA_CLASS as MODEL_NOTE_DATA_CLASS,
  NOTE_DATA_VERSION as MODEL_NOTE_DATA_VERSION,
  type NoteDataIssueCode as ModelNoteDataIssueCode,
  type NoteDataRow as ModelNoteDataRow,
  type NoteReadResult as ModelNoteReadResult,
  assessmentToNoteData as modelAssessmentToNoteData,
  readNoteData as modelReadNoteData,
} from "@pakkeforlop-hjem/model";

/**
 * The class of the carrier table.
 * @deprecated Import `NOTE_DATA_CLASS` from `@pakkeforlop-hjem/model`; removed in 1.0.
 * @example
 * ```ts
 * const table = renderNoteXhtml(assessment, { includeData: true }).includes(`class="${NOTE_DATA_CLASS}"`); // true
 * ```
 */
export const NOTE_DATA_CLASS: typeof MODEL_NOTE_DATA_CLASS = MODEL_NOTE_DATA_CLASS;

/**
 * The carrier format version, written in the table's caption.
 * @deprecated Import `NOTE_DATA_VERSION` from `@pakkeforlop-hjem/model`; removed in 1.0.
 * @example
 * ```ts
 * NOTE_DATA_TITLE.endsWith(NOTE_DATA_VERSION); // true
 * ```
 */
export const NOTE_DATA_VERSION: typeof MODEL_NOTE_DATA_VERSION = MODEL_NOTE_DATA_VERSION;

/**
 * One row of the carrier: a path and the JSON literal of its value.
 * @deprecated Import `NoteDataRow` from `@pakkeforlop-hjem/model`; removed in 1.0.
 */
export type NoteDataRow = ModelNoteDataRow;

/**
 * Codes of carrier problems.
 * @deprecated Import `NoteDataIssueCode` from `@pakkeforlop-hjem/model`; removed in 1.0.
 */
export type NoteDataIssueCode = ModelNoteDataIssueCode;

/**
 * The result of {@link readNoteData}: a `SafeResult` with `data: { assessment, redacted }`.
 * @deprecated Import `NoteReadResult` from `@pakkeforlop-hjem/model`; removed in 1.0.
 */
export type NoteReadResult = ModelNoteReadResult;

/**
 * Flattens an assessment into carrier rows, in document order.
 * @deprecated Import `assessmentToNoteData` from `@pakkeforlop-hjem/model`; removed in 1.0.
 * @example
 * ```ts
 * assessmentToNoteData(assessment)[0]; // ["schemaVersion", "\"1.0\""]
 * ```
 */
export const assessmentToNoteData: typeof modelAssessmentToNoteData = modelAssessmentToNoteData;

/**
 * Rebuilds an assessment from carrier rows and validates it with the model.
 * @deprecated Import `readNoteData` from `@pakkeforlop-hjem/model`; removed in 1.0.
 * @example
 * ```ts
 * const read = readNoteData(assessmentToNoteData(assessment));
 * if (read.success) use(read.data.assessment);
 * ```
 */
export const readNoteData: typeof modelReadNoteData = modelReadNoteData;
