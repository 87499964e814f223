import { LANGS } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { formatInstrumentsIssue, type InstrumentsIssueCode, issue } from "./issues.ts";

const CODES: InstrumentsIssueCode[] = [
  "unknown_item",
  "answer_required",
  "answer_type",
  "not_an_option",
  "duplicate_option",
  "out_of_range",
  "text_too_long",
  "invalid_text",
  "invalid_format",
  "invalid_date",
  "answer_not_enabled",
  "too_few_repeats",
  "too_many_repeats",
  "context_mismatch",
  "wording_instrument_mismatch",
  "wording_missing_item",
  "wording_missing_language",
  "wording_unknown_item",
  "duplicate_link_id",
  "unknown_reference",
  "circular_visibility",
  "dead_visibility",
  "missing_translation",
  "unreachable_item",
  "missing_options",
  "invalid_constraint",
];

describe("formatInstrumentsIssue", () => {
  test.each(CODES)("writes %s in nb, nn and en", (code) => {
    const i = issue(code, ["a", 0, "b"], { expected: "integer", min: 0, max: 10 });
    expect(i.message.startsWith("a[0].b: ")).toBe(true);
    for (const lang of LANGS) {
      const text = formatInstrumentsIssue(i, lang);
      expect(text.startsWith("a[0].b: ")).toBe(true);
      expect(text.length).toBeGreaterThan("a[0].b: ".length);
    }
  });

  test("writes the range in both directions", () => {
    expect(formatInstrumentsIssue(issue("out_of_range", ["x"], { min: 0, max: 10 }), "nb")).toBe(
      "x: må være innenfor 0–10",
    );
    expect(formatInstrumentsIssue(issue("out_of_range", ["x"], { min: 1 }), "en")).toBe("x: must be between ≥ 1");
  });
});
