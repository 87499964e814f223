/**
 * The fixed texts of the renderers in nb, nn and en. Code-list texts come from the model and instrument texts from
 * the instruments package: nothing is written twice.
 */
import { displayOf, type Lang, type LocalizedText, TOPICS, type TopicKey } from "@pakkeforlop-hjem/model";

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

/** Keys of the fixed texts. */
export type TextKey =
  | "marking"
  | "point"
  | "assessment"
  | "place"
  | "date"
  | "patient"
  | "born"
  | "identifier"
  | "diagnosis"
  | "diagnosedOn"
  | "outcome"
  | "reason"
  | "reofferOn"
  | "attempts"
  | "whoAndHow"
  | "mode"
  | "respondent"
  | "participants"
  | "conductedBy"
  | "language"
  | "interpreter"
  | "interpreterNeeded"
  | "interpreterNotNeeded"
  | "digital"
  | "digitalYes"
  | "digitalNo"
  | "ageGroup"
  | "child"
  | "adult"
  | "hpr"
  | "phone"
  | "thermometer"
  | "score"
  | "of10"
  | "noScore"
  | "selfReported"
  | "instrument"
  | "threshold"
  | "rule"
  | "atOrAbove"
  | "below"
  | "problemsYes"
  | "problemsNo"
  | "problemsMarked"
  | "otherConcerns"
  | "unknownItem"
  | "unknownInstrument"
  | "period"
  | "national"
  | "regional"
  | "answer"
  | "answers"
  | "otherDetails"
  | "offered"
  | "tried"
  | "reofferNotSet"
  | "noAssessment"
  | "whatMatters"
  | "topics"
  | "raisedByPatient"
  | "children"
  | "hasMinors"
  | "age"
  | "years"
  | "situation"
  | "informationGiven"
  | "followUp"
  | "childContact"
  | "note"
  | "measures"
  | "noMeasures"
  | "topic"
  | "responsible"
  | "contact"
  | "due"
  | "status"
  | "contactPoint"
  | "consent"
  | "noConsent"
  | "recorded"
  | "by"
  | "nextStep"
  | "planned"
  | "window"
  | "monthsAfter"
  | "notes"
  | "yes"
  | "no"
  | "notAnswered"
  | "shortened"
  | "characters"
  | "shortenedFields"
  | "leftOut"
  | "fullInRecord"
  | "schoolTopic"
  | "dataCaption"
  | "heldBack"
  | "notAnsweredOrShared"
  | "noMeasuresOrShared"
  | "heldBackFrom"
  | "version"
  | "changed";

/**
 * Every fixed text the renderers use.
 * @example
 * ```ts
 * TEXT.notAnswered.nn; // "ikkje svart"
 * ```
 */
export const TEXT: Readonly<Record<TextKey, LocalizedText>> = {
  marking: t(
    "Pakkeforløp hjem for pasienter med kreft",
    "Pakkeforløp hjem for pasienter med kreft",
    "Pakkeforløp hjem for pasienter med kreft (cancer pathway home)",
  ),
  point: t("Samhandlingspunkt", "Samhandlingspunkt", "Interaction point"),
  assessment: t("behovskartlegging", "behovskartlegging", "needs assessment"),
  place: t("Sted", "Stad", "Place"),
  date: t("Dato", "Dato", "Date"),
  patient: t("Pasient", "Pasient", "Patient"),
  born: t("født", "fødd", "born"),
  identifier: t("Id", "Id", "Id"),
  diagnosis: t("Diagnose", "Diagnose", "Diagnosis"),
  diagnosedOn: t("diagnosedato", "diagnosedato", "diagnosed"),
  outcome: t("Utfall", "Utfall", "Outcome"),
  reason: t("Grunn", "Grunn", "Reason"),
  reofferOn: t("Nytt tilbud", "Nytt tilbod", "Offer again"),
  attempts: t("Forsøk", "Forsøk", "Attempts"),
  whoAndHow: t("Hvem deltok og hvordan", "Kven deltok og korleis", "Who took part and how"),
  mode: t("Samtaleform", "Samtaleform", "Mode"),
  respondent: t("Svar gitt av", "Svar gitt av", "Answers given by"),
  participants: t("Deltakere", "Deltakarar", "Participants"),
  conductedBy: t("Gjennomført av", "Gjennomført av", "Conducted by"),
  language: t("Språk", "Språk", "Language"),
  interpreter: t("Tolk", "Tolk", "Interpreter"),
  interpreterNeeded: t("behov for tolk", "behov for tolk", "interpreter needed"),
  interpreterNotNeeded: t("ikke behov for tolk", "ikkje behov for tolk", "no interpreter needed"),
  digital: t("Digital kommunikasjon", "Digital kommunikasjon", "Digital communication"),
  digitalYes: t("ja (Helsenorge)", "ja (Helsenorge)", "yes (Helsenorge)"),
  digitalNo: t("nei, brev på papir", "nei, brev på papir", "no, letters on paper"),
  ageGroup: t("Aldersgruppe", "Aldersgruppe", "Age group"),
  child: t("barn", "barn", "child"),
  adult: t("voksen", "vaksen", "adult"),
  hpr: t("HPR", "HPR", "HPR"),
  phone: t("tlf.", "tlf.", "phone"),
  thermometer: t(
    "Påkjenningstermometer og problemliste",
    "Påkjenningstermometer og problemliste",
    "Distress thermometer and problem list",
  ),
  score: t("Skår", "Skår", "Score"),
  of10: t("av 10", "av 10", "of 10"),
  noScore: t(
    "ikke oppgitt (problemlisten er besvart uten tall)",
    "ikkje oppgitt (problemlista er svart på utan tal)",
    "not given (the problem list was answered without a number)",
  ),
  selfReported: t(
    "Fylt ut av pasienten før samtalen, gått gjennom i samtalen",
    "Fylt ut av pasienten før samtalen, gått gjennom i samtalen",
    "Filled in by the patient before the visit, reviewed in the conversation",
  ),
  instrument: t("Instrument", "Instrument", "Instrument"),
  threshold: t("Terskel", "Terskel", "Threshold"),
  rule: t("regel", "regel", "rule"),
  atOrAbove: t("på eller over terskel", "på eller over terskel", "at or above the threshold"),
  below: t("under terskel", "under terskel", "below the threshold"),
  problemsYes: t("Problem (ja)", "Problem (ja)", "Problem (yes)"),
  problemsNo: t("Ikke problem (nei)", "Ikkje problem (nei)", "Not a problem (no)"),
  problemsMarked: t("Markert", "Markert", "Marked"),
  otherConcerns: t("Annet", "Anna", "Other"),
  unknownItem: t("Punkter utenfor denne utgaven", "Punkt utanfor denne utgåva", "Items not in this edition"),
  unknownInstrument: t(
    "et skjema denne programvaren ikke kjenner",
    "eit skjema denne programvara ikkje kjenner",
    "a form this software does not know",
  ),
  period: t("Periode", "Periode", "Period"),
  national: t("nasjonal", "nasjonal", "national"),
  regional: t("regional", "regional", "regional"),
  answer: t("svar", "svar", "answer"),
  answers: t("svar", "svar", "answers"),
  offered: t("Tilbudt", "Tilboden", "Offered"),
  tried: t("Forsøkt kontaktet", "Freista kontakta", "Contact attempted"),
  reofferNotSet: t(
    "ikke avtalt, planlegg et nytt tilbud",
    "ikkje avtalt, planlegg eit nytt tilbod",
    "not agreed, plan a new offer",
  ),
  noAssessment: t(
    "Ingen behovskartlegging ble gjort.",
    "Inga behovskartlegging vart gjord.",
    "No needs assessment was made.",
  ),
  otherDetails: t("andre opplysninger", "andre opplysningar", "other details"),
  whatMatters: t("Hva er viktig for deg?", "Kva er viktig for deg?", "What matters to you?"),
  topics: t("Tema i samtalen", "Tema i samtalen", "Topics of the conversation"),
  raisedByPatient: t(
    "pasienten ba om å snakke om dette før samtalen",
    "pasienten bad om å snakke om dette før samtalen",
    "the patient asked before the conversation to talk about this",
  ),
  children: t(
    "Barn og unge som pårørende (helsepersonelloven § 10a)",
    "Barn og unge som pårørande (helsepersonellova § 10a)",
    "Children as next of kin (Health Personnel Act § 10a)",
  ),
  hasMinors: t("Mindreårige barn eller søsken", "Mindreårige barn eller sysken", "Minor children or siblings"),
  age: t("alder", "alder", "age"),
  years: t("år", "år", "years"),
  situation: t("Situasjon", "Situasjon", "Situation"),
  informationGiven: t("Informasjon gitt", "Informasjon gitt", "Information given"),
  followUp: t("Oppfølging", "Oppfølging", "Follow-up"),
  childContact: t("Barneansvarlig kontakt", "Barneansvarleg kontakt", "Child-responsible contact"),
  note: t("Merknad", "Merknad", "Note"),
  measures: t("Tiltak", "Tiltak", "Measures"),
  noMeasures: t("Ingen tiltak avtalt", "Ingen tiltak avtalt", "No measures agreed"),
  topic: t("Tema", "Tema", "Topic"),
  responsible: t("Ansvarlig", "Ansvarleg", "Responsible"),
  contact: t("Kontakt", "Kontakt", "Contact"),
  due: t("Frist", "Frist", "Due"),
  status: t("Status", "Status", "Status"),
  contactPoint: t(
    "Pasientens kontaktpunkt i kommunen",
    "Pasienten sitt kontaktpunkt i kommunen",
    "The patient's contact point in the municipality",
  ),
  consent: t("Samtykke til deling", "Samtykke til deling", "Consent to sharing"),
  noConsent: t("ikke registrert", "ikkje registrert", "not recorded"),
  recorded: t("registrert", "registrert", "recorded"),
  by: t("av", "av", "by"),
  nextStep: t("Neste steg", "Neste steg", "Next step"),
  planned: t("Planlagt", "Planlagt", "Planned"),
  window: t("Tidsvindu", "Tidsvindauge", "Window"),
  monthsAfter: t("måneder etter", "månader etter", "months after"),
  notes: t("Notater", "Notat", "Notes"),
  yes: t("ja", "ja", "yes"),
  no: t("nei", "nei", "no"),
  notAnswered: t("ikke besvart", "ikkje svart", "not answered"),
  heldBack: t(
    "Noen opplysninger i kartleggingen er ikke tatt med i denne kopien.",
    "Nokre opplysningar i kartlegginga er ikkje tekne med i denne kopien.",
    "Some information in the assessment is not included in this copy.",
  ),
  notAnsweredOrShared: t("ikke besvart eller ikke delt", "ikkje svart eller ikkje delt", "not answered or not shared"),
  noMeasuresOrShared: t(
    "Ingen tiltak avtalt eller ikke delt",
    "Ingen tiltak avtalt eller ikkje delt",
    "No measures agreed, or not shared",
  ),
  heldBackFrom: t("holdes tilbake", "haldast tilbake", "held back"),
  version: t("Versjon", "Versjon", "Version"),
  changed: t("endret", "endra", "changed"),
  shortened: t(
    "Notatet er kortet ned for å holde en lengdegrense.",
    "Notatet er korta ned for å halde ei lengdegrense.",
    "This note was cut to keep within a length limit.",
  ),
  characters: t("tegn", "teikn", "characters"),
  shortenedFields: t("Forkortet", "Forkorta", "Shortened"),
  leftOut: t("Utelatt", "Utelate", "Left out"),
  fullInRecord: t(
    "Hele kartleggingen finnes i journalen hos avsender.",
    "Heile kartlegginga finst i journalen hos avsendaren.",
    "The full assessment is in the sender's record.",
  ),
  schoolTopic: t("Skole og utdanning", "Skule og utdanning", "School and education"),
  dataCaption: t(
    "Strukturerte data (maskinlesbare)",
    "Strukturerte data (maskinlesbare)",
    "Structured data (machine-readable)",
  ),
};

type Flat = Readonly<Record<TextKey, string>>;
const FLAT: Readonly<Record<Lang, Flat>> = {
  nb: flatten("nb"),
  nn: flatten("nn"),
  en: flatten("en"),
};
function flatten(lang: Lang): Flat {
  return Object.fromEntries(Object.entries(TEXT).map(([k, v]) => [k, v[lang]])) as Flat;
}

/** A fixed text in a language. */
export function tr(key: TextKey, lang: Lang): string {
  return FLAT[lang][key];
}

/** Every fixed text in a language, as one object (read `texts(lang).score` instead of calling `tr` per label). */
export function texts(lang: Lang): Readonly<Record<TextKey, string>> {
  return FLAT[lang];
}

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  nb: [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
  ],
  nn: [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * An ISO date as written in letters: `10.03.2026` (nb/nn) or `10 March 2026` (en); `long` spells the month in nb/nn too.
 * @example
 * ```ts
 * formatDate("2026-03-10", "nb"); // "10.03.2026"
 * formatDate("2026-03-10", "nb", true); // "10. mars 2026"
 * ```
 */
export function formatDate(iso: string, lang: Lang, long = false): string {
  if (!long && lang !== "en") {
    return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  }
  const y = iso.slice(0, 4);
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (lang === "en") {
    return `${d} ${MONTHS.en[m - 1]} ${y}`;
  }
  return `${d}. ${MONTHS[lang][m - 1]} ${y}`;
}

/**
 * An ISO date-time as written: the local date and time as recorded, no zone conversion.
 * @example
 * ```ts
 * formatDateTime("2026-03-10T10:30:00+01:00", "nn"); // "10.03.2026 kl. 10:30"
 * ```
 */
export function formatDateTime(iso: string, lang: Lang): string {
  if (lang !== "en") {
    return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} kl. ${iso.slice(11, 16)}`;
  }
  return `${formatDate(iso.slice(0, 10), lang)} ${iso.slice(11, 16)}`;
}

/**
 * The label of a topic for this patient: for a child patient "school" replaces "work" (DOMAIN.md §1, children as
 * patients).
 */
export function topicLabel(key: TopicKey, lang: Lang, ageGroup: "adult" | "child"): string {
  return key === "work-school" && ageGroup === "child" ? TEXT.schoolTopic[lang] : displayOf(TOPICS, key, lang);
}

const topicLabelsOf = (lang: Lang, ageGroup: "adult" | "child"): readonly string[] =>
  TOPICS.codes.map((k) => topicLabel(k, lang, ageGroup));
const TOPIC_LABELS: Readonly<Record<Lang, Readonly<Record<"adult" | "child", readonly string[]>>>> = {
  nb: { adult: topicLabelsOf("nb", "adult"), child: topicLabelsOf("nb", "child") },
  nn: { adult: topicLabelsOf("nn", "adult"), child: topicLabelsOf("nn", "child") },
  en: { adult: topicLabelsOf("en", "adult"), child: topicLabelsOf("en", "child") },
};

/** The labels of all topics for this patient, in the order of `TOPICS.codes` (see {@link topicLabel}). */
export function topicLabels(lang: Lang, ageGroup: "adult" | "child"): readonly string[] {
  return ageGroup === "child" ? TOPIC_LABELS[lang].child : TOPIC_LABELS[lang].adult;
}
