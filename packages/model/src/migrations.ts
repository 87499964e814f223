/**
 * Schema versions and migrations. Every document carries `schemaVersion`; old documents are brought to the
 * current version by a chain of registered steps, each a pure function that loses no field.
 *
 * Version 0.9 is the draft shape used by the project's first pilots (flat fields, Norwegian channel codes,
 * booleans for consent). It is documented in docs/versioning.md and described by {@link AssessmentDraft09}.
 */
import type { Assessment, ConsentEntry, Topics } from "./assessment.ts";
import { TOPICS, type TopicKey } from "./code-lists.ts";
import { SCHEMA_VERSION } from "./constants.ts";
import type { Issue, IssueCode, SafeResult } from "./errors.ts";
import { ValidationError } from "./errors.ts";
import { classifyPersonNumber, IDENTIFIER_SYSTEMS } from "./identifiers.ts";
import { draft09Issues } from "./internal/draft09.ts";
import { capIssues } from "./issue-cap.ts";
import { MODEL_ISSUES } from "./messages.ts";
import { type ParseOptions, safeParseAssessment } from "./validate.ts";

/** The 0.9 draft shape (flat, pilot-era). Only read, never written. */
export interface AssessmentDraft09 {
  readonly schemaVersion: "0.9";
  readonly id: string;
  readonly sp: 1 | 2 | 3;
  readonly status: "done" | "declined" | "not-reached";
  readonly declineReason?: string;
  readonly reofferDate?: string;
  readonly date: string;
  readonly channel: "oppmote" | "video" | "telefon";
  readonly patient: {
    readonly fnr: string;
    readonly firstName: string;
    readonly lastName: string;
    readonly birthDate: string;
    readonly language: string;
    readonly interpreter: boolean;
    readonly digital: boolean;
    readonly child: boolean;
  };
  readonly respondent: string;
  readonly relatives: readonly string[];
  readonly clinician: {
    readonly name: string;
    readonly profession: string;
    readonly hpr?: string;
    readonly phone?: string;
  };
  readonly unit: { readonly name: string; readonly kind: string; readonly herId?: string };
  readonly icd10: string;
  readonly diagnosisText: string;
  readonly diagnosisDate: string;
  readonly thermometer?: { readonly score: number; readonly cutoff: number; readonly problems: readonly string[] };
  readonly whatMatters?: string;
  /** `need: null` meant "not discussed" in 0.9. */
  readonly topics: { readonly [K in TopicKey]?: { readonly need: boolean | null; readonly note?: string } };
  readonly measures: readonly {
    readonly text: string;
    readonly topic?: string;
    readonly responsible: string;
    readonly due?: string;
  }[];
  readonly consentMunicipality?: boolean;
  readonly consentGp?: boolean;
  readonly consentDate?: string;
  readonly consentBy?: string;
  readonly notes?: string;
}

/**
 * The instrument and rule that 0.9 drafts were scored with (the legacy thermometer, cut-off as recorded).
 * @example
 * ```ts
 * migrated.distress?.instrument; // DRAFT09_INSTRUMENT for every migrated 0.9 draft
 * ```
 */
export const DRAFT09_INSTRUMENT: { readonly id: "dt-legacy"; readonly version: "1.0" } = {
  id: "dt-legacy",
  version: "1.0",
};

/** One registered migration step. */
export interface MigrationStep {
  readonly from: string;
  readonly to: string;
  /** Pure; assumes the input has the `from` shape (checked before the step runs). */
  readonly migrate: (doc: unknown) => unknown;
  /** Checks the `from` shape and returns its issues. */
  readonly check: (doc: unknown) => Issue[];
}

const CHANNEL = { oppmote: "in-person", video: "video", telefon: "phone" } as const;

function migrate09(input: unknown): Assessment {
  const d = input as AssessmentDraft09;
  const kind = classifyPersonNumber(d.patient.fnr);
  const identifier = { system: kind === "dnr" ? IDENTIFIER_SYSTEMS.dnr : IDENTIFIER_SYSTEMS.fnr, value: d.patient.fnr };
  const topics: Record<string, { status: "not-discussed" | "no-need" | "need"; note?: string }> = {};
  for (const key of TOPICS.codes) {
    const t = d.topics[key];
    if (t !== undefined) {
      const status = t.need === null ? "not-discussed" : t.need ? "need" : "no-need";
      topics[key] = t.note === undefined ? { status } : { status, note: t.note };
    }
  }
  const consent: ConsentEntry[] = [];
  const recordedAt = d.consentDate ?? d.date;
  const recordedBy = d.consentBy ?? d.clinician.name;
  if (d.consentMunicipality !== undefined) {
    consent.push({
      recipient: "municipality",
      value: d.consentMunicipality ? "granted" : "declined",
      recordedAt,
      recordedBy,
    });
  }
  if (d.consentGp !== undefined) {
    consent.push({ recipient: "gp", value: d.consentGp ? "granted" : "declined", recordedAt, recordedBy });
  }
  const outcome: Assessment["outcome"] =
    d.status === "done"
      ? { status: "completed" }
      : d.status === "declined"
        ? {
            status: "declined",
            reason: (d.declineReason ?? "other") as "other",
            ...(d.reofferDate === undefined ? {} : { reofferOn: d.reofferDate }),
          }
        : { status: "not-reached", ...(d.reofferDate === undefined ? {} : { reofferOn: d.reofferDate }) };
  const out: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    id: d.id,
    interactionPoint: d.sp,
    outcome,
    conductedAt: d.date,
    mode: CHANNEL[d.channel],
    patient: {
      identifier,
      name: { given: d.patient.firstName, family: d.patient.lastName },
      birthDate: d.patient.birthDate,
      language: d.patient.language,
      interpreterNeeded: d.patient.interpreter,
      digital: d.patient.digital,
      ageGroup: d.patient.child ? "child" : "adult",
    },
    respondent: d.respondent,
    participants: d.relatives.map((name) => ({ kind: "relative", name })),
    conductedBy: {
      name: d.clinician.name,
      profession: d.clinician.profession,
      ...(d.clinician.hpr === undefined ? {} : { hpr: { system: IDENTIFIER_SYSTEMS.hpr, value: d.clinician.hpr } }),
      ...(d.clinician.phone === undefined ? {} : { phone: d.clinician.phone }),
    },
    organisation: {
      name: d.unit.name,
      kind: d.unit.kind,
      ...(d.unit.herId === undefined ? {} : { herId: { system: IDENTIFIER_SYSTEMS.her, value: d.unit.herId } }),
    },
    diagnosis: { code: d.icd10, text: d.diagnosisText, diagnosedOn: d.diagnosisDate },
    topics: topics as Topics,
    measures: d.measures.map((m, i) => ({
      id: `m${i + 1}`,
      description: m.text,
      ...(m.topic === undefined ? {} : { topic: m.topic }),
      responsible: { kind: m.responsible },
      ...(m.due === undefined ? {} : { dueOn: m.due }),
      status: "planned",
    })),
    consent,
  };
  if (d.thermometer !== undefined) {
    out["distress"] = {
      instrument: DRAFT09_INSTRUMENT,
      score: d.thermometer.score,
      period: "past-week-including-today",
      items: d.thermometer.problems.map((code) => ({ code, value: "yes" })),
      thresholdRule: { id: "score-at-or-above", version: "1.0", cutoff: d.thermometer.cutoff },
      aboveThreshold: d.thermometer.score >= d.thermometer.cutoff,
    };
  }
  if (d.whatMatters !== undefined) {
    out["whatMatters"] = d.whatMatters;
  }
  if (d.notes !== undefined) {
    out["notes"] = d.notes;
  }
  return out as unknown as Assessment;
}

/**
 * The registered migration steps, oldest first.
 * @example
 * ```ts
 * MIGRATIONS.map((step) => `${step.from} -> ${step.to}`); // ["0.9 -> 1.0"]
 * ```
 */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: "0.9",
    to: "1.0",
    migrate: migrate09,
    check: draft09Issues,
  },
];

/**
 * Every schema version `migrateAssessment` reads.
 * @example
 * ```ts
 * SUPPORTED_VERSIONS.includes(doc.schemaVersion);
 * ```
 */
// A literal, not derived from MIGRATIONS at module load: a top-level call would keep the migrations in every
// browser bundle. A test proves it equals the registered steps plus the current version.
export const SUPPORTED_VERSIONS: readonly string[] = ["0.9", SCHEMA_VERSION];

/**
 * Brings a document of any supported schema version to the current one and validates the result. A current
 * document is only validated. Unknown versions give an `unsupported_version` issue. A key the old shape does not
 * know (a misspelt or invented field) is an `unrecognized_key` issue, never dropped (issue 21): fix or remove it and
 * migrate again.
 * @example
 * ```ts
 * const result = migrateAssessment(oldDraft, { allowTestNumbers: true });
 * if (result.success) save(result.data); // schemaVersion "1.0"
 * ```
 */
export function migrateAssessment(input: unknown, options: ParseOptions = {}): SafeResult<Assessment, IssueCode> {
  let doc = input;
  for (;;) {
    const version =
      typeof doc === "object" && doc !== null ? (doc as { schemaVersion?: unknown }).schemaVersion : undefined;
    if (version === SCHEMA_VERSION) {
      return safeParseAssessment(doc, options);
    }
    const step = MIGRATIONS.find((m) => m.from === version);
    if (step === undefined) {
      return {
        success: false,
        error: new ValidationError([
          MODEL_ISSUES.issue("unsupported_version", ["schemaVersion"], { supported: SUPPORTED_VERSIONS }),
        ]),
      };
    }
    const issues = capIssues(step.check(doc), (omitted, limit) =>
      MODEL_ISSUES.issue("too_many_issues", [], { omitted, limit }),
    );
    if (issues.length > 0) {
      return { success: false, error: new ValidationError(issues) };
    }
    doc = step.migrate(doc);
  }
}
