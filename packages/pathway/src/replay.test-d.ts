import type { IssueCode } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import {
  type CompletedEvent,
  NATIONAL_PROFILE,
  type NextAction,
  nextActions,
  type PathwayEvent,
  type PathwayIssueCode,
  type PathwayState,
  type Profile,
  replay,
  safeParsePathwayEvent,
  safeParseProfile,
} from "./index.ts";

declare const events: readonly PathwayEvent[];
declare const input: unknown;

describe("replay and nextActions", () => {
  test("replay returns the state and every issue on the way, with pathway and model codes", () => {
    const { state, issues } = replay(events, NATIONAL_PROFILE);
    expectTypeOf(state).toEqualTypeOf<PathwayState>();
    expectTypeOf(issues[0]!.code).toEqualTypeOf<PathwayIssueCode | IssueCode>();
  });

  test("an action narrows on its kind", () => {
    const state = replay(events, NATIONAL_PROFILE).state;
    for (const action of nextActions(state, { today: "2026-03-01" })) {
      expectTypeOf(action).toExtend<NextAction>();
      if (action.kind === "notice") {
        expectTypeOf<"ask-municipality-consent">().toExtend<typeof action.notice>();
        expectTypeOf<string>().not.toExtend<typeof action.notice>();
        expectTypeOf(action).not.toHaveProperty("timing");
      } else if (action.kind === "interaction-point") {
        expectTypeOf(action.timing).toEqualTypeOf<"not-due" | "open" | "overdue">();
      }
    }
  });

  test("nextActions needs today: the SDK never reads the clock", () => {
    const state = replay(events, NATIONAL_PROFILE).state;
    // @ts-expect-error: `today` is required
    nextActions(state, {});
    // @ts-expect-error: options are an object
    nextActions(state, "2026-03-01");
  });
});

describe("events and profiles", () => {
  test("an event narrows on its type: only a completed event carries an assessment", () => {
    const e = {} as PathwayEvent;
    if (e.type === "completed") {
      expectTypeOf(e).toEqualTypeOf<CompletedEvent>();
    } else {
      expectTypeOf(e).not.toHaveProperty("assessment");
    }
  });

  test("safeParsePathwayEvent and safeParseProfile narrow on success", () => {
    const event = safeParsePathwayEvent(input, { allowTestNumbers: true });
    if (event.success) {
      expectTypeOf(event.data).toEqualTypeOf<PathwayEvent>();
    }
    const profile = safeParseProfile(input);
    if (profile.success) {
      expectTypeOf(profile.data).toEqualTypeOf<Profile>();
    } else {
      expectTypeOf(profile.error.issues[0]!.code).toEqualTypeOf<PathwayIssueCode | IssueCode>();
    }
  });
});
