import { isSdkError } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { createThresholdRule, DEFAULT_THRESHOLD_RULE, isAboveThreshold } from "./threshold-rule.ts";

describe("createThresholdRule", () => {
  test("defaults to score-at-or-above 1.0 with cut-off 4", () => {
    expect(DEFAULT_THRESHOLD_RULE).toEqual({ id: "score-at-or-above", version: "1.0", cutoff: 4 });
  });

  test.each([
    ["cut-off 3 keeps the default id", { cutoff: 3 }, { id: "score-at-or-above", version: "1.0", cutoff: 3 }],
    [
      "a regional id and version",
      { cutoff: 5, id: "helse-nord-dt", version: "2" },
      { id: "helse-nord-dt", version: "2", cutoff: 5 },
    ],
  ])("makes a rule: %s", (_, given, want) => {
    expect(createThresholdRule(given)).toEqual(want);
  });

  test.each([
    ["a fractional cut-off", { cutoff: 3.5 }],
    ["a cut-off above 10", { cutoff: 11 }],
    ["a malformed id", { cutoff: 4, id: "has space" }],
    ["a malformed version", { cutoff: 4, version: "v1" }],
  ])("throws invalid_argument for %s", (_, given) => {
    try {
      createThresholdRule(given);
      expect.unreachable();
    } catch (e) {
      expect(isSdkError(e) && e.code === "invalid_argument").toBe(true);
    }
  });
});

describe("isAboveThreshold", () => {
  test.each([
    [3, 4, false],
    [4, 4, true],
    [2, 3, false],
    [3, 3, true],
    [4, 5, false],
    [5, 5, true],
  ])("score %i with cut-off %i is above: %s", (score, cutoff, want) => {
    expect(isAboveThreshold(score, createThresholdRule({ cutoff }))).toBe(want);
  });
});
