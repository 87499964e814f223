/**
 * The hand-curated cases of the conformance vectors: what each vector feeds in. Assessments are derived from
 * `examples/data` by small, named changes; identifiers are made with the SDK's control-digit helper from stems that
 * belong to no living person (synthetic Tenor/NAV numbers, the 1800s century, the 2032 rule not yet issued).
 * Expected results are never written here: `gen.ts` asks the SDK for them.
 */
import type { Envelope } from "@pakkeforlop-hjem/edi";
import { controlDigitsFor, IDENTIFIER_SYSTEMS } from "@pakkeforlop-hjem/model";

/** A JSON document we change in place. */
export type Doc = Record<string, any>;

/** An assessment validation case: a base example, a change, the options. */
export interface AssessmentCase {
  readonly name: string;
  readonly description: string;
  readonly base: string;
  /** What the change does, for the manifest's `source`. */
  readonly change?: string;
  readonly patch?: (doc: Doc) => void;
  /** Replaces the document altogether (not an object, for instance). */
  readonly replace?: unknown;
  readonly allowTestNumbers?: boolean;
}

/** A person number from a 9-digit stem and its classic control digits. */
export function withControlDigits(stem: string): string {
  const cd = controlDigitsFor(stem);
  if (cd === undefined) {
    throw new Error(`stem ${stem} has no control digits; pick another individual number`);
  }
  return stem + cd;
}

/** The first stem from `stems` that has classic control digits. */
export function firstValid(stems: readonly string[]): string {
  for (const s of stems) {
    if (controlDigitsFor(s) !== undefined) {
      return withControlDigits(s);
    }
  }
  throw new Error("no stem with control digits");
}

export const individuals = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(3, "0")}`);

/** A Tenor FNR born 2025-01-01 (for the future-birth-date rule). */
export const TENOR_2025 = firstValid(individuals("018125", 500, 999));
/** Valid control digits but 30 February (1855). */
export const FNR_30_FEB = firstValid(individuals("300255", 500, 749));
/** Valid control digits, individual 750–899 with year 45: no century. */
export const FNR_NO_CENTURY = firstValid(individuals("010145", 750, 899));
/** An FH-nummer (first digit 8). */
export const FHN = firstValid(individuals("812345", 0, 999));

/** Tenor FNR of Kari (examples/data, 1972-03-15). */
export const KARI_TENOR = "15837210094";
/** The same birth date as a NAV/Dolly synthetic number (month + 40). */
export const KARI_NAV = firstValid(individuals("154372", 100, 199));
/** A Tenor D-nummer for the same birth date (day + 40, month + 80). */
export const KARI_DNR_TENOR = firstValid(individuals("558372", 100, 199));
/** Production-format FNR born 1855 (individual 500–749 with year ≥ 55 is the 1800s): no living person has it. */
export const FNR_1855 = firstValid(individuals("170555", 500, 749));
/** Production-format D-nummer born 1855. */
export const DNR_1855 = firstValid(individuals("570555", 500, 749));
/** Production-format H-nummer born 1855 (month + 40). */
export const HNR_1855 = firstValid(individuals("174555", 500, 749));

/** Finds a number valid only under the 2032 rule (K1 remainder 1–3, K2 classic) for a stem prefix. */
export function rule2032Number(prefix6: string): string {
  const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let ind = 500; ind < 750; ind++) {
    const stem = `${prefix6}${String(ind).padStart(3, "0")}`;
    for (let k1 = 0; k1 <= 9; k1++) {
      const d = [...stem, String(k1)].map(Number);
      const r1 = (W1.reduce((s, w, i) => s + w * (d[i] as number), 0) + k1) % 11;
      if (r1 < 1 || r1 > 3) {
        continue;
      }
      const s2 = W2.reduce((s, w, i) => s + w * (d[i] as number), 0);
      const k2 = (11 - (s2 % 11)) % 11;
      if (k2 !== 10) {
        return `${stem}${k1}${k2}`;
      }
    }
  }
  throw new Error("no 2032 number");
}

/** An organisation number with a valid mod-11 control digit (from examples/data). */
export const ORGNR_VALID = "800012341";

/**
 * The message vectors' envelope (`inputs/envelopes/hospital-to-municipality.json`): a hospital's cancer clinic to the
 * municipality's single point of entry (DOMAIN.md §1 "one way in": the saksbehandlertjeneste). The vectors are published, so their inputs are written here, not taken from
 * the private test helpers (the unit tests' envelope fixture happens to name the same parties).
 */
export const HOSPITAL_TO_MUNICIPALITY: Envelope = {
  sender: {
    organisation: { name: "St. Olavs hospital HF", herId: "59", orgnr: "974749025" },
    service: { name: "Kreftklinikken", herId: "8142518", phone: "+47 72 57 30 00" },
  },
  receiver: {
    organisation: { name: "Trondheim kommune", herId: "85231", orgnr: "942110464" },
    service: { name: "Saksbehandlertjeneste helse og omsorg", herId: "8139433" },
  },
};

/** Changes `path` in a document. */
function at(doc: Doc, path: readonly (string | number)[]): Doc {
  let cur: any = doc;
  for (const p of path) {
    cur = cur[p];
  }
  return cur as Doc;
}

const C = "sp1-consent-all";

/** Assessment validation cases: every model issue code, the cross-field rules, and the test-number policy. */
export const ASSESSMENT_CASES: readonly AssessmentCase[] = [
  ...[
    "sp1-consent-all",
    "sp1-declined",
    "sp1-declines-municipality",
    "sp2-with-children",
    "sp3-palliative",
    "child-patient-guardian",
    "invalid-sp1",
  ].map(
    (name): AssessmentCase => ({
      name: `example-${name}`,
      description: `examples/data/${name}.json as is, synthetic test numbers allowed`,
      base: name,
      allowTestNumbers: true,
    }),
  ),
  {
    name: "test-number-refused-by-default",
    description: "a Tenor test number is refused when test numbers are not allowed (the default)",
    base: C,
  },
  {
    name: "nav-test-number-refused",
    description: "a NAV/Dolly test number (month + 40) is refused by default",
    base: C,
    change: "patient FNR replaced by a NAV synthetic number for the same birth date",
    patch: (d) => {
      d["patient"]["identifier"]["value"] = KARI_NAV;
    },
  },
  {
    name: "nav-test-number-allowed",
    description: "a NAV/Dolly test number is accepted with allowTestNumbers",
    base: C,
    change: "patient FNR replaced by a NAV synthetic number for the same birth date",
    patch: (d) => {
      d["patient"]["identifier"]["value"] = KARI_NAV;
    },
    allowTestNumbers: true,
  },
  {
    name: "dnr-tenor-allowed",
    description: "a Tenor D-nummer patient is valid with allowTestNumbers",
    base: C,
    change: "patient identifier replaced by a Tenor D-nummer for the same birth date",
    patch: (d) => {
      d["patient"]["identifier"] = { system: IDENTIFIER_SYSTEMS.dnr, value: KARI_DNR_TENOR };
    },
    allowTestNumbers: true,
  },
  {
    name: "dnr-under-fnr-system",
    description: "a D-nummer under the FNR system is an invalid identifier",
    base: C,
    change: "patient FNR replaced by a Tenor D-nummer, system left as FNR",
    patch: (d) => {
      d["patient"]["identifier"]["value"] = KARI_DNR_TENOR;
    },
    allowTestNumbers: true,
  },
  {
    name: "production-format-strict",
    description: "a production-format FNR (born 1855, no living person) is valid without allowTestNumbers",
    base: C,
    change: "patient FNR and birth date replaced by a production-format number born 1855",
    patch: (d) => {
      d["patient"]["identifier"]["value"] = FNR_1855;
      d["patient"]["birthDate"] = "1855-05-17";
    },
  },
  {
    name: "duf-patient",
    description: "a DUF-nummer patient: checked for format only, no birth date rule",
    base: C,
    change: "patient identifier replaced by a 12-digit DUF-nummer",
    patch: (d) => {
      d["patient"]["identifier"] = { system: IDENTIFIER_SYSTEMS.duf, value: "201000123456" };
    },
  },
  {
    name: "fnr-check-digit",
    description: "invalid_identifier: the FNR's control digit is wrong",
    base: C,
    change: "last digit of the patient FNR changed",
    patch: (d) => {
      d["patient"]["identifier"]["value"] = "15837210095";
    },
    allowTestNumbers: true,
  },
  {
    name: "orgnr-check-digit",
    description: "invalid_identifier: the organisation number's control digit is wrong",
    base: C,
    change: "last digit of organisation.orgnr changed",
    patch: (d) => {
      d["organisation"]["orgnr"]["value"] = "800012342";
    },
    allowTestNumbers: true,
  },
  {
    name: "hpr-characters",
    description: "invalid_identifier: an HPR-nummer with letters",
    base: C,
    change: "conductedBy.hpr.value has letters",
    patch: (d) => {
      d["conductedBy"]["hpr"]["value"] = "91448X9";
    },
    allowTestNumbers: true,
  },
  {
    name: "invalid-type",
    description: "invalid_type: a boolean given as a string",
    base: C,
    change: 'patient.interpreterNeeded = "no"',
    patch: (d) => {
      d["patient"]["interpreterNeeded"] = "no";
    },
    allowTestNumbers: true,
  },
  {
    name: "not-an-object",
    description: "invalid_type at the root: the document is an array",
    base: C,
    change: "the document replaced by an empty array",
    replace: [],
  },
  {
    name: "required",
    description: "required: patient.birthDate is missing",
    base: C,
    change: "patient.birthDate removed",
    patch: (d) => {
      delete d["patient"]["birthDate"];
    },
    allowTestNumbers: true,
  },
  {
    name: "unrecognized-key",
    description: "unrecognized_key: an unknown field is an issue, never silently dropped",
    base: C,
    change: "patient.nickname added",
    patch: (d) => {
      d["patient"]["nickname"] = "Kari";
    },
    allowTestNumbers: true,
  },
  {
    name: "invalid-value-enum",
    description: "invalid_value: a conversation mode outside the code list",
    base: C,
    change: 'mode = "letter"',
    patch: (d) => {
      d["mode"] = "letter";
    },
    allowTestNumbers: true,
  },
  {
    name: "invalid-value-schema-version",
    description: "invalid_value: schemaVersion other than the current one (migrate older documents first)",
    base: C,
    change: 'schemaVersion = "0.9"',
    patch: (d) => {
      d["schemaVersion"] = "0.9";
    },
    allowTestNumbers: true,
  },
  {
    name: "invalid-value-interaction-point",
    description: "invalid_value: interaction point 4",
    base: C,
    change: "interactionPoint = 4",
    patch: (d) => {
      d["interactionPoint"] = 4;
    },
    allowTestNumbers: true,
  },
  {
    name: "too-small",
    description: "too_small: an empty given name and a negative score",
    base: C,
    change: 'patient.name.given = "", distress.score = -1',
    patch: (d) => {
      d["patient"]["name"]["given"] = "";
      d["distress"]["score"] = -1;
    },
    allowTestNumbers: true,
  },
  {
    name: "too-big",
    description: "too_big: a thermometer score of 11 and a minor aged 18",
    base: C,
    change: "distress.score = 11, children.minors[0].age = 18",
    patch: (d) => {
      d["distress"]["score"] = 11;
      d["children"]["minors"][0]["age"] = 18;
    },
    allowTestNumbers: true,
  },
  {
    name: "invalid-format-date",
    description: "invalid_format: a Norwegian-style date and an impossible calendar date",
    base: C,
    change: 'conductedAt = "10.03.2026 10:30", measures[0].dueOn = "2026-02-30"',
    patch: (d) => {
      d["conductedAt"] = "10.03.2026 10:30";
      d["measures"][0]["dueOn"] = "2026-02-30";
    },
    allowTestNumbers: true,
  },
  {
    name: "invalid-format-icd10",
    description: "invalid_format: a diagnosis code outside C00–D48",
    base: C,
    change: 'diagnosis.code = "J45"',
    patch: (d) => {
      d["diagnosis"]["code"] = "J45";
    },
    allowTestNumbers: true,
  },
  {
    name: "invalid-format-icd10-benign-colon",
    description: "invalid_format: a benign tumour (D12.6) is outside the cancer chapters and refused (issue 16)",
    base: C,
    change: 'diagnosis.code = "D12.6"',
    patch: (d) => {
      d["diagnosis"]["code"] = "D12.6";
    },
    allowTestNumbers: true,
  },
  {
    name: "invalid-format-icd10-benign-uterus",
    description: "invalid_format: a benign tumour (D25.9) is outside the cancer chapters and refused (issue 16)",
    base: C,
    change: 'diagnosis.code = "D25.9"',
    patch: (d) => {
      d["diagnosis"]["code"] = "D25.9";
    },
    allowTestNumbers: true,
  },
  {
    name: "icd10-uncertain-behaviour-valid",
    description: "D37–D48 is a valid code; whether it is in scope is the profile's decision (issue 16)",
    base: C,
    change: 'diagnosis.code = "D47.1"',
    patch: (d) => {
      d["diagnosis"]["code"] = "D47.1";
    },
    allowTestNumbers: true,
  },
  {
    name: "problem-list-without-score",
    description: "a problem list answered without a thermometer score is valid (issue 16)",
    base: C,
    change: "distress.score and distress.aboveThreshold removed",
    patch: (d) => {
      delete d["distress"]["score"];
      delete d["distress"]["aboveThreshold"];
    },
    allowTestNumbers: true,
  },
  {
    name: "threshold-flag-without-score",
    description: "threshold_flag_without_score: a threshold flag without a score (issue 16)",
    base: C,
    change: "distress.score removed",
    patch: (d) => {
      delete d["distress"]["score"];
    },
    allowTestNumbers: true,
  },
  {
    name: "self-reported-thermometer",
    description: "a thermometer the patient filled in before the visit, confirmed in the conversation (issue 16)",
    base: C,
    change: 'distress.selfReportedAt = "2026-03-08T18:00:00+01:00"',
    patch: (d) => {
      d["distress"]["selfReportedAt"] = "2026-03-08T18:00:00+01:00";
    },
    allowTestNumbers: true,
  },
  {
    name: "self-reported-without-score",
    description:
      "a problem list the patient filled in before the visit without a number, confirmed in the conversation (issue 16)",
    base: C,
    change: 'distress.score and distress.aboveThreshold removed, distress.selfReportedAt = "2026-03-08T18:00:00+01:00"',
    patch: (d) => {
      delete d["distress"]["score"];
      delete d["distress"]["aboveThreshold"];
      d["distress"]["selfReportedAt"] = "2026-03-08T18:00:00+01:00";
    },
    allowTestNumbers: true,
  },
  {
    name: "topic-raised-by-patient",
    description: "topics the patient asked before the visit to talk about (raisedBy, issue 16)",
    base: C,
    change: 'topics.nutrition.raisedBy = "patient", topics["mental-health"].raisedBy = "patient"',
    patch: (d) => {
      d["topics"]["nutrition"]["raisedBy"] = "patient";
      d["topics"]["mental-health"]["raisedBy"] = "patient";
    },
    allowTestNumbers: true,
  },
  {
    name: "topic-raised-by-other",
    description: "invalid_value: raisedBy names no one but the patient (issue 16)",
    base: C,
    change: 'topics.nutrition.raisedBy = "relative"',
    patch: (d) => {
      d["topics"]["nutrition"]["raisedBy"] = "relative";
    },
    allowTestNumbers: true,
  },
  {
    name: "date-order-self-report",
    description: "date_order: a self-report after the conversation that confirms it (issue 16)",
    base: C,
    change: 'distress.selfReportedAt = "2026-03-20T18:00:00+01:00"',
    patch: (d) => {
      d["distress"]["selfReportedAt"] = "2026-03-20T18:00:00+01:00";
    },
    allowTestNumbers: true,
  },
  {
    name: "lms-responsible",
    description: "LMS is a responsible party of its own, a health service, not the voluntary sector (issue 16)",
    base: C,
    change: 'measures[0].responsible = { kind: "lms" }',
    patch: (d) => {
      d["measures"][0]["responsible"] = { kind: "lms" };
    },
    allowTestNumbers: true,
  },
  {
    name: "invalid-format-control-character",
    description: "invalid_format: a control character in a one-line field",
    base: C,
    change: "organisation.name contains a tab",
    patch: (d) => {
      d["organisation"]["name"] = "Sykehuset\tInnlandet HF";
    },
    allowTestNumbers: true,
  },
  {
    name: "birth-date-mismatch",
    description: "birth_date_mismatch: the birth date disagrees with the FNR",
    base: C,
    change: "patient.birthDate one day later",
    patch: (d) => {
      d["patient"]["birthDate"] = "1972-03-16";
    },
    allowTestNumbers: true,
  },
  {
    name: "age-group-mismatch-child",
    description: "age_group_mismatch: an adult recorded as a child",
    base: C,
    change: 'patient.ageGroup = "child"',
    patch: (d) => {
      d["patient"]["ageGroup"] = "child";
    },
    allowTestNumbers: true,
  },
  {
    name: "age-group-mismatch-adult",
    description: "age_group_mismatch: a child (under 18 on the day of the conversation) recorded as an adult",
    base: "child-patient-guardian",
    change: 'patient.ageGroup = "adult"',
    patch: (d) => {
      d["patient"]["ageGroup"] = "adult";
    },
    allowTestNumbers: true,
  },
  {
    name: "date-order-diagnosis-before-birth",
    description: "date_order: diagnosed before birth",
    base: C,
    change: 'diagnosis.diagnosedOn = "1970-01-01"',
    patch: (d) => {
      d["diagnosis"]["diagnosedOn"] = "1970-01-01";
    },
    allowTestNumbers: true,
  },
  {
    name: "date-order-conversation-before-diagnosis",
    description: "date_order: the conversation before the diagnosis",
    base: C,
    change: 'diagnosis.diagnosedOn = "2026-03-11"',
    patch: (d) => {
      d["diagnosis"]["diagnosedOn"] = "2026-03-11";
    },
    allowTestNumbers: true,
  },
  {
    name: "date-order-reoffer",
    description: "date_order: a re-offer date before the declined conversation",
    base: "sp1-declined",
    change: 'outcome.reofferOn = "2026-04-01"',
    patch: (d) => {
      d["outcome"]["reofferOn"] = "2026-04-01";
    },
    allowTestNumbers: true,
  },
  {
    name: "date-order-next-step",
    description: "date_order: the next step planned before the conversation",
    base: C,
    change: 'nextStep.plannedOn = "2026-03-01"',
    patch: (d) => {
      d["nextStep"]["plannedOn"] = "2026-03-01";
    },
    allowTestNumbers: true,
  },
  {
    name: "threshold-flag-mismatch",
    description: "threshold_flag_mismatch: score 6 with cut-off 4 flagged as below the threshold",
    base: C,
    change: "distress.aboveThreshold = false",
    patch: (d) => {
      d["distress"]["aboveThreshold"] = false;
    },
    allowTestNumbers: true,
  },
  {
    name: "threshold-at-cutoff",
    description: "the threshold is 'at or above': score 4 with cut-off 4 is above",
    base: C,
    change: "distress.score = 4",
    patch: (d) => {
      d["distress"]["score"] = 4;
    },
    allowTestNumbers: true,
  },
  {
    name: "threshold-below-cutoff-flagged",
    description: "threshold_flag_mismatch: score 3 with cut-off 4 flagged as above",
    base: C,
    change: "distress.score = 3",
    patch: (d) => {
      d["distress"]["score"] = 3;
    },
    allowTestNumbers: true,
  },
  {
    name: "children-inconsistent-none-listed",
    description: "children_inconsistent: 'has minor children' but none listed",
    base: C,
    change: "children.minors = []",
    patch: (d) => {
      d["children"]["minors"] = [];
    },
    allowTestNumbers: true,
  },
  {
    name: "children-inconsistent-listed-but-no",
    description: "children_inconsistent: 'no minor children' but one listed",
    base: C,
    change: "children.hasMinorChildrenOrSiblings = false",
    patch: (d) => {
      d["children"]["hasMinorChildrenOrSiblings"] = false;
    },
    allowTestNumbers: true,
  },
  {
    name: "duplicate-consent",
    description: "duplicate_consent: two answers for the fastlege",
    base: C,
    change: "consent[1] repeated",
    patch: (d) => {
      d["consent"].push({ ...d["consent"][1], value: "declined" });
    },
    allowTestNumbers: true,
  },
  {
    name: "consent-other-may-repeat",
    description: "several 'other' recipients are allowed",
    base: C,
    change: "two consent entries for other recipients added",
    patch: (d) => {
      const base = { value: "granted", recordedAt: "2026-03-10T10:55:00+01:00", recordedBy: "Siri Testsykepleier" };
      d["consent"].push({ recipient: "other", description: "NAV-kontoret", ...base });
      d["consent"].push({ recipient: "other", description: "Arbeidsgiver", ...base });
    },
    allowTestNumbers: true,
  },
  {
    name: "duplicate-item-code",
    description: "duplicate_item: a problem-list item answered twice",
    base: C,
    change: "distress.items[0] repeated",
    patch: (d) => {
      d["distress"]["items"].push({ ...d["distress"]["items"][0] });
    },
    allowTestNumbers: true,
  },
  {
    name: "duplicate-measure-id",
    description: "duplicate_item: two measures with the same id",
    base: C,
    change: 'measures[2].id = "m1"',
    patch: (d) => {
      d["measures"][2]["id"] = "m1";
    },
    allowTestNumbers: true,
  },
  {
    name: "next-step-order-same-point",
    description: "next_step_order: SP1 names SP1 as its next point",
    base: C,
    change: "nextStep.interactionPoint = 1",
    patch: (d) => {
      d["nextStep"]["interactionPoint"] = 1;
    },
    allowTestNumbers: true,
  },
  {
    name: "next-step-order-missing-point",
    description: "next_step_order: 'next interaction point' without naming it",
    base: C,
    change: "nextStep.interactionPoint removed",
    patch: (d) => {
      delete d["nextStep"]["interactionPoint"];
    },
    allowTestNumbers: true,
  },
  {
    name: "next-step-order-after-sp3",
    description: "next_step_order: nothing comes after SP3",
    base: "sp3-palliative",
    change: 'nextStep = { action: "next-interaction-point", interactionPoint: 3 }',
    patch: (d) => {
      d["nextStep"] = { action: "next-interaction-point", interactionPoint: 3 };
    },
    allowTestNumbers: true,
  },
  {
    name: "outcome-content-mismatch",
    description: "outcome_content_mismatch: a declined conversation with a distress screening",
    base: "sp1-declined",
    change: "distress copied from sp1-consent-all",
    patch: (d) => {
      d["distress"] = {
        instrument: { id: "dt-legacy", version: "1.0" },
        score: 2,
        period: "past-week-including-today",
        items: [],
        thresholdRule: { id: "score-at-or-above", version: "1.0", cutoff: 4 },
        aboveThreshold: false,
      };
    },
    allowTestNumbers: true,
  },
  {
    name: "rules-wait-for-structure",
    description: "cross-field rules run only on a structurally valid document: only the structural issue is reported",
    base: C,
    change: 'distress.aboveThreshold = false and mode = "letter"',
    patch: (d) => {
      d["distress"]["aboveThreshold"] = false;
      d["mode"] = "letter";
    },
    allowTestNumbers: true,
  },
  {
    name: "several-rules",
    description: "several cross-field rules at once, all reported",
    base: C,
    change: "aboveThreshold false, ageGroup child, duplicate measure id, nextStep.interactionPoint 1",
    patch: (d) => {
      d["distress"]["aboveThreshold"] = false;
      d["patient"]["ageGroup"] = "child";
      d["measures"][1]["id"] = "m1";
      d["nextStep"]["interactionPoint"] = 1;
    },
    allowTestNumbers: true,
  },
  {
    name: "nested-paths",
    description: "paths point into arrays: a bad measure status and a bad consent value",
    base: C,
    change: 'measures[1].status = "maybe", consent[0].value = "yes"',
    patch: (d) => {
      at(d, ["measures", 1])["status"] = "maybe";
      at(d, ["consent", 0])["value"] = "yes";
    },
    allowTestNumbers: true,
  },
  // Length unit (issue 21): lengths are Unicode code points, as JSON Schema's maxLength counts them; never UTF-16
  // units, never graphemes.
  {
    name: "length-emoji-at-limit",
    description: "a 200-character name of 200 emoji (400 UTF-16 units) is within the limit: lengths count code points",
    base: C,
    change: "conductedBy.name = 200 × U+1F600",
    patch: (d) => {
      d["conductedBy"]["name"] = "\u{1F600}".repeat(200);
    },
    allowTestNumbers: true,
  },
  {
    name: "length-emoji-over-limit",
    description: "too_big: 201 emoji in a 200-character name",
    base: C,
    change: "conductedBy.name = 201 × U+1F600",
    patch: (d) => {
      d["conductedBy"]["name"] = "\u{1F600}".repeat(201);
    },
    allowTestNumbers: true,
  },
  {
    name: "length-combining-marks-at-limit",
    description: "a combining mark is a code point of its own: 100 × (e + U+0301) is 200 code points and fits",
    base: C,
    change: "conductedBy.name = 100 × (e U+0301)",
    patch: (d) => {
      d["conductedBy"]["name"] = "e\u0301".repeat(100);
    },
    allowTestNumbers: true,
  },
  {
    name: "length-combining-marks-over-limit",
    description: "too_big: 101 × (e + U+0301) is 202 code points, although it shows as 101 letters",
    base: C,
    change: "conductedBy.name = 101 × (e U+0301)",
    patch: (d) => {
      d["conductedBy"]["name"] = "e\u0301".repeat(101);
    },
    allowTestNumbers: true,
  },
  // Amendment history (issue 21): rules A1–A3 of packages/model/src/amendment-rules.ts.
  {
    name: "amendment-cancellation-valid",
    description: "a change and then a cancellation, dated in order after the conversation: a valid history",
    base: "sp1-corrected",
    change: "amendments += cancellation at 2026-03-13T08:00:00+01:00",
    patch: (d) => {
      d["amendments"].push({
        kind: "cancellation",
        at: "2026-03-13T08:00:00+01:00",
        by: "Siri Testsykepleier",
        reason: "Feil pasient",
        paths: [],
      });
    },
    allowTestNumbers: true,
  },
  {
    name: "amendment-after-cancellation",
    description: "amendment_after_cancellation: a change after a cancellation (nothing follows a cancellation)",
    base: "sp1-corrected",
    change: "amendments = [cancellation 2026-03-11, change 2026-03-12]",
    patch: (d) => {
      d["amendments"] = [
        {
          kind: "cancellation",
          at: "2026-03-11T09:00:00+01:00",
          by: "Siri Testsykepleier",
          reason: "Feil pasient",
          paths: [],
        },
        { ...d["amendments"][0] },
      ];
    },
    allowTestNumbers: true,
  },
  {
    name: "amendment-two-cancellations",
    description: "amendment_after_cancellation: a second cancellation",
    base: "sp1-corrected",
    change: "amendments += two cancellations",
    patch: (d) => {
      d["amendments"].push(
        {
          kind: "cancellation",
          at: "2026-03-13T08:00:00+01:00",
          by: "Siri Testsykepleier",
          reason: "Feil pasient",
          paths: [],
        },
        {
          kind: "cancellation",
          at: "2026-03-14T08:00:00+01:00",
          by: "Siri Testsykepleier",
          reason: "Igjen",
          paths: [],
        },
      );
    },
    allowTestNumbers: true,
  },
  {
    name: "amendment-before-conversation",
    description:
      "date_order: a cancellation dated before the conversation (compared as instants: 11:00+03:00 is 09:00+01:00)",
    base: "sp1-corrected",
    change: "amendments = [cancellation at 2026-03-10T11:00:00+03:00]",
    patch: (d) => {
      d["amendments"] = [
        {
          kind: "cancellation",
          at: "2026-03-10T11:00:00+03:00",
          by: "Siri Testsykepleier",
          reason: "Feil pasient",
          paths: [],
        },
      ];
    },
    allowTestNumbers: true,
  },
  {
    name: "amendment-same-instant-other-zone",
    description: "the conversation's instant written in UTC is not before it: a valid history",
    base: "sp1-corrected",
    change: "amendments = [cancellation at 2026-03-10T09:30:00Z]",
    patch: (d) => {
      d["amendments"] = [
        {
          kind: "cancellation",
          at: "2026-03-10T09:30:00Z",
          by: "Siri Testsykepleier",
          reason: "Feil pasient",
          paths: [],
        },
      ];
    },
    allowTestNumbers: true,
  },
  {
    name: "amendment-out-of-order",
    description: "date_order: an amendment dated before the one before it",
    base: "sp1-corrected",
    change: "amendments += change at 2026-03-11T09:00:00+01:00 (the first is 2026-03-12)",
    patch: (d) => {
      d["amendments"].push({ ...d["amendments"][0], at: "2026-03-11T09:00:00+01:00" });
    },
    allowTestNumbers: true,
  },
  {
    name: "amendment-paths-change",
    description: "amendment_paths: a change that names no changed path",
    base: "sp1-corrected",
    change: "amendments[0].paths = []",
    patch: (d) => {
      d["amendments"][0]["paths"] = [];
    },
    allowTestNumbers: true,
  },
  {
    name: "amendment-paths-cancellation",
    description: "amendment_paths: a cancellation that names a changed path",
    base: "sp1-corrected",
    change: 'amendments += cancellation with paths ["notes"]',
    patch: (d) => {
      d["amendments"].push({
        kind: "cancellation",
        at: "2026-03-13T08:00:00+01:00",
        by: "Siri Testsykepleier",
        reason: "Feil pasient",
        paths: ["notes"],
      });
    },
    allowTestNumbers: true,
  },
  // Limits (issue 21): at most 100 issues and one summary.
  {
    name: "too-many-issues",
    description: "too_many_issues: 150 measures with a bad status give the first 100 issues and one summary",
    base: C,
    change: 'measures = 150 copies of measures[0] with ids m0…m149 and status "maybe"',
    patch: (d) => {
      const first = d["measures"][0];
      d["measures"] = Array.from({ length: 150 }, (_, i) => ({ ...first, id: `m${i}`, status: "maybe" }));
    },
    allowTestNumbers: true,
  },
];
