/**
 * From form answers to the model: `answersToAssessment` builds an `Assessment` that the model's validator accepts;
 * `answersToDistress` and `answersToSymptoms` score the stand-alone instrument forms. Pure: everything the form does
 * not ask (ids, patient, organisation, the clock) comes from an explicit context, never from `Date.now()` or random ids.
 */
import {
  type Assessment,
  type ConsentEntry,
  type Diagnosis,
  type Issue,
  type Organisation,
  type ParseOptions,
  type Patient,
  type Professional,
  type SafeResult,
  SCHEMA_VERSION,
  SdkError,
  safeParseAssessment,
  TOPICS,
  ValidationError,
  type YesNo,
} from "@pakkeforlop-hjem/model";
import { answerIssue as issue } from "./answer-issues.ts";
import type { FormAnswers } from "./answers.ts";
import { isUnanswered } from "./answers.ts";
import type { FormDefinition } from "./form.ts";
import type { Instrument, InstrumentContent } from "./instrument.ts";
import type { InstrumentsIssue } from "./issues.ts";
import { findInstrumentContent } from "./registry.ts";
import { type DistressResponse, type DistressScore, type SymptomScore, scoreDistress, scoreSymptoms } from "./score.ts";
import type { ThresholdRule } from "./threshold-rule.ts";
import { validateAnswers } from "./validate-answers.ts";

/** What the form does not ask: ids, people, organisation, diagnosis and the clock. */
export interface AssessmentContext {
  /** Id of the assessment, chosen by the calling system. */
  readonly id: string;
  /** When the conversation took place: ISO date-time with zone. Also the time consent is recorded. */
  readonly conductedAt: string;
  readonly patient: Patient;
  readonly conductedBy: Professional;
  readonly organisation: Organisation;
  readonly diagnosis: Diagnosis;
  /** The region's threshold rule; default score ≥ 4 (DOMAIN.md §3). */
  readonly thresholdRule?: ThresholdRule;
  /** The instrument the form's thermometer uses, when it is not a shipped one (e.g. with licensed wording). */
  readonly instrument?: Instrument;
  /** Options for the final model validation (e.g. `allowTestNumbers` in test environments). */
  readonly parseOptions?: ParseOptions;
  /**
   * When the patient filled in the thermometer and problem list themselves before the visit (ISO date-time with zone,
   * not after `conductedAt`): the screening is marked as self-reported, and the conversation that records it confirmed
   * it with the patient (DOMAIN.md §5; issue 16). Pre-fill the form with `selfReportAnswers`. When the
   * conversation records no thermometer there is nothing to confirm and the assessment has no screening.
   */
  readonly selfReportedAt?: string;
}

function resolveInstrument(form: FormDefinition, given: Instrument | undefined, fn: string): InstrumentContent {
  const ref = form.instrument;
  if (ref === undefined) {
    throw new SdkError("invalid_argument", `${fn}: form ${form.id} names no instrument`);
  }
  if (given !== undefined) {
    if (given.id !== ref.id || given.version !== ref.version) {
      throw new SdkError(
        "invalid_argument",
        `${fn}: form ${form.id} uses ${ref.id}@${ref.version}, but instrument ${given.id}@${given.version} was passed`,
      );
    }
    return given;
  }
  const found = findInstrumentContent(ref.id, ref.version);
  if (found === undefined) {
    throw new SdkError(
      "invalid_argument",
      `${fn}: instrument ${ref.id}@${ref.version} is not shipped; pass it in the options`,
    );
  }
  return found;
}

const get = <T>(a: FormAnswers, key: string): T | undefined => {
  const v = a[key];
  return isUnanswered(v) ? undefined : (v as T);
};

const entries = (a: FormAnswers, key: string): readonly FormAnswers[] => get<readonly FormAnswers[]>(a, key) ?? [];

/** Drops keys whose value is `undefined`, as JSON would. */
function strip<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The thermometer answers of a form, or `undefined` when nothing of it is answered. The problem list may be answered
 * without a score (DOMAIN.md §3, §5 "the patient must say which challenges he/she feels"; issue 16): then `score` is
 * absent.
 */
function readDistress(instrument: InstrumentContent, a: FormAnswers): DistressResponse | undefined {
  const score = get<number>(a, "distress-score");
  const items: Record<string, YesNo> = {};
  if (instrument.answerFormat === "yes-no") {
    for (const it of instrument.items) {
      const v = get<YesNo>(a, `problem.${it.code}`);
      if (v !== undefined) {
        items[it.code] = v;
      }
    }
  } else {
    for (const c of instrument.categories) {
      for (const code of get<readonly string[]>(a, `problems.${c.code}`) ?? []) {
        items[code] = "yes";
      }
    }
  }
  const otherConcerns = get<string>(a, "other-concerns");
  if (score === undefined && Object.keys(items).length === 0 && otherConcerns === undefined) {
    return undefined;
  }
  return strip({ score, items, otherConcerns }) as DistressResponse;
}

function contact(name: string | undefined, extra: Record<string, string | undefined>) {
  return name === undefined ? undefined : strip({ name, ...extra });
}

/** The outcome: completed, or declined / not reached with what the form says about it (DOMAIN.md §1). */
function readOutcome(a: FormAnswers): Record<string, unknown> {
  const status = get<string>(a, "outcome");
  return status === "declined"
    ? strip({
        status,
        reason: get<string>(a, "decline-reason"),
        reasonText: get<string>(a, "decline-reason-text"),
        reofferOn: get<string>(a, "reoffer-on"),
      })
    : status === "not-reached"
      ? strip({ status, attempts: get<number>(a, "contact-attempts"), reofferOn: get<string>(a, "reoffer-on") })
      : { status };
}

/**
 * The topics with a status; a topic without one is left out ("not answered", DOMAIN.md §2). A topic the patient asked
 * to talk about before the visit (`wish-topics`, DOMAIN.md §5 Helsenorge) says so with `raisedBy: "patient"`.
 */
function readTopics(a: FormAnswers): Record<string, unknown> {
  const topics: Record<string, unknown> = {};
  const wished = new Set(get<readonly string[]>(a, "wish-topics") ?? []);
  for (const key of TOPICS.codes) {
    const topicStatus = get<string>(a, `topic.${key}.status`);
    if (topicStatus !== undefined) {
      const raisedBy = wished.has(key) ? "patient" : undefined;
      topics[key] = strip({
        status: topicStatus,
        note: get<string>(a, `topic.${key}.note`),
        patientNote: get<string>(a, `topic.${key}.patient-note`),
        raisedBy,
      });
    }
  }
  return topics;
}

/** Minor children and siblings (helsepersonelloven § 10a), when the question was answered. */
function readChildren(a: FormAnswers): Record<string, unknown> | undefined {
  const hasMinors = get<boolean>(a, "has-minors");
  return hasMinors === undefined
    ? undefined
    : strip({
        hasMinorChildrenOrSiblings: hasMinors,
        minors: entries(a, "minors").map((m) =>
          strip({
            relation: get<string>(m, "minor-relation"),
            age: get<number>(m, "minor-age"),
            situation: get<string>(m, "minor-situation"),
            informationGiven: get<boolean>(m, "minor-information-given"),
            followUp: get<string>(m, "minor-follow-up"),
          }),
        ),
        childResponsibleContact: contact(get<string>(a, "child-contact-name"), {
          phone: get<string>(a, "child-contact-phone"),
        }),
        note: get<string>(a, "children-note"),
      });
}

/** The measures in form order, with ids `m1`, `m2`, …. */
function readMeasures(a: FormAnswers): Record<string, unknown>[] {
  return entries(a, "measures").map((m, i) =>
    strip({
      id: `m${i + 1}`,
      description: get<string>(m, "measure-description"),
      topic: get<string>(m, "measure-topic"),
      responsible: strip({
        kind: get<string>(m, "measure-responsible"),
        unit: get<string>(m, "measure-unit"),
        contact: contact(get<string>(m, "measure-contact-name"), { phone: get<string>(m, "measure-contact-phone") }),
      }),
      dueOn: get<string>(m, "measure-due-on"),
      status: get<string>(m, "measure-status"),
    }),
  );
}

/** Consent per recipient, recorded at `conductedAt` by the professional who held the conversation (DOMAIN.md §1). */
function readConsent(a: FormAnswers, context: AssessmentContext): Record<string, unknown>[] {
  const recorded = { recordedAt: context.conductedAt, recordedBy: context.conductedBy.name };
  const consent: Record<string, unknown>[] = [];
  for (const [recipient, key] of [
    ["municipality", "consent-municipality"],
    ["gp", "consent-gp"],
  ] as const) {
    const value = get<string>(a, key);
    if (value !== undefined) {
      consent.push({ recipient, value, ...recorded });
    }
  }
  for (const o of entries(a, "consent-other")) {
    consent.push({
      recipient: "other",
      description: get<string>(o, "consent-other-recipient"),
      value: get<string>(o, "consent-other-value"),
      ...recorded,
    });
  }
  return consent;
}

/** The next step; "next interaction point" names the point after this one. */
function readNextStep(a: FormAnswers, ip: 1 | 2 | 3): Record<string, unknown> | undefined {
  const action = get<string>(a, "next-step-action");
  return action === undefined
    ? undefined
    : strip({
        action,
        interactionPoint: action === "next-interaction-point" ? ip + 1 : undefined,
        plannedOn: get<string>(a, "next-step-planned-on"),
        responsible: get<string>(a, "next-step-responsible"),
        note: get<string>(a, "next-step-note"),
      });
}

/**
 * Builds a model `Assessment` from the answers to a needs-assessment form and a context, then validates it with
 * the model (`safeParseAssessment`). Answers are validated first (`validateAnswers`); the thermometer is scored by
 * the context's threshold rule (DOMAIN.md §3); measures get ids `m1`, `m2`, … in order; consent is recorded at
 * `conductedAt` by the professional who held the conversation (DOMAIN.md §1).
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the form is not a needs-assessment form or its instrument cannot
 * be found (misuse, not data).
 * @example
 * ```ts
 * const result = answersToAssessment(NEEDS_ASSESSMENT_SP1, answers, {
 *   id: "a-1", conductedAt: "2026-03-02T10:00:00+01:00", patient, conductedBy, organisation, diagnosis,
 * });
 * if (result.success) send(result.data);
 * ```
 */
export function answersToAssessment(
  form: FormDefinition,
  answers: FormAnswers,
  context: AssessmentContext,
): SafeResult<Assessment, InstrumentsIssue | Issue> {
  const ip = form.interactionPoint;
  if (form.kind !== "needs-assessment" || ip === undefined) {
    throw new SdkError("invalid_argument", `answersToAssessment: form ${form.id} is not a needs-assessment form`);
  }
  const instrument = resolveInstrument(form, context.instrument, "answersToAssessment");
  const checked = validateAnswers(form, answers);
  if (!checked.success) {
    return { success: false, error: checked.error };
  }
  const a = answers;
  if (get<string>(a, "patient-age-group") !== context.patient.ageGroup) {
    const i = issue("context_mismatch", ["patient-age-group"], { field: "patient.ageGroup" });
    return { success: false, error: new ValidationError([i]) };
  }

  let distress: DistressScore["screening"] | undefined;
  const response = readDistress(instrument, a);
  if (response !== undefined) {
    // Without a number the screening has no score and no flag (issue 16).
    const scored = scoreDistress(
      instrument,
      response,
      context.thresholdRule === undefined ? {} : { rule: context.thresholdRule },
    );
    if (!scored.success) {
      return { success: false, error: scored.error };
    }
    distress = scored.data.screening;
    if (context.selfReportedAt !== undefined) {
      distress = { ...distress, selfReportedAt: context.selfReportedAt };
    }
  }

  const doc = strip({
    schemaVersion: SCHEMA_VERSION,
    id: context.id,
    interactionPoint: ip,
    outcome: readOutcome(a),
    conductedAt: context.conductedAt,
    mode: get<string>(a, "mode"),
    patient: context.patient,
    respondent: get<string>(a, "respondent"),
    participants: entries(a, "participants").map((p) =>
      strip({ kind: get<string>(p, "participant-kind"), relation: get<string>(p, "participant-relation") }),
    ),
    conductedBy: context.conductedBy,
    organisation: context.organisation,
    diagnosis: context.diagnosis,
    distress,
    whatMatters: get<string>(a, "what-matters"),
    topics: readTopics(a),
    children: readChildren(a),
    measures: readMeasures(a),
    contactPoint: contact(get<string>(a, "contact-point-name"), {
      role: get<string>(a, "contact-point-role"),
      unit: get<string>(a, "contact-point-unit"),
      phone: get<string>(a, "contact-point-phone"),
    }),
    consent: readConsent(a, context) as unknown as ConsentEntry[],
    nextStep: readNextStep(a, ip),
    notes: get<string>(a, "notes"),
  });
  return safeParseAssessment(doc, context.parseOptions ?? {});
}

/**
 * Scores the answers to a stand-alone thermometer form (DOMAIN.md §3), e.g. filled in by the patient before the
 * conversation, into the model's distress slot with category counts. The score is not required: a patient may mark
 * problems and decline the number (DOMAIN.md §5; issue 16), which gives `scored: false` with no score and no
 * threshold verdict. A form with nothing answered (no score, no problem, no other concern) is `answer_required` at
 * `distress-score`.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the form is not a thermometer form or its instrument cannot be
 * found.
 * @example
 * ```ts
 * const r = answersToDistress(THERMOMETER_LEGACY_FORM, { "distress-score": 6, "problem.sleep": "yes" });
 * if (r.success && r.data.scored) r.data.aboveThreshold; // true
 * const n = answersToDistress(THERMOMETER_LEGACY_FORM, { "problem.sleep": "yes" });
 * if (n.success) n.data.scored; // false: no number, no verdict
 * ```
 */
export function answersToDistress(
  form: FormDefinition,
  answers: FormAnswers,
  options: { readonly rule?: ThresholdRule; readonly instrument?: Instrument } = {},
): SafeResult<DistressScore, InstrumentsIssue> {
  if (form.kind !== "distress-thermometer") {
    throw new SdkError("invalid_argument", `answersToDistress: form ${form.id} is not a thermometer form`);
  }
  const instrument = resolveInstrument(form, options.instrument, "answersToDistress");
  const checked = validateAnswers(form, answers);
  if (!checked.success) {
    return { success: false, error: checked.error };
  }
  const response = readDistress(instrument, answers);
  if (response === undefined) {
    return { success: false, error: new ValidationError([issue("answer_required", ["distress-score"], {})]) };
  }
  return scoreDistress(instrument, response, options.rule === undefined ? {} : { rule: options.rule });
}

/**
 * Scores the answers to a symptom form (ESAS-r; DOMAIN.md §3, related instruments).
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the form is not a symptom-scale form or its instrument cannot be
 * found.
 * @example
 * ```ts
 * const r = answersToSymptoms(ESAS_R_FORM, { "symptom.pain": 4, "symptom.nausea": 1 });
 * if (r.success) r.data.total; // 5
 * ```
 */
export function answersToSymptoms(
  form: FormDefinition,
  answers: FormAnswers,
  options: { readonly instrument?: Instrument } = {},
): SafeResult<SymptomScore, InstrumentsIssue> {
  if (form.kind !== "symptom-scale") {
    throw new SdkError("invalid_argument", `answersToSymptoms: form ${form.id} is not a symptom-scale form`);
  }
  const instrument = resolveInstrument(form, options.instrument, "answersToSymptoms");
  const checked = validateAnswers(form, answers);
  if (!checked.success) {
    return { success: false, error: checked.error };
  }
  const items: Record<string, number> = {};
  for (const it of instrument.items) {
    const v = get<number>(answers, `symptom.${it.code}`);
    if (v !== undefined) {
      items[it.code] = v;
    }
  }
  const text = get<string>(answers, "symptom-other-text");
  const score = get<number>(answers, "symptom-other-score");
  return scoreSymptoms(
    instrument,
    text === undefined || score === undefined ? { items } : { items, other: { text, score } },
  );
}
