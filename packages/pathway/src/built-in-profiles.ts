/**
 * The built-in regional profiles, as data (DOMAIN.md §1: what the guideline leaves to regions is configuration).
 * Each one names its sources; `pnpm gen` also ships them as JSON in `schemas/profiles/`. Where a regional report
 * says nothing about a setting, the profile keeps the national value and the docs say so
 * (`docs/regional-profiles.md`).
 */
import type { Pilot, Profile } from "./profile.ts";

/**
 * SSB's official numbers for the pilots' places (DOMAIN.md §5 "Pilots"): municipality numbers from SSB's
 * classification of municipalities (KLASS 131, "Standard for kommuneinndeling", version valid from 2024-01-01,
 * https://www.ssb.no/klass/klassifikasjoner/131) and the city-district number of Oslo bydel Alna from SSB's
 * classification of city districts (KLASS 103, "Standard for bydelsinndeling", https://www.ssb.no/klass/klassifikasjoner/103).
 */
const SSB_2024 = "SSB KLASS 131 (kommuner, 2024) and KLASS 103 (bydeler)";

/**
 * The Ahus pilots of the learning network 2022–23 (DOMAIN.md §5 "Pilots"). The report names the years, not the
 * start dates of each pilot, so every pilot runs from 2022-01-01 to 2023-12-31.
 */
const AHUS_PILOTS: readonly Pilot[] = /* @__PURE__ */ (() => [
  {
    id: "ahus-pilot-1",
    name: "Pilot 1: tykk- og endetarm, spiserør, magesekk, galleveier og bukspyttkjertel",
    // colorectal C18–C20, oesophagus C15, stomach C16, intrahepatic bile duct C22.1, other biliary tract C24,
    // pancreas C25.
    icd10: [
      { from: "C15", to: "C16" },
      { from: "C18", to: "C20" },
      { from: "C22.1", to: "C22.1" },
      { from: "C24", to: "C25" },
    ],
    places: [
      { municipality: "3212", name: "Nesodden" },
      { municipality: "3207", name: "Nordre Follo" },
    ],
    from: "2022-01-01",
    to: "2023-12-31",
    source: `DOMAIN.md §5 (Ahus pilot 1); ${SSB_2024}`,
  },
  {
    id: "ahus-pilot-2",
    name: "Pilot 2: bryst- og gynekologisk kreft",
    // breast C50, cervix C53, uterus C54–C55, ovary C56.
    icd10: [
      { from: "C50", to: "C50" },
      { from: "C53", to: "C56" },
    ],
    places: [
      { municipality: "3238", name: "Nannestad" },
      { municipality: "3209", name: "Ullensaker" },
      { municipality: "3415", name: "Sør-Odal" },
    ],
    from: "2022-01-01",
    to: "2023-12-31",
    source: `DOMAIN.md §5 (Ahus pilot 2); ${SSB_2024}`,
  },
  {
    id: "ahus-pilot-3",
    name: "Pilot 3: lungekreft",
    icd10: [{ from: "C34", to: "C34" }],
    places: [
      { municipality: "3205", name: "Lillestrøm" },
      { municipality: "3232", name: "Nittedal" },
    ],
    from: "2022-01-01",
    to: "2023-12-31",
    source: `DOMAIN.md §5 (Ahus pilot 3); ${SSB_2024}`,
  },
  {
    id: "ahus-pilot-4",
    name: "Pilot 4: urologisk kreft (prostata, blære, nyre)",
    // prostate C61, kidney C64, bladder C67.
    icd10: [
      { from: "C61", to: "C61" },
      { from: "C64", to: "C64" },
      { from: "C67", to: "C67" },
    ],
    places: [{ municipality: "0301", district: "030112", name: "Oslo, bydel Alna" }],
    from: "2022-01-01",
    to: "2023-12-31",
    source: `DOMAIN.md §5 (Ahus pilot 4); ${SSB_2024}`,
  },
])();

/**
 * The Trøndelag pilot (DOMAIN.md §5 "Pilots"): breast and prostate cancer at St. Olavs hospital. The hospital token
 * is `st-olavs`; the report gives no dates, so the pilot is open-ended.
 */
const TRONDELAG_PILOTS: readonly Pilot[] = /* @__PURE__ */ (() => [
  {
    id: "st-olavs-bryst-prostata",
    name: "St. Olavs: bryst- og prostatakreft",
    icd10: [
      { from: "C50", to: "C50" },
      { from: "C61", to: "C61" },
    ],
    hospitals: ["st-olavs"],
    source: "DOMAIN.md §5 (Trøndelag pilot)",
  },
])();

const GUIDELINE = {
  title: "Pakkeforløp hjem for pasienter med kreft, Helsedirektoratet v1.0 (2021/2022)",
  section: "DOMAIN.md §1",
  url: "https://helsebiblioteket.no/innhold/pakkeforlop/pasienter-med-kreft",
} as const;

const ADDRESSING = {
  title:
    "Adressering av pleie- og omsorgsmeldinger mellom helseforetak og kommuner (Helseopplysninger til saksbehandlertjenesten)",
  section: "research/domain.md §6.1",
  url: "https://ehelse.no/adressering-av-pleie-og-omsorgsmeldinger-mellom-helseforetak-og-kommuner",
} as const;

/**
 * The national default (DOMAIN.md §1, §6): SP1 in the hospital, SP2 and SP3 in the municipality, windows 3–4 and
 * 12–18 months from the diagnosis date, the SP1 result to the municipality's saksbehandlertjeneste with a copy to
 * the fastlege, as a Helsefaglig dialog. The hospitals agree who does SP1 when the patient moves; a relapse
 * restarts the points (the guideline includes relapses as new patients and says no more; DOMAIN.md §1).
 * @example
 * ```ts
 * const { state } = replay(events, NATIONAL_PROFILE);
 * ```
 */
export const NATIONAL_PROFILE: Profile = {
  id: "national",
  version: "1.0",
  name: "Nasjonal standard",
  description:
    "Pakkeforløp hjem as the national guideline describes it. Use it where no regional agreement says otherwise.",
  sources: [
    GUIDELINE,
    ADDRESSING,
    { title: "National messaging standards (Helsefaglig dialog)", section: "DOMAIN.md §6" },
  ],
  anchor: "diagnosis",
  interactionPoints: [
    { interactionPoint: 1, setting: "hospital", conductedBy: ["lege", "sykepleier", "forløpskoordinator"] },
    {
      interactionPoint: 2,
      setting: "municipality",
      window: { fromMonths: 3, toMonths: 4 },
      conductedBy: ["kreftkoordinator", "kreftsykepleier", "fastlege"],
    },
    {
      interactionPoint: 3,
      setting: "municipality",
      window: { fromMonths: 12, toMonths: 18 },
      conductedBy: ["kreftkoordinator", "kreftsykepleier", "fastlege"],
    },
  ],
  sp1OnTransfer: "hospitals-agree",
  entryPoint: "saksbehandlertjeneste",
  gpCopy: true,
  messages: { bySenderSystem: [], default: "helsefaglig-dialog" },
  patientLetter: "none",
  relapse: "restart",
};

/**
 * A region's profile: the national one with the region's changes. A function call a bundler may drop (issue 19): an
 * object spread at module level would keep every regional profile in a bundle that uses only the national one.
 */
function regional(changes: Partial<Profile>): Profile {
  return { ...NATIONAL_PROFILE, ...changes };
}

/**
 * Helsefellesskapet i søndre Trøndelag (report 2024; DOMAIN.md §1, §5): SP1 at the hospital, SP2 and SP3 in the
 * municipality; the SP1 result goes to the municipality's saksbehandlertjeneste and the fastlege. Hospitals on
 * Helseplattformen send a Helsefaglig dialog, hospitals on DocuLive a letter in epikrise format; other senders
 * (the municipality after SP2/SP3) use the national Helsefaglig dialog.
 * @example
 * ```ts
 * route(assessment, TRONDELAG_PROFILE, { senderSystem: "doculive" }).deliveries[0]?.messageKind; // "epikrise"
 * ```
 */
export const TRONDELAG_PROFILE: Profile = /* @__PURE__ */ regional({
  id: "sondre-trondelag",
  version: "1.0",
  name: "Helsefellesskapet i søndre Trøndelag",
  description:
    "SP1 at St. Olavs hospital, SP2 and SP3 in the municipality; one way in through the saksbehandlertjeneste and a " +
    "copy to the fastlege; the message kind follows the sending hospital's EHR.",
  sources: [
    { title: "Helsefellesskapet i søndre Trøndelag, report on Pakkeforløp hjem (2024)", section: "DOMAIN.md §1, §5" },
    GUIDELINE,
  ],
  messages: {
    bySenderSystem: [
      { system: "helseplattformen", messageKind: "helsefaglig-dialog" },
      { system: "doculive", messageKind: "epikrise" },
    ],
    default: "helsefaglig-dialog",
  },
  // DOMAIN.md §5 "Paper beside the EHR": Helsedirektoratet's patient brochure is sent along on paper.
  letterEnclosures: [
    { title: "Pakkeforløp hjem for pasienter med kreft", publisher: "Helsedirektoratet", with: "paper" },
  ],
  scope: { pilots: TRONDELAG_PILOTS },
});

/**
 * The Ahus region (Ahus / Helse Sør-Øst learning network 2022–23; DOMAIN.md §1, §5): when the patient moves between
 * two hospitals, the hospital that starts treatment does SP1; DIPS sends the regional document template
 * (`ahus-dips-regional` in the epikrise package) as the text of an Epikrise 1.2; letters to the patient go through Helsenorge, or on paper to patients who are not digital.
 * @example
 * ```ts
 * route(assessment, AHUS_PROFILE, { senderSystem: "dips" }).deliveries[0]?.template; // "ahus-dips-regional"
 * ```
 */
export const AHUS_PROFILE: Profile = /* @__PURE__ */ regional({
  id: "ahus",
  version: "1.0",
  name: "Ahus-området (Helse Sør-Øst)",
  description:
    "The hospital that starts treatment does SP1 when the patient moves between two hospitals; DIPS sends the " +
    "regional EDI document template; patient letters through Helsenorge or on paper.",
  sources: [
    { title: "Ahus / Helse Sør-Øst learning network on Pakkeforløp hjem (2022–23)", section: "DOMAIN.md §1, §5" },
    GUIDELINE,
  ],
  sp1OnTransfer: "treating-hospital",
  messages: {
    // Issue 16 point 1: the regional DIPS template's text, sent in an Epikrise 1.2 (how DIPS sends documents).
    bySenderSystem: [{ system: "dips", messageKind: "dips-edi-template", template: "ahus-dips-regional" }],
    default: "helsefaglig-dialog",
  },
  patientLetter: "helsenorge-or-paper",
  scope: { pilots: AHUS_PILOTS },
});

/**
 * Every built-in profile by id.
 * @example
 * ```ts
 * const profile = BUILT_IN_PROFILES["sondre-trondelag"];
 * ```
 */
export const BUILT_IN_PROFILES: {
  readonly national: Profile;
  readonly "sondre-trondelag": Profile;
  readonly ahus: Profile;
} = { national: NATIONAL_PROFILE, "sondre-trondelag": TRONDELAG_PROFILE, ahus: AHUS_PROFILE };
