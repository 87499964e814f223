/**
 * Form items and forms built from instrument data (DOMAIN.md §3), so the thermometer section of every form comes
 * from the same versioned instrument: a licensed instrument (`withWording`) yields a form with the official wording.
 *
 * linkIds (API): `distress-score`; legacy problem list `problem.<itemCode>` (yes/no each); revised problem list
 * `problems.<categoryCode>` (mark all that apply); `other-concerns`; ESAS-r `symptom.<itemCode>`,
 * `symptom-other-text`, `symptom-other-score`.
 */
import { LIMITS, SdkError, YES_NO } from "@pakkeforlop-hjem/model";
import type { EnableWhen, FormDefinition, FormItem } from "./form.ts";
import { optionsFrom } from "./form.ts";
import type { Instrument } from "./instrument.ts";

const t = (nb: string, nn: string, en: string) => ({ nb, nn, en });

/**
 * The thermometer and problem-list items of a distress instrument, shown when `enableWhen` holds.
 * @internal
 */
export function thermometerItems(instrument: Instrument, enableWhen?: readonly EnableWhen[]): FormItem[] {
  if (instrument.score === undefined || instrument.answerFormat === "scale-0-10") {
    throw new SdkError(
      "invalid_argument",
      `instrument ${instrument.id}@${instrument.version} is not a distress thermometer`,
    );
  }
  const legacy = instrument.answerFormat === "yes-no";
  const categories: FormItem[] = instrument.categories.map((c) => {
    const items = instrument.items.filter((i) => i.category === c.code);
    if (legacy) {
      return {
        linkId: `problem-category.${c.code}`,
        type: "group",
        text: c.label,
        items: items.map(
          (i): FormItem => ({
            linkId: `problem.${i.code}`,
            type: "choice",
            text: i.label,
            answerOption: optionsFrom(YES_NO),
            valueSet: YES_NO.id,
            control: "radio-button",
          }),
        ),
      };
    }
    return {
      linkId: `problems.${c.code}`,
      type: "choice",
      text: c.label,
      repeats: true,
      control: "check-box",
      answerOption: items.map((i) => ({ code: i.code, display: i.label })),
      valueSet: `${instrument.id}@${instrument.version}`,
    };
  });
  return [
    {
      linkId: "distress",
      type: "group",
      text: instrument.title,
      ...(enableWhen === undefined ? {} : { enableWhen }),
      items: [
        {
          linkId: "distress-score",
          type: "integer",
          text: instrument.score.question,
          help: t(
            "0 betyr ingen påkjenning, 10 betyr svært stor påkjenning.",
            "0 tyder inga påkjenning, 10 tyder svært stor påkjenning.",
            "0 means no distress, 10 means very high distress.",
          ),
          minValue: 0,
          maxValue: 10,
          control: "slider",
          anchors: { low: instrument.score.low, high: instrument.score.high },
          // Never required, in the conversation's forms and the patient's own: a patient may decline the number.
        },
        {
          linkId: "problem-list",
          type: "group",
          text: instrument.instruction,
          // Shown without a score: a patient may tick problems and decline the number (DOMAIN.md §3, §5; issue 16).
          items: [
            ...categories,
            ...(instrument.other === undefined
              ? []
              : [
                  {
                    linkId: "other-concerns",
                    type: "text",
                    text: instrument.other.label,
                    maxLength: LIMITS.longText,
                  } satisfies FormItem,
                ]),
          ],
        },
      ],
    },
  ];
}

/**
 * A stand-alone distress thermometer form for an instrument (legacy or revised problem list), e.g. for the patient
 * to fill in before the conversation (DOMAIN.md §3, §5 Helsenorge). As in the needs-assessment forms the score is not
 * required: the patient may mark problems and leave the number out (issue 16). Map its answers with
 * `answersToDistress`.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the instrument has no thermometer score.
 * @example
 * ```ts
 * const form = createThermometerForm(withWording(DT_LEGACY, licensedWording));
 * ```
 */
export function createThermometerForm(instrument: Instrument): FormDefinition {
  return {
    id: `distress-thermometer-${instrument.id === "dt-legacy" ? "legacy" : instrument.id === "dt-revised" ? "revised" : instrument.id}`,
    version: "1.0",
    kind: "distress-thermometer",
    title: instrument.title,
    languages: instrument.languages,
    instrument: { id: instrument.id, version: instrument.version },
    items: thermometerItems(instrument),
  };
}

/**
 * A symptom-scale form (ESAS-r): one 0–10 slider per symptom for "right now", and an optional other problem with
 * its own score (DOMAIN.md §3, related instruments). Map its answers with `answersToSymptoms`.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the instrument is not a 0–10 scale.
 * @example
 * ```ts
 * const form = createSymptomForm(ESAS_R);
 * ```
 */
export function createSymptomForm(instrument: Instrument): FormDefinition {
  if (instrument.answerFormat !== "scale-0-10" || instrument.itemScale === undefined) {
    throw new SdkError(
      "invalid_argument",
      `instrument ${instrument.id}@${instrument.version} is not a 0–10 symptom scale`,
    );
  }
  const anchors = { low: instrument.itemScale.low, high: instrument.itemScale.high };
  return {
    id: instrument.id,
    version: "1.0",
    kind: "symptom-scale",
    title: instrument.title,
    languages: instrument.languages,
    instrument: { id: instrument.id, version: instrument.version },
    items: [
      { linkId: "symptom-instruction", type: "display", text: instrument.instruction },
      ...instrument.items.map(
        (i): FormItem => ({
          linkId: `symptom.${i.code}`,
          type: "integer",
          text: i.label,
          minValue: 0,
          maxValue: 10,
          control: "slider",
          anchors,
        }),
      ),
      ...(instrument.other === undefined
        ? []
        : [
            {
              linkId: "symptom-other-text",
              type: "string",
              text: instrument.other.label,
              maxLength: LIMITS.shortText,
            } satisfies FormItem,
            {
              linkId: "symptom-other-score",
              type: "integer",
              text: t("Hvor plagsomt er det?", "Kor plagsamt er det?", "How bad is it?"),
              minValue: 0,
              maxValue: 10,
              control: "slider",
              anchors,
              required: true,
              enableWhen: [{ question: "symptom-other-text", operator: "exists", answer: true }],
            } satisfies FormItem,
          ]),
    ],
  };
}
