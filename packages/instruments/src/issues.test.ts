import { formatIssue, LANGS, MODEL_ISSUES } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import {
  formatInstrumentsIssue,
  INSTRUMENTS_ISSUES,
  type InstrumentsIssue,
  type InstrumentsIssueCode,
  type InstrumentsIssueParams,
} from "./issues.ts";

/** One issue of every code with params as the code defines them: the compiler demands every code. */
const SAMPLES: { readonly [TCode in InstrumentsIssueCode]: InstrumentsIssueParams[TCode] } = {
  unknown_item: {},
  answer_required: {},
  answer_type: { expected: "integer" },
  not_an_option: { valueSet: "yes-no" },
  duplicate_option: {},
  out_of_range: { min: 0, max: 10 },
  text_too_long: { maxLength: 200 },
  invalid_text: { expected: "line" },
  invalid_format: { format: "phone" },
  invalid_date: {},
  answer_not_enabled: {},
  too_few_repeats: { minOccurs: 1 },
  too_many_repeats: { maxOccurs: 3 },
  context_mismatch: { field: "patient.ageGroup" },
  wording_instrument_mismatch: { expected: "nccn-dt@2.2025", received: "nccn-dt@1.0" },
  wording_missing_item: { kind: "category", code: "emotional" },
  wording_missing_language: { lang: "nn" },
  wording_unknown_item: { kind: "item", code: "sleep" },
  duplicate_link_id: { linkId: "q1" },
  unknown_reference: { question: "q9" },
  circular_visibility: { cycle: "a → b" },
  dead_visibility: { reason: "answer_out_of_range" },
  missing_translation: { lang: "en" },
  unreachable_item: { question: "q2" },
  missing_options: {},
  invalid_constraint: { reason: "min_occurs_above_max_occurs" },
  too_many_issues: { omitted: 3, limit: 100 },
};

const make = INSTRUMENTS_ISSUES.issue as (code: string, path: (string | number)[], params: object) => InstrumentsIssue;

describe("INSTRUMENTS_ISSUES", () => {
  test("declares exactly the package's codes", () => {
    expect([...INSTRUMENTS_ISSUES.codes].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  test.each(Object.entries(SAMPLES))("writes %s in nb, nn and en through formatIssue", (code, params) => {
    const i = make(code, ["a", 0, "b"], params);
    expect(i.message.startsWith("a[0].b: ")).toBe(true);
    const texts = LANGS.map((lang) => formatIssue(i, lang));
    for (const text of texts) {
      expect(text.startsWith("a[0].b: ")).toBe(true);
      expect(text.length).toBeGreaterThan("a[0].b: ".length);
      expect(text).not.toMatch(/undefined|_/);
    }
    expect(texts[2]).toBe(i.message);
  });

  test("invalid_format is the model's code, meaning and text", () => {
    const mine = INSTRUMENTS_ISSUES.issue("invalid_format", ["phone"], { format: "phone" });
    const model = MODEL_ISSUES.issue("invalid_format", ["phone"], { format: "phone" });
    expect(mine).toEqual(model);
    expect(INSTRUMENTS_ISSUES.catalogue.invalid_format).toBe(MODEL_ISSUES.catalogue.invalid_format);
    expect(formatIssue(mine, "nb")).toBe("phone: må være et telefonnummer");
  });

  test("names a language in words from the model's one table", () => {
    const missing = INSTRUMENTS_ISSUES.issue("wording_missing_language", ["wording"], { lang: "nb" });
    expect(formatIssue(missing, "nb")).toBe("wording: mangler tekst på norsk bokmål");
    expect(formatIssue(missing, "en")).toBe(
      "wording: has no text in Norwegian Bokmål although the wording claims that language",
    );
    const other = INSTRUMENTS_ISSUES.issue("missing_translation", ["form"], { lang: "xx" });
    expect(formatIssue(other, "nn")).toBe("form: manglar tekst på eit anna språk");
  });

  test("writes the range in both directions", () => {
    expect(formatIssue(INSTRUMENTS_ISSUES.issue("out_of_range", ["x"], { min: 0, max: 10 }), "nb")).toBe(
      "x: må være innenfor 0–10",
    );
    expect(formatIssue(INSTRUMENTS_ISSUES.issue("out_of_range", ["x"], { min: 1 }), "en")).toBe(
      "x: must be between ≥ 1",
    );
  });
});

describe("formatInstrumentsIssue (deprecated)", () => {
  test("is formatIssue", () => {
    const i = INSTRUMENTS_ISSUES.issue("dead_visibility", ["items", 0], { reason: "question_has_no_answer" });
    for (const lang of LANGS) {
      expect(formatInstrumentsIssue(i, lang)).toBe(formatIssue(i, lang));
    }
  });
});
