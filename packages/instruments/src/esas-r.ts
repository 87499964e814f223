/**
 * ESAS-r, the revised Edmonton Symptom Assessment System (DOMAIN.md §3, related instruments; the Norwegian
 * palliative standard): nine 0–10 symptom scores "right now" plus an optional other problem. Labels are neutral
 * short labels of our own.
 */
import type { LocalizedText } from "@pakkeforlop-hjem/model";
import type { Instrument, InstrumentContent, InstrumentItem } from "./instrument.ts";
import { ESAS_R_LICENCE, licensed } from "./licence.ts";

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });
const item = (code: string, label: LocalizedText): InstrumentItem => ({ code, category: "symptoms", label });

/**
 * ESAS_R without its licence: what converting answers reads, so that a bundle that only converts answers (the form
 * component) carries no licence text. The same object otherwise.
 * @internal
 */
export const ESAS_R_CONTENT: InstrumentContent = {
  id: "esas-r",
  version: "1.0",
  title: t("Symptomregistrering (ESAS-r)", "Symptomregistrering (ESAS-r)", "Symptom assessment (ESAS-r)"),
  languages: ["nb", "nn", "en"],
  answerFormat: "scale-0-10",
  period: "right-now",
  instruction: t(
    "Velg tallet som best beskriver hvordan du har det akkurat nå.",
    "Vel talet som best skildrar korleis du har det akkurat no.",
    "Choose the number that best describes how you feel right now.",
  ),
  itemScale: {
    low: t("Ingen plager", "Ingen plager", "None"),
    high: t("Verst tenkelig", "Verst tenkjeleg", "Worst possible"),
  },
  categories: [{ code: "symptoms", label: t("Symptomer", "Symptom", "Symptoms") }],
  items: [
    item("pain", t("Smerte", "Smerte", "Pain")),
    item("tiredness", t("Slapphet", "Slappheit", "Tiredness")),
    item("drowsiness", t("Døsighet", "Døsigheit", "Drowsiness")),
    item("nausea", t("Kvalme", "Kvalme", "Nausea")),
    item("appetite", t("Nedsatt matlyst", "Nedsett matlyst", "Poor appetite")),
    item("breathlessness", t("Tung pust", "Tung pust", "Short of breath")),
    item("depression", t("Nedstemthet", "Nedstemdheit", "Low mood")),
    item("anxiety", t("Angst og uro", "Angst og uro", "Anxiety")),
    item("wellbeing", t("Dårlig velvære", "Dårleg velvære", "Poor wellbeing")),
  ],
  other: { label: t("Annet problem", "Anna problem", "Other problem") },
};

/**
 * ESAS-r, version 1.0: nine symptoms scored 0 (none) to 10 (worst possible) for "right now", plus an optional other
 * problem with its own score (DOMAIN.md §3).
 * @example
 * ```ts
 * ESAS_R.items.length; // 9
 * ```
 */
export const ESAS_R: Instrument = /* @__PURE__ */ licensed(ESAS_R_CONTENT, ESAS_R_LICENCE);
