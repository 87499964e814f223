/**
 * Issue 16 (DOMAIN.md §2, §3, §5): rules the domain review found wrong. A diagnosis outside the cancer chapters is
 * refused, LMS is a health service of its own, and the problem list may be answered without a score.
 */
import { readFileSync } from "node:fs";
import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { displayOf, RESPONSIBLE_PARTY_KINDS } from "./code-lists.ts";
import { FORMAT_PATTERNS } from "./formats.ts";
import { assessmentIssues } from "./validate.ts";

const example = (name: string): Record<string, any> =>
  JSON.parse(readFileSync(new URL(`../../../examples/data/${name}.json`, import.meta.url), "utf8"));
const icd = FORMAT_PATTERNS["icd10-neoplasm"];
const code = (letter: string, n: number, sub?: number) =>
  `${letter}${String(n).padStart(2, "0")}${sub === undefined ? "" : `.${sub}`}`;

describe("diagnosis codes outside the cancer chapters (DOMAIN.md §5)", () => {
  propTest.prop([fc.integer({ min: 0, max: 99 }), fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined })])(
    "C00–C97 are accepted, C98–C99 refused",
    (n, sub) => {
      expect(icd.test(code("C", n, sub))).toBe(n <= 97);
    },
  );

  propTest.prop([fc.integer({ min: 0, max: 99 }), fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined })])(
    "D00–D09 and D37–D48 are accepted; benign D10–D36 and D49+ refused",
    (n, sub) => {
      expect(icd.test(code("D", n, sub))).toBe(n <= 9 || (n >= 37 && n <= 48));
    },
  );

  test.each(["D12.6", "D25.9"])("a benign %s is refused by the validator, never accepted silently", (benign) => {
    const doc = example("sp1-consent-all");
    doc["diagnosis"]["code"] = benign;
    const issues = assessmentIssues(doc, { allowTestNumbers: true });
    expect(issues.map((i) => [i.code, i.path])).toEqual([["invalid_format", ["diagnosis", "code"]]]);
  });
});

describe("LMS is its own responsible party (DOMAIN.md §2)", () => {
  test("lms is a code of its own, and the voluntary sector no longer names LMS", () => {
    expect(RESPONSIBLE_PARTY_KINDS.codes).toContain("lms");
    expect(displayOf(RESPONSIBLE_PARTY_KINDS, "lms", "nb")).toBe("Lærings- og mestringstjenesten (LMS)");
    for (const lang of ["nb", "nn", "en"] as const) {
      expect(displayOf(RESPONSIBLE_PARTY_KINDS, "voluntary", lang)).not.toContain("LMS");
    }
  });

  test("a measure with an LMS as responsible validates", () => {
    const doc = example("sp1-consent-all");
    doc["measures"][0]["responsible"] = { kind: "lms", unit: "LMS Kreftsenteret" };
    expect(assessmentIssues(doc, { allowTestNumbers: true })).toEqual([]);
  });
});

describe("the problem list without a thermometer score (DOMAIN.md §3)", () => {
  const withoutScore = () => {
    const doc = example("sp1-consent-all");
    delete doc["distress"]["score"];
    delete doc["distress"]["aboveThreshold"];
    return doc;
  };

  test("ticked problems and no number is a valid screening", () => {
    const doc = withoutScore();
    expect(doc["distress"]["items"].length).toBeGreaterThan(0);
    expect(assessmentIssues(doc, { allowTestNumbers: true })).toEqual([]);
  });

  test("a threshold flag without a score is refused", () => {
    const doc = withoutScore();
    doc["distress"]["aboveThreshold"] = false;
    expect(assessmentIssues(doc, { allowTestNumbers: true }).map((i) => [i.code, i.path])).toEqual([
      ["threshold_flag_without_score", ["distress", "aboveThreshold"]],
    ]);
  });

  test("a score without its flag is refused", () => {
    const doc = example("sp1-consent-all");
    delete doc["distress"]["aboveThreshold"];
    expect(assessmentIssues(doc, { allowTestNumbers: true }).map((i) => [i.code, i.path])).toEqual([
      ["required", ["distress", "aboveThreshold"]],
    ]);
  });
});

describe("a thermometer the patient self-reported before the visit (DOMAIN.md §5)", () => {
  test("is valid when it comes before the conversation", () => {
    const doc = example("sp1-consent-all");
    doc["distress"]["selfReportedAt"] = "2026-03-08T18:00:00+01:00";
    expect(assessmentIssues(doc, { allowTestNumbers: true })).toEqual([]);
  });

  test("after the conversation it is a date_order issue", () => {
    const doc = example("sp1-consent-all");
    doc["distress"]["selfReportedAt"] = "2026-03-20T18:00:00+01:00";
    expect(assessmentIssues(doc, { allowTestNumbers: true }).map((i) => [i.code, i.path])).toEqual([
      ["date_order", ["conductedAt"]],
    ]);
  });
});
