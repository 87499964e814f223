/** Reading generated Questionnaires: which items take answers and how a value is coded. @internal */
import type { Coding, Extension, QuestionnaireItem } from "./fhir-types.ts";
import { EXT, SYSTEM, YES_NO_CODE } from "./urls.ts";

const controlOf = (item: QuestionnaireItem): string | undefined =>
  item.extension?.find((e: Extension) => e.url === EXT.itemControl)?.valueCodeableConcept?.coding?.[0]?.code;

/** Help texts, slider end labels, display items and derived scores: never answered by the user. @internal */
export function isAnswerless(item: QuestionnaireItem): boolean {
  if (item.type === "display") {
    return true;
  }
  const c = controlOf(item);
  if (c === "help" || c === "help-link" || c === "lower" || c === "upper") {
    return true;
  }
  return (
    item.readOnly === true &&
    (item.extension ?? []).some((e) => e.url === EXT.sdcCalculatedExpression || e.url === EXT.sdfCalculatedExpression)
  );
}

/** Refero's 0–10 slider: a `choice` with itemControl `slider`, whose codes are the numbers. @internal */
export function isChoiceSlider(item: QuestionnaireItem): boolean {
  return item.type === "choice" && controlOf(item) === "slider";
}

/** The option matching a coding (system and code both match, as in Refero's enableWhen). @internal */
export function findOption(item: QuestionnaireItem, c: Coding): Coding | undefined {
  return item.answerOption?.find((o) => o.valueCoding.system === c.system && o.valueCoding.code === c.code)
    ?.valueCoding;
}

/** A coding as written into a response: no extensions, no translations. @internal */
export function answerCoding(option: Coding): Coding {
  return {
    ...(option.system === undefined ? {} : { system: option.system }),
    ...(option.version === undefined ? {} : { version: option.version }),
    ...(option.code === undefined ? {} : { code: option.code }),
    ...(option.display === undefined ? {} : { display: option.display }),
  };
}

/** Refero's yes/no question: a `choice` whose options are Helsenorge's Ja/Nei codes, read as a boolean. @internal */
export function isYesNo(item: QuestionnaireItem): boolean {
  const options = item.answerOption ?? [];
  return item.type === "choice" && options.length === 2 && options.every((o) => o.valueCoding.system === SYSTEM.yesNo);
}

/** The Ja/Nei code of a boolean answer. @internal */
export const yesNoCode = (v: boolean): string => (v ? YES_NO_CODE.yes : YES_NO_CODE.no);
