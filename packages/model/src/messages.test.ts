import { readFileSync } from "node:fs";
import { fc, test as propTest } from "@fast-check/vitest";
import { arbAssessment, personNumberFor } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { LANGS } from "./code-lists.ts";
import type { Issue, IssueCode } from "./errors.ts";
import { IDENTIFIER_SYSTEMS } from "./identifiers.ts";
import { createIssueFormatter, describeIssue, formatIssue } from "./messages.ts";
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

describe("formatIssue", () => {
  const codes: IssueCode[] = [
    "invalid_type",
    "required",
    "unrecognized_key",
    "invalid_value",
    "too_small",
    "too_big",
    "invalid_format",
    "invalid_identifier",
    "date_order",
    "threshold_flag_mismatch",
    "birth_date_mismatch",
    "age_group_mismatch",
    "children_inconsistent",
    "duplicate_consent",
    "duplicate_item",
    "next_step_order",
    "outcome_content_mismatch",
    "unsupported_version",
  ];
  test.each(codes)("has a text in nb, nn and en for %s", (code) => {
    const issue: Issue = { code, path: ["a", 0, "b"], message: "", params: {} };
    for (const lang of LANGS) {
      const text = formatIssue(issue, lang);
      expect(text.startsWith("a[0].b: ")).toBe(true);
      expect(text.length).toBeGreaterThan("a[0].b: ".length + 3);
    }
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

  test("describeIssue and createIssueFormatter share one convention", () => {
    const { issue, format } = createIssueFormatter({
      unknown_item: {
        en: () => "is not an item of this form",
        nb: () => "finnes ikke i skjemaet",
        nn: () => "finst ikkje i skjemaet",
      },
    });
    const made = issue("unknown_item", ["answers", 2]);
    expect(made).toEqual({
      code: "unknown_item",
      path: ["answers", 2],
      params: {},
      message: "answers[2]: is not an item of this form",
    });
    expect(format(made, "nn")).toBe("answers[2]: finst ikkje i skjemaet");
    expect(describeIssue("required", [], {})).toBe("(root): is required; add the field");
  });
});
