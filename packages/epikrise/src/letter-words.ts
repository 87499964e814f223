/**
 * The words of the patient letter (issue 17 point 3): one table for the patient (second person singular, "du") and
 * one for the guardians of a child patient (second person plural, "dere"/"de", with the child named where the letter
 * speaks of the child), in nb, nn and en; and the topic names in plain words. `{child}` stands for the child's given
 * name.
 */
import type { Lang, LocalizedText, TopicKey } from "@pakkeforlop-hjem/model";

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

/** Who reads the letter: the patient, or the guardians of a child patient (DOMAIN.md §1: children as patients). */
export type LetterReader = "patient" | "guardian";

/** Keys of the words that are the same for every reader. */
export type SharedKey =
  | "summary"
  | "thanks"
  | "at"
  | "intro"
  | "plan"
  | "who"
  | "when"
  | "sharing"
  | "municipality"
  | "next"
  | "between"
  | "and"
  | "plannedOn"
  | "complete"
  | "phone"
  | "regards"
  | "enclosure";

/** Words that are the same for every reader. */
export const SHARED: Readonly<Record<SharedKey, LocalizedText>> = {
  summary: t("Oppsummering av samtalen", "Oppsummering av samtalen", "Summary of our conversation"),
  thanks: t("takk for samtalen med", "takk for samtalen med", "thank you for talking with"),
  at: t("på", "på", "at"),
  intro: t(
    "Her er det vi snakket om, og det som skal skje videre.",
    "Her er det vi snakka om, og det som skal skje vidare.",
    "Here is what we talked about and what happens next.",
  ),
  plan: t("Dette er avtalt", "Dette er avtalt", "What we agreed"),
  who: t("Hvem", "Kven", "Who"),
  when: t("Innen", "Innan", "By"),
  sharing: t("Hvem som får vite hva", "Kven som får vite kva", "Who is told what"),
  municipality: t("kommunen", "kommunen", "the municipality"),
  next: t("Neste samtale", "Neste samtale", "Your next conversation"),
  between: t("mellom", "mellom", "between"),
  and: t("og", "og", "and"),
  plannedOn: t("Planlagt dato:", "Planlagd dato:", "Planned date:"),
  complete: t(
    "Dette var den siste samtalen i pakkeforløpet.",
    "Dette var den siste samtalen i pakkeforløpet.",
    "This was the last conversation of the pathway.",
  ),
  phone: t("på telefon", "på telefon", "on"),
  regards: t("Vennlig hilsen", "Venleg helsing", "Kind regards"),
  enclosure: t("Vedlegg:", "Vedlegg:", "Enclosed:"),
};

/** Keys of the words that depend on the reader. */
export type ReaderKey =
  | "hello"
  | "declined"
  | "notReached"
  | "reoffer"
  | "whatMatters"
  | "needs"
  | "distress"
  | "distressText"
  | "distressTextChild"
  | "of10"
  | "children"
  | "childrenText"
  | "contact"
  | "sharedYes"
  | "sharedNo"
  | "gp"
  | "nextPoint"
  | "questions";

/** Words that depend on the reader; same keys in both tables. */
type ReaderWords = Readonly<Record<ReaderKey, LocalizedText>>;

const PATIENT_WORDS: ReaderWords = {
  hello: t("Hei", "Hei", "Dear"),
  declined: t(
    "Du ønsket ikke en samtale nå. Det er helt i orden.",
    "Du ønskte ikkje ein samtale no. Det er heilt i orden.",
    "You did not want a conversation now. That is fine.",
  ),
  notReached: t(
    "Vi fikk ikke kontakt med deg denne gangen.",
    "Vi fekk ikkje kontakt med deg denne gongen.",
    "We could not reach you this time.",
  ),
  reoffer: t(
    "Vi tilbyr deg en ny samtale rundt",
    "Vi tilbyr deg ein ny samtale rundt",
    "We will offer you a new conversation around",
  ),
  whatMatters: t("Det som er viktig for deg", "Det som er viktig for deg", "What matters to you"),
  needs: t("Dette ønsket du hjelp med", "Dette ønskte du hjelp med", "What you would like help with"),
  distress: t("Hvordan du har hatt det", "Korleis du har hatt det", "How you have been"),
  distressText: t(
    "På termometeret for påkjenning markerte du",
    "På termometeret for påkjenning markerte du",
    "On the distress thermometer you marked",
  ),
  distressTextChild: t(
    "På termometeret for påkjenning markerte du",
    "På termometeret for påkjenning markerte du",
    "On the distress thermometer you marked",
  ),
  of10: t("av 10 for den siste uka.", "av 10 for den siste veka.", "of 10 for the past week."),
  children: t("Barn i familien", "Barn i familien", "Children in the family"),
  childrenText: t(
    "Vi snakket om barna i familien og hvordan de har det.",
    "Vi snakka om barna i familien og korleis dei har det.",
    "We talked about the children in the family and how they are doing.",
  ),
  contact: t("Din kontakt i kommunen", "Din kontakt i kommunen", "Your contact in the municipality"),
  sharedYes: t(
    "Du har sagt ja til at disse får en oppsummering:",
    "Du har sagt ja til at desse får ei oppsummering:",
    "You agreed that these receive a summary:",
  ),
  sharedNo: t(
    "Du har sagt nei til at disse får en oppsummering:",
    "Du har sagt nei til at desse får ei oppsummering:",
    "You did not want these to receive a summary:",
  ),
  gp: t("fastlegen din", "fastlegen din", "your regular GP"),
  nextPoint: t(
    "Du får tilbud om en ny samtale",
    "Du får tilbod om ein ny samtale",
    "You will be offered a new conversation",
  ),
  questions: t(
    "Har du spørsmål, kan du kontakte",
    "Har du spørsmål, kan du kontakte",
    "If you have questions, please contact",
  ),
};

const GUARDIAN_WORDS: ReaderWords = {
  hello: t("Til foresatte for", "Til føresette for", "To the parents or guardians of"),
  declined: t(
    "Dere ønsket ikke en samtale nå. Det er helt i orden.",
    "De ønskte ikkje ein samtale no. Det er heilt i orden.",
    "You did not want a conversation now. That is fine.",
  ),
  notReached: t(
    "Vi fikk ikke kontakt med dere denne gangen.",
    "Vi fekk ikkje kontakt med dykk denne gongen.",
    "We could not reach you this time.",
  ),
  reoffer: t(
    "Vi tilbyr dere en ny samtale rundt",
    "Vi tilbyr dykk ein ny samtale rundt",
    "We will offer you a new conversation around",
  ),
  whatMatters: t("Det som er viktig for {child}", "Det som er viktig for {child}", "What matters to {child}"),
  needs: t("Dette ønsket dere hjelp med", "Dette ønskte de hjelp med", "What you would like help with"),
  distress: t("Hvordan {child} har hatt det", "Korleis {child} har hatt det", "How {child} has been"),
  distressText: t(
    "På termometeret for påkjenning markerte dere",
    "På termometeret for påkjenning markerte de",
    "On the distress thermometer you marked",
  ),
  distressTextChild: t(
    "På termometeret for påkjenning markerte {child}",
    "På termometeret for påkjenning markerte {child}",
    "On the distress thermometer {child} marked",
  ),
  of10: t("av 10 for den siste uka.", "av 10 for den siste veka.", "of 10 for the past week."),
  children: t("Søsken", "Sysken", "Brothers and sisters"),
  childrenText: t(
    "Vi snakket om søsknene til {child} og hvordan de har det.",
    "Vi snakka om sysknene til {child} og korleis dei har det.",
    "We talked about {child}'s brothers and sisters and how they are doing.",
  ),
  contact: t("Deres kontakt i kommunen", "Dykkar kontakt i kommunen", "Your contact in the municipality"),
  sharedYes: t(
    "Dere har sagt ja til at disse får en oppsummering:",
    "De har sagt ja til at desse får ei oppsummering:",
    "You agreed that these receive a summary:",
  ),
  sharedNo: t(
    "Dere har sagt nei til at disse får en oppsummering:",
    "De har sagt nei til at desse får ei oppsummering:",
    "You did not want these to receive a summary:",
  ),
  gp: t("fastlegen til {child}", "fastlegen til {child}", "{child}'s regular GP"),
  nextPoint: t(
    "Dere får tilbud om en ny samtale",
    "De får tilbod om ein ny samtale",
    "You will be offered a new conversation",
  ),
  questions: t(
    "Har dere spørsmål, kan dere kontakte",
    "Har de spørsmål, kan de kontakte",
    "If you have questions, please contact",
  ),
};

/** The reader's words; `{child}` stands for the child's given name in the guardian's words. */
export const READER_WORDS: Readonly<Record<LetterReader, ReaderWords>> = {
  patient: PATIENT_WORDS,
  guardian: GUARDIAN_WORDS,
};

/** The address line of a paper letter to a child's guardians, before the child's name. */
export const GUARDIAN_ADDRESSEE: LocalizedText = t("Foresatte for", "Føresette for", "Parents or guardians of");

/**
 * Topic names in plain words, as a patient would say them (issue 17 point 3), not the guideline's labels: "Mat og
 * matlyst", not "Ernæring". No pronouns, so they fit the patient's letter and the guardians' letter alike.
 */
export const LETTER_TOPICS: Readonly<Record<TopicKey, LocalizedText>> = {
  "family-network": t("Familie og venner", "Familie og vener", "Family and friends"),
  "work-school": t("Jobb og utdanning", "Jobb og utdanning", "Work and studies"),
  "finances-housing": t("Penger og bolig", "Pengar og bustad", "Money and housing"),
  "help-at-home": t("Hjelp hjemme", "Hjelp heime", "Help at home"),
  rehabilitation: t(
    "Opptrening etter behandlingen",
    "Opptrening etter behandlinga",
    "Getting fit again after treatment",
  ),
  "physical-activity": t("Å være i aktivitet", "Å vere i aktivitet", "Staying active"),
  nutrition: t("Mat og matlyst", "Mat og matlyst", "Food and appetite"),
  "self-care": t("Å ta vare på egen helse", "Å ta vare på eiga helse", "Self-care"),
  coping: t("Å mestre hverdagen", "Å meistre kvardagen", "Coping with everyday life"),
  "leisure-social": t(
    "Fritid og å være sammen med andre",
    "Fritid og å vere saman med andre",
    "Free time and being with others",
  ),
  "mental-health": t("Tanker og følelser", "Tankar og kjensler", "Thoughts and feelings"),
  "sexual-health": t("Samliv og seksualitet", "Samliv og seksualitet", "Relationships and sex life"),
  "oral-health": t("Munn og tenner", "Munn og tenner", "Mouth and teeth"),
  "late-effects": t(
    "Plager som kan komme etter behandlingen",
    "Plager som kan kome etter behandlinga",
    "Problems that can come after treatment",
  ),
};

/** A child's "work-school" topic is school (DOMAIN.md §1: school instead of work). */
export const LETTER_SCHOOL_TOPIC: LocalizedText = t("Skole", "Skule", "School");

/** The plain name of a topic in a letter for this reader. */
export function letterTopic(key: TopicKey, lang: Lang, reader: LetterReader): string {
  return key === "work-school" && reader === "guardian" ? LETTER_SCHOOL_TOPIC[lang] : LETTER_TOPICS[key][lang];
}
