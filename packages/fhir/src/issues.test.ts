import { formatIssue, LANGS } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import {
  FHIR_ISSUES,
  type FhirIssue,
  type FhirIssueCode,
  type FhirIssueParams,
  formatFhirIssue,
  isFhirIssue,
} from "./issues.ts";

/** One issue of every code with params as the code defines them: the compiler demands every code. */
const SAMPLES: { readonly [TCode in FhirIssueCode]: FhirIssueParams[TCode] } = {
  not_a_response: {},
  questionnaire_mismatch: { expected: "https://example.org/Questionnaire/sp1" },
  version_mismatch: { expected: "1.0.0" },
  unknown_link_id: {},
  wrong_answer_type: { linkId: "distress-score", expected: "valueCoding", received: "valueString" },
  unknown_code: { linkId: "distress-score" },
  questionnaire_reference_invalid: {},
  status_not_importable: { status: "entered-in-error" },
  response_too_large: { limit: 10_000 },
  too_many_issues: { omitted: 3, limit: 100 },
};

const make = FHIR_ISSUES.issue as (code: string, path: (string | number)[], params: object) => FhirIssue;

describe("FHIR_ISSUES", () => {
  test("declares exactly the package's codes", () => {
    expect([...FHIR_ISSUES.codes].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  test.each(Object.entries(SAMPLES))("writes %s in nb, nn and en through formatIssue", (code, params) => {
    const i = make(code, ["item", 0], params);
    const texts = LANGS.map((lang) => formatIssue(i, lang));
    for (const text of texts) {
      expect(text.startsWith("item[0]: ")).toBe(true);
      expect(text).not.toMatch(/undefined/);
    }
    expect(texts[2]).toBe(i.message);
    expect(texts[0]).not.toBe(texts[2]);
    expect(isFhirIssue(i)).toBe(true);
  });

  test("isFhirIssue tells the package's issues from others; formatFhirIssue (deprecated) is formatIssue", () => {
    const own = FHIR_ISSUES.issue("not_a_response", []);
    expect(isFhirIssue({ code: "required", path: [], message: "", params: {} })).toBe(false);
    for (const lang of LANGS) {
      expect(formatFhirIssue(own, lang)).toBe(formatIssue(own, lang));
    }
  });
});
