import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { ev } from "../test/scenario.ts";
import { AHUS_PROFILE, BUILT_IN_PROFILES, NATIONAL_PROFILE, TRONDELAG_PROFILE } from "./built-in-profiles.ts";
import { profileIssues } from "./profile.ts";
import { qualityIndicatorsByPilot } from "./quality-indicators.ts";
import { replay } from "./replay.ts";
import { inScope, type ScopePatient } from "./scope.ts";

const during = "2023-03-01";

describe("inScope: the Ahus pilots (DOMAIN.md §5)", () => {
  test.each<[string, ScopePatient, string | undefined, string]>([
    ["rectal cancer in Nesodden", { diagnosisCode: "C20", municipality: "3212", on: during }, "ahus-pilot-1", "pilot"],
    ["pancreas in Nordre Follo", { diagnosisCode: "C25.0", municipality: "3207", on: during }, "ahus-pilot-1", "pilot"],
    ["intrahepatic bile duct", { diagnosisCode: "C22.1", municipality: "3207", on: during }, "ahus-pilot-1", "pilot"],
    [
      "liver cell carcinoma is not bile duct",
      { diagnosisCode: "C22.0", municipality: "3207", on: during },
      undefined,
      "national",
    ],
    [
      "breast cancer in Sør-Odal",
      { diagnosisCode: "C50.4", municipality: "3415", on: during },
      "ahus-pilot-2",
      "pilot",
    ],
    ["ovary in Ullensaker", { diagnosisCode: "C56", municipality: "3209", on: during }, "ahus-pilot-2", "pilot"],
    ["lung in Nittedal", { diagnosisCode: "C34.1", municipality: "3232", on: during }, "ahus-pilot-3", "pilot"],
    [
      "prostate in Oslo bydel Alna",
      { diagnosisCode: "C61", municipality: "0301", district: "030112", on: during },
      "ahus-pilot-4",
      "pilot",
    ],
    [
      "prostate elsewhere in Oslo",
      { diagnosisCode: "C61", municipality: "0301", district: "030113", on: during },
      undefined,
      "national",
    ],
    [
      "lung in Nesodden: wrong place for pilot 3",
      { diagnosisCode: "C34", municipality: "3212", on: during },
      undefined,
      "national",
    ],
    [
      "rectal cancer in Nesodden after the pilots",
      { diagnosisCode: "C20", municipality: "3212", on: "2024-02-01" },
      undefined,
      "national",
    ],
    ["a benign tumour", { diagnosisCode: "D12.6", municipality: "3212", on: during }, undefined, "outside-diagnosis"],
    [
      "uncertain behaviour not included",
      { diagnosisCode: "D47.1", municipality: "3212", on: during },
      undefined,
      "outside-diagnosis",
    ],
  ])("%s", (_title, patient, pilot, basis) => {
    const answer = inScope(AHUS_PROFILE, patient);
    expect([answer.pilot?.id, answer.basis, answer.inScope]).toEqual([
      pilot,
      basis,
      basis === "pilot" || basis === "national",
    ]);
    expect(answer.why).not.toContain(patient.diagnosisCode);
  });

  test("says why each earlier pilot did not take the patient", () => {
    const answer = inScope(AHUS_PROFILE, { diagnosisCode: "C34", municipality: "3212", on: during });
    expect(answer.misses).toEqual([
      { pilotId: "ahus-pilot-1", miss: "diagnosis" },
      { pilotId: "ahus-pilot-2", miss: "diagnosis" },
      { pilotId: "ahus-pilot-3", miss: "place" },
      { pilotId: "ahus-pilot-4", miss: "diagnosis" },
    ]);
  });
});

describe("inScope: Trøndelag and the national profile", () => {
  test.each<[string, ScopePatient, string | undefined]>([
    [
      "breast at St. Olavs",
      { diagnosisCode: "C50.9", hospital: "st-olavs", on: "2024-05-01" },
      "st-olavs-bryst-prostata",
    ],
    [
      "prostate at St. Olavs",
      { diagnosisCode: "C61", hospital: "ST-OLAVS", on: "2024-05-01" },
      "st-olavs-bryst-prostata",
    ],
    ["lung at St. Olavs", { diagnosisCode: "C34", hospital: "st-olavs", on: "2024-05-01" }, undefined],
    ["breast at another hospital", { diagnosisCode: "C50", hospital: "levanger", on: "2024-05-01" }, undefined],
  ])("%s", (_title, patient, pilot) => {
    const answer = inScope(TRONDELAG_PROFILE, patient);
    expect(answer.pilot?.id).toBe(pilot);
    expect(answer.inScope).toBe(true);
  });

  test("a profile that serves its pilots only leaves the others out", () => {
    const profile = { ...TRONDELAG_PROFILE, scope: { ...TRONDELAG_PROFILE.scope, pilotsOnly: true } };
    expect(profileIssues(profile)).toEqual([]);
    const answer = inScope(profile, { diagnosisCode: "C34", hospital: "st-olavs", on: "2024-05-01" });
    expect([answer.inScope, answer.basis]).toEqual([false, "outside-pilots"]);
  });

  propTest.prop([fc.constantFrom("C", "D"), fc.integer({ min: 0, max: 99 })])(
    "the national profile takes every code of C00–C97 and D00–D09 and nothing else",
    (letter, n) => {
      const code = `${letter}${String(n).padStart(2, "0")}`;
      const answer = inScope(NATIONAL_PROFILE, { diagnosisCode: code, on: "2025-01-01" });
      expect(answer.inScope).toBe(letter === "C" ? n <= 97 : n <= 9);
      expect(answer.pilot).toBeUndefined();
    },
  );

  test("refuses a day that is not an ISO date", () => {
    expect(() => inScope(NATIONAL_PROFILE, { diagnosisCode: "C50", on: "1.3.2023" })).toThrow(/ISO date/);
  });
});

describe("profile scope rules", () => {
  test.each(Object.entries(BUILT_IN_PROFILES))("%s: the scope is valid", (_id, profile) => {
    expect(profileIssues(profile)).toEqual([]);
  });

  test("pilot ids, dates and districts are checked", () => {
    const pilot = AHUS_PROFILE.scope?.pilots?.[3];
    if (pilot === undefined) {
      throw new Error("Ahus pilot 4 missing");
    }
    const bad = {
      ...AHUS_PROFILE,
      scope: {
        pilots: [
          pilot,
          {
            ...pilot,
            from: "2024-01-01",
            to: "2023-01-01",
            places: [{ municipality: "3212", district: "030112", name: "x" }],
          },
        ],
      },
    };
    expect(profileIssues(bad).map((i) => `${i.path.join(".")}: ${i.code}`)).toEqual([
      "scope.pilots.1.id: duplicate_pilot",
      "scope.pilots.1.to: pilot_dates",
      "scope.pilots.1.places.0.district: district_municipality",
    ]);
  });
});

describe("qualityIndicatorsByPilot", () => {
  test("groups by pilot, sorted, patients without a pilot last", () => {
    const done = replay([ev.included("2025-01-10"), ev.completed(1, "2025-02-03")], AHUS_PROFILE).state;
    const open = replay([ev.included("2025-01-10")], AHUS_PROFILE).state;
    const groups = qualityIndicatorsByPilot(
      [
        { state: open },
        { state: done, pilotId: "ahus-pilot-4" },
        { state: open, pilotId: "ahus-pilot-1" },
        { state: done, pilotId: "ahus-pilot-1" },
      ],
      { today: "2025-06-01" },
    );
    expect(groups.map((g) => [g.pilotId, g.indicators.patients, g.indicators.sp1Done.numerator])).toEqual([
      ["ahus-pilot-1", 2, 1],
      ["ahus-pilot-4", 1, 1],
      [undefined, 1, 0],
    ]);
  });

  test("checks today even with nobody to group", () => {
    expect(() => qualityIndicatorsByPilot([], { today: "soon" })).toThrow(/ISO date/);
  });
});
