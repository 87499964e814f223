import { readFileSync } from "node:fs";
import { fc, test as propTest } from "@fast-check/vitest";
import { arbAssessment, personNumberFor } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { LANGS } from "./code-lists.ts";
import type { Issue, IssueParams, PathSegment } from "./errors.ts";
import { IDENTIFIER_SYSTEMS } from "./identifiers.ts";
import type { IssueCode, ModelIssueParams } from "./issue-codes.ts";
import { createIssueFormatter, formatIssue, MODEL_ISSUES } from "./messages.ts";
import { assessmentIssues } from "./validate.ts";

/** A made-up personal value that cannot occur in message text by accident: mixed case with a marker. */
const arbSecret = fc.stringMatching(/^[A-Z][a-z]{2,5}Q[a-z]{2,5}$/);

/** Breaks a string so that the model rejects it while it still contains the secret. */
const arbBreak = fc.constantFrom(
  (s: string) => `${s}\u0001`,
  (s: string) => `${s}\n`,
  (s: string) => s.repeat(60),
  (s: string) => s,
);

describe("issue messages never contain personal values", () => {
  propTest.prop([arbAssessment(), arbSecret, arbSecret, arbSecret, arbBreak, fc.integer({ min: 0, max: 99 })], {
    numRuns: 400,
  })(
    "no name, identifier or free text appears in any message or formatted text",
    (doc, given, family, free, breakIt, seed) => {
      const d = structuredClone(doc) as Record<string, any>;
      const fnr = personNumberFor(d.patient.birthDate, seed * 7919) ?? "01015000233";
      d.patient.name = { given: breakIt(given), family: breakIt(family) };
      d.patient.identifier = {
        system: IDENTIFIER_SYSTEMS.fnr,
        value: seed % 2 === 0 ? fnr : `${fnr.slice(0, 10)}${(Number(fnr[10]) + 1) % 10}`,
      };
      d.whatMatters = breakIt(free);
      d.notes = free;
      d.conductedBy = { ...d.conductedBy, name: breakIt(family) };
      d.measures = [
        {
          id: free.toLowerCase(),
          description: breakIt(free),
          responsible: { kind: "gp", unit: breakIt(given) },
          status: "planned",
        },
      ];
      d[`${given}`] = free;
      const issues = assessmentIssues(d);
      const texts = issues.flatMap((i) => [
        i.message,
        ...LANGS.map((l) => formatIssue(i, l)),
        JSON.stringify(i.params),
        JSON.stringify(i.path),
      ]);
      for (const text of texts) {
        for (const secret of [given, family, free, fnr, fnr.slice(0, 6)]) {
          expect(text).not.toContain(secret);
        }
      }
    },
  );
});

/** One issue of every model code, with params as the code defines them: the compiler demands every code. */
const SAMPLES: { readonly [TCode in IssueCode]: ModelIssueParams[TCode] } = {
  invalid_type: { expected: "string", received: "number" },
  required: {},
  unrecognized_key: { didYouMean: "family" },
  invalid_value: { expected: ["yes", "no"] },
  too_small: { origin: "array", minimum: 1 },
  too_big: { origin: "string", maximum: 200 },
  invalid_format: { format: "date" },
  invalid_identifier: { format: "no-fnr", kind: "fnr", reason: "check_digit" },
  date_order: { notBefore: "patient.birthDate" },
  threshold_flag_mismatch: { expected: true, cutoff: 4 },
  threshold_flag_without_score: {},
  birth_date_mismatch: { against: "patient.identifier.value" },
  age_group_mismatch: { expected: "child" },
  children_inconsistent: { expected: "none" },
  duplicate_consent: { recipient: "gp" },
  duplicate_item: { field: "id" },
  next_step_order: { current: 2, expected: "greater_than_current" },
  outcome_content_mismatch: { outcome: "declined" },
  amendment_after_cancellation: { cancellation: 0 },
  amendment_paths: { expected: "none" },
  too_many_issues: { omitted: 5, limit: 100 },
  unsupported_version: { supported: ["0.9", "1.0"] },
};

describe("formatIssue", () => {
  test("MODEL_ISSUES declares exactly the model's codes", () => {
    expect([...MODEL_ISSUES.codes].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  test.each(Object.entries(SAMPLES))("has a text in nb, nn and en for %s", (code, params) => {
    const issue = (MODEL_ISSUES.issue as (c: string, p: PathSegment[], x: IssueParams) => Issue)(
      code,
      ["a", 0, "b"],
      params,
    );
    expect(issue.message.startsWith("a[0].b: ")).toBe(true);
    const texts = LANGS.map((lang) => formatIssue(issue, lang));
    for (const text of texts) {
      expect(text.startsWith("a[0].b: ")).toBe(true);
      expect(text.length).toBeGreaterThan("a[0].b: ".length + 3);
      expect(text).not.toMatch(/undefined|\[object/);
    }
    expect(texts[2]).toBe(issue.message);
    expect(texts[0]).not.toBe(texts[2]);
  });

  test("speaks Norwegian to end users and English to developers", () => {
    const doc = JSON.parse(readFileSync(new URL("../../../examples/data/invalid-sp1.json", import.meta.url), "utf8"));
    const issues = assessmentIssues(doc, { allowTestNumbers: true });
    expect(issues.map((i) => formatIssue(i, "nb"))).toMatchInlineSnapshot(`
      [
        "patient.identifier.value: identifikatoren (fnr) har feil kontrollsiffer",
        "organisation.name: mangler og må fylles ut",
        "topics.sexual-health.status: må være en av "not-discussed", "no-need", "need"",
        "measures[0].dueOn: må være en gyldig dato (ÅÅÅÅ-MM-DD)",
      ]
    `);
    expect(issues.map((i) => formatIssue(i, "nn"))[1]).toBe("organisation.name: manglar og må fyllast ut");
    expect(issues.map((i) => i.message)[1]).toBe("organisation.name: is required; add the field");
  });

  test("writes the path and the code for a code no package declares", () => {
    expect(formatIssue({ code: "not_declared_anywhere", path: ["x"], message: "", params: {} }, "nb")).toBe(
      "x: not_declared_anywhere",
    );
  });

  test("does not throw on an issue read back from JSON without its params", () => {
    for (const code of MODEL_ISSUES.codes) {
      for (const lang of LANGS) {
        expect(() => formatIssue({ code, path: [], message: "", params: {} }, lang)).not.toThrow();
      }
    }
  });
});

describe("createIssueFormatter (deprecated)", () => {
  test("still makes issues and formats them, its own texts first", () => {
    const { issue, format } = createIssueFormatter({
      unknown_item_legacy: {
        en: () => "is not an item of this form",
        nb: () => "finnes ikke i skjemaet",
        nn: () => "finst ikkje i skjemaet",
      },
    });
    const made = issue("unknown_item_legacy", ["answers", 2]);
    expect(made).toEqual({
      code: "unknown_item_legacy",
      path: ["answers", 2],
      params: {},
      message: "answers[2]: is not an item of this form",
    });
    expect(format(made, "nn")).toBe("answers[2]: finst ikkje i skjemaet");
    expect(formatIssue(made, "nb")).toBe("answers[2]: finnes ikke i skjemaet");
  });
});
