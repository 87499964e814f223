/**
 * `pfh validate` of a FHIR QuestionnaireResponse: loaded only for FHIR, so validating JSON assessments does not load
 * the FHIR package and the form definitions.
 */
import {
  fromQuestionnaireResponse,
  PRE_VISIT_FORM,
  type Questionnaire,
  questionnaireUrl,
  toQuestionnaire,
} from "@pakkeforlop-hjem/fhir";
import { FORMS } from "@pakkeforlop-hjem/instruments";
import { type Issue, isSdkError } from "@pakkeforlop-hjem/model/validator";
import { CLI_ISSUES } from "../cli-issues.ts";
import { invalid } from "../errors.ts";
import type { Result, Settings } from "./validate-result.ts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The shipped Questionnaire a response names (`url|version`), in the dialect its answers are written in. */
function shippedQuestionnaires(response: Record<string, unknown>): Questionnaire[] {
  const named = typeof response["questionnaire"] === "string" ? response["questionnaire"] : "";
  const [url, version] = named.split("|");
  const forms = [...FORMS, PRE_VISIT_FORM].filter(
    (f) => questionnaireUrl(f.id) === url && (version === undefined || f.version === version),
  );
  return forms.flatMap((f) => [
    toQuestionnaire(f, { dialect: "refero", lang: f.languages[0] ?? "nb" }),
    toQuestionnaire(f, { dialect: "sdc" }),
  ]);
}

/** Reads a response against the Questionnaire given, or the shipped ones it names; the fewest issues win. */
export function validateFhir(settings: Settings, doc: unknown): Result {
  if (!isObject(doc) || doc["resourceType"] !== "QuestionnaireResponse") {
    return { format: "fhir", issues: [CLI_ISSUES.issue("not_object", [])] };
  }
  const candidates = settings.questionnaire === undefined ? shippedQuestionnaires(doc) : [settings.questionnaire];
  if (candidates.length === 0) {
    throw invalid("no_questionnaire", {});
  }
  let best: readonly Issue<string>[] | undefined;
  for (const questionnaire of candidates) {
    let result: ReturnType<typeof fromQuestionnaireResponse>;
    try {
      result = fromQuestionnaireResponse(doc, { questionnaire });
    } catch (error) {
      if (isSdkError(error)) {
        throw invalid("bad_questionnaire", { detail: error.message });
      }
      throw error;
    }
    if (result.success) {
      const d = result.data;
      return {
        format: "fhir",
        issues: [],
        extra: {
          questionnaire: d.questionnaire,
          form: d.form.id,
          ...(d.distress === undefined
            ? {}
            : { distress: { score: d.distress.screening.score, aboveThreshold: d.distress.aboveThreshold } }),
          ...(d.symptoms === undefined ? {} : { symptoms: true }),
          ...(d.preVisit === undefined ? {} : { preVisit: { wantsToTalk: d.preVisit.wantsToTalk } }),
        },
      };
    }
    if (best === undefined || result.error.issues.length < best.length) {
      best = result.error.issues;
    }
  }
  return { format: "fhir", issues: best ?? [] };
}
