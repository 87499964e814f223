/**
 * The conformance vectors, run through `pnpm gen`: inputs derived deterministically from `examples/data` and the
 * hand-curated cases in `cases.ts`, and the expected results produced by the SDK itself (`sdkImplementation`), with
 * the manifest that lists them. A second run writes nothing; CI's drift check catches a stale vector.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Expected,
  type ExpectedIssue,
  INFORMATIONAL_KEYS,
  MANIFEST_FORMAT,
  type Manifest,
  normalizeJson,
  sdkImplementation as sdk,
  VECTOR_KINDS,
  type VectorEntry,
  type VectorKind,
} from "@pakkeforlop-hjem/conformance";
import { BUILT_IN_TEMPLATES } from "@pakkeforlop-hjem/epikrise";
import {
  type Assessment,
  amendAssessment,
  cancelAssessment,
  IDENTIFIER_SYSTEMS,
  SCHEMA_VERSION,
} from "@pakkeforlop-hjem/model";
import {
  AHUS_PROFILE,
  type Delivery,
  NATIONAL_PROFILE,
  type PathwayEvent,
  type Profile,
  route,
  TRONDELAG_PROFILE,
} from "@pakkeforlop-hjem/pathway";
import { type Artifact, orderedJson, stableJson } from "../../../scripts/artifacts.ts";
import {
  ASSESSMENT_CASES,
  DNR_1855,
  type Doc,
  FHN,
  FNR_30_FEB,
  FNR_1855,
  FNR_NO_CENTURY,
  HNR_1855,
  HOSPITAL_TO_MUNICIPALITY,
  KARI_DNR_TENOR,
  KARI_NAV,
  KARI_TENOR,
  ORGNR_VALID,
  rule2032Number,
  TENOR_2025,
} from "./cases.ts";
import { MANIFEST_SCHEMA } from "./manifest-schema.ts";
import { questionnaireResponses } from "./questionnaire-responses.ts";
import { scopes } from "./scope.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const OUT = "packages/conformance/vectors";
const SDK_VERSION = (JSON.parse(readFileSync(join(here, "..", "package.json"), "utf8")) as { version: string }).version;

const EXAMPLES = [
  "sp1-consent-all",
  "sp1-declined",
  "sp1-declines-municipality",
  "sp2-with-children",
  "sp3-palliative",
  "child-patient-guardian",
  "sp1-withhold-mental-health",
  "sp1-corrected",
] as const;
const LANGS = ["nb", "nn", "en"] as const;
const PROFILES: readonly Profile[] = [NATIONAL_PROFILE, AHUS_PROFILE, TRONDELAG_PROFILE];

/** Fixed ids and clock of the message vectors. */
const MSG_ID = "00000000-0000-4000-8000-000000000001";
const GEN_DATE = "2026-03-10T12:00:00+01:00";
const APPREC_ID = "00000000-0000-4000-8000-0000000000a1";
/** Fixed ids and clock of the correction vectors (issue 9). */
const CORRECTION_MSG_ID = "00000000-0000-4000-8000-000000000002";
const CORRECTION_DATE = "2026-03-12T09:30:00+01:00";
/** What the fastlege's consent holds back in examples/data/sp1-withhold-mental-health.json. */
const GP_WITHHOLD = ["topic:mental-health", "free-text"] as const;
/** A profile with data minimisation (issue 9): the fastlege needs the score, the topics, measures and contact point. */
const MINIMISED_PROFILE: Profile = {
  ...AHUS_PROFILE,
  id: "ahus-recipient-needs",
  name: "Ahus with recipientNeeds for the fastlege (conformance vectors)",
  recipientNeeds: { gp: ["distress-score", "topics", "measures", "contact-point"] },
};
const APPREC_DATE = "2026-03-10T12:05:00+01:00";

function example(name: string): Doc {
  return JSON.parse(readFileSync(join(root, "examples", "data", `${name}.json`), "utf8")) as Doc;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Issue 17 point 3: patient letters per reader. `adult`: the clinician's topic notes never print, the notes written
 * for the patient do; `guardian`: a child's letter speaks to the guardians and of the child by name;
 * `declined-municipality`: no contact in the municipality after the patient declined it (a paper letter: the patient
 * is not digital).
 */
function letterReaders(b: Builder): void {
  const adult = clone(example("sp1-consent-all"));
  const topics = adult["topics"] as Record<string, Record<string, unknown>>;
  topics["work-school"] = {
    ...topics["work-school"],
    patientNote: "Du var usikker på når du kan begynne i jobb igjen.",
  };
  topics["nutrition"] = { ...topics["nutrition"], patientNote: "Små måltider ofte kan være lettere enn store." };
  const guardian = clone(example("child-patient-guardian"));
  const childTopics = guardian["topics"] as Record<string, Record<string, unknown>>;
  childTopics["work-school"] = { ...childTopics["work-school"], patientNote: "Sykehusskolen tar kontakt med skolen." };
  const declined = clone(example("sp1-declines-municipality"));
  declined["contactPoint"] = { name: "Ola Kreftkoordinator", role: "Kreftkoordinator", unit: "Gjøvik kommune" };
  const readers: [string, Doc, string, string][] = [
    ["adult", adult, "sp1-consent-all", "topics.*.patientNote set on two topics"],
    ["guardian", guardian, "child-patient-guardian", "topics.work-school.patientNote set"],
    ["declined-municipality", declined, "sp1-declines-municipality", "contactPoint set"],
  ];
  for (const [reader, doc, base, change] of readers) {
    const input = b.json(`inputs/assessments/letter-${reader}.json`, doc);
    for (const lang of LANGS) {
      const options = { lang };
      b.add({
        id: `patient-letter/letter-${reader}.${lang}`,
        kind: "patient-letter",
        description: `patient letter in ${lang} for its reader (${reader})`,
        inputs: { assessment: input },
        options,
        expected: {
          file: b.file(
            `expected/text/letter-${reader}.${lang}.letter.txt`,
            sync(sdk.renderPatientLetter(doc, options)),
          ),
        },
        source: `examples/data/${base}.json (${change})`,
      });
    }
  }
}

/** The SDK's implementation is synchronous; the type allows promises for other implementations. */
function sync<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) {
    throw new Error("the SDK implementation returned a promise");
  }
  return value;
}

class Builder {
  readonly files = new Map<string, string>();
  readonly vectors: VectorEntry[] = [];

  /** Adds a file under `vectors/`; the same path must always get the same content. */
  file(path: string, content: string): string {
    const old = this.files.get(path);
    if (old !== undefined && old !== content) {
      throw new Error(`two different contents for ${path}`);
    }
    this.files.set(path, content);
    return path;
  }

  json(path: string, value: unknown): string {
    return this.file(path, orderedJson(value));
  }

  add(entry: VectorEntry): void {
    if (this.vectors.some((v) => v.id === entry.id)) {
      throw new Error(`duplicate vector id ${entry.id}`);
    }
    this.vectors.push(entry);
  }
}

const issues = (list: readonly { code: string; path: readonly (string | number)[] }[]): ExpectedIssue[] =>
  list.map((i) => ({ code: i.code, path: [...i.path] }));

// ------------------------------------------------------------------------------------------------------------------
// (a) assessments
// ------------------------------------------------------------------------------------------------------------------

function assessments(b: Builder): void {
  for (const c of ASSESSMENT_CASES) {
    const doc = c.replace !== undefined ? clone(c.replace) : example(c.base);
    c.patch?.(doc as Doc);
    const input =
      c.change === undefined && c.replace === undefined
        ? b.json(`inputs/assessments/${c.base}.json`, doc)
        : b.json(`inputs/assessments/${c.name}.json`, doc);
    const options = c.allowTestNumbers === true ? { allowTestNumbers: true } : {};
    b.add({
      id: `assessment-validation/${c.name}`,
      kind: "assessment-validation",
      description: c.description,
      inputs: { document: input },
      options,
      expected: { issues: issues(sync(sdk.validateAssessment(doc, options))) },
      source: `examples/data/${c.base}.json${c.change === undefined ? "" : `, changed: ${c.change}`}`,
    });
  }

  // Migration: the 0.9 pilot draft, an unknown version, and a current document (validated only).
  const draft = {
    schemaVersion: "0.9",
    id: "sp1-nils-2026",
    sp: 1,
    status: "declined",
    date: "2026-04-10T10:00:00+02:00",
    channel: "telefon",
    patient: {
      fnr: "23896620045",
      firstName: "Nils",
      lastName: "Testpasient",
      birthDate: "1966-09-23",
      language: "nb",
      interpreter: false,
      digital: true,
      child: false,
    },
    respondent: "patient",
    relatives: [],
    clinician: { name: "Siri Testsykepleier", profession: "SP" },
    unit: { name: "Sykehuset Innlandet HF", kind: "hospital" },
    icd10: "C61",
    diagnosisText: "Prostatakreft",
    diagnosisDate: "2026-03-30",
    topics: {},
    measures: [],
    declineReason: "not-now",
    reofferDate: "2026-05-15",
  };
  const migrations: { name: string; description: string; doc: unknown; source: string; allow: boolean }[] = [
    {
      name: "draft-0.9",
      description: "a 0.9 pilot draft is brought to the current schema version",
      doc: draft,
      source: "hand-curated (the declined example in the 0.9 draft shape)",
      allow: true,
    },
    {
      name: "draft-0.9-broken",
      description: "a broken 0.9 draft is reported with paths before migrating",
      doc: { schemaVersion: "0.9", sp: 4 },
      source: "hand-curated",
      allow: true,
    },
    {
      name: "draft-0.9-unknown-keys",
      description:
        "unrecognized_key: a misspelt key (notes written as note) and an unknown one in the patient are issues, never dropped",
      doc: { ...draft, note: "Husk oppfølging", patient: { ...draft.patient, phone: "12345678" } },
      source: "hand-curated (draft-0.9 with a key misspelt and one invented)",
      allow: true,
    },
    {
      name: "unsupported-version",
      description: "unsupported_version: a version no migration starts from",
      doc: { ...example("sp1-declined"), schemaVersion: "0.5" },
      source: "examples/data/sp1-declined.json, changed: schemaVersion = 0.5",
      allow: true,
    },
    {
      name: "current-version",
      description: "a current document is only validated",
      doc: example("sp1-declined"),
      source: "examples/data/sp1-declined.json",
      allow: true,
    },
  ];
  for (const m of migrations) {
    const options = m.allow ? { allowTestNumbers: true } : {};
    const input =
      m.name === "current-version"
        ? b.json("inputs/assessments/sp1-declined.json", m.doc)
        : b.json(`inputs/migrations/${m.name}.json`, m.doc);
    b.add({
      id: `assessment-migration/${m.name}`,
      kind: "assessment-migration",
      description: m.description,
      inputs: { document: input },
      options,
      expected: { issues: issues(sync(sdk.migrateAssessment(m.doc, options))) },
      source: m.source,
    });
  }
}

// ------------------------------------------------------------------------------------------------------------------
// (b) identifiers
// ------------------------------------------------------------------------------------------------------------------

interface IdCase {
  readonly name: string;
  readonly description: string;
  readonly kind: string;
  readonly value: string;
  readonly options?: { allowTestNumbers?: boolean; today?: string };
}

function identifierCases(): IdCase[] {
  const r2032 = rule2032Number("170555");
  return [
    { name: "fnr-readme", description: "the FNR of the README example", kind: "fnr", value: "01015000232" },
    {
      name: "fnr-1855",
      description: "an FNR of the 1800s (individual 500–749, year ≥ 55)",
      kind: "fnr",
      value: FNR_1855,
    },
    { name: "dnr-1855", description: "a D-nummer (day + 40)", kind: "dnr", value: DNR_1855 },
    { name: "hnr-1855", description: "an H-nummer (month + 40)", kind: "hnr", value: HNR_1855 },
    { name: "fnr-2032-rule", description: "valid only under the 2032 control-digit rule", kind: "fnr", value: r2032 },
    { name: "fnr-tenor-refused", description: "a Tenor number is refused by default", kind: "fnr", value: KARI_TENOR },
    {
      name: "fnr-tenor-allowed",
      description: "a Tenor number (month + 80) with allowTestNumbers",
      kind: "fnr",
      value: KARI_TENOR,
      options: { allowTestNumbers: true },
    },
    { name: "fnr-nav-refused", description: "a NAV/Dolly number is refused by default", kind: "fnr", value: KARI_NAV },
    {
      name: "fnr-nav-allowed",
      description: "a NAV/Dolly number (month + 40) with allowTestNumbers",
      kind: "fnr",
      value: KARI_NAV,
      options: { allowTestNumbers: true },
    },
    {
      name: "hnr-nav-lookalike",
      description: "a NAV number checked as an H-nummer: month + 40 is the H-nummer rule",
      kind: "hnr",
      value: KARI_NAV,
    },
    {
      name: "dnr-tenor-allowed",
      description: "a Tenor D-nummer (day + 40, month + 80) with allowTestNumbers",
      kind: "dnr",
      value: KARI_DNR_TENOR,
      options: { allowTestNumbers: true },
    },
    {
      name: "dnr-tenor-refused",
      description: "a Tenor D-nummer is refused by default",
      kind: "dnr",
      value: KARI_DNR_TENOR,
    },
    {
      name: "fnr-future-birth-date",
      description: "future_birth_date: born after options.today",
      kind: "fnr",
      value: TENOR_2025,
      options: { allowTestNumbers: true, today: "2024-12-31" },
    },
    {
      name: "fnr-born-today",
      description: "born on options.today is not in the future",
      kind: "fnr",
      value: TENOR_2025,
      options: { allowTestNumbers: true, today: "2025-01-01" },
    },
    {
      name: "fnr-check-digit",
      description: "check_digit: second control digit wrong",
      kind: "fnr",
      value: "01015000233",
    },
    {
      name: "fnr-first-check-digit",
      description: "check_digit: first control digit wrong",
      kind: "fnr",
      value: "01015000242",
    },
    { name: "fnr-length-short", description: "length: ten digits", kind: "fnr", value: "0101500023" },
    { name: "fnr-length-long", description: "length: twelve digits", kind: "fnr", value: "010150002320" },
    { name: "fnr-characters", description: "characters: a space inside", kind: "fnr", value: "010150 00232" },
    { name: "fnr-empty", description: "characters: the empty string", kind: "fnr", value: "" },
    {
      name: "fnr-birth-date",
      description: "birth_date: 30 February with valid control digits",
      kind: "fnr",
      value: FNR_30_FEB,
    },
    {
      name: "fnr-century",
      description: "birth_date: individual 750–899 with a year of 40 or later has no century",
      kind: "fnr",
      value: FNR_NO_CENTURY,
    },
    { name: "fnr-given-dnr", description: "kind_mismatch: a D-nummer checked as an FNR", kind: "fnr", value: DNR_1855 },
    { name: "dnr-given-fnr", description: "kind_mismatch: an FNR checked as a D-nummer", kind: "dnr", value: FNR_1855 },
    {
      name: "hnr-given-fnr",
      description: "kind_mismatch: an FNR checked as an H-nummer",
      kind: "hnr",
      value: FNR_1855,
    },
    { name: "fhn-valid", description: "an FH-nummer (first digit 8 or 9), no birth date", kind: "fhn", value: FHN },
    {
      name: "fhn-given-fnr",
      description: "kind_mismatch: an FNR checked as an FH-nummer",
      kind: "fhn",
      value: FNR_1855,
    },
    { name: "duf-valid", description: "a DUF-nummer: twelve digits", kind: "duf", value: "201000123456" },
    { name: "duf-length", description: "length: a DUF-nummer of eleven digits", kind: "duf", value: "20100012345" },
    { name: "hpr-valid", description: "an HPR-nummer: digits, no control digit", kind: "hpr", value: "9144889" },
    { name: "hpr-length", description: "length: an HPR-nummer of ten digits", kind: "hpr", value: "1234567890" },
    { name: "her-valid", description: "a HER-id", kind: "her", value: "8143530" },
    { name: "her-characters", description: "characters: a HER-id with a letter", kind: "her", value: "81435A0" },
    {
      name: "orgnr-valid",
      description: "an organisation number (mod 11, weights 3 2 7 6 5 4 3 2)",
      kind: "orgnr",
      value: ORGNR_VALID,
    },
    {
      name: "orgnr-readme",
      description: "check_digit: the README's invalid example",
      kind: "orgnr",
      value: "974760674",
    },
    { name: "orgnr-readme-valid", description: "the README's valid example", kind: "orgnr", value: "974760673" },
    { name: "orgnr-length", description: "length: eight digits", kind: "orgnr", value: "97476067" },
  ];
}

function identifiers(b: Builder): void {
  for (const c of identifierCases()) {
    const options = c.options ?? {};
    b.add({
      id: `identifier/${c.name}`,
      kind: "identifier",
      description: c.description,
      input: { kind: c.kind, value: c.value },
      options,
      expected: { json: sdk.validateNorwegianId(c.kind, c.value, options) },
      source: "hand-curated",
    });
  }
  const numbers: [string, string][] = [
    ["fnr", FNR_1855],
    ["dnr", DNR_1855],
    ["hnr", HNR_1855],
    ["fhn", FHN],
    ["tenor-fnr", KARI_TENOR],
    ["nav-fnr", KARI_NAV],
    ["tenor-dnr", KARI_DNR_TENOR],
    ["2032-rule", rule2032Number("170555")],
    ["ten-digits", "0101500023"],
    ["letters", "0101500023X"],
    ["bad-date", FNR_30_FEB],
  ];
  for (const [name, value] of numbers) {
    b.add({
      id: `person-number-class/${name}`,
      kind: "person-number-class",
      description: `classification of a person number by its digits (${name})`,
      input: { value },
      expected: { json: sdk.classifyPersonNumber(value) },
      source: "hand-curated",
    });
    b.add({
      id: `person-number-birth-date/${name}`,
      kind: "person-number-birth-date",
      description: `birth date encoded in a person number (${name})`,
      input: { value },
      expected: { json: sdk.birthDateFromPersonNumber(value) },
      source: "hand-curated",
    });
  }
  for (const [kind, system] of Object.entries(IDENTIFIER_SYSTEMS)) {
    for (const party of ["person", "organisation"] as const) {
      b.add({
        id: `kith-id-type/${kind}-${party}`,
        kind: "kith-id-type",
        description: `KITH TypeId of the ${kind} system for a ${party} (8116 persons, 9051 organisations)`,
        input: { system, party },
        expected: { json: sdk.systemToKithIdType(system, party) },
        source: "hand-curated",
      });
    }
  }
  b.add({
    id: "kith-id-type/unknown-system",
    kind: "kith-id-type",
    description: "an unknown system has no KITH code",
    input: { system: "urn:oid:2.16.578.1.12.4.1.4.999", party: "person" },
    expected: { json: null },
    source: "hand-curated",
  });
  const codes: [string, string, string | undefined][] = [
    ["fnr", "FNR", "2.16.578.1.12.4.1.1.8116"],
    ["dnr", "DNR", undefined],
    ["fhn", "FHN", undefined],
    ["duf", "DUF", undefined],
    ["hpr", "HPR", "2.16.578.1.12.4.1.1.8116"],
    ["her", "HER", "2.16.578.1.12.4.1.1.9051"],
    ["enh", "ENH", "2.16.578.1.12.4.1.1.9051"],
    ["lower-case", "fnr", undefined],
    ["padded", " HER ", undefined],
    ["old-8268", "FNR", "2.16.578.1.12.4.1.1.8268"],
    ["unknown", "XYZ", undefined],
  ];
  for (const [name, code, codeSystem] of codes) {
    b.add({
      id: `kith-id-system/${name}`,
      kind: "kith-id-system",
      description: `FHIR system of the KITH code (${name}); codes match case-insensitively, any code list`,
      input: codeSystem === undefined ? { code } : { code, codeSystem },
      expected: { json: sdk.kithIdTypeToSystem(code, codeSystem) },
      source: "hand-curated",
    });
  }
}

// ------------------------------------------------------------------------------------------------------------------
// (c) text
// ------------------------------------------------------------------------------------------------------------------

/** Issue 16 point 1: the epicrisis text through each built-in document template, in nb and nn. */
function templateTexts(b: Builder): void {
  for (const template of Object.values(BUILT_IN_TEMPLATES)) {
    const templateInput = b.json(`inputs/templates/${template.id}.json`, template);
    for (const name of ["sp1-consent-all", "sp2-with-children"] as const) {
      const doc = example(name);
      const input = b.json(`inputs/assessments/${name}.json`, doc);
      for (const lang of ["nb", "nn"] as const) {
        const options = { lang };
        const out = sync(sdk.renderWithTemplate(doc, template, options));
        b.add({
          id: `template-text/${name}.${template.id}.${lang}`,
          kind: "template-text",
          description: `the epicrisis text through the document template ${template.id}, in ${lang}`,
          inputs: { assessment: input, template: templateInput },
          options,
          expected: { file: b.file(`expected/text/${name}.${template.id}.${lang}.template.txt`, out) },
          source: `examples/data/${name}.json; epikrise BUILT_IN_TEMPLATES (DOMAIN.md §5)`,
        });
      }
    }
  }
}

function texts(b: Builder): void {
  const renderers = [
    ["epicrisis-text", "epicrisis.txt", sdk.renderEpicrisisText, "epicrisis text"],
    ["note-text", "note.txt", sdk.renderNoteText, "dialogue-note body, plain text"],
    ["note-xhtml", "note.xhtml.xml", sdk.renderNoteXhtml, "dialogue-note body, XHTML with the data carrier"],
    ["patient-letter", "letter.txt", sdk.renderPatientLetter, "patient letter"],
  ] as const;
  for (const name of EXAMPLES) {
    const doc = example(name);
    const input = b.json(`inputs/assessments/${name}.json`, doc);
    for (const [kind, suffix, render, what] of renderers) {
      for (const lang of LANGS) {
        const options = { lang };
        b.add({
          id: `${kind}/${name}.${lang}`,
          kind,
          description: `${what} in ${lang}`,
          inputs: { assessment: input },
          options,
          expected: { file: b.file(`expected/text/${name}.${lang}.${suffix}`, sync(render(doc, options))) },
          source: `examples/data/${name}.json`,
        });
      }
    }
  }
  const doc = example("sp1-consent-all");
  const input = `inputs/assessments/sp1-consent-all.json`;
  const variants: [(typeof renderers)[number], string, Record<string, unknown>, string][] = [
    [renderers[0], "width-60", { lang: "nb", width: 60 }, "epicrisis text wrapped at 60 columns"],
    [renderers[3], "width-60", { lang: "nb", width: 60 }, "patient letter wrapped at 60 columns"],
    [renderers[1], "budget-1500", { lang: "nb", budget: 1500 }, "note text shortened to a 1500-character budget"],
    [renderers[2], "no-data", { lang: "nb", includeData: false }, "XHTML note without the data carrier"],
  ];
  const leaveOut = ["children", "what-matters", "notes"];
  variants.push(
    [
      renderers[0],
      "leave-out",
      { lang: "nb", leaveOut },
      "epicrisis text without the parts the recipient does not need",
    ],
    [
      renderers[0],
      "leave-out-include",
      { lang: "nb", leaveOut, include: ["children"] },
      "epicrisis text: include brings back a part the profile leaves out",
    ],
    [
      renderers[0],
      "withhold-include",
      { lang: "en", withhold: ["children"], include: ["children"] },
      "epicrisis text: include never brings back what consent holds back",
    ],
    [
      renderers[3],
      "leave-out",
      { lang: "nn", leaveOut },
      "patient letter without the parts the recipient does not need",
    ],
    [
      renderers[2],
      "withhold-problem-list",
      { lang: "nb", withhold: ["problem-list"] },
      "XHTML note and its data carrier without the problem list",
    ],
  );
  for (const [[kind, suffix, render], variant, options, description] of variants) {
    const o = options as unknown as Parameters<typeof render>[1];
    b.add({
      id: `${kind}/sp1-consent-all.${variant}`,
      kind,
      description,
      inputs: { assessment: input },
      options,
      expected: { file: b.file(`expected/text/sp1-consent-all.${variant}.${suffix}`, sync(render(doc, o))) },
      source: "examples/data/sp1-consent-all.json",
    });
  }
  raisedTexts(b, renderers);
  letterReaders(b);
  templateTexts(b);
  // Issue 9: the fastlege's copy of an assessment whose consent holds back the mental-health topic and free text.
  const held = example("sp1-withhold-mental-health");
  const heldInput = "inputs/assessments/sp1-withhold-mental-health.json";
  for (const [kind, suffix, render, what] of renderers) {
    for (const lang of LANGS) {
      const options = { lang, withhold: [...GP_WITHHOLD] };
      b.add({
        id: `${kind}/sp1-withhold-mental-health.gp.${lang}`,
        kind,
        description: `${what} in ${lang}, the fastlege's copy: consent holds back the mental-health topic and free text`,
        inputs: { assessment: heldInput },
        options,
        expected: {
          file: b.file(`expected/text/sp1-withhold-mental-health.gp.${lang}.${suffix}`, sync(render(held, options))),
        },
        source: "examples/data/sp1-withhold-mental-health.json (withhold of the gp consent entry)",
      });
    }
  }
}

type Renderers = readonly (readonly [VectorKind, string, (doc: unknown, o: never) => unknown, string])[];

/** Every renderer in every language for one changed copy of `sp1-consent-all`. */
function changedTexts(
  b: Builder,
  renderers: Renderers,
  name: string,
  doc: unknown,
  what: string,
  change: string,
): void {
  const input = b.json(`inputs/assessments/${name}.json`, doc);
  for (const [kind, suffix, render, renderer] of renderers) {
    for (const lang of LANGS) {
      const options = { lang };
      b.add({
        id: `${kind}/${name}.${lang}`,
        kind,
        description: `${renderer} in ${lang}: ${what}`,
        inputs: { assessment: input },
        options,
        expected: {
          file: b.file(`expected/text/${name}.${lang}.${suffix}`, sync(render(doc, options as never)) as string),
        },
        source: `examples/data/sp1-consent-all.json, changed: ${change}`,
      });
    }
  }
}

/**
 * Issue 16: topics the patient asked before the visit to talk about print a mark in words in every renderer, and the
 * data carrier keeps `raisedBy`; a thermometer the patient filled in before the visit without a number prints that
 * no number was given and that the patient filled it in, with no threshold verdict.
 */
function raisedTexts(b: Builder, renderers: Renderers): void {
  const raised = example("sp1-consent-all");
  raised.topics.nutrition.raisedBy = "patient";
  raised.topics["mental-health"].raisedBy = "patient";
  changedTexts(
    b,
    renderers,
    "sp1-raised-by-patient",
    raised,
    "two topics the patient asked for before the visit (issue 16)",
    'topics nutrition and mental-health raisedBy "patient"',
  );
  const self = example("sp1-consent-all");
  const { score: _score, aboveThreshold: _flag, ...unscored } = self.distress;
  self.distress = { ...unscored, selfReportedAt: "2026-03-08T18:00:00+01:00" };
  changedTexts(
    b,
    renderers,
    "sp1-self-reported-no-score",
    self,
    "the patient filled in the problem list before the visit and gave no number (issue 16)",
    'distress.score and distress.aboveThreshold removed, distress.selfReportedAt = "2026-03-08T18:00:00+01:00"',
  );
}

// ------------------------------------------------------------------------------------------------------------------
// (c2) redaction (issue 9)
// ------------------------------------------------------------------------------------------------------------------

function redactions(b: Builder): void {
  const cases: [string, string, { withhold?: string[]; leaveOut?: string[] }, string][] = [
    ["sp1-withhold-mental-health", "gp", { withhold: [...GP_WITHHOLD] }, "the fastlege's copy by the consent entry"],
    ["sp1-withhold-mental-health", "municipality", {}, "nothing held back: the assessment itself"],
    ["sp1-consent-all", "topics", { withhold: ["topics"] }, "every topic, and the measures about a topic"],
    ["sp1-consent-all", "problem-list", { withhold: ["problem-list"] }, "the problem list, the score stays"],
    ["sp1-consent-all", "distress-score", { withhold: ["distress-score"] }, "the whole screening"],
    [
      "sp1-consent-all",
      "measures-contact-point",
      { withhold: ["measures", "contact-point"] },
      "every measure and the contact point",
    ],
    [
      "sp2-with-children",
      "children-free-text",
      { withhold: ["children", "free-text"] },
      "children and every free text (required ones read […])",
    ],
    [
      "sp1-consent-all",
      "minimisation",
      { leaveOut: ["children", "what-matters", "notes"] },
      "parts the recipient does not need (reason minimisation)",
    ],
    [
      "sp1-consent-all",
      "consent-and-minimisation",
      { withhold: ["topic:mental-health"], leaveOut: ["children"] },
      "both reasons",
    ],
    [
      "sp1-corrected",
      "free-text",
      { withhold: ["free-text"] },
      "a corrected assessment: the amendment's reason is free text",
    ],
    [
      "sp1-corrected",
      "nutrition",
      { withhold: ["topic:nutrition"] },
      "a corrected assessment: amendment paths into a held-back topic are dropped",
    ],
  ];
  for (const [name, variant, options, description] of cases) {
    const doc = example(name);
    b.add({
      id: `redaction/${name}.${variant}`,
      kind: "redaction",
      description: `redactAssessment: ${description}`,
      inputs: { assessment: `inputs/assessments/${name}.json` },
      options,
      expected: {
        file: b.json(`expected/redaction/${name}.${variant}.json`, sync(sdk.redactAssessment(doc, options))),
      },
      source: `examples/data/${name}.json`,
    });
  }
}

// ------------------------------------------------------------------------------------------------------------------
// (d) XML
// ------------------------------------------------------------------------------------------------------------------

function deliveryOf(doc: Doc, profile: Profile, senderSystem: string, recipient: "municipality" | "gp"): Delivery {
  const r = route(doc as never, profile, { senderSystem });
  const d = r.deliveries.find((x) => x.channel === "nhn" && x.recipient.kind === recipient);
  if (d === undefined) {
    throw new Error(`no ${recipient} delivery for ${String(doc["id"])}`);
  }
  return d;
}

function messages(b: Builder): void {
  const envelope = b.json("inputs/envelopes/hospital-to-municipality.json", HOSPITAL_TO_MUNICIPALITY);
  const reply = {
    ...HOSPITAL_TO_MUNICIPALITY,
    copyReceivers: [
      {
        organisation: { name: "Legesenteret Testby", herId: "8140001", orgnr: ORGNR_VALID },
        service: { name: "Fastlegekontoret", herId: "8140002" },
      },
    ],
    conversation: {
      refToParent: "00000000-0000-4000-8000-0000000000f1",
      refToConversation: "00000000-0000-4000-8000-0000000000f0",
    },
    gp: { name: "Lege Testfastlege", hpr: "9144900", phone: "+47 900 00 000" },
  };
  const replyEnvelope = b.json("inputs/envelopes/reply-with-copy-and-gp.json", reply);
  const noPhone = {
    ...HOSPITAL_TO_MUNICIPALITY,
    sender: { ...HOSPITAL_TO_MUNICIPALITY.sender, service: { name: "Kreftklinikken", herId: "8142518" } },
  };
  const noPhoneEnvelope = b.json("inputs/envelopes/sender-without-phone.json", noPhone);
  const envelopes: Record<string, [string, unknown]> = {
    [envelope]: [envelope, HOSPITAL_TO_MUNICIPALITY],
    [replyEnvelope]: [replyEnvelope, reply],
    [noPhoneEnvelope]: [noPhoneEnvelope, noPhone],
  };

  interface MsgCase {
    name: string;
    description: string;
    base: string;
    patch?: (d: Doc) => void;
    change?: string;
    kind: "helsefaglig-dialog" | "epikrise";
    recipient?: "municipality" | "gp";
    envelope?: string;
    options: Record<string, unknown>;
  }
  const noValidate = { validate: false };
  const cases: MsgCase[] = [
    ...LANGS.map(
      (lang): MsgCase => ({
        name: `sp1-consent-all.${lang}`,
        description: `Helsefaglig dialog to the municipality, XHTML note in ${lang}`,
        base: "sp1-consent-all",
        kind: "helsefaglig-dialog",
        options: { lang, ...noValidate },
      }),
    ),
    {
      name: "sp1-consent-all.text",
      description: "Helsefaglig dialog with a plain-text note",
      base: "sp1-consent-all",
      kind: "helsefaglig-dialog",
      options: { lang: "nb", format: "text", ...noValidate },
    },
    {
      name: "sp1-consent-all.gp-copy",
      description: "Helsefaglig dialog: the copy to the fastlege",
      base: "sp1-consent-all",
      kind: "helsefaglig-dialog",
      recipient: "gp",
      options: { lang: "nb", ...noValidate },
    },
    {
      name: "sp1-consent-all.reply",
      description: "Helsefaglig dialog in a thread, with a copy receiver and the fastlege",
      base: "sp1-consent-all",
      kind: "helsefaglig-dialog",
      envelope: replyEnvelope,
      options: { lang: "nb", ...noValidate },
    },
    {
      name: "child-patient-guardian.nb",
      description: "Helsefaglig dialog about a child patient",
      base: "child-patient-guardian",
      kind: "helsefaglig-dialog",
      options: { lang: "nb", ...noValidate },
    },
    {
      name: "sp1-declines-municipality.gp",
      description: "Helsefaglig dialog to the fastlege when the municipality is declined",
      base: "sp1-declines-municipality",
      kind: "helsefaglig-dialog",
      recipient: "gp",
      options: { lang: "nn", ...noValidate },
    },
    {
      name: "test-number-refused",
      description: "the builder validates the assessment first: a Tenor test number is refused",
      base: "sp1-consent-all",
      kind: "helsefaglig-dialog",
      options: { lang: "nb" },
    },
    {
      name: "production-format-validated",
      description: "with validation on, a production-format patient (born 1855) builds",
      base: "sp1-consent-all",
      change: "patient FNR and birth date replaced by a production-format number born 1855",
      patch: (d) => {
        d["patient"]["identifier"]["value"] = FNR_1855;
        d["patient"]["birthDate"] = "1855-05-17";
      },
      kind: "helsefaglig-dialog",
      options: { lang: "nb" },
    },
    {
      name: "duf-without-sex",
      description: "insufficient_patient_identification: a DUF-nummer patient without sex (AppRec E36 rule)",
      base: "sp1-consent-all",
      change: "patient identifier replaced by a DUF-nummer",
      patch: (d) => {
        d["patient"]["identifier"] = { system: IDENTIFIER_SYSTEMS.duf, value: "201000123456" };
      },
      kind: "helsefaglig-dialog",
      options: { lang: "nb", ...noValidate },
    },
    {
      name: "duf-with-sex",
      description: "a DUF-nummer patient with sex given builds",
      base: "sp1-consent-all",
      change: "patient identifier replaced by a DUF-nummer",
      patch: (d) => {
        d["patient"]["identifier"] = { system: IDENTIFIER_SYSTEMS.duf, value: "201000123456" };
      },
      kind: "helsefaglig-dialog",
      options: { lang: "nb", patientSex: "2", ...noValidate },
    },
    {
      name: "missing-phone",
      description: "missing_phone: neither the professional nor the sending service has a phone",
      base: "sp1-consent-all",
      change: "conductedBy.phone removed",
      patch: (d) => {
        delete d["conductedBy"]["phone"];
      },
      kind: "helsefaglig-dialog",
      envelope: noPhoneEnvelope,
      options: { lang: "nb", ...noValidate },
    },
    ...LANGS.map(
      (lang): MsgCase => ({
        name: `sp1-consent-all.${lang}`,
        description: `Epikrise 1.2 (DocuLive's letter format) in ${lang}`,
        base: "sp1-consent-all",
        kind: "epikrise",
        options: { lang, ...noValidate },
      }),
    ),
    {
      name: "sp1-consent-all.text",
      description: "Epikrise 1.2 with a plain-text body",
      base: "sp1-consent-all",
      kind: "epikrise",
      options: { lang: "nb", format: "text", ...noValidate },
    },
    {
      name: "sp1-consent-all.copy",
      description: "Epikrise 1.2 with a copy receiver",
      base: "sp1-consent-all",
      kind: "epikrise",
      envelope: replyEnvelope,
      options: { lang: "nb", ...noValidate },
    },
    {
      name: "test-number-refused",
      description: "the builder validates the assessment first: a Tenor test number is refused",
      base: "sp1-consent-all",
      kind: "epikrise",
      options: { lang: "nb" },
    },
  ];

  for (const c of cases) {
    const doc = example(c.base);
    c.patch?.(doc);
    const input =
      c.patch === undefined
        ? b.json(`inputs/assessments/${c.base}.json`, doc)
        : b.json(`inputs/assessments/message-${c.name}.json`, doc);
    const [envPath, env] = envelopes[c.envelope ?? envelope] as [string, unknown];
    const messageKind = c.kind;
    const profile = messageKind === "epikrise" ? TRONDELAG_PROFILE : NATIONAL_PROFILE;
    const sender = messageKind === "epikrise" ? "doculive" : "helseplattformen";
    const delivery = deliveryOf(example(c.base), profile, sender, c.recipient ?? "municipality");
    const deliveryPath = b.json(
      `inputs/deliveries/${c.base}.${messageKind}.${c.recipient ?? "municipality"}.json`,
      delivery,
    );
    const options = { msgId: MSG_ID, genDate: GEN_DATE, ...c.options };
    const build = messageKind === "epikrise" ? sdk.buildEpikrise : sdk.buildHelsefagligDialog;
    const out = sync(build(doc, delivery, env, options as never));
    const expected: Expected = out.ok
      ? { file: b.file(`expected/xml/${messageKind}.${c.name}.xml`, out.xml) }
      : { issues: issues(out.issues) };
    b.add({
      id: `${messageKind}/${c.name}`,
      kind: messageKind,
      description: c.description,
      inputs: { assessment: input, delivery: deliveryPath, envelope: envPath },
      options,
      expected,
      source: `examples/data/${c.base}.json${c.change === undefined ? "" : `, changed: ${c.change}`}; delivery from route(${profile.id}, ${sender})`,
    });
  }

  // Corrections after sending (issue 9): Epikrise ServType M/C for the same document, a dialog reply in the thread.
  for (const c of correctionCases()) {
    const input = b.json(`inputs/assessments/${c.input}.json`, c.doc);
    const messageKind = c.kind === "epikrise-correction" ? "epikrise" : "helsefaglig-dialog";
    const profile = messageKind === "epikrise" ? TRONDELAG_PROFILE : NATIONAL_PROFILE;
    const sender = messageKind === "epikrise" ? "doculive" : "helseplattformen";
    const delivery = deliveryOf(example(c.base), profile, sender, c.recipient);
    const deliveryPath = b.json(`inputs/deliveries/${c.base}.${messageKind}.${c.recipient}.json`, delivery);
    const envPath = c.kind === "dialog-correction" ? replyEnvelope : envelope;
    const env = c.kind === "dialog-correction" ? reply : HOSPITAL_TO_MUNICIPALITY;
    const options = { msgId: CORRECTION_MSG_ID, genDate: CORRECTION_DATE, lang: c.lang, validate: false };
    const build = c.kind === "epikrise-correction" ? sdk.buildEpikriseCorrection : sdk.buildDialogCorrection;
    const out = sync(build(c.doc, delivery, env, options));
    const expected: Expected = out.ok
      ? { file: b.file(`expected/xml/${c.kind}.${c.name}.xml`, out.xml) }
      : { issues: issues(out.issues) };
    b.add({
      id: `${c.kind}/${c.name}`,
      kind: c.kind,
      description: c.description,
      inputs: { assessment: input, delivery: deliveryPath, envelope: envPath },
      options,
      expected,
      source: `${c.source}; delivery from route(${profile.id}, ${sender}) of examples/data/${c.base}.json`,
    });
  }

  // AppRec: incoming messages are the dialog and epikrise above (inputs here), and broken variants of them.
  const dialogXml = b.files.get("expected/xml/helsefaglig-dialog.sp1-consent-all.nb.xml") as string;
  const epikriseXml = b.files.get("expected/xml/epikrise.sp1-consent-all.nb.xml") as string;
  const dialogReceipt = sync(sdk.createAppRec(dialogXml, { version: "1.1", id: APPREC_ID, genDate: APPREC_DATE }));
  const incoming: [string, string, string][] = [
    ["dialog", dialogXml, "the Helsefaglig dialog of helsefaglig-dialog/sp1-consent-all.nb"],
    ["epikrise", epikriseXml, "the Epikrise of epikrise/sp1-consent-all.nb"],
    [
      "dialog-bad-msgid",
      dialogXml.replace(`<MsgId>${MSG_ID}</MsgId>`, "<MsgId>not-a-uuid</MsgId>"),
      "the dialog with a MsgId that is not a UUID (E10)",
    ],
    [
      "dialog-no-msgid",
      dialogXml.replace(`<MsgId>${MSG_ID}</MsgId>`, ""),
      "the dialog without MsgId: no receipt can quote it",
    ],
    ["not-xml", "this is not XML\n", "a text that is not XML"],
    [
      "dialog-no-type",
      dialogXml.replace(/<Type V="DIALOG_HELSEFAGLIG"[^>]*\/>/, ""),
      "the dialog without MsgInfo/Type: read, and rejected with T02 (issue 15 point 5)",
    ],
    [
      "apprec",
      // The AppRec 1.1 this loop writes for the dialog (apprec/dialog.1.1), as an incoming message.
      dialogReceipt.ok ? dialogReceipt.xml : "",
      "an AppRec: a receipt gets no receipt (issue 15 point 2)",
    ],
  ];
  for (const [name, xml, what] of incoming) {
    const path = b.file(`inputs/messages/${name}.xml`, xml);
    for (const version of ["1.1", "1.0"] as const) {
      if (version === "1.0" && name !== "dialog" && name !== "dialog-bad-msgid") {
        continue;
      }
      const options = { version, id: APPREC_ID, genDate: APPREC_DATE };
      const out = sync(sdk.createAppRec(xml, options));
      b.add({
        id: `apprec/${name}.${version}`,
        kind: "apprec",
        description: `AppRec ${version} answering ${what}`,
        inputs: { message: path },
        options,
        expected: out.ok
          ? { file: b.file(`expected/xml/apprec.${name}.${version}.xml`, out.xml) }
          : { issues: issues(out.issues) },
        source: "derived from this manifest's message vectors",
      });
    }
  }
}

/** Base64 of UTF-8 text, as the data attachment holds it. */
const base64 = (text: string): string => Buffer.from(text, "utf8").toString("base64");

/**
 * `extract-assessment` (issue 17 point 1): the assessment an incoming message carries. Inputs are the dialog and
 * epikrise message vectors above (data attachment), messages this SDK stored before the attachment (the old data
 * table in the note, `packages/edi/test/fixtures/legacy-table-*.xml`, written by 0.1 before issue 17), a message
 * with both carriers, agreeing and not, broken attachment content, and a message with no data of this SDK.
 */
function extracts(b: Builder): void {
  const dialogXml = b.files.get("expected/xml/helsefaglig-dialog.sp1-consent-all.nb.xml") as string;
  const epikriseXml = b.files.get("expected/xml/epikrise.sp1-consent-all.nb.xml") as string;
  const legacy = (name: string) =>
    readFileSync(join(root, "packages", "edi", "test", "fixtures", `legacy-table-${name}.xml`), "utf8");
  const legacyDialog = legacy("dialog");
  const attachment = /<Document><RefDoc><MsgType V="A"[\s\S]*?<\/Document>/.exec(dialogXml)?.[0] ?? "";
  const content = /(<Base64Container[^>]*>)[^<]*(<\/Base64Container>)/;
  const both = legacyDialog.replace("</MsgHead>", `${attachment}</MsgHead>`);
  const cases: [string, string, string][] = [
    [
      "dialog",
      dialogXml,
      "the Helsefaglig dialog of helsefaglig-dialog/sp1-consent-all.nb: read from its data attachment",
    ],
    ["epikrise", epikriseXml, "the Epikrise of epikrise/sp1-consent-all.nb: read from its data attachment (RefDoc)"],
    ["legacy-table-dialog", legacyDialog, "a Helsefaglig dialog stored before issue 17: read from the old data table"],
    ["legacy-table-epikrise", legacy("epikrise"), "an Epikrise stored before issue 17: read from the old data table"],
    ["both-agree", both, "the old data table and the data attachment hold the same assessment: the attachment wins"],
    [
      "both-disagree",
      both.replace(
        "<tr><td>patient.name.given</td><td>&quot;Kari&quot;</td></tr>",
        "<tr><td>patient.name.given</td><td>&quot;Kristin&quot;</td></tr>",
      ),
      "the old data table and the data attachment differ: data_carriers_disagree, nothing is taken",
    ],
    [
      "attachment-not-base64",
      dialogXml.replace(content, "$1not base64!$2"),
      "data attachment content that is not base64: data_attachment_unreadable",
    ],
    [
      "attachment-not-json",
      dialogXml.replace(content, `$1${base64("{ not json")}$2`),
      "data attachment content that is not JSON: data_attachment_unreadable",
    ],
    ["no-data", dialogXml.replace(attachment, ""), "a message with no data of this SDK: null, not an error"],
  ];
  for (const [name, xml, what] of cases) {
    const path = b.file(`inputs/messages/extract-${name}.xml`, xml);
    const options = { allowTestNumbers: true };
    const out = sync(sdk.extractAssessment?.(xml, options) as ReturnType<NonNullable<typeof sdk.extractAssessment>>);
    if (name === "both-agree" && !(out.ok && out.data?.carrier === "attachment")) {
      throw new Error("extract-assessment/both-agree: the stored table no longer matches the example; update it");
    }
    b.add({
      id: `extract-assessment/${name}`,
      kind: "extract-assessment",
      description: `The assessment carried by ${what}`,
      inputs: { message: path },
      options,
      expected: out.ok ? { file: b.json(`expected/extract/${name}.json`, out.data) } : { issues: issues(out.issues) },
      source: name.startsWith("legacy")
        ? "stored message written by the SDK before issue 17"
        : "derived from this manifest's message vectors",
    });
  }
}

/** Who corrected, when and why, for the corrections made here (fixed clock). */
const CANCEL_META = {
  reason: "Registrert på feil pasient",
  by: "Siri Testsykepleier",
  at: "2026-03-13T08:00:00+01:00",
};
const AMEND_META = { reason: "Oppdatert etter ny samtale", by: "Siri Testsykepleier", at: "2026-03-12T09:15:00+01:00" };

/** examples/data/sp1-corrected.json cancelled afterwards. */
function cancelledDoc(): Doc {
  return cancelAssessment(example("sp1-corrected") as Assessment, CANCEL_META).assessment as unknown as Doc;
}

/** examples/data/sp1-withhold-mental-health.json corrected in a held-back topic and a shared one. */
function amendedHeldDoc(): Doc {
  const a = example("sp1-withhold-mental-health") as Assessment;
  return amendAssessment(
    a,
    {
      topics: {
        ...a.topics,
        "mental-health": { status: "need", note: "Sover bedre etter samtalen, fortsatt bekymret." },
        nutrition: { status: "no-need" },
      },
    },
    AMEND_META,
  ).assessment as unknown as Doc;
}

interface CorrectionCase {
  readonly kind: "epikrise-correction" | "dialog-correction";
  readonly name: string;
  readonly description: string;
  readonly base: string;
  readonly input: string;
  readonly doc: Doc;
  readonly recipient: "municipality" | "gp";
  readonly lang: "nb" | "nn" | "en";
  readonly source: string;
}

function correctionCases(): CorrectionCase[] {
  const out: CorrectionCase[] = [];
  for (const kind of ["epikrise-correction", "dialog-correction"] as const) {
    const what = kind === "epikrise-correction" ? "Epikrise 1.2" : "Helsefaglig dialog reply in the same thread";
    for (const lang of LANGS) {
      out.push({
        kind,
        name: `sp1-corrected.change.${lang}`,
        description: `${what} correcting a sent assessment (${kind === "epikrise-correction" ? "ServType M" : "what changed"}), ${lang}`,
        base: "sp1-corrected",
        input: "sp1-corrected",
        doc: example("sp1-corrected"),
        recipient: "municipality",
        lang,
        source: "examples/data/sp1-corrected.json",
      });
    }
    out.push({
      kind,
      name: "sp1-corrected.cancel.nb",
      description: `${what} cancelling a sent assessment${kind === "epikrise-correction" ? " (ServType C)" : ""}`,
      base: "sp1-corrected",
      input: "sp1-corrected-cancelled",
      doc: cancelledDoc(),
      recipient: "municipality",
      lang: "nb",
      source: "examples/data/sp1-corrected.json, changed: cancelAssessment",
    });
    out.push({
      kind,
      name: "sp1-withhold-mental-health.change.gp.nb",
      description: `${what} to the fastlege: the correction of a held-back topic is not mentioned, nor the reason (free text held back)`,
      base: "sp1-withhold-mental-health",
      input: "sp1-withhold-mental-health-amended",
      doc: amendedHeldDoc(),
      recipient: "gp",
      lang: "nb",
      source:
        "examples/data/sp1-withhold-mental-health.json, changed: amendAssessment of topics mental-health and nutrition",
    });
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------------------
// (e2) audit trail (issue 9)
// ------------------------------------------------------------------------------------------------------------------

function audits(b: Builder): void {
  const sentAt = "2026-03-10T12:00:00+01:00";
  const sentOf = (doc: Doc, profile: Profile, at: string, version: number, message: string) =>
    route(doc as never, profile, { senderSystem: "helseplattformen" }).deliveries.map((delivery) => ({
      delivery,
      at,
      version,
      message,
    }));
  const corrected = example("sp1-corrected");
  const cancelled = cancelledDoc();
  const scenarios: [string, string, unknown[], Doc[], string][] = [
    [
      "sp1-withhold-mental-health",
      "deliveries of an assessment whose consent holds back parts from the fastlege",
      sentOf(example("sp1-withhold-mental-health"), NATIONAL_PROFILE, sentAt, 1, "original"),
      [example("sp1-withhold-mental-health")],
      "examples/data/sp1-withhold-mental-health.json routed under the national profile",
    ],
    [
      "sp1-consent-all.recipient-needs",
      "deliveries under a profile with recipientNeeds: what the fastlege was not sent",
      sentOf(example("sp1-consent-all"), MINIMISED_PROFILE, sentAt, 1, "original"),
      [example("sp1-consent-all")],
      "examples/data/sp1-consent-all.json routed under ahus with recipientNeeds",
    ],
    [
      "sp1-corrected",
      "the first version sent, then the change",
      [
        ...sentOf(corrected, NATIONAL_PROFILE, sentAt, 1, "original"),
        ...sentOf(corrected, NATIONAL_PROFILE, CORRECTION_DATE, 2, "change"),
      ],
      [corrected],
      "examples/data/sp1-corrected.json routed under the national profile",
    ],
    [
      "sp1-corrected.cancelled",
      "sent, changed, then cancelled",
      [
        ...sentOf(corrected, NATIONAL_PROFILE, sentAt, 1, "original"),
        ...sentOf(corrected, NATIONAL_PROFILE, CORRECTION_DATE, 2, "change"),
        ...sentOf(cancelled, NATIONAL_PROFILE, "2026-03-13T08:30:00+01:00", 3, "cancellation"),
      ],
      [cancelled],
      "examples/data/sp1-corrected.json, changed: cancelAssessment",
    ],
  ];
  for (const [name, description, sent, assessments, source] of scenarios) {
    b.add({
      id: `audit-trail/${name}`,
      kind: "audit-trail",
      description: `auditTrail: ${description}`,
      inputs: {
        sent: b.json(`inputs/audit/${name}.sent.json`, sent),
        assessments: b.json(`inputs/audit/${name}.assessments.json`, assessments),
      },
      expected: {
        file: b.file(
          `expected/audit/${name}.json`,
          stableJson(normalizeJson(sync(sdk.auditTrail(sent, assessments)), INFORMATIONAL_KEYS)),
        ),
      },
      source,
    });
  }
}

// ------------------------------------------------------------------------------------------------------------------
// (e) routing and pathway scenarios
// ------------------------------------------------------------------------------------------------------------------

function profiles(b: Builder): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of PROFILES) {
    out.set(p.id, b.file(`inputs/profiles/${p.id}.json`, stableJson(p)));
  }
  return out;
}

function routes(b: Builder, profilePaths: Map<string, string>): void {
  const senders: Record<string, (string | undefined)[]> = {
    national: [undefined],
    ahus: [undefined, "dips"],
    "sondre-trondelag": ["helseplattformen", "doculive"],
  };
  for (const p of PROFILES) {
    for (const name of EXAMPLES) {
      for (const senderSystem of senders[p.id] ?? [undefined]) {
        const doc = example(name);
        const options = senderSystem === undefined ? {} : { senderSystem };
        b.add({
          id: `route/${p.id}/${name}${senderSystem === undefined ? "" : `.${senderSystem}`}`,
          kind: "route",
          description: `routing under the ${p.id} profile${senderSystem === undefined ? "" : ` from ${senderSystem}`}`,
          inputs: { assessment: `inputs/assessments/${name}.json`, profile: profilePaths.get(p.id) as string },
          options,
          expected: {
            file: b.file(
              `expected/route/${p.id}.${name}${senderSystem === undefined ? "" : `.${senderSystem}`}.json`,
              stableJson(normalizeJson(sync(sdk.route(doc, p, options)), INFORMATIONAL_KEYS)),
            ),
          },
          source: `examples/data/${name}.json`,
        });
      }
    }
  }
  // Data minimisation (issue 9): a profile with recipientNeeds puts leaveOut on the fastlege's delivery.
  const minimisedPath = b.file(`inputs/profiles/${MINIMISED_PROFILE.id}.json`, stableJson(MINIMISED_PROFILE));
  for (const name of ["sp1-consent-all", "sp1-withhold-mental-health"]) {
    b.add({
      id: `route/${MINIMISED_PROFILE.id}/${name}`,
      kind: "route",
      description:
        "routing under a profile with recipientNeeds: the fastlege's delivery carries leaveOut (and withhold)",
      inputs: { assessment: `inputs/assessments/${name}.json`, profile: minimisedPath },
      options: {},
      expected: {
        file: b.file(
          `expected/route/${MINIMISED_PROFILE.id}.${name}.json`,
          stableJson(normalizeJson(sync(sdk.route(example(name), MINIMISED_PROFILE, {})), INFORMATIONAL_KEYS)),
        ),
      },
      source: `examples/data/${name}.json; profile: ahus with recipientNeeds for the fastlege`,
    });
  }
  // Consent changed after the conversation: the later record in the pathway state decides.
  const doc = example("sp1-declines-municipality");
  const consent = { municipality: { value: "granted", at: "2026-04-20T09:00:00+02:00" } };
  b.add({
    id: "route/national/sp1-declines-municipality.consent-granted-later",
    kind: "route",
    description: "a municipality consent granted after the conversation (in the pathway state) wins",
    inputs: {
      assessment: "inputs/assessments/sp1-declines-municipality.json",
      profile: profilePaths.get("national") as string,
    },
    options: { consent },
    expected: {
      file: b.file(
        "expected/route/national.sp1-declines-municipality.consent-granted-later.json",
        stableJson(normalizeJson(sync(sdk.route(doc, NATIONAL_PROFILE, { consent })), INFORMATIONAL_KEYS)),
      ),
    },
    source: "examples/data/sp1-declines-municipality.json",
  });
  // Issue 21 (rule 8): a cancelled assessment goes only as a cancellation notice; the patient letter is withheld.
  for (const p of PROFILES) {
    b.add({
      id: `route/${p.id}/sp1-corrected-cancelled`,
      kind: "route",
      description: `a cancelled assessment under the ${p.id} profile: national messages carry notice "cancellation", no patient letter`,
      inputs: {
        assessment: b.json("inputs/assessments/sp1-corrected-cancelled.json", cancelledDoc()),
        profile: profilePaths.get(p.id) as string,
      },
      options: {},
      expected: {
        file: b.file(
          `expected/route/${p.id}.sp1-corrected-cancelled.json`,
          stableJson(normalizeJson(sync(sdk.route(cancelledDoc(), p, {})), INFORMATIONAL_KEYS)),
        ),
      },
      source: "examples/data/sp1-corrected.json, changed: cancelAssessment",
    });
  }
}

function sp3Kari(): Doc {
  const d = example("sp2-with-children");
  d["id"] = "sp3-kari-2027";
  d["interactionPoint"] = 3;
  d["conductedAt"] = "2027-03-01T10:00:00+01:00";
  d["nextStep"] = { action: "pathway-complete" };
  return d;
}

interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly events: PathwayEvent[];
  readonly today: readonly string[];
  readonly senderSystem?: string;
}

function scenarios(): Scenario[] {
  const at = (date: string, time = "09:00:00+01:00") => `${date}T${time}`;
  const included: PathwayEvent = {
    type: "included",
    id: "ev-included",
    at: at("2026-02-25"),
    diagnosedOn: "2026-02-20",
    informedOn: "2026-02-24",
    hospital: "8143530",
  };
  const sp1 = {
    type: "completed",
    id: "ev-sp1",
    at: "2026-03-10T10:30:00+01:00",
    assessment: example("sp1-consent-all"),
  };
  const sp2 = {
    type: "completed",
    id: "ev-sp2",
    at: "2026-06-05T09:00:00+02:00",
    assessment: example("sp2-with-children"),
  };
  const sp3 = { type: "completed", id: "ev-sp3", at: "2027-03-01T10:00:00+01:00", assessment: sp3Kari() };
  const preVisitTalk = {
    type: "pre-visit-answered",
    id: "ev-pre-visit",
    at: at("2026-03-02"),
    interactionPoint: 1,
    answer: "talk",
    topics: ["nutrition", "family-network"],
    channel: "helsenorge",
  };
  const withoutTopic = (doc: Doc, topic: string): Doc => {
    const { [topic]: _left, ...topics } = doc.topics;
    return { ...doc, topics };
  };
  const jon = example("sp1-declines-municipality");
  const jonIncluded: PathwayEvent = {
    type: "included",
    id: "ev-included",
    at: at("2026-03-20"),
    diagnosedOn: "2026-03-18",
  };
  const ev = (e: object) => e as PathwayEvent;
  return [
    {
      name: "not-included",
      description: "no events: include the patient",
      events: [],
      today: ["2026-03-01"],
    },
    {
      name: "included",
      description: "included, nothing held yet: SP1 open, SP2 and SP3 not due",
      events: [included],
      today: ["2026-03-01", "2026-06-01", "2027-09-01"],
    },
    {
      name: "sp1-completed",
      description: "SP1 held with consent: routing to the municipality and the fastlege; SP2 window",
      events: [included, ev(sp1)],
      today: ["2026-04-01", "2026-06-25", "2026-08-01"],
      senderSystem: "helseplattformen",
    },
    {
      name: "sp1-municipality-declined",
      description: "SP1 held, municipality consent declined: delivery withheld, municipality points blocked",
      events: [jonIncluded, ev({ type: "completed", id: "ev-sp1", at: "2026-04-02T13:00:00+02:00", assessment: jon })],
      today: ["2026-07-01"],
    },
    {
      name: "sp1-municipality-consent-granted-later",
      description: "consent to the municipality granted after SP1: the later record decides the routing",
      events: [
        jonIncluded,
        ev({ type: "completed", id: "ev-sp1", at: "2026-04-02T13:00:00+02:00", assessment: jon }),
        ev({
          type: "consent-changed",
          id: "ev-consent",
          at: "2026-04-20T09:00:00+02:00",
          recipient: "municipality",
          value: "granted",
        }),
      ],
      today: ["2026-07-01"],
    },
    {
      name: "sp1-declined",
      description: "SP1 declined with a re-offer date: re-offer not due, then due",
      events: [
        included,
        ev({
          type: "declined",
          id: "ev-declined",
          at: at("2026-03-10"),
          interactionPoint: 1,
          reason: "not-now",
          reofferOn: "2026-04-15",
        }),
      ],
      today: ["2026-04-01", "2026-04-15"],
    },
    {
      name: "sp1-declined-unscheduled",
      description: "SP1 declined without a date: re-offer unscheduled",
      events: [
        included,
        ev({ type: "declined", id: "ev-declined", at: at("2026-03-10"), interactionPoint: 1, reason: "too-ill" }),
      ],
      today: ["2026-04-01"],
    },
    {
      name: "all-points",
      description: "SP1, SP2 and SP3 held: inform the fastlege after the municipality points, then close",
      events: [included, ev(sp1), ev(sp2), ev(sp3)],
      today: ["2027-03-02"],
    },
    {
      name: "all-points-gp-informed",
      description: "every point held and the fastlege informed electronically: close the pathway",
      events: [
        included,
        ev(sp1),
        ev(sp2),
        ev({
          type: "handoff",
          id: "ev-h2",
          at: "2026-06-06T09:00:00+02:00",
          recipient: "gp",
          about: "assessment",
          interactionPoint: 2,
          channel: "electronic",
        }),
        ev(sp3),
        ev({
          type: "handoff",
          id: "ev-h3",
          at: "2027-03-02T09:00:00+01:00",
          recipient: "gp",
          about: "assessment",
          interactionPoint: 3,
          channel: "electronic",
        }),
      ],
      today: ["2027-03-03"],
    },
    {
      name: "inclusion-declined",
      description: "the patient declines the pathway: inform the fastlege, close",
      events: [ev({ type: "inclusion-declined", id: "ev-no", at: at("2026-02-26"), reason: "not-now" })],
      today: ["2026-03-01"],
    },
    {
      name: "inclusion-declined-gp-informed",
      description: "the pathway declined and the fastlege informed: close only",
      events: [
        ev({ type: "inclusion-declined", id: "ev-no", at: at("2026-02-26"), reason: "not-now" }),
        ev({
          type: "handoff",
          id: "ev-h",
          at: at("2026-02-27"),
          recipient: "gp",
          about: "inclusion-declined",
          channel: "electronic",
        }),
      ],
      today: ["2026-03-01"],
    },
    {
      name: "deceased",
      description: "the patient died: check bereaved children, close; later events are issues",
      events: [
        included,
        ev(sp1),
        ev({ type: "deceased", id: "ev-dead", at: at("2026-05-01"), diedOn: "2026-04-30" }),
        ev({ type: "offered", id: "ev-offer", at: at("2026-05-10"), interactionPoint: 2 }),
      ],
      today: ["2026-05-11"],
    },
    {
      name: "pre-visit-no-needs-now",
      description:
        "before SP1 the patient answers no needs now, maybe later: the offer is deferred, re-offer unscheduled unless the profile gives months (issue 16)",
      events: [
        included,
        ev({
          type: "pre-visit-answered",
          id: "ev-pre-visit",
          at: at("2026-03-02"),
          interactionPoint: 1,
          answer: "no-needs-now",
          channel: "helsenorge",
        }),
      ],
      today: ["2026-03-05"],
    },
    {
      name: "pre-visit-agenda",
      description:
        "before SP1 the patient marks topics and self-reports the thermometer: the agenda and the confirmation show on SP1 (issue 16)",
      events: [
        included,
        ev({
          type: "pre-visit-answered",
          id: "ev-pre-visit",
          at: at("2026-03-02"),
          interactionPoint: 1,
          answer: "talk",
          topics: ["nutrition", "family-network"],
          selfReported: true,
          channel: "helsenorge",
        }),
      ],
      today: ["2026-03-05"],
    },
    {
      name: "pre-visit-agenda-covered",
      description:
        "before SP1 the patient marks two topics; the conversation records both: no warning, the point is completed (issue 16)",
      events: [included, ev(preVisitTalk), ev(sp1)],
      today: ["2026-03-11"],
    },
    {
      name: "pre-visit-agenda-not-covered",
      description:
        "before SP1 the patient marks two topics; the conversation records nothing for one: recorded, with a raised_topic_not_covered warning at that topic (issue 16)",
      events: [included, ev(preVisitTalk), ev({ ...sp1, assessment: withoutTopic(sp1.assessment, "nutrition") })],
      today: ["2026-03-11"],
    },
    {
      name: "deceased-closed",
      description:
        "the patient died and the pathway was closed: the § 10b check stays, counting the minors SP2 recorded (issue 16)",
      events: [
        included,
        ev(sp1),
        ev(sp2),
        ev({ type: "deceased", id: "ev-dead", at: at("2026-07-01"), diedOn: "2026-06-30" }),
        ev({ type: "closed", id: "ev-closed", at: at("2026-07-02"), reason: "deceased" }),
      ],
      today: ["2026-07-10"],
    },
    {
      name: "deceased-children-checked",
      description: "the § 10b check recorded after the close: nothing more is due (issue 16)",
      events: [
        included,
        ev(sp1),
        ev({ type: "deceased", id: "ev-dead", at: at("2026-05-01"), diedOn: "2026-04-30" }),
        ev({ type: "closed", id: "ev-closed", at: at("2026-05-02"), reason: "deceased" }),
        ev({ type: "bereaved-children-checked", id: "ev-checked", at: at("2026-05-05") }),
      ],
      today: ["2026-05-11"],
    },
    {
      name: "diagnosis-uncertain-behaviour",
      description:
        "SP1 with a D37–D48 diagnosis: recorded with a warning unless the profile includes D37–D48 (issue 16)",
      events: [
        included,
        ev({ ...sp1, assessment: { ...sp1.assessment, diagnosis: { ...sp1.assessment["diagnosis"], code: "D47.1" } } }),
      ],
      today: ["2026-04-01"],
    },
    {
      name: "relapse",
      description: "a relapse after SP2: the profile decides whether the points restart",
      events: [
        included,
        ev(sp1),
        ev(sp2),
        ev({ type: "relapse", id: "ev-relapse", at: at("2026-10-01"), diagnosedOn: "2026-09-28" }),
      ],
      today: ["2026-10-05", "2027-01-10"],
    },
    {
      name: "hospital-transfer",
      description:
        "moved hospital before SP1 and the new hospital starts treatment: who holds SP1 is the profile's rule",
      events: [
        included,
        ev({
          type: "hospital-transfer",
          id: "ev-move",
          at: at("2026-03-01"),
          from: "8143530",
          to: "59",
          startsTreatment: true,
        }),
      ],
      today: ["2026-03-05"],
    },
    {
      name: "out-of-order-and-duplicates",
      description: "SP2 before SP1, a conflicting duplicate, an event before inclusion: issues, and the rest applies",
      events: [
        ev({ type: "offered", id: "ev-early", at: at("2026-02-01"), interactionPoint: 1 }),
        included,
        ev(sp2),
        ev(sp1),
        ev(sp1),
        ev({ type: "consent-changed", id: "ev-c", at: at("2026-03-12"), recipient: "gp", value: "declined" }),
        ev({ type: "consent-changed", id: "ev-c", at: at("2026-03-12"), recipient: "gp", value: "granted" }),
      ],
      today: ["2026-04-01"],
    },
  ];
}

function pathways(b: Builder, profilePaths: Map<string, string>): void {
  for (const s of scenarios()) {
    const events = b.json(`inputs/events/${s.name}.json`, s.events);
    for (const p of PROFILES) {
      for (const today of s.today) {
        const options = {
          today,
          allowTestNumbers: true,
          ...(s.senderSystem === undefined ? {} : { senderSystem: s.senderSystem }),
        };
        b.add({
          id: `pathway/${p.id}/${s.name}.${today}`,
          kind: "pathway",
          description: `${s.description} (${p.id}, on ${today})`,
          inputs: { events, profile: profilePaths.get(p.id) as string },
          options,
          expected: {
            file: b.file(
              `expected/pathway/${p.id}.${s.name}.${today}.json`,
              stableJson(normalizeJson(sync(sdk.pathway(s.events, p, options)), INFORMATIONAL_KEYS)),
            ),
          },
          source: "hand-curated events around examples/data",
        });
      }
    }
  }
}

/** Every vector file and the manifest, as artifacts for `pnpm gen`. */
export async function artifacts(): Promise<Artifact[]> {
  const b = new Builder();
  assessments(b);
  identifiers(b);
  texts(b);
  messages(b);
  extracts(b);
  const profilePaths = profiles(b);
  redactions(b);
  routes(b, profilePaths);
  scopes(b, profilePaths);
  audits(b);
  pathways(b, profilePaths);
  questionnaireResponses(b);

  const order = new Map(VECTOR_KINDS.map((k, i) => [k, i]));
  const vectors = [...b.vectors].sort(
    (x, y) => (order.get(x.kind) ?? 99) - (order.get(y.kind) ?? 99) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
  const manifest: Manifest = {
    $schema: "./manifest.schema.json",
    format: MANIFEST_FORMAT,
    sdkVersion: SDK_VERSION,
    schemaVersion: SCHEMA_VERSION,
    vectors,
  };
  return [
    ...[...b.files]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([path, content]) => ({ path: `${OUT}/${path}`, content })),
    { path: `${OUT}/manifest.json`, content: orderedJson(manifest) },
    { path: `${OUT}/manifest.schema.json`, content: orderedJson(MANIFEST_SCHEMA) },
  ];
}
