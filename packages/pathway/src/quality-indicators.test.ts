import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { ev } from "../test/scenario.ts";
import { NATIONAL_PROFILE } from "./built-in-profiles.ts";
import type { PathwayEvent } from "./pathway-event.ts";
import { qualityIndicators } from "./quality-indicators.ts";
import { replay } from "./replay.ts";

const stateOf = (events: PathwayEvent[]) => replay(events, NATIONAL_PROFILE).state;

const distressed = (measures: number, id: string): PathwayEvent => ({
  type: "completed",
  id,
  at: "2025-02-03T10:00:00+01:00",
  assessment: assessmentFixture({ id: `a-${id}`, distressScore: 6, measures }),
});

describe("qualityIndicators", () => {
  const states = [
    // SP1 28 days after diagnosis, SP2 inside its window, fastlege informed electronically.
    stateOf([
      ev.included("2025-01-10"),
      ev.completed(1, "2025-02-03"),
      ev.completed(2, "2025-04-22"),
      ev.gpInformed("2025-04-23", "assessment", 2),
    ]),
    // SP1 done with distress above threshold and one measure; SP2 window closed without SP2.
    stateOf([ev.included("2025-01-10"), distressed(1, "d1")]),
    // Distress above threshold without measures; handoff by phone.
    stateOf([
      ev.included("2025-01-10"),
      distressed(0, "d2"),
      {
        type: "handoff",
        id: "h",
        at: "2025-02-04T10:00:00+01:00",
        recipient: "municipality",
        about: "assessment",
        interactionPoint: 1,
        channel: "phone",
      },
    ]),
    // Included, SP1 declined.
    stateOf([ev.included("2025-01-10"), ev.declined(1, "2025-01-20")]),
    // Declined the pathway: not in the population.
    stateOf([ev.inclusionDeclined("2025-01-10")]),
  ];

  test("computes each indicator as documented", () => {
    const q = qualityIndicators(states, { today: "2025-06-01" });
    expect(q.patients).toBe(4);
    expect(q.sp1Done).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(q.daysDiagnosisToSp1).toEqual({ count: 3, value: 28 });
    expect(q.sp2InWindow).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
    expect(q.sp3InWindow).toEqual({ numerator: 0, denominator: 0 });
    expect(q.distressWithMeasure).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(q.electronicHandoffs).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });

  test("points whose window is still open count in neither part of the share", () => {
    const q = qualityIndicators(states, { today: "2025-04-30" });
    expect(q.sp2InWindow).toEqual({ numerator: 1, denominator: 1, value: 1 });
  });

  test("the median of an even count is the mean of the middle two", () => {
    const two = [
      stateOf([ev.included("2025-01-10"), ev.completed(1, "2025-01-16")]),
      stateOf([ev.included("2025-01-10"), ev.completed(1, "2025-01-26")]),
    ];
    expect(qualityIndicators(two, { today: "2025-02-01" }).daysDiagnosisToSp1).toEqual({ count: 2, value: 15 });
  });

  test("no states give empty shares, never NaN", () => {
    const q = qualityIndicators([], { today: "2025-02-01" });
    expect(q.sp1Done).toEqual({ numerator: 0, denominator: 0 });
    expect(q.daysDiagnosisToSp1).toEqual({ count: 0 });
  });
});
