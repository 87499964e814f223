/**
 * Issue codes and texts of the FHIR package, on the model's error model (`createIssueFormatter`): every issue is
 * `{ code, path, message, params }`, its path points into the QuestionnaireResponse (`item[0].answer[0]`), and its
 * nb/nn/en text is written from the code and params only, so no answer can leak into a message.
 */
import {
  createIssueFormatter,
  type Issue,
  type IssueFormatter,
  type IssueTemplates,
  type Lang,
} from "@pakkeforlop-hjem/model";

/**
 * Every issue code this package reports (codes are API: adding one is minor, renaming or removing one is major).
 *
 * - `not_a_response`: the input is not a QuestionnaireResponse.
 * - `questionnaire_mismatch`: the response names another Questionnaire url.
 * - `version_mismatch`: the response names another version of the Questionnaire (`url|version`).
 * - `unknown_link_id`: an item's linkId is not in the Questionnaire (or not at that place).
 *
 * Messages never repeat a value from the response (not even an unknown linkId, url or version): they name the
 * Questionnaire's own linkIds, expected values and the location only.
 * - `wrong_answer_type`: an answer has the wrong value type, or there are several answers (or items) where one is
 *   allowed.
 * - `unknown_code`: a coded answer is not one of the item's answer options (system and code).
 */
export type FhirIssueCode =
  | "not_a_response"
  | "questionnaire_mismatch"
  | "version_mismatch"
  | "unknown_link_id"
  | "wrong_answer_type"
  | "unknown_code";

const s = (v: unknown): string => String(v);

const TEMPLATES: IssueTemplates<FhirIssueCode> = {
  not_a_response: {
    en: () => "is not a QuestionnaireResponse; pass a FHIR R4 QuestionnaireResponse resource",
    nb: () => "er ikke et utfylt skjema (QuestionnaireResponse)",
    nn: () => "er ikkje eit utfylt skjema (QuestionnaireResponse)",
  },
  questionnaire_mismatch: {
    en: (p) => `names another Questionnaire than "${s(p["expected"])}"; map it with its own Questionnaire`,
    nb: () => "svaret hører til et annet skjema",
    nn: () => "svaret høyrer til eit anna skjema",
  },
  version_mismatch: {
    en: (p) =>
      `was answered with another version of the Questionnaire than "${s(p["expected"])}"; map it with the Questionnaire version it was answered with`,
    nb: (p) => `svaret gjelder en annen versjon av skjemaet enn ${s(p["expected"])}`,
    nn: (p) => `svaret gjeld ein annan versjon av skjemaet enn ${s(p["expected"])}`,
  },
  unknown_link_id: {
    en: (p) =>
      `linkId "${s(p["linkId"])}" is not an item of the Questionnaire at this place; remove it or fix the linkId`,
    nb: (p) => `"${s(p["linkId"])}" finnes ikke i skjemaet`,
    nn: (p) => `"${s(p["linkId"])}" finst ikkje i skjemaet`,
  },
  wrong_answer_type: {
    en: (p) => `expected ${s(p["expected"])} for item "${s(p["linkId"])}", got ${s(p["received"])}`,
    nb: (p) => `feil type svar på "${s(p["linkId"])}"`,
    nn: (p) => `feil type svar på "${s(p["linkId"])}"`,
  },
  unknown_code: {
    en: (p) =>
      `answer to "${s(p["linkId"])}" is not one of its answer options (system and code); use a coding from answerOption`,
    nb: (p) => `svaret på "${s(p["linkId"])}" er ikke et av svaralternativene`,
    nn: (p) => `svaret på "${s(p["linkId"])}" er ikkje eit av svaralternativa`,
  },
};

const FORMATTER: IssueFormatter<FhirIssueCode> = createIssueFormatter(TEMPLATES);

/** @internal */
export const issue: IssueFormatter<FhirIssueCode>["issue"] = FORMATTER.issue;

/**
 * End-user text for an issue of this package in Norwegian Bokmål, Nynorsk or English, written from the code and
 * params only (never from an answer).
 * @example
 * ```ts
 * const r = fromQuestionnaireResponse(response, { questionnaire });
 * if (!r.success) for (const i of r.error.issues) if (isFhirIssue(i)) show(formatFhirIssue(i, "nn"));
 * ```
 */
export function formatFhirIssue(issue: Issue<FhirIssueCode>, lang: Lang = "nb"): string {
  return FORMATTER.format(issue, lang);
}

/**
 * Type guard: `true` for an issue with one of this package's codes ({@link FhirIssueCode}).
 * @example
 * ```ts
 * issues.filter(isFhirIssue).map((i) => formatFhirIssue(i, "en"));
 * ```
 */
export function isFhirIssue(issue: Issue<string>): issue is Issue<FhirIssueCode> {
  return Object.hasOwn(TEMPLATES, issue.code);
}
