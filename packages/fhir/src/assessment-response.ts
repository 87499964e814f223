/**
 * Assessment → QuestionnaireResponse for one recipient (issue 9: every renderer, FHIR included, renders only what the
 * recipient may see, and says that something was held back without saying what; DOMAIN.md §1 "the patient decides
 * what is shared, and with whom").
 */
import type { FormDefinition, Instrument } from "@pakkeforlop-hjem/instruments";
import {
  type Assessment,
  displayOf,
  isCancelled,
  LANGS,
  type Lang,
  REDACTION_REASONS,
  recipientView,
  SdkError,
  type SharablePart,
} from "@pakkeforlop-hjem/model";
import { assessmentToAnswers } from "./assessment-to-answers.ts";
import type { Coding, Questionnaire, QuestionnaireResponse } from "./fhir-types.ts";
import { resolveForm } from "./from-response.ts";
import { toQuestionnaireResponse } from "./to-response.ts";
import { codeSystemUrl } from "./urls.ts";

/**
 * The system of the `meta.tag` that marks a recipient's copy: our own CodeSystem of the model's redaction reasons
 * (`consent`: held back at the patient's request; `minimisation`: left out because the recipient does not need it).
 * It says why parts are missing, never which.
 * @example
 * ```ts
 * qr.meta?.tag?.some((t) => t.system === REDACTION_REASON_SYSTEM); // true on a copy with parts left out
 * ```
 */
export const REDACTION_REASON_SYSTEM: string = codeSystemUrl("redaction-reason");

/**
 * The security label on every recipient's copy with parts left out: HL7 v3 ObservationValue `REDACTED`, the
 * standard FHIR label for "some information was removed". A receiver that knows no SDK code still sees it.
 * @example
 * ```ts
 * qr.meta?.security?.[0]?.code === REDACTED_SECURITY_LABEL.code; // "REDACTED"
 * ```
 */
export const REDACTED_SECURITY_LABEL: Coding = {
  system: "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
  code: "REDACTED",
  display: "redacted",
};

/** Options for {@link assessmentToQuestionnaireResponse}. */
export interface AssessmentToQuestionnaireResponseOptions {
  /** The Questionnaire to answer (either dialect, any language), made by `toQuestionnaire` from `form`. */
  readonly questionnaire: Questionnaire;
  /**
   * The form the Questionnaire was made from; default: the shipped form with the Questionnaire's url and version.
   * For a screening with the revised problem list, the form made with that instrument.
   */
  readonly form?: FormDefinition;
  /**
   * The delivery the response is for (issue 9): its `withhold` (the patient's consent) and `leaveOut` (the profile's
   * data minimisation) decide what is left out. A `Delivery` from the pathway's `route` fits. Without it, everything
   * is written (unless `withhold` says otherwise).
   */
  readonly delivery?: {
    readonly withhold?: readonly SharablePart[];
    readonly leaveOut?: readonly SharablePart[];
  };
  /** Parts to hold back in addition to the delivery's `withhold`. */
  readonly withhold?: readonly SharablePart[];
  /**
   * Parts to include although the delivery's `leaveOut` leaves them out: the explicit way to send more than the
   * profile says a recipient needs. It never brings back a part the patient's consent holds back.
   */
  readonly include?: readonly SharablePart[];
  /** When the answers were given (ISO date-time with zone); never taken from the clock. */
  readonly authored?: string;
  readonly id?: string;
  /** A reference to the patient, e.g. `Patient/123`. */
  readonly subject?: string;
  /** Language of the redaction tag's display; default the Questionnaire's language, else `nb`. */
  readonly lang?: Lang;
  /** The form's thermometer instrument, when it is not a shipped one. */
  readonly instrument?: Instrument;
}

function langOf(o: AssessmentToQuestionnaireResponseOptions): Lang {
  if (o.lang !== undefined) {
    return o.lang;
  }
  const q = o.questionnaire.language?.slice(0, 2);
  return LANGS.find((l) => l === q) ?? "nb";
}

/**
 * Writes an assessment as a QuestionnaireResponse to a needs-assessment Questionnaire (or a thermometer
 * Questionnaire: the screening), for one recipient (issue 9). It first makes the recipient's copy with the model's
 * `redactAssessment` (consent `withhold` from the delivery and the options, the profile's `leaveOut` minus
 * `include`; nothing brings back what consent holds back), then writes the copy's answers
 * ({@link assessmentToAnswers}, {@link toQuestionnaireResponse}). A part left out has no item at all; a required free
 * text held back reads `[…]`. A copy with parts left out carries, in `meta`, the security label `REDACTED`
 * ({@link REDACTED_SECURITY_LABEL}) and one tag per reason ({@link REDACTION_REASON_SYSTEM}: `consent`,
 * `minimisation`, display in nb/nn/en): that something was held back and why, never what. `status` is `amended`
 * for a corrected assessment and `entered-in-error` for a cancelled one, `completed` otherwise.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the Questionnaire or form does not fit the
 * assessment (see {@link assessmentToAnswers}).
 * @example
 * ```ts
 * const questionnaire = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "sdc" });
 * const [delivery] = route(assessment, profile).deliveries; // withhold/leaveOut for this recipient
 * const qr = assessmentToQuestionnaireResponse(assessment, { questionnaire, delivery, authored: assessment.conductedAt });
 * ```
 */
export function assessmentToQuestionnaireResponse(
  assessment: Assessment,
  options: AssessmentToQuestionnaireResponseOptions,
): QuestionnaireResponse {
  const q = options.questionnaire;
  if (typeof q !== "object" || q === null || q.resourceType !== "Questionnaire") {
    throw new SdkError(
      "invalid_argument",
      "assessmentToQuestionnaireResponse: options.questionnaire must be a Questionnaire",
    );
  }
  const form = resolveForm(q, options.form, "assessmentToQuestionnaireResponse");
  const copy = recipientView(assessment, options);
  const answers = assessmentToAnswers(
    form,
    copy,
    options.instrument === undefined ? {} : { instrument: options.instrument },
  );
  const status = isCancelled(assessment)
    ? "entered-in-error"
    : (assessment.amendments?.length ?? 0) > 0
      ? "amended"
      : "completed";
  const qr = toQuestionnaireResponse(q, answers, {
    status,
    ...(options.authored === undefined ? {} : { authored: options.authored }),
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.subject === undefined ? {} : { subject: options.subject }),
  });
  if (copy.redaction === undefined) {
    return qr;
  }
  const lang = langOf(options);
  const { resourceType, ...rest } = qr;
  return {
    resourceType,
    meta: {
      security: [REDACTED_SECURITY_LABEL],
      tag: copy.redaction.reasons.map(
        (r): Coding => ({ system: REDACTION_REASON_SYSTEM, code: r, display: displayOf(REDACTION_REASONS, r, lang) }),
      ),
    },
    ...rest,
  };
}
