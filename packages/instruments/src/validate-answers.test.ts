import { fc, test as propTest } from "@fast-check/vitest";
import { LANGS } from "@pakkeforlop-hjem/model";
import { arbLine, arbText } from "@pakkeforlop-hjem/test-utils";
import { arbAnswers } from "@pakkeforlop-hjem/test-utils/instruments";
import { describe, expect, test } from "vitest";
import type { FormAnswers } from "./answers.ts";
import { FORMS, NEEDS_ASSESSMENT_SP1, THERMOMETER_REVISED_FORM } from "./forms.ts";
import { formatInstrumentsIssue } from "./issues.ts";
import { validateAnswers } from "./validate-answers.ts";

const base: FormAnswers = {
  outcome: "completed",
  mode: "in-person",
  "patient-age-group": "adult",
  respondent: "patient",
  "has-minors": false,
  "consent-municipality": "granted",
  "consent-gp": "granted",
};

const codes = (answers: FormAnswers, form = NEEDS_ASSESSMENT_SP1) => {
  const r = validateAnswers(form, answers);
  return r.success ? [] : r.error.issues.map((i) => [i.code, i.path]);
};

describe("validateAnswers", () => {
  test("accepts a minimal completed conversation", () => {
    expect(codes(base)).toEqual([]);
  });

  test.each<[string, FormAnswers, unknown[]]>([
    ["a missing required answer", { ...base, mode: undefined }, [["answer_required", ["mode"]]]],
    ["an unknown linkId", { ...base, shoe: "x" }, [["unknown_item", ["shoe"]]]],
    ["a code outside the options", { ...base, mode: "carrier-pigeon" }, [["not_an_option", ["mode"]]]],
    ["a wrong type", { ...base, "has-minors": "no" }, [["answer_type", ["has-minors"]]]],
    ["a score outside 0–10", { ...base, "distress-score": 11 }, [["out_of_range", ["distress-score"]]]],
    ["a fractional score", { ...base, "distress-score": 1.5 }, [["answer_type", ["distress-score"]]]],
    ["a line with a line break", { ...base, "contact-point-name": "a\nb" }, [["invalid_text", ["contact-point-name"]]]],
    [
      "a name that is too long",
      { ...base, "contact-point-name": "x".repeat(201) },
      [["text_too_long", ["contact-point-name"]]],
    ],
    [
      "a malformed phone number",
      { ...base, "contact-point-name": "Kari", "contact-point-phone": "call me" },
      [["invalid_format", ["contact-point-phone"]]],
    ],
    [
      "an impossible date",
      { ...base, "next-step-action": "other", "next-step-planned-on": "2026-02-30" },
      [["invalid_date", ["next-step-planned-on"]]],
    ],
    [
      "a decline reason when the patient did not decline",
      { ...base, "decline-reason": "other" },
      [["answer_not_enabled", ["decline-reason"]]],
    ],
    [
      "a declined conversation without a reason",
      { ...base, outcome: "declined", "has-minors": undefined },
      [["answer_required", ["decline-reason"]]],
    ],
    [
      "details of minors when there are none",
      { ...base, minors: [{ "minor-age": 3 }] },
      [["answer_not_enabled", ["minors"]]],
    ],
    ["no minors listed when there are some", { ...base, "has-minors": true }, [["too_few_repeats", ["minors"]]]],
    [
      "a minor with a missing required answer",
      {
        ...base,
        "has-minors": true,
        minors: [{ "minor-relation": "child", "minor-age": 19, "minor-information-given": true }],
      },
      [["out_of_range", ["minors", 0, "minor-age"]]],
    ],
    [
      "an unknown linkId inside an entry",
      { ...base, participants: [{ "participant-kind": "relative", hat: 1 }] },
      [["unknown_item", ["participants", 0, "hat"]]],
    ],
    ["a group answered with a non-list", { ...base, participants: "Kari" }, [["answer_type", ["participants"]]]],
    [
      "too many entries",
      {
        ...base,
        "consent-other": Array.from({ length: 11 }, () => ({
          "consent-other-recipient": "NAV",
          "consent-other-value": "granted",
        })),
      },
      [["too_many_repeats", ["consent-other"]]],
    ],
    [
      "problem-list answers when the conversation did not take place",
      { ...base, outcome: "declined", "decline-reason": "not-now", "problem.pain": "yes" },
      [
        ["answer_not_enabled", ["problem.pain"]],
        ["answer_not_enabled", ["has-minors"]],
      ],
    ],
  ])("reports %s", (_, answers, want) => {
    expect(codes(answers)).toEqual(want);
  });

  test("accepts a problem list without a score (DOMAIN.md §3, §5; issue 16)", () => {
    expect(codes({ ...base, "problem.pain": "yes", "other-concerns": "Søvn" })).toEqual([]);
  });

  test("treats empty strings, null and empty lists as not answered", () => {
    expect(codes({ ...base, "what-matters": "", notes: null, participants: [] })).toEqual([]);
  });

  test("checks multiple choices for options and duplicates", () => {
    const r = codes({ "distress-score": 3, "problems.physical": ["pain", "pain", "hair"] }, THERMOMETER_REVISED_FORM);
    expect(r).toEqual([
      ["duplicate_option", ["problems.physical", 1]],
      ["not_an_option", ["problems.physical", 2]],
    ]);
    expect(codes({ "distress-score": 3, "problems.physical": "pain" }, THERMOMETER_REVISED_FORM)).toEqual([
      ["answer_type", ["problems.physical"]],
    ]);
  });

  test("refuses answers that are not an object", () => {
    expect(codes([] as unknown as FormAnswers)).toEqual([["answer_type", []]]);
  });

  test("returns end-user messages in the requested language, beside the item", () => {
    const r = validateAnswers(NEEDS_ASSESSMENT_SP1, { ...base, mode: undefined }, { lang: "nn" });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.messages).toEqual([
        { code: "answer_required", path: ["mode"], linkId: "mode", text: "mode: må svarast på" },
      ]);
      expect(r.error.issues[0]?.message).toBe("mode: is required; answer it");
    }
  });

  for (const form of FORMS) {
    propTest.prop([arbAnswers(form)], { numRuns: 60 })(`accepts every valid answer set of ${form.id}`, (answers) => {
      const r = validateAnswers(form, answers);
      expect(r.success ? [] : r.error.issues).toEqual([]);
    });
  }

  propTest.prop(
    [arbAnswers(NEEDS_ASSESSMENT_SP1), fc.oneof(arbLine(30), arbText(2)).filter((s) => s.trim().length > 3)],
    {
      numRuns: 80,
    },
  )("never puts an answer into an issue message or text", (answers, secret) => {
    // Put the personal value into every answered text, choice and unknown field, so most of it is invalid.
    const poisoned: Record<string, unknown> = {
      ...answers,
      mode: secret,
      "has-minors": secret,
      "distress-score": secret,
    };
    for (const [k, v] of Object.entries(answers)) {
      if (typeof v === "string") {
        poisoned[k] = `${secret}\u0000`;
      }
    }
    const r = validateAnswers(NEEDS_ASSESSMENT_SP1, poisoned as FormAnswers);
    expect(r.success).toBe(false);
    if (!r.success) {
      for (const i of r.error.issues) {
        expect(i.message).not.toContain(secret);
        expect(JSON.stringify(i.params)).not.toContain(secret);
        for (const lang of LANGS) {
          expect(formatInstrumentsIssue(i, lang)).not.toContain(secret);
        }
      }
      for (const m of r.messages) {
        expect(m.text).not.toContain(secret);
      }
    }
  });
});
