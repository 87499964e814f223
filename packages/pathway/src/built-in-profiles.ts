/**
 * The built-in regional profiles, as data (DOMAIN.md §1: what the guideline leaves to regions is configuration).
 * Each one names its sources; `pnpm gen` also ships them as JSON in `schemas/profiles/`. Where a regional report
 * says nothing about a setting, the profile keeps the national value and the docs say so
 * (`docs/regional-profiles.md`).
 */
import type { Profile } from "./profile.ts";

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
 * Helsefellesskapet i søndre Trøndelag (report 2024; DOMAIN.md §1, §5): SP1 at the hospital, SP2 and SP3 in the
 * municipality; the SP1 result goes to the municipality's saksbehandlertjeneste and the fastlege. Hospitals on
 * Helseplattformen send a Helsefaglig dialog, hospitals on DocuLive a letter in epikrise format; other senders
 * (the municipality after SP2/SP3) use the national Helsefaglig dialog.
 * @example
 * ```ts
 * route(assessment, TRONDELAG_PROFILE, { senderSystem: "doculive" }).deliveries[0]?.messageKind; // "epikrise"
 * ```
 */
export const TRONDELAG_PROFILE: Profile = {
  ...NATIONAL_PROFILE,
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
};

/**
 * The Ahus region (Ahus / Helse Sør-Øst learning network 2022–23; DOMAIN.md §1, §5): when the patient moves between
 * two hospitals, the hospital that starts treatment does SP1; DIPS sends the regional document template as an EDI
 * document; letters to the patient go through Helsenorge, or on paper to patients who are not digital.
 * @example
 * ```ts
 * route(assessment, AHUS_PROFILE, { senderSystem: "dips" }).deliveries[0]?.messageKind; // "dips-edi-template"
 * ```
 */
export const AHUS_PROFILE: Profile = {
  ...NATIONAL_PROFILE,
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
    bySenderSystem: [{ system: "dips", messageKind: "dips-edi-template" }],
    default: "helsefaglig-dialog",
  },
  patientLetter: "helsenorge-or-paper",
};

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
