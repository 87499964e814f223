/** helsepersonelloven § 10b (DOMAIN.md §1): the reminder about bereaved children survives a recorded close. */
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { NATIONAL_PROFILE } from "./built-in-profiles.ts";
import { type NoticeAction, nextActions } from "./next-actions.ts";
import type { PathwayEvent } from "./pathway-event.ts";
import { replay } from "./replay.ts";

const at = (date: string) => `${date}T10:00:00+01:00`;
const included: PathwayEvent = { type: "included", id: "e1", at: at("2025-01-10"), diagnosedOn: "2025-01-06" };
const withChildren = (count: number): PathwayEvent => ({
  type: "completed",
  id: "e2",
  at: at("2025-02-03"),
  assessment: {
    ...assessmentFixture({ municipalityConsent: "granted" }),
    children: {
      hasMinorChildrenOrSiblings: count > 0,
      minors: Array.from({ length: count }, (_, i) => ({
        relation: "child" as const,
        age: 5 + i,
        informationGiven: true,
      })),
    },
  },
});
const deceased: PathwayEvent = { type: "deceased", id: "e3", at: at("2025-03-01") };
const closed: PathwayEvent = { type: "closed", id: "e4", at: at("2025-03-02"), reason: "deceased" };
const checked: PathwayEvent = { type: "bereaved-children-checked", id: "e5", at: at("2025-03-03") };

const notices = (events: PathwayEvent[]) =>
  nextActions(replay(events, NATIONAL_PROFILE).state, { today: "2025-03-10" }).filter(
    (a): a is NoticeAction => a.kind === "notice",
  );

describe("§ 10b reminder", () => {
  test("survives a recorded close and counts the children found in SP1", () => {
    const out = notices([included, withChildren(2), deceased, closed]);
    expect(out.map((n) => [n.notice, n.minorsKnown])).toEqual([["check-bereaved-children", 2]]);
  });

  test("says when no conversation recorded the children", () => {
    const out = notices([included, deceased, closed]);
    expect(out.map((n) => [n.notice, n.minorsKnown])).toEqual([["check-bereaved-children", undefined]]);
    expect(out[0]?.why).toContain("no conversation recorded");
  });

  test("counts zero when SP1 recorded no minors", () => {
    expect(notices([included, withChildren(0), deceased]).map((n) => n.minorsKnown)).toEqual([0]);
  });

  test("ends once the check is recorded, before or after the close", () => {
    expect(notices([included, withChildren(1), deceased, closed, checked])).toEqual([]);
    const { state } = replay([included, deceased, checked], NATIONAL_PROFILE);
    expect(nextActions(state, { today: "2025-03-10" }).map((a) => a.kind)).toEqual(["close-pathway"]);
  });

  test("a check without a recorded death is an issue and changes nothing", () => {
    const { state, issues } = replay([included, checked], NATIONAL_PROFILE);
    expect(issues.map((i) => i.code)).toEqual(["not_deceased"]);
    expect(state.bereavedChildrenCheckedAt).toBeUndefined();
  });

  test("a closed pathway of a living patient still yields nothing", () => {
    expect(nextActions(replay([included, closed], NATIONAL_PROFILE).state, { today: "2025-03-10" })).toEqual([]);
  });
});
