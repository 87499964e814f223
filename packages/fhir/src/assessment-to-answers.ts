/**
 * Assessment → form answers: the inverse of the instruments' `answersToAssessment` (needs-assessment forms) and
 * `answersToDistress` (thermometer forms), keyed by the forms' linkIds (which are API, see instruments'
 * `needs-assessment-form.ts` and `instrument-form.ts`). With it an assessment can be written as a
 * QuestionnaireResponse ({@link assessmentToQuestionnaireResponse}).
 */
import {
  type AnswerValue,
  type FormAnswers,
  type FormDefinition,
  findInstrument,
  type Instrument,
} from "@pakkeforlop-hjem/instruments";
import { type Assessment, type ConsentEntry, type Contact, SdkError, TOPICS } from "@pakkeforlop-hjem/model";

type Answers = Record<string, AnswerValue>;

/** Sets a key only when the value is present, as `answersToAssessment` reads only answered items. */
function put(out: Answers, key: string, value: AnswerValue | undefined): void {
  if (value !== undefined) {
    out[key] = value;
  }
}

function instrumentOf(form: FormDefinition, given: Instrument | undefined): Instrument {
  const ref = form.instrument;
  if (ref === undefined) {
    throw new SdkError("invalid_argument", `assessmentToAnswers: form ${form.id} names no instrument`);
  }
  if (given !== undefined && given.id === ref.id && given.version === ref.version) {
    return given;
  }
  const found = findInstrument(ref.id, ref.version);
  if (found === undefined) {
    throw new SdkError(
      "invalid_argument",
      `assessmentToAnswers: instrument ${ref.id}@${ref.version} is not shipped; pass it in the options`,
    );
  }
  return found;
}

/** The thermometer answers of a screening (DOMAIN.md §3): the score, the problem list, other concerns. */
function distressAnswers(out: Answers, form: FormDefinition, a: Assessment, given: Instrument | undefined): void {
  const d = a.distress;
  if (d === undefined) {
    return;
  }
  const instrument = instrumentOf(form, given);
  if (d.instrument.id !== instrument.id || d.instrument.version !== instrument.version) {
    throw new SdkError(
      "invalid_argument",
      `assessmentToAnswers: the screening uses ${d.instrument.id}@${d.instrument.version}, form ${form.id} uses ${instrument.id}@${instrument.version}; pick the form of the screening's instrument`,
    );
  }
  // Issue 16: a problem list answered without a number has no score to prefill.
  if (d.score !== undefined) {
    out["distress-score"] = d.score;
  }
  const known = new Map(instrument.items.map((i) => [i.code, i]));
  if (instrument.answerFormat === "yes-no") {
    for (const it of d.items) {
      if (known.has(it.code) && (it.value === "yes" || it.value === "no")) {
        out[`problem.${it.code}`] = it.value;
      }
    }
  } else {
    const yes = new Set(d.items.filter((i) => i.value === "yes").map((i) => i.code));
    for (const c of instrument.categories) {
      const codes = instrument.items.filter((i) => i.category === c.code && yes.has(i.code)).map((i) => i.code);
      if (codes.length > 0) {
        out[`problems.${c.code}`] = codes;
      }
    }
  }
  put(out, "other-concerns", d.otherConcerns);
}

function contactAnswers(out: Answers, prefix: string, c: Contact | undefined, extra: readonly string[]): void {
  if (c === undefined) {
    return;
  }
  out[`${prefix}-name`] = c.name;
  for (const k of extra) {
    put(out, `${prefix}-${k}`, c[k as keyof Contact]);
  }
}

/** The latest consent entry of a recipient (the one that decides, as in the model's `consentWithhold`). */
function latest(consent: readonly ConsentEntry[], recipient: "municipality" | "gp"): ConsentEntry | undefined {
  let best: ConsentEntry | undefined;
  for (const e of consent) {
    if (e.recipient === recipient && (best === undefined || e.recordedAt >= best.recordedAt)) {
      best = e;
    }
  }
  return best;
}

function needsAssessmentAnswers(form: FormDefinition, a: Assessment, instrument: Instrument | undefined): Answers {
  if (form.interactionPoint !== a.interactionPoint) {
    throw new SdkError(
      "invalid_argument",
      `assessmentToAnswers: form ${form.id} is for interaction point ${String(form.interactionPoint)}, the assessment for ${a.interactionPoint}`,
    );
  }
  const out: Answers = {};
  const o = a.outcome;
  out["outcome"] = o.status;
  if (o.status === "declined") {
    out["decline-reason"] = o.reason;
    put(out, "decline-reason-text", o.reasonText);
    put(out, "reoffer-on", o.reofferOn);
  } else if (o.status === "not-reached") {
    put(out, "contact-attempts", o.attempts);
    put(out, "reoffer-on", o.reofferOn);
  }
  out["mode"] = a.mode;
  out["patient-age-group"] = a.patient.ageGroup;
  out["respondent"] = a.respondent;
  if (a.participants.length > 0) {
    out["participants"] = a.participants.map((p) => {
      const e: Answers = { "participant-kind": p.kind };
      put(e, "participant-relation", p.relation);
      return e;
    });
  }
  distressAnswers(out, form, a, instrument);
  put(out, "what-matters", a.whatMatters);
  // The topics the patient raised before the visit (issue 16) are the pre-visit form's `wish-topics`.
  const wished = TOPICS.codes.filter((key) => a.topics[key]?.raisedBy === "patient");
  if (wished.length > 0) {
    out["wish-topics"] = wished;
  }
  for (const key of TOPICS.codes) {
    const t = a.topics[key];
    if (t !== undefined) {
      out[`topic.${key}.status`] = t.status;
      put(out, `topic.${key}.note`, t.note);
      put(out, `topic.${key}.patient-note`, t.patientNote);
    }
  }
  const c = a.children;
  if (c !== undefined) {
    out["has-minors"] = c.hasMinorChildrenOrSiblings;
    if (c.minors.length > 0) {
      out["minors"] = c.minors.map((m) => {
        const e: Answers = {
          "minor-relation": m.relation,
          "minor-age": m.age,
          "minor-information-given": m.informationGiven,
        };
        put(e, "minor-situation", m.situation);
        put(e, "minor-follow-up", m.followUp);
        return e;
      });
    }
    contactAnswers(out, "child-contact", c.childResponsibleContact, ["phone"]);
    put(out, "children-note", c.note);
  }
  if (a.measures.length > 0) {
    out["measures"] = a.measures.map((m) => {
      const e: Answers = {
        "measure-description": m.description,
        "measure-responsible": m.responsible.kind,
        "measure-status": m.status,
      };
      put(e, "measure-topic", m.topic);
      put(e, "measure-unit", m.responsible.unit);
      contactAnswers(e, "measure-contact", m.responsible.contact, ["phone"]);
      put(e, "measure-due-on", m.dueOn);
      return e;
    });
  }
  contactAnswers(out, "contact-point", a.contactPoint, ["role", "unit", "phone"]);
  put(out, "consent-municipality", latest(a.consent, "municipality")?.value);
  put(out, "consent-gp", latest(a.consent, "gp")?.value);
  const others = a.consent.flatMap((e) =>
    e.recipient === "other" ? [{ "consent-other-recipient": e.description, "consent-other-value": e.value }] : [],
  );
  if (others.length > 0) {
    out["consent-other"] = others;
  }
  const n = a.nextStep;
  if (n !== undefined) {
    out["next-step-action"] = n.action;
    put(out, "next-step-planned-on", n.plannedOn);
    put(out, "next-step-responsible", n.responsible);
    put(out, "next-step-note", n.note);
  }
  put(out, "notes", a.notes);
  return out;
}

/** Options for {@link assessmentToAnswers}. */
export interface AssessmentToAnswersOptions {
  /** The form's thermometer instrument, when it is not a shipped one (licensed wording). */
  readonly instrument?: Instrument;
}

/**
 * Writes an assessment as the answers to a form: the inverse of the instruments' `answersToAssessment` for the
 * needs-assessment forms (SP1–SP3) and of `answersToDistress` for the thermometer forms (the assessment's screening),
 * keyed by the forms' linkIds. What the form does not ask is not written: ids, patient, professional, organisation,
 * diagnosis, the clock and the threshold rule (the `AssessmentContext` of `answersToAssessment`), participants'
 * names, the contact persons' role and unit of a measure or child contact, consent's `recordedAt`/`recordedBy` and
 * `withhold`, amendments and `redaction`; problem-list items the form's instrument does not have are skipped (the
 * revised list records only the problems answered yes). Parts absent from the assessment (a recipient's copy) stay
 * unanswered. The answers are not validated: `validateAnswers` them when they must fit the form.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the form is neither a needs-assessment nor a
 * thermometer form, is for another interaction point, or its thermometer is not the screening's instrument.
 * @example
 * ```ts
 * const answers = assessmentToAnswers(NEEDS_ASSESSMENT_SP1, assessment);
 * answersToAssessment(NEEDS_ASSESSMENT_SP1, answers, context); // the same assessment again
 * ```
 */
export function assessmentToAnswers(
  form: FormDefinition,
  assessment: Assessment,
  options: AssessmentToAnswersOptions = {},
): FormAnswers {
  if (form.kind === "needs-assessment" && form.interactionPoint !== undefined) {
    return needsAssessmentAnswers(form, assessment, options.instrument);
  }
  if (form.kind === "distress-thermometer") {
    const out: Answers = {};
    distressAnswers(out, form, assessment, options.instrument);
    return out;
  }
  throw new SdkError(
    "invalid_argument",
    `assessmentToAnswers: form ${form.id} is neither a needs-assessment nor a thermometer form`,
  );
}
