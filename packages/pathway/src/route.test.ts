import { test as propTest } from "@fast-check/vitest";
import type { ConsentValue } from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { arbPathwayEvents, arbProfile, assessmentFixture, fc } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { describeDeliveries, describeWithheld } from "../test/scenario.ts";
import { AHUS_PROFILE, NATIONAL_PROFILE, TRONDELAG_PROFILE } from "./built-in-profiles.ts";
import type { Profile } from "./profile.ts";
import { replay } from "./replay.ts";
import { effectiveConsent, PATHWAY_MARKING, route, templateFor } from "./route.ts";

interface Row {
  readonly sp: 1 | 2 | 3;
  readonly municipality?: ConsentValue;
  readonly gp?: ConsentValue;
  readonly sender?: string;
  readonly digital?: boolean;
}

type Case = [title: string, given: Row, deliveries: string[], withheld: string[]];

const scenarios = (profile: Profile, rows: Case[]) =>
  test.each(rows)("%s", (_title, row, wantDeliveries, wantWithheld) => {
    const assessment = assessmentFixture({
      interactionPoint: row.sp,
      conductedAt: row.sp === 1 ? "2025-02-03T10:00:00+01:00" : "2025-04-22T10:00:00+02:00",
      digital: row.digital ?? true,
      ...(row.municipality === undefined ? {} : { municipalityConsent: row.municipality }),
      ...(row.gp === undefined ? {} : { gpConsent: row.gp }),
    });
    const result = route(assessment, profile, row.sender === undefined ? {} : { senderSystem: row.sender });
    expect(describeDeliveries(result.deliveries)).toEqual(wantDeliveries);
    expect(describeWithheld(result.withheld)).toEqual(wantWithheld);
  });

describe("route under the national profile", () => {
  scenarios(NATIONAL_PROFILE, [
    [
      "SP1 with consent: one way in to the saksbehandlertjeneste, copy to the fastlege",
      { sp: 1, municipality: "granted" },
      ["municipality/saksbehandlertjeneste nhn helsefaglig-dialog primary", "gp nhn helsefaglig-dialog copy"],
      [],
    ],
    [
      "SP1, patient declined the municipality: only the fastlege",
      { sp: 1, municipality: "declined" },
      ["gp nhn helsefaglig-dialog primary"],
      ["municipality: municipality_consent_declined"],
    ],
    [
      "SP1, patient not asked: nothing to the municipality",
      { sp: 1, municipality: "not-asked" },
      ["gp nhn helsefaglig-dialog primary"],
      ["municipality: municipality_consent_not_asked"],
    ],
    [
      "SP1, no consent recorded: nothing to the municipality",
      { sp: 1 },
      ["gp nhn helsefaglig-dialog primary"],
      ["municipality: municipality_consent_absent"],
    ],
    [
      "SP1, patient declined the fastlege: municipality only",
      { sp: 1, municipality: "granted", gp: "declined" },
      ["municipality/saksbehandlertjeneste nhn helsefaglig-dialog primary"],
      ["gp: gp_consent_declined"],
    ],
    ["SP2 in the municipality: inform the fastlege", { sp: 2 }, ["gp nhn helsefaglig-dialog primary"], []],
    [
      "SP3 in the municipality: inform the fastlege",
      { sp: 3, municipality: "granted" },
      ["gp nhn helsefaglig-dialog primary"],
      [],
    ],
  ]);
});

describe("route under the Trøndelag profile", () => {
  scenarios(TRONDELAG_PROFILE, [
    [
      "SP1 from Helseplattformen: Helsefaglig dialog",
      { sp: 1, municipality: "granted", sender: "helseplattformen" },
      ["municipality/saksbehandlertjeneste nhn helsefaglig-dialog primary", "gp nhn helsefaglig-dialog copy"],
      [],
    ],
    [
      "SP1 from DocuLive: letter in epikrise format",
      { sp: 1, municipality: "granted", sender: "DocuLive" },
      ["municipality/saksbehandlertjeneste nhn epikrise primary", "gp nhn epikrise copy"],
      [],
    ],
    [
      "SP1 from DocuLive without consent: the fastlege still gets the epikrise",
      { sp: 1, municipality: "declined", sender: "doculive" },
      ["gp nhn epikrise primary"],
      ["municipality: municipality_consent_declined"],
    ],
    [
      "SP2 from a municipal EHR: Helsefaglig dialog to the fastlege",
      { sp: 2, sender: "gerica" },
      ["gp nhn helsefaglig-dialog primary"],
      [],
    ],
  ]);
});

describe("route under the Ahus profile", () => {
  test("a DIPS sender's deliveries over Norsk Helsenett name the regional template; other senders none (issue 16 point 1)", () => {
    const assessment = assessmentFixture({ interactionPoint: 1, municipalityConsent: "granted", digital: true });
    const dips = route(assessment, AHUS_PROFILE, { senderSystem: "DIPS" }).deliveries;
    expect(dips.filter((d) => d.channel === "nhn").map((d) => d.template)).toEqual([
      "ahus-dips-regional",
      "ahus-dips-regional",
    ]);
    expect(dips.filter((d) => d.channel !== "nhn").every((d) => d.template === undefined)).toBe(true);
    expect(route(assessment, AHUS_PROFILE).deliveries.every((d) => d.template === undefined)).toBe(true);
    expect(templateFor(AHUS_PROFILE, "dips")).toBe("ahus-dips-regional");
    expect(templateFor(TRONDELAG_PROFILE, "doculive")).toBeUndefined();
  });

  scenarios(AHUS_PROFILE, [
    [
      "SP1 from DIPS, digital patient: EDI template, letter on Helsenorge",
      { sp: 1, municipality: "granted", sender: "dips" },
      [
        "municipality/saksbehandlertjeneste nhn dips-edi-template primary",
        "gp nhn dips-edi-template copy",
        "patient helsenorge patient-letter primary",
      ],
      [],
    ],
    [
      "SP1 from DIPS, patient not digital: the letter goes on paper",
      { sp: 1, municipality: "granted", sender: "dips", digital: false },
      [
        "municipality/saksbehandlertjeneste nhn dips-edi-template primary",
        "gp nhn dips-edi-template copy",
        "patient paper patient-letter primary",
      ],
      [],
    ],
  ]);
});

describe("route", () => {
  test("every delivery carries the pathway marking and cites a source", () => {
    const a = assessmentFixture({ municipalityConsent: "granted" });
    const { deliveries } = route(a, AHUS_PROFILE, { senderSystem: "dips" });
    expect(deliveries.length).toBe(3);
    for (const d of deliveries) {
      expect(d.marking).toBe("Pakkeforløp hjem for pasienter med kreft");
      expect(d.source).toMatch(/DOMAIN\.md §/);
      expect(d.assessmentId).toBe(a.id);
      expect(d.profileId).toBe("ahus");
    }
  });

  test("a declined SP1 routes no result, only the GP notice (rule 9)", () => {
    const a = assessmentFixture({ municipalityConsent: "granted", outcome: "declined" });
    const result = route(a, NATIONAL_PROFILE);
    expect(result.deliveries.map((d) => [d.recipient.kind, d.rule, d.messageKind, d.channel, d.role])).toEqual([
      ["gp", "gp-decline-notice", "gp-decline-notice", "nhn", "primary"],
    ]);
    expect(result.deliveries[0]?.marking).toBe(PATHWAY_MARKING);
    expect(describeWithheld(result.withheld)).toEqual(["municipality: not_completed", "gp: not_completed"]);
  });

  test.each(Object.values({ NATIONAL_PROFILE, TRONDELAG_PROFILE, AHUS_PROFILE }))(
    "a declined SP1 under $id sends the GP notice whatever the sender system",
    (profile) => {
      const a = assessmentFixture({ outcome: "declined" });
      for (const senderSystem of [undefined, "dips", "doculive", "helseplattformen"]) {
        const result = route(a, profile, senderSystem === undefined ? {} : { senderSystem });
        expect(result.deliveries.map((d) => d.messageKind)).toEqual(["gp-decline-notice"]);
      }
    },
  );

  test("a declined SP1 with the fastlege declined: not even the notice goes", () => {
    const a = assessmentFixture({ outcome: "declined", gpConsent: "declined" });
    const result = route(a, NATIONAL_PROFILE);
    expect(result.deliveries).toEqual([]);
    expect(describeWithheld(result.withheld)).toContain("gp: gp_consent_declined");
  });

  test("a declined SP2 (in the municipality) sends no GP notice", () => {
    const a = assessmentFixture({ interactionPoint: 2, outcome: "declined" });
    expect(route(a, NATIONAL_PROFILE).deliveries).toEqual([]);
  });

  test("declining only the municipality: the GP copy and the patient letter go as before", () => {
    const a = assessmentFixture({ municipalityConsent: "declined", digital: false });
    const result = route(a, AHUS_PROFILE);
    expect(result.deliveries.map((d) => `${d.recipient.kind}/${d.rule}/${d.channel}`)).toEqual([
      "gp/gp-copy/nhn",
      "patient/patient-letter/paper",
    ]);
    expect(describeWithheld(result.withheld)).toEqual(["municipality: municipality_consent_declined"]);
  });

  test("a profile without a message kind for the sender withholds with a reason", () => {
    const profile: Profile = {
      ...TRONDELAG_PROFILE,
      messages: { bySenderSystem: TRONDELAG_PROFILE.messages.bySenderSystem },
    };
    const result = route(assessmentFixture({ municipalityConsent: "granted" }), profile, { senderSystem: "dips" });
    expect(describeWithheld(result.withheld)).toEqual(["municipality: no_message_kind", "gp: no_message_kind"]);
  });

  test("a consent withdrawn after the conversation stops the municipality delivery", () => {
    const a = assessmentFixture({ municipalityConsent: "granted" });
    const consent = { municipality: { value: "declined" as const, at: "2025-02-04T08:00:00+01:00" } };
    expect(effectiveConsent(a, "municipality", consent)).toBe("declined");
    expect(describeWithheld(route(a, NATIONAL_PROFILE, { consent }).withheld)).toEqual([
      "municipality: municipality_consent_declined",
    ]);
  });

  test("the marking constant is the guideline's name", () => {
    expect(PATHWAY_MARKING).toBe("Pakkeforløp hjem for pasienter med kreft");
  });
});

describe("route (properties)", () => {
  propTest.prop([arbAssessment(), arbProfile(), fc.constantFrom(undefined, "dips", "doculive", "helseplattformen")], {
    numRuns: 150,
  })("never delivers to the municipality without consent granted, and marks every delivery", (a, profile, sender) => {
    const { deliveries, withheld } = route(a, profile, sender === undefined ? {} : { senderSystem: sender });
    const toMunicipality = deliveries.filter((d) => d.recipient.kind === "municipality");
    if (toMunicipality.length > 0) {
      expect(effectiveConsent(a, "municipality")).toBe("granted");
      expect(a.outcome.status).toBe("completed");
    }
    for (const d of deliveries) {
      expect(d.marking).toBe(PATHWAY_MARKING);
    }
    expect(deliveries.length + withheld.length).toBeGreaterThan(0);
  });

  propTest.prop([arbPathwayEvents({ maxSteps: 16 }), arbProfile()], { numRuns: 150 })(
    "no event sequence yields a municipality delivery without the patient's latest consent",
    (events, profile) => {
      const { state } = replay(events, profile);
      for (const event of events) {
        if (event.type !== "completed") {
          continue;
        }
        const { deliveries } = route(event.assessment, profile, { consent: state.consent });
        if (deliveries.some((d) => d.recipient.kind === "municipality")) {
          expect(effectiveConsent(event.assessment, "municipality", state.consent)).toBe("granted");
          const latest = [
            ...event.assessment.consent
              .filter((c) => c.recipient === "municipality")
              .map((c) => ({ at: c.recordedAt, value: c.value })),
            ...(state.consent.municipality === undefined ? [] : [state.consent.municipality]),
          ].sort((x, y) => Date.parse(y.at) - Date.parse(x.at))[0];
          expect(latest?.value).toBe("granted");
        }
      }
    },
  );
});
