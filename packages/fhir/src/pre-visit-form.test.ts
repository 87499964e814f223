import { lintForm, validateAnswers } from "@pakkeforlop-hjem/instruments";
import { describe, expect, test } from "vitest";
import { answersToPreVisit, PRE_VISIT_FORM } from "./pre-visit-form.ts";

describe("PRE_VISIT_FORM", () => {
  test("passes the instruments' form lint", () => {
    expect(lintForm(PRE_VISIT_FORM)).toEqual([]);
  });

  test("accepts 'no needs now, maybe later' and hides the topics then", () => {
    expect(validateAnswers(PRE_VISIT_FORM, { wish: "no-needs-now" }).success).toBe(true);
    expect(validateAnswers(PRE_VISIT_FORM, { wish: "no-needs-now", "wish-topics": ["nutrition"] }).success).toBe(false);
  });
});

describe("answersToPreVisit", () => {
  test("keeps the model's topic order and the free texts", () => {
    expect(
      answersToPreVisit({
        wish: "talk",
        "wish-topics": ["oral-health", "nutrition"],
        "wish-other": "x",
        "what-matters": "y",
      }),
    ).toEqual({ wantsToTalk: true, topics: ["nutrition", "oral-health"], other: "x", whatMatters: "y" });
    expect(answersToPreVisit({ wish: "no-needs-now" })).toEqual({ wantsToTalk: false, topics: [] });
  });
});
