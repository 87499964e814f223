/**
 * The manifest of the conformance vectors (`vectors/manifest.json`, described by `vectors/manifest.schema.json`):
 * one entry per vector with its kind, inputs, options and expected result. Plain JSON, so any language can read it.
 */

/**
 * Version of the manifest format. Bumped when an existing field changes meaning.
 * @example
 * ```ts
 * if (loadVectors().manifest.format !== MANIFEST_FORMAT) throw new Error("update the runner");
 * ```
 */
export const MANIFEST_FORMAT = 1 as const;

/**
 * What a vector exercises. Each kind names one function of an implementation (see {@link Implementation}):
 * - `assessment-validation`: validate an assessment document → issues (`code` + `path`), empty when valid;
 * - `assessment-migration`: migrate an older document to the current schema version → issues or none;
 * - `identifier`: check a Norwegian identifier of a given kind → valid/reason, birth date, test-number family, 2032 rule;
 * - `person-number-class`: classify an 11-digit person number by its digits (FNR, D-, H-, FH-nummer);
 * - `person-number-birth-date`: the birth date encoded in a person number;
 * - `kith-id-type`: FHIR identifier system → KITH `TypeId` (kodeverk 8116/9051);
 * - `kith-id-system`: KITH `TypeId` code → FHIR identifier system;
 * - `epicrisis-text`, `note-text`, `note-xhtml`, `patient-letter`: rendered text for a language;
 * - `template-text`: the epicrisis text printed through a document template (issue 16 point 1);
 * - `helsefaglig-dialog`, `epikrise`: the XML message for fixed ids and clock, or the issues that stop it;
 * - `apprec`: the AppRec an incoming message is answered with, for fixed ids and clock;
 * - `extract-assessment`: the assessment an incoming message carries (its data attachment, or the old data table of
 *   messages written before it) → `{ assessment, redacted, lifecycle, carrier }`, or the issues that refuse it;
 * - `route`: the deliveries and withheld deliveries of an assessment under a profile;
 * - `scope`: whether a profile serves a patient, under which pilot, and why the other pilots did not take the patient
 *   (`inScope`; issue 16 point 3);
 * - `pathway`: events under a profile on a given day → status, issues, next actions, and the routing of each
 *   completed assessment;
 * - `questionnaire-response`: a QuestionnaireResponse answered with a shipped Questionnaire → status, draft, the
 *   pinned reference, the answers and scores, or the issues that refuse it (issue 20).
 */
export type VectorKind =
  | "assessment-validation"
  | "assessment-migration"
  | "identifier"
  | "person-number-class"
  | "person-number-birth-date"
  | "kith-id-type"
  | "kith-id-system"
  | "epicrisis-text"
  | "note-text"
  | "note-xhtml"
  | "patient-letter"
  | "template-text"
  | "helsefaglig-dialog"
  | "epikrise"
  | "apprec"
  | "extract-assessment"
  | "redaction"
  | "epikrise-correction"
  | "dialog-correction"
  | "route"
  | "scope"
  | "audit-trail"
  | "pathway"
  | "questionnaire-response";

/**
 * Every vector kind, in the order the manifest lists them.
 * @example
 * ```ts
 * VECTOR_KINDS.includes("pathway"); // true
 * ```
 */
export const VECTOR_KINDS: readonly VectorKind[] = [
  "assessment-validation",
  "assessment-migration",
  "identifier",
  "person-number-class",
  "person-number-birth-date",
  "kith-id-type",
  "kith-id-system",
  "epicrisis-text",
  "note-text",
  "note-xhtml",
  "patient-letter",
  "template-text",
  "helsefaglig-dialog",
  "epikrise",
  "apprec",
  "extract-assessment",
  "redaction",
  "epikrise-correction",
  "dialog-correction",
  "route",
  "scope",
  "audit-trail",
  "pathway",
  "questionnaire-response",
];

/** An expected issue: the stable code and the path to the value, as the SDK reports them. */
export interface ExpectedIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
}

/**
 * The expected result of a vector, one of:
 * - `{ file }`: a file under `vectors/` whose content must be produced exactly (text and XML: byte for byte,
 *   UTF-8, LF line endings; JSON: the same JSON value);
 * - `{ json }`: a JSON value the result must equal;
 * - `{ issues }`: the result is a rejection with exactly these issues (order does not matter); an empty list means
 *   "valid, no issues".
 */
export type Expected =
  | { readonly file: string }
  | { readonly json: unknown }
  | { readonly issues: readonly ExpectedIssue[] };

/** One vector of the manifest. */
export interface VectorEntry {
  /** Unique, stable id: `<kind>/<case>`. */
  readonly id: string;
  readonly kind: VectorKind;
  /** What the vector checks, in English. Never holds a personal value. */
  readonly description: string;
  /** Named input files, paths relative to `vectors/` (e.g. `{ "assessment": "inputs/assessments/x.json" }`). */
  readonly inputs?: Readonly<Record<string, string>>;
  /** A small inline input (identifier cases; the Questionnaire of a `questionnaire-response` vector). */
  readonly input?: Readonly<Record<string, unknown>>;
  /** Options passed to the function under test (language, allowTestNumbers, ids, clock, today, ...). */
  readonly options?: Readonly<Record<string, unknown>>;
  readonly expected: Expected;
  /** Where the input comes from: `examples/data/<file>` and the change made to it, or `hand-curated`. */
  readonly source?: string;
}

/** The manifest: format, the SDK and schema version that produced the expected results, and every vector. */
export interface Manifest {
  readonly $schema?: string;
  readonly format: typeof MANIFEST_FORMAT;
  /** The SDK version whose behaviour the vectors record. */
  readonly sdkVersion: string;
  /** The assessment `schemaVersion` the vectors are written for. */
  readonly schemaVersion: string;
  readonly vectors: readonly VectorEntry[];
}

/**
 * A loaded vector set: the manifest and the text of every file it names (paths relative to `vectors/`). Build one
 * with `loadVectors`, or by hand in an environment without a file system.
 */
export interface VectorSet {
  readonly manifest: Manifest;
  readonly files: Readonly<Record<string, string>>;
}
