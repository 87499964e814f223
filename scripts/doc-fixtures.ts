/**
 * The reader's own data in the guides' examples (issue 21: every code block runs in CI), as real synthetic values:
 * `scripts/doc-examples.test.ts` gives an example these for the names it uses without defining them. A name not here
 * must be defined by the example itself.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Envelope, parseMessage } from "@pakkeforlop-hjem/edi";
import { toQuestionnaire, toQuestionnaireResponse } from "@pakkeforlop-hjem/fhir";
import { DT_LEGACY, type FormAnswers, THERMOMETER_LEGACY_FORM } from "@pakkeforlop-hjem/instruments";
import { type Assessment, controlDigitsFor, IDENTIFIER_SYSTEMS, parseAssessment } from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, type PathwayEvent, replay, route } from "@pakkeforlop-hjem/pathway";
import { SAMPLE_ENVELOPE } from "../packages/cli/src/sample.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (rel: string): string => readFileSync(join(root, rel), "utf8");

/** An FH-nummer (first digit 8: no birth date, never a test number), so the examples run without test numbers. */
function fhNumber(): string {
  for (let i = 0; i < 1000; i++) {
    const stem = `812345${String(i).padStart(3, "0")}`;
    const digits = controlDigitsFor(stem);
    if (digits !== undefined) {
      return stem + digits;
    }
  }
  throw new Error("no FH-nummer");
}
const example = (): Record<string, any> => {
  const doc = JSON.parse(read("examples/data/sp1-consent-all.json"));
  doc.patient.identifier = { system: IDENTIFIER_SYSTEMS.fhn, value: fhNumber() };
  return doc;
};
export const text = (): string => JSON.stringify(example());
export const assessment = (): Assessment => parseAssessment(example());
export const v1 = assessment;
export const tenorNumber = (): string => "15837210094";
export const patient = (): Assessment["patient"] => assessment().patient;
export const conductedBy = (): Assessment["conductedBy"] => assessment().conductedBy;
export const diagnosis = (): Assessment["diagnosis"] => assessment().diagnosis;
export const organisation = (): Assessment["organisation"] => assessment().organisation;
export const envelope = (): Envelope => SAMPLE_ENVELOPE;
export const sender = (): Envelope["sender"] => SAMPLE_ENVELOPE.sender;
export const receiver = (): Envelope["receiver"] => SAMPLE_ENVELOPE.receiver;
export const gpOffice = (): Envelope["receiver"] => ({
  organisation: { name: "Legekontoret Gjøvik", herId: "8143700" },
  service: { name: "Fastlege", herId: "8143701" },
});
export const deliveries = () =>
  route(assessment(), NATIONAL_PROFILE, { senderSystem: "helseplattformen" }).deliveries.filter(
    (d) => d.channel === "nhn",
  );
export const delivery = () => deliveries()[0];
export const profile = () => NATIONAL_PROFILE;
let n = 0;
export const ids = () => () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
export const now = () => () => "2026-03-10T12:00:00+01:00";
export const conversation = () => ({
  refToParent: "00000000-0000-4000-8000-000000000001",
  refToConversation: "00000000-0000-4000-8000-000000000001",
});
export const events = (): PathwayEvent[] => [
  { type: "included", id: "e1", at: "2026-02-20T12:00:00+01:00", diagnosedOn: "2026-02-20" } as PathwayEvent,
  { type: "completed", id: "e2", at: "2026-03-10T10:30:00+01:00", assessment: assessment() } as PathwayEvent,
];
export const state = () => replay(events(), NATIONAL_PROFILE).state;
export const answers = (): FormAnswers => ({
  outcome: "completed",
  mode: "in-person",
  "patient-age-group": "adult",
  respondent: "patient",
  "has-minors": false,
  "consent-municipality": "granted",
  "consent-gp": "granted",
});
export const answersFromHelsenorge = answers;
export const ehrContext = () => ({ patient: patient() });
export const questionnaire = () => toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "refero", lang: "nb" });
export const response = () => toQuestionnaireResponse(questionnaire(), { "distress-score": 5 } as FormAnswers);
export const body = () => JSON.stringify(response());
const message = () => read("packages/conformance/vectors/expected/xml/helsefaglig-dialog.sp1-consent-all.nb.xml");
export const xmlBytes = (): Uint8Array => new TextEncoder().encode(message());
export const bytesOrString = message;
export const options = () => ({});
export const parsed = () => parseMessage(message());
/** A complete wording for the legacy thermometer, as an organisation with a licence would load it. */
export const licensedWording = () => {
  const texts = (code: string) => ({ nb: `Lisensiert tekst ${code}` });
  return {
    instrument: { id: DT_LEGACY.id, version: DT_LEGACY.version },
    source: "Lisensavtale 2026-014",
    languages: ["nb" as const],
    categories: Object.fromEntries(DT_LEGACY.categories.map((c) => [c.code, texts(c.code)])),
    items: Object.fromEntries(DT_LEGACY.items.map((i) => [i.code, texts(i.code)])),
    ...(DT_LEGACY.other === undefined ? {} : { other: texts("other") }),
  };
};
export const wordingFromYourLicence = licensedWording;
/** Callbacks of the reader's own system: they accept anything and do nothing. */
const sink =
  () =>
  async (..._args: unknown[]) =>
    undefined;
export const send = sink;
/** The reader's store of assessments: nothing stored yet. */
export const currentVersionOf = () => (_id: string) => undefined;
export const store = sink;
export const sendBack = sink;
export const saveDraft = sink;
export const showErrorAt = sink;
export const showBeside = sink;
export const respond = sink;
