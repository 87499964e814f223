/**
 * The `scope` vectors (issue 16 point 3; DOMAIN.md §1, §5 "Pilots"): whether a profile serves a patient, under which
 * pilot and why. Every pilot of Ahus and Trøndelag with each of its cancer groups and places, the national default,
 * places and diagnoses next to a pilot's, the pilots' first and last days and the days around them, benign and
 * uncertain-behaviour diagnoses, and a regional profile that serves its pilots only and includes D37–D48.
 */
import {
  INFORMATIONAL_KEYS,
  normalizeJson,
  type ScopeVectorPatient,
  sdkImplementation as sdk,
} from "@pakkeforlop-hjem/conformance";
import {
  AHUS_PROFILE,
  NATIONAL_ICD10_SCOPE,
  NATIONAL_PROFILE,
  type Profile,
  TRONDELAG_PROFILE,
  UNCERTAIN_BEHAVIOUR_ICD10,
} from "@pakkeforlop-hjem/pathway";
import { stableJson } from "../../../scripts/artifacts.ts";
import type { VectorBuilder } from "./questionnaire-responses.ts";

/** Ahus with the uncertain-behaviour range (D37–D48) and only its pilots: the `outside-pilots` basis. */
const AHUS_PILOTS_ONLY: Profile = {
  ...AHUS_PROFILE,
  id: "ahus-pilots-only",
  scope: {
    icd10: [...NATIONAL_ICD10_SCOPE, UNCERTAIN_BEHAVIOUR_ICD10],
    pilots: AHUS_PROFILE.scope?.pilots ?? [],
    pilotsOnly: true,
  },
};

const IN_PILOT = "2023-03-01";
const ALNA = { municipality: "0301", district: "030112" } as const;

type Case = readonly [name: string, description: string, patient: ScopeVectorPatient];

const p = (diagnosisCode: string, place: Partial<ScopeVectorPatient> = {}, on = IN_PILOT): ScopeVectorPatient => ({
  diagnosisCode,
  ...place,
  on,
});

const AHUS_CASES: readonly Case[] = [
  ["pilot-1.colon.nesodden", "pilot 1: colon cancer in Nesodden", p("C18.7", { municipality: "3212" })],
  ["pilot-1.rectum.nordre-follo", "pilot 1: rectal cancer in Nordre Follo", p("C20", { municipality: "3207" })],
  ["pilot-1.oesophagus", "pilot 1: oesophageal cancer", p("C15.5", { municipality: "3212" })],
  ["pilot-1.stomach", "pilot 1: stomach cancer", p("C16", { municipality: "3207" })],
  ["pilot-1.bile-duct", "pilot 1: intrahepatic bile duct cancer (C22.1)", p("C22.1", { municipality: "3212" })],
  ["pilot-1.biliary-tract", "pilot 1: other biliary tract cancer", p("C24.0", { municipality: "3207" })],
  ["pilot-1.pancreas", "pilot 1: pancreatic cancer", p("C25.9", { municipality: "3212" })],
  ["pilot-1.liver", "liver cancer (C22.0) is not pilot 1's: national", p("C22.0", { municipality: "3212" })],
  ["pilot-2.breast.nannestad", "pilot 2: breast cancer in Nannestad", p("C50.9", { municipality: "3238" })],
  ["pilot-2.cervix.ullensaker", "pilot 2: cervical cancer in Ullensaker", p("C53", { municipality: "3209" })],
  ["pilot-2.uterus.sor-odal", "pilot 2: uterine cancer in Sør-Odal", p("C54.1", { municipality: "3415" })],
  ["pilot-2.ovary", "pilot 2: ovarian cancer", p("C56", { municipality: "3209" })],
  ["pilot-3.lung.lillestrom", "pilot 3: lung cancer in Lillestrøm", p("C34.1", { municipality: "3205" })],
  ["pilot-3.lung.nittedal", "pilot 3: lung cancer in Nittedal", p("C34", { municipality: "3232" })],
  ["pilot-3.first-day", "pilot 3 on its first day", p("C34", { municipality: "3205" }, "2022-01-01")],
  ["pilot-3.last-day", "pilot 3 on its last day", p("C34", { municipality: "3205" }, "2023-12-31")],
  ["pilot-3.day-before", "the day before the pilots began: national", p("C34", { municipality: "3205" }, "2021-12-31")],
  ["pilot-3.day-after", "the day after the pilots ended: national", p("C34", { municipality: "3205" }, "2024-01-01")],
  ["pilot-3.colon-in-lillestrom", "colon cancer in pilot 3's place: national", p("C18", { municipality: "3205" })],
  ["pilot-4.prostate.alna", "pilot 4: prostate cancer in Oslo, bydel Alna", p("C61", ALNA)],
  ["pilot-4.bladder.alna", "pilot 4: bladder cancer in bydel Alna", p("C67.9", ALNA)],
  ["pilot-4.kidney.alna", "pilot 4: kidney cancer in bydel Alna", p("C64", ALNA)],
  [
    "pilot-4.other-district",
    "prostate cancer in another Oslo district: national",
    p("C61", { ...ALNA, district: "030101" }),
  ],
  ["pilot-4.no-district", "prostate cancer in Oslo without a district: national", p("C61", { municipality: "0301" })],
  ["no-place", "breast cancer with no municipality known: national", p("C50.9")],
  ["benign.d12", "a benign colon tumour (D12.6) is outside the pathway", p("D12.6", { municipality: "3212" })],
  ["benign.d25", "a uterine leiomyoma (D25.9) is outside the pathway", p("D25.9", { municipality: "3238" })],
  ["uncertain.d47", "D47.1 is outside unless the region includes D37–D48", p("D47.1", { municipality: "3212" })],
  [
    "in-situ.d05",
    "carcinoma in situ of the breast (D05.1) in Nannestad: national",
    p("D05.1", { municipality: "3238" }),
  ],
  ["not-a-code", "a value that is no ICD-10 code is outside", p("lung", { municipality: "3205" })],
];

const TRONDELAG_CASES: readonly Case[] = [
  ["breast.st-olavs", "breast cancer at St. Olavs: the pilot", p("C50.4", { hospital: "st-olavs" }, "2024-05-01")],
  ["prostate.st-olavs", "prostate cancer at St. Olavs: the pilot", p("C61", { hospital: "st-olavs" }, "2024-05-01")],
  ["lung.st-olavs", "lung cancer at St. Olavs: national", p("C34.9", { hospital: "st-olavs" }, "2024-05-01")],
  [
    "breast.levanger",
    "breast cancer at another hospital: national",
    p("C50.4", { hospital: "levanger" }, "2024-05-01"),
  ],
  ["breast.no-hospital", "breast cancer, hospital not known: national", p("C50.4", {}, "2024-05-01")],
  ["benign.d25", "a benign tumour is outside the pathway", p("D25.9", { hospital: "st-olavs" }, "2024-05-01")],
];

const NATIONAL_CASES: readonly Case[] = [
  ["lung", "every new cancer diagnosis is in the national scope", p("C34.9", { municipality: "5001" }, "2025-01-10")],
  ["c97", "C97 (multiple primaries) is in scope", p("C97", {}, "2025-01-10")],
  ["d09", "carcinoma in situ (D09.9) is in scope", p("D09.9", {}, "2025-01-10")],
  ["c00", "the first cancer category (C00.0) is in scope", p("C00.0", {}, "2025-01-10")],
  ["d37", "D37.0 (uncertain behaviour) is outside the national scope", p("D37.0", {}, "2025-01-10")],
  ["benign.d12", "a benign tumour (D12.6) is outside", p("D12.6", {}, "2025-01-10")],
];

const PILOTS_ONLY_CASES: readonly Case[] = [
  ["pilot-2", "a pilot patient is in scope", p("C50.9", { municipality: "3238" })],
  ["outside-pilots", "breast cancer outside the pilots' places: outside-pilots", p("C50.9", { municipality: "0301" })],
  [
    "uncertain.d47-outside-pilots",
    "D47.1 is in the region's ICD-10 scope but in no pilot",
    p("D47.1", { municipality: "3212" }),
  ],
  ["benign.d12", "a benign tumour stays outside", p("D12.6", { municipality: "3212" })],
];

/** The `scope` vectors; `profilePaths` are the profile inputs already written (by id). */
export function scopes(b: VectorBuilder, profilePaths: Map<string, string>): void {
  const pilotsOnlyPath = b.file(`inputs/profiles/${AHUS_PILOTS_ONLY.id}.json`, stableJson(AHUS_PILOTS_ONLY));
  const sets: readonly [Profile, string, readonly Case[]][] = [
    [NATIONAL_PROFILE, profilePaths.get(NATIONAL_PROFILE.id) as string, NATIONAL_CASES],
    [AHUS_PROFILE, profilePaths.get(AHUS_PROFILE.id) as string, AHUS_CASES],
    [TRONDELAG_PROFILE, profilePaths.get(TRONDELAG_PROFILE.id) as string, TRONDELAG_CASES],
    [AHUS_PILOTS_ONLY, pilotsOnlyPath, PILOTS_ONLY_CASES],
  ];
  for (const [profile, path, cases] of sets) {
    for (const [name, description, patient] of cases) {
      const answer = sdk.inScope?.(profile, patient);
      if (answer === undefined || answer instanceof Promise) {
        throw new Error("the SDK's inScope is synchronous");
      }
      b.add({
        id: `scope/${profile.id}/${name}`,
        kind: "scope",
        description: `${profile.id}: ${description}`,
        inputs: { profile: path },
        input: { patient },
        expected: { json: normalizeJson(answer, INFORMATIONAL_KEYS) },
        source:
          profile === AHUS_PILOTS_ONLY
            ? "hand-curated: the ahus profile with D37–D48 and pilotsOnly"
            : "hand-curated (DOMAIN.md §5 Pilots; SSB KLASS 131 and 103)",
      });
    }
  }
}
