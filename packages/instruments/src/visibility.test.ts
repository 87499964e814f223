import { fc, test as propTest } from "@fast-check/vitest";
import { arbAnswers } from "@pakkeforlop-hjem/test-utils/instruments";
import { describe, expect, test } from "vitest";
import type { FormAnswers } from "./answers.ts";
import { flattenItems } from "./form.ts";
import { NEEDS_ASSESSMENT_SP1, NEEDS_ASSESSMENT_SP2, NEEDS_ASSESSMENT_SP3 } from "./forms.ts";
import { validateAnswers } from "./validate-answers.ts";
import { shownAnswers, type VisibleItem, visibleItems } from "./visibility.ts";

const ids = (items: readonly VisibleItem[]): string[] =>
  items.flatMap((i) => [i.linkId, ...ids(i.items ?? []), ...(i.entries ?? []).flatMap((e) => ids(e))]);
const find = (items: readonly VisibleItem[], linkId: string): VisibleItem | undefined => {
  for (const i of items) {
    if (i.linkId === linkId) {
      return i;
    }
    const inner = find([...(i.items ?? []), ...(i.entries ?? []).flat()], linkId);
    if (inner !== undefined) {
      return inner;
    }
  }
  return undefined;
};

describe("visibleItems", () => {
  test("shows the decline reason only when declined", () => {
    expect(ids(visibleItems(NEEDS_ASSESSMENT_SP1, { outcome: "completed" }))).not.toContain("decline-reason");
    expect(ids(visibleItems(NEEDS_ASSESSMENT_SP1, { outcome: "declined" }))).toContain("decline-reason");
  });

  test("hides the conversation content when the conversation did not take place", () => {
    const shown = ids(visibleItems(NEEDS_ASSESSMENT_SP1, { outcome: "not-reached" }));
    expect(shown).not.toContain("distress-score");
    expect(shown).not.toContain("topics");
    expect(shown).toContain("consent-gp");
    expect(shown).toContain("reoffer-on");
  });

  test("shows details of minors only when there are minor children or siblings", () => {
    const none: FormAnswers = { outcome: "completed", "has-minors": false };
    const some: FormAnswers = { outcome: "completed", "has-minors": true, minors: [{ "minor-age": 4 }] };
    expect(ids(visibleItems(NEEDS_ASSESSMENT_SP1, none))).not.toContain("minors");
    const shown = visibleItems(NEEDS_ASSESSMENT_SP1, some);
    expect(find(shown, "minors")?.entries).toHaveLength(1);
    expect(find(shown, "minors")?.template?.map((i) => i.linkId)).toContain("minor-age");
  });

  test("shows the problem list with or without a score (DOMAIN.md §3, §5; issue 16)", () => {
    expect(ids(visibleItems(NEEDS_ASSESSMENT_SP1, { outcome: "declined" }))).not.toContain("problem.pain");
    expect(ids(visibleItems(NEEDS_ASSESSMENT_SP1, { outcome: "completed" }))).toContain("problem.pain");
    expect(ids(visibleItems(NEEDS_ASSESSMENT_SP1, { outcome: "completed", "distress-score": 0 }))).toContain(
      "problem.pain",
    );
  });

  test.each([
    ["nb", "adult", "Arbeid, skole og utdanning"],
    ["nb", "child", "Skole og utdanning"],
    ["nn", "child", "Skule og utdanning"],
    ["en", "child", "School and education"],
  ] as const)("writes the work topic in %s for a %s patient", (lang, ageGroup, want) => {
    const shown = visibleItems(NEEDS_ASSESSMENT_SP1, { outcome: "completed", "patient-age-group": ageGroup }, lang);
    expect(find(shown, "topic.work-school")?.text).toBe(want);
  });

  test("tells that a guardian may answer for a child patient", () => {
    const shown = visibleItems(NEEDS_ASSESSMENT_SP1, { "patient-age-group": "child" }, "en");
    expect(find(shown, "respondent")?.help).toMatch(/guardian/);
  });
});

describe("needs-assessment forms", () => {
  test("cover context, thermometer, problem list, 13 topics plus late effects, § 10a, measures, consent and next step", () => {
    const linkIds = flattenItems(NEEDS_ASSESSMENT_SP1.items).map((i) => i.linkId);
    for (const id of [
      "outcome",
      "distress-score",
      "problem.pain",
      "other-concerns",
      "what-matters",
      "has-minors",
      "measures",
      "consent-municipality",
      "consent-gp",
      "next-step-action",
    ]) {
      expect(linkIds).toContain(id);
    }
    expect(linkIds.filter((id) => /^topic\.[a-z-]+\.status$/.test(id))).toHaveLength(14);
    expect(linkIds).toContain("topic.late-effects.status");
  });

  test("reuse the model's code lists for choice options", () => {
    const status = flattenItems(NEEDS_ASSESSMENT_SP1.items).find((i) => i.linkId === "topic.nutrition.status");
    expect(status?.type === "choice" && status.valueSet).toBe("topic-status");
  });

  test("SP3 does not offer a next interaction point", () => {
    const action = flattenItems(NEEDS_ASSESSMENT_SP3.items).find((i) => i.linkId === "next-step-action");
    expect(action?.type === "choice" && action.answerOption?.map((o) => o.code)).not.toContain(
      "next-interaction-point",
    );
  });
});

describe("shownAnswers", () => {
  test.each([
    [
      "drops answers to items a decline hides",
      {
        given: { outcome: "declined", "decline-reason": "not-now", "distress-score": 6, "what-matters": "Familien" },
        want: { outcome: "declined", "decline-reason": "not-now" },
      },
    ],
    [
      "drops unanswered values (empty text, empty list)",
      {
        given: { outcome: "completed", "what-matters": "", "distress-score": 2 },
        want: { outcome: "completed", "distress-score": 2 },
      },
    ],
    [
      "keeps entries of a repeating group and drops what their own answers hide",
      {
        given: {
          outcome: "completed",
          measures: [{ "measure-description": "Fysioterapi", "measure-contact-phone": "+47 22 33 44 55" }],
        },
        want: { outcome: "completed", measures: [{ "measure-description": "Fysioterapi" }] },
      },
    ],
    [
      "drops a repeating group that is hidden, and an empty one",
      {
        given: { outcome: "not-reached", measures: [{ "measure-description": "x" }], participants: [] },
        want: { outcome: "not-reached" },
      },
    ],
  ] as const)("%s", (_title, { given, want }) => {
    expect(shownAnswers(NEEDS_ASSESSMENT_SP1, given as FormAnswers)).toEqual(want);
  });

  propTest.prop([arbAnswers(NEEDS_ASSESSMENT_SP1), fc.constantFrom("declined", "not-reached")])(
    "what it keeps is never answered while hidden, and a second pass changes nothing",
    (answers, outcome) => {
      const flipped = { ...answers, outcome };
      const shown = shownAnswers(NEEDS_ASSESSMENT_SP1, flipped);
      const result = validateAnswers(NEEDS_ASSESSMENT_SP1, shown);
      const codes = result.success ? [] : result.error.issues.map((i) => i.code);
      expect(codes).not.toContain("answer_not_enabled");
      expect(shownAnswers(NEEDS_ASSESSMENT_SP1, shown)).toEqual(shown);
    },
  );

  propTest.prop([arbAnswers(NEEDS_ASSESSMENT_SP2)])("valid answers are kept as they are", (answers) => {
    expect(shownAnswers(NEEDS_ASSESSMENT_SP2, answers)).toEqual(answers);
  });
});
