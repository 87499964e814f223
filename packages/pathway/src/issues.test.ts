import { formatIssue, LANGS } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import {
  formatPathwayIssue,
  PATHWAY_ISSUES,
  type PathwayIssue,
  type PathwayIssueCode,
  type PathwayIssueParams,
} from "./issues.ts";

/** One issue of every code with params as the code defines them: the compiler demands every code. */
const SAMPLES: { readonly [TCode in PathwayIssueCode]: PathwayIssueParams[TCode] } = {
  missing_interaction_point: { interactionPoint: 3 },
  duplicate_interaction_point: { interactionPoint: 2 },
  missing_window: { interactionPoint: 2 },
  window_order: {},
  window_sequence: { interactionPoint: 3 },
  duplicate_sender_system: {},
  no_message_kind: {},
  template_required: {},
  conflicting_duplicate: { versions: 2 },
  event_before_inclusion: { type: "offered" },
  already_included: {},
  event_after_end: { type: "completed", endedBy: "closed" },
  point_out_of_order: { interactionPoint: 2, requires: 1 },
  point_already_completed: { interactionPoint: 1 },
  assessment_not_completed: { outcome: "declined" },
  anchor_fallback: { anchor: "informed" },
  unknown_assessment: {},
  icd10_range: { problem: "benign" },
  diagnosis_out_of_scope: {},
  not_deceased: {},
  raised_topic_not_covered: {},
  duplicate_pilot: {},
  pilot_dates: {},
  district_municipality: {},
};

const make = PATHWAY_ISSUES.issue as (code: string, path: (string | number)[], params: object) => PathwayIssue;

describe("PATHWAY_ISSUES", () => {
  test("declares exactly the package's codes", () => {
    expect([...PATHWAY_ISSUES.codes].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  test.each(Object.entries(SAMPLES))("writes %s in nb, nn and en through formatIssue", (code, params) => {
    const i = make(code, ["events", "e1"], params);
    const texts = LANGS.map((lang) => formatIssue(i, lang));
    for (const text of texts) {
      expect(text.startsWith("events.e1: ")).toBe(true);
      expect(text).not.toMatch(/undefined/);
    }
    expect(texts[2]).toBe(i.message);
    expect(texts[0]).not.toBe(texts[2]);
  });

  test("formatPathwayIssue (deprecated) is formatIssue, also for the model's codes", () => {
    const own = PATHWAY_ISSUES.issue("window_order", ["interactionPoints", 0, "window", "toMonths"]);
    const model = { code: "required", path: ["id"], message: "", params: {} } as const;
    for (const lang of LANGS) {
      expect(formatPathwayIssue(own, lang)).toBe(formatIssue(own, lang));
      expect(formatPathwayIssue(model, lang)).toBe(formatIssue(model, lang));
    }
  });
});
