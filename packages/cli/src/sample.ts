/**
 * The demo's sample: a copy of `examples/data/sp1-consent-all.json` (a synthetic SP1 conversation with a Tenor test
 * identifier, so the demo validates with test numbers allowed; a test keeps the copy equal to the example) and an
 * envelope from the hospital to the municipality's single point of entry (made-up HER-ids).
 */
import type { Envelope } from "@pakkeforlop-hjem/edi";

/** The sample assessment as JSON data (validated by the demo like any input). */
export const SAMPLE_ASSESSMENT: unknown = {
  schemaVersion: "1.0",
  id: "sp1-kari-2026",
  interactionPoint: 1,
  outcome: {
    status: "completed",
  },
  conductedAt: "2026-03-10T10:30:00+01:00",
  mode: "in-person",
  patient: {
    identifier: {
      system: "urn:oid:2.16.578.1.12.4.1.4.1",
      value: "15837210094",
    },
    name: {
      given: "Kari",
      family: "Testpasient",
    },
    birthDate: "1972-03-15",
    language: "nb",
    interpreterNeeded: false,
    digital: true,
    ageGroup: "adult",
  },
  respondent: "patient",
  participants: [
    {
      kind: "patient",
    },
    {
      kind: "relative",
      relation: "ektefelle",
      name: "Per Testpasient",
    },
  ],
  conductedBy: {
    name: "Siri Testsykepleier",
    profession: "SP",
    role: "17",
    hpr: {
      system: "urn:oid:2.16.578.1.12.4.1.4.4",
      value: "9144889",
    },
    phone: "+47 61 13 40 00",
  },
  organisation: {
    name: "Sykehuset Innlandet HF",
    kind: "hospital",
    unit: "Kreftavdelingen, Gjøvik",
    herId: {
      system: "urn:oid:2.16.578.1.12.4.1.2",
      value: "8143530",
    },
    orgnr: {
      system: "urn:oid:2.16.578.1.12.4.1.4.101",
      value: "800012341",
    },
  },
  diagnosis: {
    code: "C50.4",
    text: "Brystkreft",
    diagnosedOn: "2026-02-20",
  },
  distress: {
    instrument: {
      id: "dt-legacy",
      version: "1.0",
    },
    score: 6,
    period: "past-week-including-today",
    items: [
      {
        code: "work-school",
        value: "yes",
      },
      {
        code: "partner",
        value: "no",
      },
      {
        code: "worry",
        value: "yes",
      },
      {
        code: "sleep",
        value: "yes",
      },
      {
        code: "fatigue",
        value: "yes",
      },
      {
        code: "pain",
        value: "no",
      },
    ],
    otherConcerns: "Bekymret for økonomien fremover.",
    thresholdRule: {
      id: "score-at-or-above",
      version: "1.0",
      cutoff: 4,
    },
    aboveThreshold: true,
  },
  whatMatters: "Å være mest mulig hjemme med familien og komme tilbake i jobb.",
  topics: {
    "family-network": {
      status: "no-need",
    },
    "work-school": {
      status: "need",
      note: "Usikker på når hun kan gå tilbake til jobb.",
    },
    "finances-housing": {
      status: "no-need",
    },
    "help-at-home": {
      status: "not-discussed",
    },
    rehabilitation: {
      status: "need",
      note: "Ønsker kontakt med fysioterapeut etter operasjonen.",
    },
    "physical-activity": {
      status: "no-need",
    },
    nutrition: {
      status: "need",
      note: "Redusert matlyst.",
    },
    "self-care": {
      status: "no-need",
    },
    coping: {
      status: "no-need",
    },
    "leisure-social": {
      status: "not-discussed",
    },
    "mental-health": {
      status: "need",
      note: "Bekymret og sover dårlig.",
    },
    "sexual-health": {
      status: "not-discussed",
    },
    "oral-health": {
      status: "no-need",
    },
    "late-effects": {
      status: "not-discussed",
    },
  },
  children: {
    hasMinorChildrenOrSiblings: true,
    minors: [
      {
        relation: "child",
        age: 12,
        situation: "Går i 7. klasse, vet om diagnosen.",
        informationGiven: true,
        followUp: "Helsesykepleier på skolen informeres etter samtykke.",
      },
    ],
    childResponsibleContact: {
      name: "Anne Barneansvarlig",
      role: "Barneansvarlig personell",
      unit: "Kreftavdelingen",
      phone: "+47 61 13 40 10",
    },
  },
  measures: [
    {
      id: "m1",
      description: "Henvisning til fysioterapeut i kommunen.",
      topic: "rehabilitation",
      responsible: {
        kind: "municipal-service",
        unit: "Fysio- og ergoterapitjenesten",
        contact: {
          name: "Tjenestekontoret",
          phone: "+47 61 18 90 00",
        },
      },
      dueOn: "2026-04-15",
      status: "planned",
    },
    {
      id: "m2",
      description: "Samtale med kreftsykepleier om søvn og bekymring.",
      topic: "mental-health",
      responsible: {
        kind: "hospital",
        unit: "Kreftpoliklinikken",
      },
      dueOn: "2026-03-24",
      status: "planned",
    },
    {
      id: "m3",
      description: "Kontakt med Vardesenteret.",
      topic: "coping",
      responsible: {
        kind: "voluntary",
      },
      status: "planned",
    },
  ],
  contactPoint: {
    name: "Ola Kreftkoordinator",
    role: "Kreftkoordinator",
    unit: "Gjøvik kommune",
    phone: "+47 61 18 95 00",
  },
  consent: [
    {
      recipient: "municipality",
      value: "granted",
      recordedAt: "2026-03-10T10:55:00+01:00",
      recordedBy: "Siri Testsykepleier",
    },
    {
      recipient: "gp",
      value: "granted",
      recordedAt: "2026-03-10T10:55:00+01:00",
      recordedBy: "Siri Testsykepleier",
    },
  ],
  nextStep: {
    action: "next-interaction-point",
    interactionPoint: 2,
    plannedOn: "2026-06-01",
    responsible: "municipal-service",
    note: "Kreftkoordinator tar kontakt.",
  },
};

/** The sample envelope: hospital cancer department to the municipality's single point of entry. */
export const SAMPLE_ENVELOPE: Envelope = {
  sender: {
    organisation: { name: "Sykehuset Innlandet HF", herId: "8143530", orgnr: "800012341" },
    service: { name: "Kreftavdelingen, Gjøvik", herId: "8143531", phone: "+47 61 13 40 00" },
  },
  receiver: {
    organisation: { name: "Gjøvik kommune", herId: "8143600" },
    service: { name: "Saksbehandlertjeneste helse og omsorg", herId: "8143601" },
  },
};
