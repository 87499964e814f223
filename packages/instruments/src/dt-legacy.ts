/**
 * The distress thermometer with the legacy problem list (DOMAIN.md §3): yes/no per item in five categories, plus
 * "other" free text. The Norwegian translation ("Termometer for grad av påkjenning") follows this structure. Labels
 * are neutral short labels of our own, never the official wording.
 */
import type { LocalizedText } from "@pakkeforlop-hjem/model";
import type { Instrument, InstrumentContent, InstrumentItem } from "./instrument.ts";
import { DT_LICENCE, licensed } from "./licence.ts";

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });
const item = (category: string, code: string, label: LocalizedText): InstrumentItem => ({ code, category, label });

/**
 * The overall thermometer question and anchors, shared by both problem-list generations (DOMAIN.md §3).
 * @example
 * ```ts
 * THERMOMETER_SCORE.question.nb; // the overall 0–10 question, in Bokmål
 * ```
 */
export const THERMOMETER_SCORE: NonNullable<Instrument["score"]> = {
  min: 0,
  max: 10,
  question: t(
    "Hvor mye påkjenning har du hatt den siste uka, i dag medregnet?",
    "Kor mykje påkjenning har du hatt den siste veka, i dag medrekna?",
    "How much distress have you had in the past week, including today?",
  ),
  low: t("Ingen påkjenning", "Inga påkjenning", "No distress"),
  high: t("Svært stor påkjenning", "Svært stor påkjenning", "Very high distress"),
};

/**
 * DT_LEGACY without its licence: what converting answers reads, so that a bundle that only converts answers (the form
 * component) carries no licence text. The same object otherwise.
 * @internal
 */
export const DT_LEGACY_CONTENT: InstrumentContent = {
  id: "dt-legacy",
  version: "1.0",
  title: t(
    "Påkjenningstermometer med problemliste (ja/nei)",
    "Påkjenningstermometer med problemliste (ja/nei)",
    "Distress scale with problem list (yes/no)",
  ),
  edition: t("utgave fra før 2022", "utgåve frå før 2022", "edition from before 2022"),
  languages: ["nb", "nn", "en"],
  answerFormat: "yes-no",
  period: "past-week-including-today",
  instruction: t(
    "Svar ja eller nei for hvert område: har dette vært et problem den siste uka, i dag medregnet?",
    "Svar ja eller nei for kvart område: har dette vore eit problem den siste veka, i dag medrekna?",
    "Answer yes or no for each area: has this been a problem in the past week, including today?",
  ),
  score: THERMOMETER_SCORE,
  categories: [
    { code: "practical", label: t("Praktisk", "Praktisk", "Practical") },
    { code: "family", label: t("Familie", "Familie", "Family") },
    { code: "emotional", label: t("Følelser", "Kjensler", "Emotions") },
    { code: "spiritual", label: t("Tro og livssyn", "Tru og livssyn", "Faith and beliefs") },
    { code: "physical", label: t("Kropp og helse", "Kropp og helse", "Body and health") },
  ],
  items: [
    item("practical", "child-care", t("Barnepass", "Barnepass", "Looking after children")),
    item("practical", "housing", t("Bosituasjon", "Busituasjon", "Where I live")),
    item("practical", "insurance-finances", t("Penger og forsikring", "Pengar og forsikring", "Money and insurance")),
    item("practical", "transport", t("Reise og transport", "Reise og transport", "Getting about, travel")),
    item("practical", "work-school", t("Jobb eller skole", "Jobb eller skule", "Job or school")),
    item("practical", "treatment-decisions", t("Valg om behandling", "Val om behandling", "Choices about treatment")),
    item("family", "children", t("Forholdet til barna", "Forholdet til borna", "Relationship with my children")),
    item("family", "partner", t("Forholdet til partner", "Forholdet til partnar", "Relationship with my partner")),
    item("family", "fertility", t("Å kunne få barn", "Å kunne få born", "Being able to have children")),
    item("family", "family-health", t("Sykdom i familien", "Sjukdom i familien", "Illness in the family")),
    item("emotional", "depression", t("Nedstemthet", "Nedstemdheit", "Low mood")),
    item("emotional", "fears", t("Redsel", "Redsle", "Being afraid")),
    item("emotional", "nervousness", t("Uro i kroppen", "Uro i kroppen", "Feeling on edge")),
    item("emotional", "sadness", t("Tristhet", "Tristheit", "Feeling sad")),
    item("emotional", "worry", t("Bekymringer", "Bekymringar", "Worrying")),
    item("emotional", "loss-of-interest", t("Mistet lyst på ting", "Mista lyst på ting", "Lost interest in things")),
    item(
      "spiritual",
      "spiritual",
      t("Tro, mening og livssyn", "Tru, meining og livssyn", "Faith, meaning and beliefs"),
    ),
    item("physical", "appearance", t("Utseende", "Utsjånad", "How I look")),
    item("physical", "bathing-dressing", t("Vask og påkledning", "Vask og påkledning", "Washing and dressing")),
    item("physical", "breathing", t("Pusten", "Pusten", "Breathing")),
    item("physical", "urination", t("Vannlating", "Vasslating", "Passing urine")),
    item("physical", "constipation", t("Treg mage", "Treg mage", "Constipation")),
    item("physical", "diarrhoea", t("Løs mage", "Laus mage", "Loose stools")),
    item("physical", "eating", t("Å spise", "Å ete", "Eating")),
    item("physical", "fatigue", t("Slitenhet", "Slitenheit", "Tiredness")),
    item("physical", "swelling", t("Hevelser", "Hevelsar", "Swelling")),
    item("physical", "fever", t("Feber", "Feber", "Fever")),
    item("physical", "mobility", t("Å komme seg rundt", "Å kome seg rundt", "Moving around")),
    item("physical", "indigestion", t("Fordøyelsen", "Fordøyinga", "Digestion")),
    item(
      "physical",
      "memory-concentration",
      t("Hukommelse og konsentrasjon", "Minne og konsentrasjon", "Memory and focus"),
    ),
    item("physical", "mouth-sores", t("Sår i munnen", "Sår i munnen", "Sore mouth")),
    item("physical", "nausea", t("Kvalme", "Kvalme", "Feeling sick")),
    item("physical", "nose", t("Tørr eller tett nese", "Tørr eller tett nase", "Dry or blocked nose")),
    item("physical", "pain", t("Smerter", "Smerter", "Pain")),
    item("physical", "sexual", t("Seksualitet", "Seksualitet", "Sex life")),
    item("physical", "skin", t("Tørr eller kløende hud", "Tørr eller kløande hud", "Dry or itchy skin")),
    item("physical", "sleep", t("Søvn", "Søvn", "Sleep")),
    item(
      "physical",
      "substance-use",
      t("Alkohol eller andre rusmidler", "Alkohol eller andre rusmiddel", "Alcohol or drugs"),
    ),
    item(
      "physical",
      "tingling",
      t("Prikking i hender eller føtter", "Prikking i hender eller føter", "Pins and needles in hands or feet"),
    ),
  ],
  other: { label: t("Andre problemer", "Andre problem", "Other problems") },
};

/**
 * Distress thermometer, legacy problem list, version 1.0 (DOMAIN.md §3): 39 yes/no items in the categories
 * practical, family, emotional, spiritual/religious and physical, plus "other" free text.
 * @example
 * ```ts
 * DT_LEGACY.items.find((i) => i.code === "child-care")?.category; // "practical"
 * ```
 */
export const DT_LEGACY: Instrument = /* @__PURE__ */ licensed(DT_LEGACY_CONTENT, DT_LICENCE);
