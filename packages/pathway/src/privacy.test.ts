import { type Assessment, cancelAssessment, SHARABLE_PARTS } from "@pakkeforlop-hjem/model";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { describeActions, ev } from "../test/scenario.ts";
import { auditTrail } from "./audit.ts";
import { AHUS_PROFILE, NATIONAL_PROFILE, TRONDELAG_PROFILE } from "./built-in-profiles.ts";
import { nextActions } from "./next-actions.ts";
import type { PathwayEvent } from "./pathway-event.ts";
import { defineProfile, type Profile, safeParseProfile } from "./profile.ts";
import { replay } from "./replay.ts";
import { privacyFor, route } from "./route.ts";

const withGpWithhold = (a: Assessment): Assessment => ({
  ...a,
  consent: a.consent.map((c) =>
    c.recipient === "gp" ? { ...c, withhold: ["topic:mental-health", "free-text"] as const } : c,
  ),
});

describe("route carries privacy into each delivery (issue 9)", () => {
  test("the GP delivery carries the consent's withhold; the municipality and the patient get everything", () => {
    const a = withGpWithhold(assessmentFixture({ municipalityConsent: "granted", gpConsent: "granted" }));
    const { deliveries } = route(a, { ...NATIONAL_PROFILE, patientLetter: "paper" }, {});
    const byKind = Object.fromEntries(deliveries.map((d) => [d.recipient.kind, d]));
    expect(byKind.gp?.withhold).toEqual(["topic:mental-health", "free-text"]);
    expect(byKind.municipality?.withhold).toBeUndefined();
    expect(byKind.patient?.withhold).toBeUndefined();
  });

  test.each([NATIONAL_PROFILE, TRONDELAG_PROFILE, AHUS_PROFILE])(
    "the built-in profile $id needs everything: no delivery leaves anything out",
    (profile) => {
      const a = assessmentFixture({ municipalityConsent: "granted", gpConsent: "granted" });
      for (const d of route(a, profile, {}).deliveries) {
        expect(d.leaveOut).toBeUndefined();
        expect(d.withhold).toBeUndefined();
      }
    },
  );

  test("a profile's recipientNeeds leaves out what a recipient kind does not need", () => {
    const profile: Profile = defineProfile({
      ...NATIONAL_PROFILE,
      id: "minimal-gp",
      recipientNeeds: { gp: ["distress-score", "topics", "measures", "contact-point"] },
    });
    const a = assessmentFixture({ municipalityConsent: "granted", gpConsent: "granted" });
    const gp = privacyFor(a, profile, { kind: "gp" });
    expect(gp.leaveOut).toEqual(["problem-list", "what-matters", "children", "notes", "free-text"]);
    expect(privacyFor(a, profile, { kind: "municipality", service: "tjenestekontor" })).toEqual({});
  });

  test("a profile with an unknown part is refused", () => {
    const result = safeParseProfile({ ...NATIONAL_PROFILE, recipientNeeds: { gp: ["secrets"] } });
    expect(result.success).toBe(false);
    expect(SHARABLE_PARTS.codes).not.toContain("secrets");
  });
});

describe("a cancelled assessment is not done (issue 9)", () => {
  const meta = { reason: "Feil pasient", by: "Kari Nordmann", at: "2025-02-10T10:00:00+01:00" };

  test("an assessment-cancelled event puts the point back to pending and nextActions offers it again", () => {
    const included = ev.included("2025-01-10");
    const done = ev.completed(1, "2025-02-03");
    const cancelled: PathwayEvent = {
      type: "assessment-cancelled",
      id: "c1",
      at: "2025-02-10T10:00:00+01:00",
      assessmentId: "a-sp1",
    };
    const before = replay([included, done], NATIONAL_PROFILE).state;
    expect(before.points[0].status).toBe("completed");
    const { state, issues } = replay([included, done, cancelled], NATIONAL_PROFILE);
    expect(issues).toEqual([]);
    expect(state.points[0].status).toBe("pending");
    expect(state.points[0].assessmentId).toBeUndefined();
    expect(state.assessments).toEqual([]);
    expect(describeActions(nextActions(state, { today: "2025-02-11" }))[0]).toBe("SP1 open at hf1");
    expect(describeActions(nextActions(before, { today: "2025-02-11" }))[0]).not.toBe("SP1 open at hf1");
  });

  test("a completed event whose assessment is cancelled has the same effect, in any order", () => {
    const included = ev.included("2025-01-10");
    const done = ev.completed(1, "2025-02-03");
    const doc = (done as Extract<PathwayEvent, { type: "completed" }>).assessment;
    const again: PathwayEvent = {
      type: "completed",
      id: "c2",
      at: "2025-02-10T10:00:00+01:00",
      assessment: cancelAssessment(doc, meta).assessment,
    };
    const a = replay([included, done, again], NATIONAL_PROFILE).state;
    const b = replay([again, done, included], NATIONAL_PROFILE).state;
    expect(a.points[0].status).toBe("pending");
    expect(b).toEqual(a);
  });

  test("cancelling an unknown assessment reports unknown_assessment and changes nothing", () => {
    const included = ev.included("2025-01-10");
    const { state, issues } = replay(
      [included, { type: "assessment-cancelled", id: "c3", at: "2025-02-10T10:00:00+01:00", assessmentId: "nope" }],
      NATIONAL_PROFILE,
    );
    expect(issues.map((i) => i.code)).toEqual(["unknown_assessment"]);
    expect(state.points[0].status).toBe("pending");
  });
});

describe("auditTrail", () => {
  test("lists who got which version of which parts, and the amendments, in time order", () => {
    const a = withGpWithhold(assessmentFixture({ municipalityConsent: "granted", gpConsent: "granted" }));
    const { deliveries } = route(a, NATIONAL_PROFILE, {});
    const cancelled = cancelAssessment(a, {
      reason: "Feil",
      by: "Kari Nordmann",
      at: "2025-02-05T09:00:00+01:00",
    }).assessment;
    const trail = auditTrail({
      sent: [
        ...deliveries.map((delivery) => ({ delivery, at: "2025-02-03T12:00:00+01:00" })),
        ...deliveries.map((delivery) => ({
          delivery,
          at: "2025-02-05T09:05:00+01:00",
          version: 2,
          message: "cancellation" as const,
        })),
      ],
      assessments: [cancelled],
    });
    expect(trail.map((e) => `${e.kind} ${e.at.slice(0, 10)} v${e.version}`)).toEqual([
      "sent 2025-02-03 v1",
      "sent 2025-02-03 v1",
      "amended 2025-02-05 v2",
      "sent 2025-02-05 v2",
      "sent 2025-02-05 v2",
    ]);
    const gp = trail.find((e) => e.kind === "sent" && e.recipient.kind === "gp");
    expect(gp?.kind === "sent" && gp.heldBack).toEqual(["topic:mental-health", "free-text"]);
    expect(gp?.kind === "sent" && gp.parts).not.toContain("topic:mental-health");
    expect(gp?.kind === "sent" && gp.parts).not.toContain("free-text");
    expect(JSON.stringify(trail)).not.toContain("Feil");
  });
});
