import { THERMOMETER_LEGACY_FORM } from "@pakkeforlop-hjem/instruments";
import { describe, expect, test } from "vitest";
import { fhirErrors } from "../test/validate-fhir.ts";
import { fromQuestionnaireResponse } from "./from-response.ts";
import { ISSUE_CODE_SYSTEM, toOperationOutcome } from "./operation-outcome.ts";
import { toQuestionnaire } from "./to-questionnaire.ts";

const questionnaire = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "sdc" });

describe("toOperationOutcome", () => {
  test("maps issues to error issues with a FHIR type, the SDK code, the English message and a FHIRPath location", () => {
    const r = fromQuestionnaireResponse(
      {
        resourceType: "QuestionnaireResponse",
        status: "completed",
        item: [{ linkId: "distress", item: [{ linkId: "distress-score", answer: [{ valueInteger: 11 }] }] }],
      },
      { questionnaire },
    );
    expect(r.success).toBe(false);
    const outcome = toOperationOutcome(r.success ? [] : r.error.issues);
    expect(outcome).toEqual({
      resourceType: "OperationOutcome",
      issue: [
        {
          severity: "error",
          code: "value",
          details: { coding: [{ system: ISSUE_CODE_SYSTEM, code: "out_of_range" }] },
          diagnostics: expect.stringMatching(/^item\[0\]\.item\[0\]: /),
          expression: ["QuestionnaireResponse.item[0].item[0]"],
        },
      ],
    });
    expect(fhirErrors(outcome)).toEqual([]);
  });

  test.each([
    ["answer_required", "required"],
    ["unknown_link_id", "structure"],
    ["wrong_answer_type", "structure"],
    ["unknown_code", "code-invalid"],
    ["version_mismatch", "business-rule"],
    ["text_too_long", "too-long"],
    ["something_else", "invalid"],
  ])("%s becomes issue type %s", (code, type) => {
    const outcome = toOperationOutcome([{ code, path: ["item", 0], message: "item[0]: x", params: {} }]);
    expect(outcome.issue[0]?.code).toBe(type);
    expect(fhirErrors(outcome)).toEqual([]);
  });

  test("reports one informational issue when there are none (FHIR requires one)", () => {
    const outcome = toOperationOutcome([]);
    expect(outcome.issue).toEqual([{ severity: "information", code: "informational", diagnostics: "No issues" }]);
    expect(fhirErrors(outcome)).toEqual([]);
  });

  test("uses the resource type option as the root of expressions", () => {
    const outcome = toOperationOutcome([{ code: "required", path: [], message: "(root): x", params: {} }], {
      resource: "Assessment",
    });
    expect(outcome.issue[0]?.expression).toEqual(["Assessment"]);
  });
});
