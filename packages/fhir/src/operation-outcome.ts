/** Issues → FHIR OperationOutcome, for FHIR APIs that accept or reject a QuestionnaireResponse. */
import { formatPath, type Issue } from "@pakkeforlop-hjem/model";
import type { OperationOutcome, OperationOutcomeIssue } from "./fhir-types.ts";
import { codeSystemUrl } from "./urls.ts";

/** Options for {@link toOperationOutcome}. */
export interface ToOperationOutcomeOptions {
  /** The resource type the issue paths start from; default `QuestionnaireResponse`. */
  readonly resource?: string;
}

/** FHIR `issue-type` per SDK issue code; anything else is `invalid`. */
const TYPE: Readonly<Record<string, string>> = {
  not_a_response: "structure",
  unknown_link_id: "structure",
  wrong_answer_type: "structure",
  answer_type: "structure",
  unknown_item: "structure",
  invalid_type: "structure",
  unrecognized_key: "structure",
  questionnaire_mismatch: "business-rule",
  version_mismatch: "business-rule",
  answer_not_enabled: "business-rule",
  context_mismatch: "business-rule",
  unknown_code: "code-invalid",
  questionnaire_reference_invalid: "structure",
  status_not_importable: "business-rule",
  response_too_large: "too-costly",
  too_many_issues: "too-costly",
  not_an_option: "code-invalid",
  answer_required: "required",
  too_few_repeats: "required",
  required: "required",
  text_too_long: "too-long",
  out_of_range: "value",
  duplicate_option: "value",
  too_many_repeats: "value",
  invalid_text: "value",
  invalid_format: "value",
  invalid_date: "value",
  invalid_value: "value",
  invalid_identifier: "value",
  too_small: "value",
  too_big: "value",
};

/**
 * The SDK's issue codes as a CodeSystem, carried in `OperationOutcome.issue.details`.
 * @example
 * ```ts
 * outcome.issue[0]?.details?.coding?.[0]?.system === ISSUE_CODE_SYSTEM;
 * ```
 */
export const ISSUE_CODE_SYSTEM: string = codeSystemUrl("issue-code");

/**
 * Turns SDK issues (from {@link fromQuestionnaireResponse} or any other package) into a FHIR R4 OperationOutcome:
 * severity `error`, a FHIR issue type (`structure`, `required`, `value`, `code-invalid`, `too-long`,
 * `business-rule`, else `invalid`), the SDK code in `details`, the English developer message in `diagnostics`, and
 * the FHIRPath location in `expression` (`QuestionnaireResponse.item[0].answer[0]`). Messages are written from codes
 * and params only, so no personal value reaches the outcome. With no issues it reports one `informational` issue
 * (FHIR requires at least one).
 * @example
 * ```ts
 * const r = fromQuestionnaireResponse(body, { questionnaire });
 * if (!r.success) return { status: 422, body: toOperationOutcome(r.error.issues) };
 * ```
 * @see https://hl7.org/fhir/R4/operationoutcome.html
 */
export function toOperationOutcome(
  issues: readonly Issue<string>[],
  options: ToOperationOutcomeOptions = {},
): OperationOutcome {
  const resource = options.resource ?? "QuestionnaireResponse";
  if (issues.length === 0) {
    return {
      resourceType: "OperationOutcome",
      issue: [{ severity: "information", code: "informational", diagnostics: "No issues" }],
    };
  }
  return {
    resourceType: "OperationOutcome",
    issue: issues.map(
      (i): OperationOutcomeIssue => ({
        severity: "error",
        code: TYPE[i.code] ?? "invalid",
        details: { coding: [{ system: ISSUE_CODE_SYSTEM, code: i.code }] },
        diagnostics: i.message,
        expression: [i.path.length === 0 ? resource : `${resource}.${formatPath(i.path)}`],
      }),
    ),
  };
}
