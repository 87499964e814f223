/**
 * The vendor's mapping layer: its own encounter record → the SDK's canonical `Assessment`. The TypeScript types of the
 * model catch structural mistakes at compile time; `safeParseAssessment` (in app.ts) catches the values (check digits,
 * dates, cross-field rules) at run time.
 */
import { DT_LEGACY, scoreDistress } from "@pakkeforlop-hjem/instruments";
import {
  type Assessment,
  type ConsentEntry,
  type ConsentValue,
  type ConversationMode,
  IDENTIFIER_SYSTEMS,
  type Measure,
  type MinorEntry,
  type ProfessionCode,
  type ResponsiblePartyKind,
  SCHEMA_VERSION,
  TOPICS,
  type TopicKey,
  type TopicStatus,
  type Topics,
  type YesNo,
} from "@pakkeforlop-hjem/model";
import type { EhrAction, EhrEncounter, JN } from "./ehr-record.ts";

const MODE: Readonly<Record<EhrEncounter["form"], ConversationMode>> = {
  OPPMOTE: "in-person",
  VIDEO: "video",
  TELEFON: "phone",
};

const PROFESSION: Readonly<Record<EhrEncounter["behandler"]["tittel"], ProfessionCode>> = {
  Sykepleier: "SP",
  Lege: "LE",
  Fysioterapeut: "FT",
  Sosionom: "SO",
};

const TOPIC_STATUS: Readonly<Record<EhrEncounter["temaer"][number]["vurdering"], TopicStatus>> = {
  BEHOV: "need",
  INGEN_BEHOV: "no-need",
  IKKE_TATT_OPP: "not-discussed",
};

const RESPONSIBLE: Readonly<Record<EhrAction["ansvar"], ResponsiblePartyKind>> = {
  SYKEHUS: "hospital",
  KOMMUNE: "municipal-service",
  FASTLEGE: "gp",
  FRIVILLIG: "voluntary",
  PASIENT: "patient",
};

const POINT: Readonly<Record<EhrEncounter["kontakttype"], 1 | 2 | 3>> = { PFH1: 1, PFH2: 2, PFH3: 3 };

const consentOf = (v: JN | "IKKE_SPURT"): ConsentValue =>
  v === "J" ? "granted" : v === "N" ? "declined" : "not-asked";

/** dd.mm.yyyy → yyyy-mm-dd; anything else is passed on unchanged, so validation names the field. */
export function isoDate(norwegian: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(norwegian.trim());
  return m === null ? norwegian : `${m[3]}-${m[2]}-${m[1]}`;
}

const isTopic = (code: string | undefined): code is TopicKey =>
  code !== undefined && (TOPICS.codes as readonly string[]).includes(code);

/** What the mapping could not place; reported beside the model's issues. */
export interface MappingNote {
  readonly field: string;
  readonly problem: string;
}

/** The mapped document and what the mapping itself had to say. */
export interface Mapped {
  readonly assessment: Assessment;
  readonly notes: readonly MappingNote[];
}

/**
 * Maps one EHR encounter to an assessment. Pure: same record, same document.
 */
export function toAssessment(e: EhrEncounter): Mapped {
  const notes: MappingNote[] = [];
  const ip = POINT[e.kontakttype];

  const topics: { -readonly [K in TopicKey]?: { status: TopicStatus; note?: string } } = {};
  for (const t of e.temaer) {
    if (!isTopic(t.omrade)) {
      notes.push({ field: "temaer.omrade", problem: "unknown topic code; left out" });
      continue;
    }
    topics[t.omrade] = {
      status: TOPIC_STATUS[t.vurdering],
      ...(t.kommentar === undefined ? {} : { note: t.kommentar }),
    };
  }

  let distress: Assessment["distress"];
  if (e.termometer !== undefined) {
    const items: Record<string, YesNo> = {};
    for (const code of e.termometer.ja) {
      items[code] = "yes";
    }
    for (const code of e.termometer.nei) {
      items[code] = "no";
    }
    const scored = scoreDistress(DT_LEGACY, {
      score: e.termometer.skaar,
      items,
      ...(e.termometer.andreBekymringer === undefined ? {} : { otherConcerns: e.termometer.andreBekymringer }),
    });
    if (scored.success) {
      distress = scored.data.screening;
    } else {
      for (const issue of scored.error.issues) {
        notes.push({ field: `termometer.${issue.path.join(".")}`, problem: issue.code });
      }
    }
  }

  const measures: Measure[] = e.tiltak.map((a, i) => ({
    id: `${e.kontaktId}-t${i + 1}`,
    description: a.tekst,
    ...(isTopic(a.omrade) ? { topic: a.omrade } : {}),
    responsible: {
      kind: RESPONSIBLE[a.ansvar],
      ...(a.ansvarligEnhet === undefined ? {} : { unit: a.ansvarligEnhet }),
    },
    ...(a.frist === undefined ? {} : { dueOn: isoDate(a.frist) }),
    status: "planned",
  }));

  const minors: MinorEntry[] = (e.barn ?? []).map((b) => ({
    relation: b.relasjon === "BARN" ? "child" : "sibling",
    age: b.alder,
    informationGiven: b.informert === "J",
    ...(b.merknad === undefined ? {} : { situation: b.merknad }),
  }));

  const recorded = { recordedAt: e.tidspunkt, recordedBy: e.behandler.navn };
  const consent: ConsentEntry[] = [
    { recipient: "municipality", value: consentOf(e.samtykke.kommune), ...recorded },
    { recipient: "gp", value: consentOf(e.samtykke.fastlege), ...recorded },
  ];

  const assessment: Assessment = {
    schemaVersion: SCHEMA_VERSION,
    id: e.kontaktId,
    interactionPoint: ip,
    outcome: { status: "completed" },
    conductedAt: e.tidspunkt,
    mode: MODE[e.form],
    patient: {
      identifier: { system: IDENTIFIER_SYSTEMS.fnr, value: e.pasient.personnummer },
      name: { given: e.pasient.fornavn, family: e.pasient.etternavn },
      birthDate: isoDate(e.pasient.fodt),
      language: e.pasient.sprak,
      interpreterNeeded: e.pasient.tolk === "J",
      digital: e.pasient.helsenorge === "J",
      ageGroup: e.pasient.barn === "J" ? "child" : "adult",
    },
    respondent: "patient",
    participants: [{ kind: "patient" }],
    conductedBy: {
      name: e.behandler.navn,
      profession: PROFESSION[e.behandler.tittel],
      ...(e.behandler.hpr === undefined ? {} : { hpr: { system: IDENTIFIER_SYSTEMS.hpr, value: e.behandler.hpr } }),
      ...(e.behandler.telefon === undefined ? {} : { phone: e.behandler.telefon }),
    },
    organisation: {
      name: e.enhet.sykehus,
      kind: "hospital",
      unit: e.enhet.avdeling,
      ...(e.enhet.herId === undefined ? {} : { herId: { system: IDENTIFIER_SYSTEMS.her, value: e.enhet.herId } }),
      ...(e.enhet.orgnr === undefined ? {} : { orgnr: { system: IDENTIFIER_SYSTEMS.orgnr, value: e.enhet.orgnr } }),
    },
    diagnosis: { code: e.diagnose.icd10, text: e.diagnose.tekst, diagnosedOn: isoDate(e.diagnose.dato) },
    ...(distress === undefined ? {} : { distress }),
    ...(e.viktigForDeg === undefined ? {} : { whatMatters: e.viktigForDeg }),
    topics: topics as Topics,
    ...(e.barn === undefined ? {} : { children: { hasMinorChildrenOrSiblings: minors.length > 0, minors } }),
    measures,
    consent,
    ...(e.neste === undefined || ip === 3
      ? {}
      : {
          nextStep: {
            action: "next-interaction-point",
            interactionPoint: (ip + 1) as 2 | 3,
            plannedOn: isoDate(e.neste.dato),
            responsible: "municipal-service",
            ...(e.neste.merknad === undefined ? {} : { note: e.neste.merknad }),
          },
        }),
  };
  return { assessment, notes };
}
