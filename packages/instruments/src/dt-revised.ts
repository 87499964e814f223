/**
 * The distress thermometer with the revised problem list (DOMAIN.md §3, 2022 and later): "mark all that apply" in
 * five categories, plus "other". Labels are neutral short labels of our own, never the official wording.
 */
import type { LocalizedText } from "@pakkeforlop-hjem/model";
import { THERMOMETER_SCORE } from "./dt-legacy.ts";
import type { Instrument, InstrumentContent, InstrumentItem } from "./instrument.ts";
import { DT_LICENCE, licensed } from "./licence.ts";

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });
const item = (category: string, code: string, label: LocalizedText): InstrumentItem => ({ code, category, label });

/**
 * DT_REVISED without its licence: what converting answers reads, so that a bundle that only converts answers (the form
 * component) carries no licence text. The same object otherwise.
 * @internal
 */
export const DT_REVISED_CONTENT: InstrumentContent = {
  id: "dt-revised",
  version: "1.0",
  title: t(
    "Påkjenningstermometer med problemliste (kryss av)",
    "Påkjenningstermometer med problemliste (kryss av)",
    "Distress scale with problem list (mark all that apply)",
  ),
  edition: t("revidert utgave fra 2022", "revidert utgåve frå 2022", "revised edition from 2022"),
  languages: ["nb", "nn", "en"],
  answerFormat: "mark-all",
  period: "past-week-including-today",
  instruction: t(
    "Kryss av for alt som har vært et problem den siste uka, i dag medregnet.",
    "Kryss av for alt som har vore eit problem den siste veka, i dag medrekna.",
    "Mark everything that has been a problem in the past week, including today.",
  ),
  score: THERMOMETER_SCORE,
  categories: [
    { code: "physical", label: t("Kropp og helse", "Kropp og helse", "Body and health") },
    { code: "emotional", label: t("Følelser", "Kjensler", "Emotions") },
    { code: "social", label: t("Relasjoner", "Relasjonar", "Relationships") },
    { code: "practical", label: t("Praktisk", "Praktisk", "Practical") },
    { code: "spiritual", label: t("Tro og livssyn", "Tru og livssyn", "Faith and beliefs") },
  ],
  items: [
    item("physical", "pain", t("Smerter", "Smerter", "Pain")),
    item("physical", "sleep", t("Søvn", "Søvn", "Sleep")),
    item("physical", "fatigue", t("Slitenhet", "Slitenheit", "Tiredness")),
    item("physical", "tobacco", t("Røyk eller snus", "Røyk eller snus", "Smoking or snus")),
    item(
      "physical",
      "substance-use",
      t("Alkohol eller andre rusmidler", "Alkohol eller andre rusmiddel", "Alcohol or drugs"),
    ),
    item(
      "physical",
      "memory-concentration",
      t("Hukommelse og konsentrasjon", "Minne og konsentrasjon", "Memory and focus"),
    ),
    item("physical", "sexual-health", t("Seksualitet", "Seksualitet", "Sex life")),
    item("physical", "eating", t("Endret matlyst eller spising", "Endra matlyst eller eting", "Appetite or eating")),
    item("physical", "physical-abilities", t("Hva kroppen klarer", "Kva kroppen klarer", "What my body can do")),
    item("emotional", "worry-anxiety", t("Bekymring eller angst", "Bekymring eller angst", "Worry or anxiety")),
    item(
      "emotional",
      "sadness-depression",
      t("Tristhet eller nedstemthet", "Tristheit eller nedstemdheit", "Sadness or low mood"),
    ),
    item(
      "emotional",
      "loss-of-interest",
      t("Mistet glede eller lyst", "Mista glede eller lyst", "Lost joy or interest"),
    ),
    item("emotional", "grief-loss", t("Sorg eller tap", "Sorg eller tap", "Grief or loss")),
    item("emotional", "fear", t("Redsel", "Redsle", "Being afraid")),
    item("emotional", "loneliness", t("Ensomhet", "Einsemd", "Loneliness")),
    item("emotional", "anger", t("Sinne", "Sinne", "Anger")),
    item("emotional", "appearance", t("Endret utseende", "Endra utsjånad", "Changed looks")),
    item("emotional", "worthlessness-burden", t("Føle seg til bry", "Kjenne seg til bry", "Feeling a burden")),
    item("social", "partner", t("Forholdet til partner", "Forholdet til partnar", "Relationship with my partner")),
    item("social", "children", t("Forholdet til barna", "Forholdet til borna", "Relationship with my children")),
    item("social", "family", t("Forholdet til familien", "Forholdet til familien", "Relationship with family")),
    item("social", "friends-coworkers", t("Venner eller kolleger", "Vener eller kollegaer", "Friends or colleagues")),
    item(
      "social",
      "care-team",
      t("Kontakt med helsepersonell", "Kontakt med helsepersonell", "Talking with the care team"),
    ),
    item("social", "fertility", t("Å kunne få barn", "Å kunne få born", "Being able to have children")),
    item(
      "social",
      "discrimination",
      t(
        "Fordommer eller forskjellsbehandling",
        "Fordommar eller forskjellsbehandling",
        "Prejudice or unfair treatment",
      ),
    ),
    item("practical", "self-care", t("Å ta vare på meg selv", "Å ta vare på meg sjølv", "Looking after myself")),
    item("practical", "caring-for-others", t("Å ta vare på andre", "Å ta vare på andre", "Looking after others")),
    item("practical", "safety", t("Trygghet", "Tryggleik", "Feeling safe")),
    item("practical", "work", t("Jobb", "Jobb", "Job")),
    item("practical", "school", t("Skole", "Skule", "School")),
    item("practical", "housing", t("Bosituasjon", "Busituasjon", "Where I live")),
    item("practical", "finances", t("Penger", "Pengar", "Money")),
    item("practical", "insurance", t("Forsikring", "Forsikring", "Insurance")),
    item("practical", "transport", t("Reise og transport", "Reise og transport", "Getting about, travel")),
    item("practical", "child-care", t("Barnepass", "Barnepass", "Looking after children")),
    item("practical", "food", t("Nok mat", "Nok mat", "Enough food")),
    item("practical", "medicines", t("Å få tak i medisiner", "Å få tak i medisinar", "Getting medicines")),
    item("practical", "treatment-decisions", t("Valg om behandling", "Val om behandling", "Choices about treatment")),
    item("spiritual", "meaning", t("Mening og formål", "Meining og føremål", "Meaning and purpose")),
    item(
      "spiritual",
      "faith-changes",
      t("Endret tro eller livssyn", "Endra tru eller livssyn", "Changes in faith or beliefs"),
    ),
    item("spiritual", "death", t("Tanker om døden", "Tankar om døden", "Thoughts about death")),
    item(
      "spiritual",
      "beliefs-treatment",
      t("Tro og behandling i konflikt", "Tru og behandling i konflikt", "Beliefs and treatment in conflict"),
    ),
    item(
      "spiritual",
      "sacred",
      t("Forholdet til det hellige", "Forholdet til det heilage", "Relationship with the sacred"),
    ),
    item(
      "spiritual",
      "rituals-diet",
      t("Ritualer eller kosthold", "Ritual eller kosthald", "Rituals or dietary needs"),
    ),
  ],
  other: { label: t("Andre bekymringer", "Andre bekymringar", "Other concerns") },
};

/**
 * Distress thermometer, revised problem list, version 1.0 (DOMAIN.md §3): 44 "mark all that apply" items in the
 * categories physical, emotional, social, practical and spiritual/religious, plus "other".
 * @example
 * ```ts
 * DT_REVISED.answerFormat; // "mark-all"
 * ```
 */
export const DT_REVISED: Instrument = /* @__PURE__ */ licensed(DT_REVISED_CONTENT, DT_LICENCE);
