/** Issue 16 part 4: the pre-visit answer (Helsenorge) is an event of the pathway (DOMAIN.md §5). */
import { formatIssue, type TopicKey } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { ev } from "../test/scenario.ts";
import { AHUS_PROFILE, NATIONAL_PROFILE } from "./built-in-profiles.ts";
import type { PathwayIssue } from "./issues.ts";
import { nextActions, type PointAction, type ReofferAction } from "./next-actions.ts";
import type { PathwayEvent, PreVisitAnsweredEvent } from "./pathway-event.ts";
import { preVisitEvent } from "./pre-visit.ts";
import { type Profile, profileIssues } from "./profile.ts";
import { replay } from "./replay.ts";

const answered = (date: string, fields: Partial<PreVisitAnsweredEvent>): PathwayEvent => ({
  type: "pre-visit-answered",
  id: `pv-${date}-${fields.answer ?? "talk"}`,
  at: `${date}T12:00:00+01:00`,
  interactionPoint: 1,
  answer: "talk",
  channel: "helsenorge",
  ...fields,
});
const withReoffer = { ...AHUS_PROFILE, preVisit: { reofferAfterMonths: 2 } };

const act = (events: PathwayEvent[], today: string, profile: Profile = withReoffer) =>
  nextActions(replay(events, profile).state, { today });
const point1 = (actions: ReturnType<typeof act>) =>
  actions.find((a): a is PointAction => a.kind === "interaction-point" && a.interactionPoint === 1);
const reoffer = (actions: ReturnType<typeof act>) => actions.find((a): a is ReofferAction => a.kind === "reoffer");

describe("no needs now, maybe later", () => {
  const events = [ev.included("2025-01-10"), answered("2025-01-20", { answer: "no-needs-now" })];

  test("defers the offer with the profile's re-offer date, shown in nextActions", () => {
    const state = replay(events, withReoffer).state;
    expect([state.points[0].status, state.points[0].reofferOn]).toEqual(["deferred", "2025-03-20"]);
    expect(reoffer(act(events, "2025-02-01"))).toMatchObject({
      after: "deferred",
      status: "not-due",
      dueOn: "2025-03-20",
    });
    expect(reoffer(act(events, "2025-03-20"))).toMatchObject({ status: "due" });
  });

  test("without a re-offer rule in the profile the re-offer is unscheduled, never invented", () => {
    expect(reoffer(act(events, "2025-02-01", NATIONAL_PROFILE))).toMatchObject({
      after: "deferred",
      status: "unscheduled",
    });
  });

  test("a later wish to talk reopens the offer", () => {
    const more = [...events, answered("2025-02-01", { answer: "talk", topics: ["nutrition"] })];
    expect(replay(more, withReoffer).state.points[0].status).toBe("offered");
    expect(reoffer(act(more, "2025-02-02"))).toBeUndefined();
  });
});

describe("topics the patient wants to raise", () => {
  test("become the agenda of the coming conversation, in topic order", () => {
    const events = [
      ev.included("2025-01-10"),
      answered("2025-01-20", { topics: ["sexual-health", "work-school"], otherTopic: true }),
    ];
    expect(point1(act(events, "2025-01-21"))).toMatchObject({
      agenda: ["work-school", "sexual-health"],
      agendaOther: true,
    });
  });

  test("a completed point takes no pre-visit answer", () => {
    const events = [ev.included("2025-01-10"), ev.completed(1, "2025-02-03"), answered("2025-02-05", {})];
    expect(replay(events, withReoffer).issues.map((i) => i.code)).toEqual(["point_already_completed"]);
  });
});

describe("a topic the patient raised that the conversation did not cover (issue 16)", () => {
  // The fixture's conversation records a status for work-school only.
  const raised = (topics: readonly TopicKey[]) => {
    const completed = ev.completed(1, "2025-02-03");
    return { completed, events: [ev.included("2025-01-10"), answered("2025-01-20", { topics }), completed] };
  };

  test("is recorded as it is, with a warning at the topic", () => {
    const { completed, events } = raised(["sexual-health", "work-school", "nutrition"]);
    const { state, issues } = replay(events, withReoffer);
    expect(state.points[0].status).toBe("completed");
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["raised_topic_not_covered", ["events", completed.id, "assessment", "topics", "nutrition"]],
      ["raised_topic_not_covered", ["events", completed.id, "assessment", "topics", "sexual-health"]],
    ]);
  });

  test("the warning's text names neither the topic nor anything the patient said, in nb, nn and en", () => {
    const { events } = raised(["sexual-health"]);
    const [issue] = replay(events, withReoffer).issues;
    for (const lang of ["nb", "nn", "en"] as const) {
      const text = formatIssue({ ...(issue as PathwayIssue), path: [] }, lang);
      expect(text).toMatch(/pasienten|the patient/);
      expect(text).not.toMatch(/sexual|seksual|raised_topic/);
    }
  });

  test("no warning when every raised topic has a status, nor for a topic raised for another point", () => {
    expect(replay(raised(["work-school"]).events, withReoffer).issues).toEqual([]);
    const sp2 = { ...answered("2025-01-21", { topics: ["nutrition"] }), id: "pv-sp2", interactionPoint: 2 as const };
    const { events } = raised(["work-school"]);
    expect(replay([...events, sp2], withReoffer).issues).toEqual([]);
  });

  test("a recipient's copy may lack topics on purpose and is not checked", () => {
    const { completed, events } = raised(["nutrition"]);
    if (completed.type !== "completed") {
      throw new Error("fixture");
    }
    const copy = {
      ...completed,
      assessment: { ...completed.assessment, redaction: { reasons: ["consent" as const] } },
    };
    expect(replay([...events.slice(0, 2), copy], withReoffer).issues).toEqual([]);
  });
});

describe("a self-reported thermometer", () => {
  test("is marked on the coming point for the conversation to confirm", () => {
    const events = [ev.included("2025-01-10"), answered("2025-01-20", { selfReported: true })];
    expect(point1(act(events, "2025-01-21"))?.selfReported).toBe(true);
    expect(replay(events, withReoffer).state.points[0].selfReportedAt).toBe("2025-01-20T12:00:00+01:00");
  });
});

describe("profile preVisit", () => {
  test("re-offer months must be 1–24", () => {
    expect(profileIssues(withReoffer)).toEqual([]);
    expect(profileIssues({ ...withReoffer, preVisit: { reofferAfterMonths: 0 } }).map((i) => i.code)).toEqual([
      "too_small",
    ]);
  });
});

describe("preVisitEvent", () => {
  const options = { id: "pv-1", at: "2025-01-20T12:00:00+01:00", interactionPoint: 1 as const };

  test("maps the pre-visit form's answer without its free texts", () => {
    const event = preVisitEvent(
      { wantsToTalk: true, topics: ["nutrition"], other: "Søvn" },
      { ...options, selfReported: true },
    );
    expect(event).toEqual({
      type: "pre-visit-answered",
      id: "pv-1",
      at: "2025-01-20T12:00:00+01:00",
      interactionPoint: 1,
      answer: "talk",
      topics: ["nutrition"],
      otherTopic: true,
      selfReported: true,
      channel: "helsenorge",
    });
    expect(JSON.stringify(event)).not.toContain("Søvn");
  });

  test("no needs now carries no topics, and replays into a deferral", () => {
    const event = preVisitEvent({ wantsToTalk: false, topics: ["nutrition"] }, { ...options, channel: "paper" });
    expect([event.answer, event.topics, event.channel]).toEqual(["no-needs-now", undefined, "paper"]);
    expect(replay([ev.included("2025-01-10"), event], withReoffer).state.points[0].status).toBe("deferred");
  });
});
