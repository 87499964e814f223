/** Form answers → QuestionnaireResponse for a generated Questionnaire of either dialect. */
import type { AnswerValue, FormAnswers } from "@pakkeforlop-hjem/instruments";
import { isUnanswered } from "@pakkeforlop-hjem/instruments";
import { SdkError } from "@pakkeforlop-hjem/model";
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from "./fhir-types.ts";
import { answerCoding, isAnswerless, isChoiceSlider, isYesNo, yesNoCode } from "./questionnaire-items.ts";

/** Options for {@link toQuestionnaireResponse}. */
export interface ToQuestionnaireResponseOptions {
  /** Default `completed`. */
  readonly status?: QuestionnaireResponse["status"];
  /** When the answers were given (ISO date-time with zone); never taken from the clock. */
  readonly authored?: string;
  readonly id?: string;
  /** A reference to the patient, e.g. `Patient/123`. */
  readonly subject?: string;
}

function fail(linkId: string, what: string): never {
  throw new SdkError(
    "invalid_argument",
    `toQuestionnaireResponse: item "${linkId}": ${what}; validate the answers against the form first`,
  );
}

function answersOf(item: QuestionnaireItem, value: AnswerValue): QuestionnaireResponseAnswer[] {
  const list = Array.isArray(value) ? (value as readonly unknown[]) : [value];
  if (list.length > 1 && item.repeats !== true) {
    fail(item.linkId, "several answers to an item that takes one");
  }
  return list.map((v): QuestionnaireResponseAnswer => {
    switch (item.type) {
      case "boolean":
        return typeof v === "boolean" ? { valueBoolean: v } : fail(item.linkId, "expected a boolean");
      case "integer":
        return typeof v === "number" && Number.isInteger(v)
          ? { valueInteger: v }
          : fail(item.linkId, "expected an integer");
      case "date":
        return typeof v === "string" ? { valueDate: v } : fail(item.linkId, "expected a date");
      case "string":
      case "text":
        return typeof v === "string" ? { valueString: v } : fail(item.linkId, "expected text");
      case "choice": {
        const code =
          isChoiceSlider(item) && typeof v === "number"
            ? String(v)
            : isYesNo(item) && typeof v === "boolean"
              ? yesNoCode(v)
              : v;
        const option = item.answerOption?.find((o) => o.valueCoding.code === code)?.valueCoding;
        return option === undefined
          ? fail(item.linkId, "the answer is not one of its options")
          : { valueCoding: answerCoding(option) };
      }
      default:
        return fail(item.linkId, `items of type ${item.type} take no answer`);
    }
  });
}

function itemsOf(items: readonly QuestionnaireItem[], answers: FormAnswers): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  for (const item of items) {
    if (isAnswerless(item)) {
      continue;
    }
    const text = item.text === undefined ? {} : { text: item.text };
    if (item.type === "group" && item.repeats === true) {
      const entries = answers[item.linkId];
      if (isUnanswered(entries)) {
        continue;
      }
      if (!Array.isArray(entries)) {
        fail(item.linkId, "expected a list of entries");
      }
      for (const entry of entries as readonly FormAnswers[]) {
        out.push({ linkId: item.linkId, ...text, item: itemsOf(item.item ?? [], entry) });
      }
    } else if (item.type === "group") {
      const inner = itemsOf(item.item ?? [], answers);
      if (inner.length > 0) {
        out.push({ linkId: item.linkId, ...text, item: inner });
      }
    } else {
      const value = answers[item.linkId];
      if (!isUnanswered(value)) {
        out.push({ linkId: item.linkId, ...text, answer: answersOf(item, value as AnswerValue) });
      }
    }
  }
  return out;
}

/**
 * Writes form answers (the instruments package's `FormAnswers`) as a QuestionnaireResponse to a Questionnaire made
 * by {@link toQuestionnaire}, in either dialect: groups nest as in the Questionnaire, a repeating group gives one item
 * per entry, codings are copied from the answer options, and `questionnaire` is pinned to `url|version`. Useful for
 * pre-filling a form, for tests, and for systems that keep answers and send FHIR.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when an answer does not fit its item (validate answers first).
 * @example
 * ```ts
 * const q = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "refero", lang: "nb" });
 * const qr = toQuestionnaireResponse(q, { "distress-score": 6 }, { authored: "2026-03-02T10:00:00+01:00" });
 * ```
 */
export function toQuestionnaireResponse(
  questionnaire: Questionnaire,
  answers: FormAnswers,
  options: ToQuestionnaireResponseOptions = {},
): QuestionnaireResponse {
  const canonical =
    questionnaire.url === undefined
      ? undefined
      : questionnaire.version === undefined
        ? questionnaire.url
        : `${questionnaire.url}|${questionnaire.version}`;
  return {
    resourceType: "QuestionnaireResponse",
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(questionnaire.language === undefined ? {} : { language: questionnaire.language }),
    ...(canonical === undefined ? {} : { questionnaire: canonical }),
    status: options.status ?? "completed",
    ...(options.subject === undefined ? {} : { subject: { reference: options.subject } }),
    ...(options.authored === undefined ? {} : { authored: options.authored }),
    item: itemsOf(questionnaire.item ?? [], answers),
  };
}
