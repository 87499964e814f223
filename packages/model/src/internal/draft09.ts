/**
 * The check of the 0.9 draft shape (docs/versioning.md "The 0.9 draft"), written without zod so that
 * `migrateAssessment` loads no schema library (issue 19: the main entry reaches no zod). It reports exactly what the
 * zod schema of the draft reported through `issuesFromZod` (a property test in `migrations.test.ts` runs both on
 * mutated drafts), and then every key the draft shape does not know (issue 21).
 */
import {
  DECLINE_REASONS,
  ORGANISATION_KINDS,
  PROFESSIONS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  TOPICS,
} from "../code-lists.ts";
import type { Issue, PathSegment } from "../errors.ts";
import { MODEL_ISSUES } from "../messages.ts";
import { suggestKey } from "./validator-runtime.ts";

/** A node of the draft shape. `optional` fields may be absent; every other one is required. */
export type DraftSpec =
  | { readonly t: "string" | "number" | "boolean" | "nullable-boolean" }
  | { readonly t: "enum"; readonly values: readonly (string | number)[] }
  /** A union of literals: reported without the expected values, as zod reported it. */
  | { readonly t: "union"; readonly values: readonly (string | number)[] }
  | { readonly t: "array"; readonly of: DraftSpec }
  | { readonly t: "object"; readonly shape: Readonly<Record<string, DraftField>> }
  /** A record of optional entries under known keys (zod's `partialRecord`). */
  | { readonly t: "record"; readonly keys: readonly string[]; readonly of: DraftSpec };

export interface DraftField {
  readonly spec: DraftSpec;
  readonly optional?: true;
}

const req = (spec: DraftSpec): DraftField => ({ spec });
const opt = (spec: DraftSpec): DraftField => ({ spec, optional: true });
const str: DraftSpec = { t: "string" };
const bool: DraftSpec = { t: "boolean" };
const num: DraftSpec = { t: "number" };
const oneOf = (values: readonly (string | number)[]): DraftSpec => ({ t: "enum", values });
const obj = (shape: Record<string, DraftField>): DraftSpec => ({ t: "object", shape });

let draft09: DraftSpec | undefined;
/**
 * The 0.9 draft shape (`AssessmentDraft09`), built on first use: a spec built at module level would stay in every
 * browser bundle of the model's main entry.
 */
export function draft09Spec(): DraftSpec {
  draft09 ??= buildDraft09();
  return draft09;
}

function buildDraft09(): DraftSpec {
  return obj({
    schemaVersion: req(oneOf(["0.9"])),
    id: req(str),
    sp: req({ t: "union", values: [1, 2, 3] }),
    status: req(oneOf(["done", "declined", "not-reached"])),
    declineReason: opt(oneOf(DECLINE_REASONS.codes)),
    reofferDate: opt(str),
    date: req(str),
    channel: req(oneOf(["oppmote", "video", "telefon"])),
    patient: req(
      obj({
        fnr: req(str),
        firstName: req(str),
        lastName: req(str),
        birthDate: req(str),
        language: req(str),
        interpreter: req(bool),
        digital: req(bool),
        child: req(bool),
      }),
    ),
    respondent: req(oneOf(RESPONDENTS.codes)),
    relatives: req({ t: "array", of: str }),
    clinician: req(obj({ name: req(str), profession: req(oneOf(PROFESSIONS.codes)), hpr: opt(str), phone: opt(str) })),
    unit: req(obj({ name: req(str), kind: req(oneOf(ORGANISATION_KINDS.codes)), herId: opt(str) })),
    icd10: req(str),
    diagnosisText: req(str),
    diagnosisDate: req(str),
    thermometer: opt(obj({ score: req(num), cutoff: req(num), problems: req({ t: "array", of: str }) })),
    whatMatters: opt(str),
    topics: req({ t: "record", keys: TOPICS.codes, of: obj({ need: req({ t: "nullable-boolean" }), note: opt(str) }) }),
    measures: req({
      t: "array",
      of: obj({
        text: req(str),
        topic: opt(oneOf(TOPICS.codes)),
        responsible: req(oneOf(RESPONSIBLE_PARTY_KINDS.codes)),
        due: opt(str),
      }),
    }),
    consentMunicipality: opt(bool),
    consentGp: opt(bool),
    consentDate: opt(str),
    consentBy: opt(str),
    notes: opt(str),
  });
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const received = (v: unknown): string => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);

function typeOk(spec: DraftSpec, v: unknown): boolean {
  switch (spec.t) {
    case "string":
      return typeof v === "string";
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "boolean":
      return typeof v === "boolean";
    case "nullable-boolean":
      return v === null || typeof v === "boolean";
    default:
      return true;
  }
}

const EXPECTED: Record<string, string> = {
  string: "string",
  number: "number",
  boolean: "boolean",
  "nullable-boolean": "boolean",
  array: "array",
  object: "object",
  record: "record",
};

/** The structural issues of `value` against `spec`, in the order zod reported them. */
export function shapeIssues(spec: DraftSpec, value: unknown, path: PathSegment[], out: Issue[]): void {
  if (value === undefined) {
    out.push(MODEL_ISSUES.issue("required", path, {}));
    return;
  }
  if (spec.t === "enum" || spec.t === "union") {
    if (!spec.values.includes(value as string | number)) {
      out.push(
        MODEL_ISSUES.issue("invalid_value", path, { expected: spec.t === "enum" ? spec.values.map(String) : [] }),
      );
    }
    return;
  }
  const fits =
    spec.t === "array"
      ? Array.isArray(value)
      : spec.t === "object" || spec.t === "record"
        ? isPlainObject(value)
        : typeOk(spec, value);
  if (!fits) {
    out.push(
      MODEL_ISSUES.issue("invalid_type", path, { expected: EXPECTED[spec.t] ?? spec.t, received: received(value) }),
    );
    return;
  }
  if (spec.t === "array") {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      shapeIssues(spec.of, items[i], [...path, i], out); // a hole is an absent item, as zod read it
    }
  } else if (spec.t === "object") {
    const o = value as Record<string, unknown>;
    for (const [k, field] of Object.entries(spec.shape)) {
      const v = Object.hasOwn(o, k) ? o[k] : undefined;
      if (!(v === undefined && field.optional === true)) {
        shapeIssues(field.spec, v, [...path, k], out);
      }
    }
  } else if (spec.t === "record") {
    const o = value as Record<string, unknown>;
    // Known keys in the input's order, then one issue per unknown key, as zod's record reported them.
    const unknown: string[] = [];
    for (const k of Object.keys(o)) {
      if (spec.keys.includes(k)) {
        shapeIssues(spec.of, o[k], [...path, k], out);
      } else {
        unknown.push(k);
      }
    }
    for (const _ of unknown) {
      out.push(MODEL_ISSUES.issue("unrecognized_key", path, {}));
    }
  }
}

/**
 * Issue 21: a key the draft shape does not know is never dropped silently. Each one is an `unrecognized_key` at the
 * object's path (the key itself is never echoed: it could be data), suggesting the known key it is a near-miss of
 * (`diagnosisDtae` → `diagnosisDate`). A record's unknown keys are reported by {@link shapeIssues}; their values are
 * still walked.
 */
export function unknownKeys(spec: DraftSpec, value: unknown, path: PathSegment[], out: Issue[]): void {
  if (typeof value !== "object" || value === null) {
    return;
  }
  if (spec.t === "array" && Array.isArray(value)) {
    value.forEach((v, i) => {
      unknownKeys(spec.of, v, [...path, i], out);
    });
  } else if (spec.t === "record" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      unknownKeys(spec.of, v, [...path, k], out);
    }
  } else if (spec.t === "object" && !Array.isArray(value)) {
    const known = new Set(Object.keys(spec.shape));
    for (const [k, v] of Object.entries(value)) {
      const field = Object.hasOwn(spec.shape, k) ? spec.shape[k] : undefined;
      if (field === undefined) {
        const didYouMean = suggestKey(k, known);
        out.push(MODEL_ISSUES.issue("unrecognized_key", path, didYouMean === undefined ? {} : { didYouMean }));
      } else {
        unknownKeys(field.spec, v, [...path, k], out);
      }
    }
  }
}

/** Every issue of a 0.9 draft: its shape first, then the keys it does not know. */
export function draft09Issues(doc: unknown): Issue[] {
  const out: Issue[] = [];
  shapeIssues(draft09Spec(), doc, [], out);
  unknownKeys(draft09Spec(), doc, [], out);
  return out;
}
