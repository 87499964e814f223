/**
 * The patient's own thermometer and problem list before the visit, carried into the conversation (issue 16;
 * DOMAIN.md §5 Helsenorge: "Pasienten må selv få si hvilke utfordringer han/hun kjenner på"). The stand-alone
 * thermometer forms and the needs-assessment forms share the thermometer's linkIds, so the patient's answers
 * pre-fill the conversation's form; the professional goes through them with the patient, and `answersToAssessment`
 * with `selfReportedAt` marks the screening as self-reported and confirmed by the conversation.
 */
import type { FormAnswers } from "./answers.ts";
import { isUnanswered } from "./answers.ts";

/** The linkIds the thermometer shares across forms (see instrument-form.ts). */
function isThermometerLinkId(linkId: string): boolean {
  return (
    linkId === "distress-score" ||
    linkId === "other-concerns" ||
    linkId.startsWith("problem.") ||
    linkId.startsWith("problems.")
  );
}

/**
 * The thermometer answers of the patient's own form (score, problem list, other concerns), as answers that pre-fill a
 * needs-assessment form. Everything else the form holds is left out, and so are unanswered items. Pass the time the
 * patient submitted as `selfReportedAt` to `answersToAssessment`, so the assessment says the screening is the
 * patient's own.
 * @example
 * ```ts
 * const own = { "distress-score": 6, "problem.sleep": "yes", "problem.worry": "no" };
 * el.preVisit = { ...agendaAnswers(agenda), ...selfReportAnswers(own) };
 * // after the conversation:
 * answersToAssessment(NEEDS_ASSESSMENT_SP1, answers, { ...context, selfReportedAt: "2026-03-02T18:00:00+01:00" });
 * ```
 */
export function selfReportAnswers(answers: FormAnswers): FormAnswers {
  const out: Record<string, FormAnswers[string]> = {};
  for (const [linkId, value] of Object.entries(answers)) {
    if (isThermometerLinkId(linkId) && !isUnanswered(value)) {
      out[linkId] = value;
    }
  }
  return out;
}
