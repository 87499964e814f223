/**
 * Conditions in words: paper cannot hide a question, so a question that the screen shows only for some answers
 * says when to answer it ("Besvares hvis «Ble samtalen gjennomført?» er «Gjennomført»."). A condition that only asks
 * for another answer to exist (a note after a status) goes without saying and is left out.
 */
import type { EnableWhen, FormItem, FormText } from "@pakkeforlop-hjem/instruments";
import type { Lang } from "@pakkeforlop-hjem/model";
import type { PaperTexts } from "./texts.ts";

/** Text in a language, falling back to nb, then en. */
export const textIn = (t: FormText | undefined, lang: Lang): string => t?.[lang] ?? t?.nb ?? t?.en ?? "";

const quote = (s: string, lang: Lang): string => (lang === "en" ? `“${s}”` : `«${s}»`);

const SYMBOLS: Readonly<Record<string, string>> = { ">": ">", "<": "<", ">=": "≥", "<=": "≤" };

function valueText(question: FormItem, answer: EnableWhen["answer"], lang: Lang, t: PaperTexts): string {
  if (typeof answer === "boolean") {
    return answer ? t.yes : t.no;
  }
  const option = question.type === "choice" ? question.answerOption?.find((o) => o.code === answer) : undefined;
  return option === undefined ? String(answer) : textIn(option.display, lang);
}

/**
 * The sentence that says when to answer an item, or `undefined` when it is always answered.
 * @internal
 */
export function conditionText(
  item: FormItem,
  index: ReadonlyMap<string, FormItem>,
  lang: Lang,
  t: PaperTexts,
): string | undefined {
  const parts: string[] = [];
  for (const c of item.enableWhen ?? []) {
    const question = index.get(c.question);
    if (question === undefined || (c.operator === "exists" && c.answer === true)) {
      continue;
    }
    const name = quote(textIn(question.text, lang), lang);
    if (c.operator === "exists") {
      parts.push(`${name} ${t.notAnswered}`);
    } else if (c.operator === "=" || c.operator === "!=") {
      parts.push(
        `${name} ${c.operator === "=" ? t.is : t.isNot} ${quote(valueText(question, c.answer, lang, t), lang)}`,
      );
    } else {
      parts.push(`${name} ${SYMBOLS[c.operator]} ${valueText(question, c.answer, lang, t)}`);
    }
  }
  return parts.length === 0
    ? undefined
    : `${t.answerIf} ${parts.join(` ${item.enableBehavior === "any" ? t.or : t.and} `)}.`;
}
