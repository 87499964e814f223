import { fc, test as propTest } from "@fast-check/vitest";
import { TOPICS, type TopicKey } from "@pakkeforlop-hjem/model";
import { arbAssessmentContext } from "@pakkeforlop-hjem/test-utils/instruments";
import { describe, expect, test } from "vitest";
import { agendaAnswers, withAgenda } from "./agenda.ts";
import { type AssessmentContext, answersToAssessment } from "./answers-to-assessment.ts";
import type { FormItem } from "./form.ts";
import { NEEDS_ASSESSMENT_SP1, THERMOMETER_LEGACY_FORM } from "./forms.ts";
import { lintForm } from "./lint-form.ts";

const topicGroups = (items: readonly FormItem[]) =>
  (items.find((i) => i.linkId === "topics") as Extract<FormItem, { type: "group" }>).items;

describe("withAgenda (issue 16)", () => {
  test("the topics the patient raised come first and say so", () => {
    const form = withAgenda(NEEDS_ASSESSMENT_SP1, ["nutrition", "work-school"]);
    const groups = topicGroups(form.items);
    expect(groups.slice(0, 2).map((g) => g.linkId)).toEqual(["topic.work-school", "topic.nutrition"]);
    expect(groups[0]?.help?.nb).toContain("Pasienten ønsker å snakke om dette");
    expect(groups[2]?.help).toBeUndefined();
    expect(lintForm(form)).toEqual([]);
  });

  propTest.prop([fc.subarray([...TOPICS.codes] as TopicKey[])])(
    "keeps every linkId, only reordered, and leaves other items alone",
    (agenda) => {
      const form = withAgenda(NEEDS_ASSESSMENT_SP1, agenda);
      const ids = topicGroups(form.items).map((g) => g.linkId);
      expect([...ids].sort()).toEqual(
        topicGroups(NEEDS_ASSESSMENT_SP1.items)
          .map((g) => g.linkId)
          .sort(),
      );
      expect(ids.slice(0, agenda.length).sort()).toEqual(agenda.map((k) => `topic.${k}`).sort());
      expect(form.items.map((i) => i.linkId)).toEqual(NEEDS_ASSESSMENT_SP1.items.map((i) => i.linkId));
    },
  );

  test("no agenda, or a form without topics: the form itself", () => {
    expect(withAgenda(NEEDS_ASSESSMENT_SP1, [])).toBe(NEEDS_ASSESSMENT_SP1);
    expect(withAgenda(THERMOMETER_LEGACY_FORM, ["nutrition"])).toEqual(THERMOMETER_LEGACY_FORM);
  });
});

describe("agendaAnswers (issue 16)", () => {
  test("pre-selects the raised topics in code-list order, without unknown keys or duplicates", () => {
    expect(agendaAnswers(["nutrition", "work-school", "nutrition", "nope" as TopicKey])).toEqual({
      "wish-topics": ["work-school", "nutrition"],
    });
    expect(agendaAnswers([])).toEqual({});
  });

  test("the answered agenda topics say the patient raised them", () => {
    const ctx = fc.sample(arbAssessmentContext(), { numRuns: 1, seed: 16 })[0] as AssessmentContext;
    const answers = {
      ...agendaAnswers(["nutrition", "mental-health"]),
      outcome: "completed",
      mode: "in-person",
      "patient-age-group": ctx.patient.ageGroup,
      respondent: "patient",
      "topic.nutrition.status": "need",
      "topic.coping.status": "no-need",
    };
    const r = answersToAssessment(withAgenda(NEEDS_ASSESSMENT_SP1, ["nutrition", "mental-health"]), answers, ctx);
    expect(r.success && r.data.topics).toEqual({
      nutrition: { status: "need", raisedBy: "patient" },
      coping: { status: "no-need" },
    });
  });
});
