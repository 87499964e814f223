/**
 * Issue codes and texts of the FHIR package, on the model's error model (`defineIssues`): every issue is
 * `{ code, path, message, params }` with params typed per code ({@link FhirIssueParams}), its path points into the
 * QuestionnaireResponse (`item[0].answer[0]`), and its nb/nn/en text is written from the code and params only, so
 * no answer can leak into a message. The texts are registered with the model's one formatter, `formatIssue`.
 */
import {
  defineIssues,
  formatIssue,
  type Issue,
  type IssueMaker,
  type IssueOf,
  type Lang,
  type NoParams,
  TOO_MANY_ISSUES_TEXT,
  type TooManyIssuesParams,
} from "@pakkeforlop-hjem/model";

/**
 * The params of every issue code this package reports, by code (codes are API: adding one is minor, renaming or
 * removing one is major).
 *
 * - `not_a_response`: the input is not a QuestionnaireResponse.
 * - `questionnaire_mismatch`: the response names another Questionnaire url.
 * - `version_mismatch`: the response names another version of the Questionnaire (`url|version`).
 * - `unknown_link_id`: an item's linkId is not in the Questionnaire (or not at that place).
 * - `wrong_answer_type`: an answer has the wrong value type, or there are several answers (or items) where one is
 *   allowed.
 * - `unknown_code`: a coded answer is not one of the item's answer options (system and code).
 * - `questionnaire_reference_invalid`: `questionnaire` is there but is not a canonical url (`url` or `url|version`)
 *   or a `Questionnaire/<id>` reference.
 * - `status_not_importable`: the response's status is neither `completed`, `amended` (imported) nor `in-progress`
 *   (a draft).
 * - `response_too_large`: the response has more items and answers than the limit (`maxItems`).
 * - `too_many_issues`: more issues than the limit (`maxIssues`); the first ones are reported, then this one.
 *
 * Params and messages never repeat a value from the response (not even an unknown linkId, url or version): they
 * name the Questionnaire's own linkIds, expected values and the location only.
 */
export type FhirIssueParams = {
  readonly not_a_response: NoParams;
  /** `expected`: the Questionnaire's url. */
  readonly questionnaire_mismatch: { readonly expected: string };
  /** `expected`: the Questionnaire's version. */
  readonly version_mismatch: { readonly expected: string };
  readonly unknown_link_id: NoParams;
  /** `expected` and `received`: FHIR answer value types (`valueCoding`, ...) or a short description. */
  readonly wrong_answer_type: { readonly linkId: string; readonly expected: string; readonly received: string };
  readonly unknown_code: { readonly linkId: string };
  readonly questionnaire_reference_invalid: NoParams;
  /** `status`: the FHIR status code (`entered-in-error`, `stopped`), or `unknown` for anything else or none. */
  readonly status_not_importable: { readonly status: string };
  /** `limit`: the most items and answers read. */
  readonly response_too_large: { readonly limit: number };
  /** `limit`: the most issues reported one by one. */
  readonly too_many_issues: TooManyIssuesParams;
};

/**
 * Every issue code this package reports.
 * @example
 * ```ts
 * const code: FhirIssueCode = "unknown_link_id";
 * ```
 */
export type FhirIssueCode = keyof FhirIssueParams;

/**
 * An issue of this package, typed per code.
 * @example
 * ```ts
 * const linkIdOf = (i: FhirIssue) => (i.code === "unknown_code" ? i.params.linkId : undefined);
 * ```
 */
export type FhirIssue = IssueOf<FhirIssueParams>;

/**
 * The FHIR package's issue maker: its codes ({@link FhirIssueParams}) with their texts, registered with the model's
 * `formatIssue`.
 * @example
 * ```ts
 * const i = FHIR_ISSUES.issue("unknown_code", ["item", 0, "answer", 0], { linkId: "distress-score" });
 * formatIssue(i, "nb"); // 'item[0].answer[0]: svaret på "distress-score" er ikke et av svaralternativene'
 * ```
 */
export const FHIR_ISSUES: IssueMaker<FhirIssueParams> = /* @__PURE__ */ defineIssues<FhirIssueParams>({
  not_a_response: {
    en: "is not a QuestionnaireResponse; pass a FHIR R4 QuestionnaireResponse resource",
    nb: "er ikke et utfylt skjema (QuestionnaireResponse)",
    nn: "er ikkje eit utfylt skjema (QuestionnaireResponse)",
  },
  questionnaire_mismatch: {
    en: (p) => `names another Questionnaire than "${p.expected}"; map it with its own Questionnaire`,
    nb: "svaret hører til et annet skjema",
    nn: "svaret høyrer til eit anna skjema",
  },
  version_mismatch: {
    en: (p) =>
      `was answered with another version of the Questionnaire than "${p.expected}"; map it with the Questionnaire version it was answered with`,
    nb: (p) => `svaret gjelder en annen versjon av skjemaet enn ${p.expected}`,
    nn: (p) => `svaret gjeld ein annan versjon av skjemaet enn ${p.expected}`,
  },
  unknown_link_id: {
    en: "is not an item of the Questionnaire at this place; remove it or fix its linkId",
    nb: "finnes ikke i skjemaet på dette stedet",
    nn: "finst ikkje i skjemaet på denne staden",
  },
  wrong_answer_type: {
    en: (p) => `expected ${p.expected} for item "${p.linkId}", got ${p.received}`,
    nb: "har feil type svar",
    nn: "har feil type svar",
  },
  unknown_code: {
    en: (p) =>
      `answer to "${p.linkId}" is not one of its answer options (system and code); use a coding from answerOption`,
    nb: "svaret er ikke et av svaralternativene",
    nn: "svaret er ikkje eit av svaralternativa",
  },
  questionnaire_reference_invalid: {
    en: 'is not a reference to a Questionnaire; write its canonical url ("url" or "url|version") or "Questionnaire/<id>"',
    nb: "viser ikke til et skjema",
    nn: "viser ikkje til eit skjema",
  },
  status_not_importable: {
    en: (p) =>
      `has status "${p.status}"; only a completed or amended response is imported, an in-progress one is read as a draft`,
    nb: "skjemaet er ikke sendt inn som ferdig utfylt, og kan ikke tas inn",
    nn: "skjemaet er ikkje sendt inn som ferdig utfylt, og kan ikkje takast inn",
  },
  response_too_large: {
    en: (p) => `has more than ${p.limit} items and answers; raise options.maxItems if this is expected`,
    nb: "det utfylte skjemaet er for stort",
    nn: "det utfylte skjemaet er for stort",
  },
  too_many_issues: TOO_MANY_ISSUES_TEXT,
});

/** @internal */
export const issue: IssueMaker<FhirIssueParams>["issue"] = (code, path, ...params) =>
  FHIR_ISSUES.issue(code, path, ...params);

/**
 * End-user text for an issue of this package in Norwegian Bokmål, Nynorsk or English.
 * @deprecated Use `formatIssue` from `@pakkeforlop-hjem/model`, which formats the issues of every package; removed
 * in 1.0.
 * @example
 * ```ts
 * const r = fromQuestionnaireResponse(response, { questionnaire });
 * if (!r.success) for (const i of r.error.issues) if (isFhirIssue(i)) show(formatFhirIssue(i, "nn"));
 * ```
 */
export function formatFhirIssue(issue: FhirIssue, lang: Lang = "nb"): string {
  return formatIssue(issue, lang);
}

/**
 * Type guard: `true` for an issue with one of this package's codes ({@link FhirIssueCode}).
 * @example
 * ```ts
 * issues.filter(isFhirIssue).map((i) => formatIssue(i, "en"));
 * ```
 */
export function isFhirIssue(issue: Issue<string>): issue is FhirIssue {
  return FHIR_ISSUES.owns(issue);
}
