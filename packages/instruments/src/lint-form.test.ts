import { describe, expect, test } from "vitest";
import { DT_REVISED } from "./dt-revised.ts";
import type { FormDefinition, FormItem } from "./form.ts";
import { FORMS } from "./forms.ts";
import { type FormLintIssue, lintForm } from "./lint-form.ts";
import { createNeedsAssessmentForm } from "./needs-assessment-form.ts";

const reasonOf = (i: FormLintIssue): string | undefined =>
  i.code === "dead_visibility" || i.code === "invalid_constraint" ? i.params.reason : undefined;

const txt = { nb: "T", nn: "T", en: "T" };
const q = (linkId: string, extra: Partial<FormItem> = {}): FormItem =>
  ({ linkId, type: "boolean", text: txt, ...extra }) as FormItem;
const form = (...items: FormItem[]): FormDefinition => ({
  id: "test",
  version: "1",
  kind: "needs-assessment",
  title: txt,
  languages: ["nb", "nn", "en"],
  items,
});
const lint = (f: FormDefinition) => lintForm(f).map((i) => [i.code, i.path]);

describe("lintForm", () => {
  test.each([...FORMS, createNeedsAssessmentForm(3, { instrument: DT_REVISED })].map((f) => [f.id, f] as const))(
    "the shipped form %s lints clean",
    (_, f) => {
      expect(lintForm(f)).toEqual([]);
    },
  );

  test("reports duplicate linkIds", () => {
    expect(lint(form(q("a"), q("a")))).toEqual([["duplicate_link_id", ["items", 1, "linkId"]]]);
  });

  test("reports a condition that refers to a missing item", () => {
    expect(lint(form(q("a", { enableWhen: [{ question: "zz", operator: "=", answer: true }] })))).toEqual([
      ["unknown_reference", ["items", 0, "enableWhen", 0, "question"]],
    ]);
  });

  test("reports a wording switch that refers to a missing item", () => {
    const item = q("a", {
      textVariants: [{ enableWhen: [{ question: "zz", operator: "exists", answer: true }], text: txt }],
    });
    expect(lint(form(item))).toEqual([
      ["unknown_reference", ["items", 0, "textVariants", 0, "enableWhen", 0, "question"]],
    ]);
  });

  test("reports circular visibility between two items", () => {
    const a = q("a", { enableWhen: [{ question: "b", operator: "=", answer: true }] });
    const b = q("b", { enableWhen: [{ question: "a", operator: "=", answer: true }] });
    expect(lint(form(a, b))).toEqual([["circular_visibility", ["items", 0, "enableWhen"]]]);
  });

  test("reports an item that depends on itself or on its own child", () => {
    expect(lint(form(q("a", { enableWhen: [{ question: "a", operator: "exists", answer: true }] })))).toEqual([
      ["circular_visibility", ["items", 0, "enableWhen"]],
    ]);
    const group: FormItem = {
      linkId: "g",
      type: "group",
      text: txt,
      enableWhen: [{ question: "child", operator: "=", answer: true }],
      items: [q("child")],
    };
    expect(lint(form(group))).toEqual([["circular_visibility", ["items", 0, "enableWhen"]]]);
  });

  test.each<[string, FormItem[], string]>([
    [
      "an option that does not exist",
      [
        q("c", { type: "choice", answerOption: [{ code: "x", display: txt }] }),
        q("a", { enableWhen: [{ question: "c", operator: "=", answer: "y" }] }),
      ],
      "answer_not_an_option",
    ],
    [
      "a value outside the range",
      [
        q("n", { type: "integer", minValue: 0, maxValue: 10 }),
        q("a", { enableWhen: [{ question: "n", operator: ">", answer: 10 }] }),
      ],
      "answer_out_of_range",
    ],
    [
      "a boolean compared with text",
      [q("b"), q("a", { enableWhen: [{ question: "b", operator: "=", answer: "yes" }] })],
      "boolean_compared_with_non_boolean",
    ],
    [
      "a group as question",
      [
        { linkId: "g", type: "group", text: txt, items: [q("x")] },
        q("a", { enableWhen: [{ question: "g", operator: "exists", answer: true }] }),
      ],
      "question_has_no_answer",
    ],
    [
      "exists with a non-boolean",
      [q("b"), q("a", { enableWhen: [{ question: "b", operator: "exists", answer: "yes" }] })],
      "exists_needs_boolean",
    ],
  ])("reports a dead condition: %s", (_, items, reason) => {
    const issues = lintForm(form(...items));
    expect(issues.map((i) => [i.code, reasonOf(i)])).toEqual([["dead_visibility", reason]]);
  });

  test("reports contradicting conditions and a question in another repeating group", () => {
    const c = q("c", {
      type: "choice",
      answerOption: [
        { code: "x", display: txt },
        { code: "y", display: txt },
      ],
    });
    const a = q("a", {
      enableWhen: [
        { question: "c", operator: "=", answer: "x" },
        { question: "c", operator: "=", answer: "y" },
      ],
    });
    expect(lintForm(form(c, a)).map((i) => reasonOf(i))).toEqual(["contradicts_another_condition"]);
    const r1: FormItem = { linkId: "r1", type: "group", text: txt, repeats: true, items: [q("in1")] };
    const r2: FormItem = {
      linkId: "r2",
      type: "group",
      text: txt,
      repeats: true,
      items: [q("in2", { enableWhen: [{ question: "in1", operator: "=", answer: true }] })],
    };
    expect(lintForm(form(r1, r2)).map((i) => reasonOf(i))).toEqual(["question_outside_scope"]);
  });

  test("reports missing translations of declared languages", () => {
    const item = q("a", { text: { nb: "A", en: "A" }, help: { nb: "H", nn: " ", en: "H" } });
    expect(lint(form(item))).toEqual([
      ["missing_translation", ["items", 0, "text", "nn"]],
      ["missing_translation", ["items", 0, "help", "nn"]],
    ]);
    const choice = q("c", { type: "choice", answerOption: [{ code: "x", display: { nb: "X" } }] });
    expect(lint({ ...form(choice), title: { nb: "T" }, languages: ["nb", "en"] })).toEqual([
      ["missing_translation", ["title", "en"]],
      ["missing_translation", ["items", 0, "answerOption", 0, "display", "en"]],
    ]);
  });

  test("reports items no one can reach because what they depend on can never be shown", () => {
    const dead = q("a", { enableWhen: [{ question: "b", operator: "=", answer: "nope" }] });
    const b = q("b");
    const c = q("c", { enableWhen: [{ question: "a", operator: "=", answer: true }] });
    expect(lint(form(b, dead, c))).toEqual([
      ["dead_visibility", ["items", 1, "enableWhen", 0]],
      ["unreachable_item", ["items", 2]],
    ]);
  });

  test("reports choices without options and impossible constraints", () => {
    const items: FormItem[] = [
      q("c", { type: "choice" }),
      q("n", { type: "integer", minValue: 5, maxValue: 1 }),
      q("s", { type: "string", maxLength: 0 }),
      q("d", {
        type: "choice",
        answerOption: [
          { code: "x", display: txt },
          { code: "x", display: txt },
        ],
      }),
      { linkId: "g", type: "group", text: txt, minOccurs: 1, items: [q("x")] },
      { linkId: "r", type: "group", text: txt, repeats: true, minOccurs: 3, maxOccurs: 2, items: [q("y")] },
    ];
    expect(lintForm(form(...items)).map((i) => [i.code, reasonOf(i) ?? ""])).toEqual([
      ["missing_options", ""],
      ["invalid_constraint", "min_value_above_max_value"],
      ["invalid_constraint", "max_length_below_1"],
      ["invalid_constraint", "duplicate_option_code"],
      ["invalid_constraint", "occurs_on_non_repeating_group"],
      ["invalid_constraint", "min_occurs_above_max_occurs"],
    ]);
  });
});
