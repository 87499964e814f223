/**
 * The texts of the issues of answers and scoring (`validateAnswers`, `answersToAssessment`, the scores), apart from
 * the form-lint and wording issues: a form in a browser reports only these, so a bundle that validates answers keeps
 * only these texts (the whole catalogue is {@link INSTRUMENTS_ISSUES} in `issues.ts`). Texts are written from the
 * code and params only, never from an answer (ARCHITECTURE.md "Errors").
 */
import {
  defineIssues,
  INVALID_FORMAT_TEXT,
  type IssueCatalogue,
  type IssueMaker,
  type Lang,
  type MessageCatalogue,
  type ModelIssueParams,
  type NoParams,
  renderTemplate,
  TOO_MANY_ISSUES_TEXT,
  type TooManyIssuesParams,
} from "@pakkeforlop-hjem/model";

/** What an answer should have been, by `answer_type`'s `expected`. */
export type ExpectedAnswer =
  | "boolean"
  | "string"
  | "text"
  | "integer"
  | "date"
  | "choice"
  | "choice-list"
  | "group"
  | "answers"
  | "yes-no"
  | "yes"
  | "scale-0-10";

/**
 * The params of the answer and scoring issues, by code (part of `InstrumentsIssueParams`).
 * @example
 * ```ts
 * const params: AnswerIssueParams["out_of_range"] = { min: 0, max: 10 };
 * ```
 */
export type AnswerIssueParams = {
  readonly unknown_item: NoParams;
  readonly answer_required: NoParams;
  readonly answer_type: { readonly expected: ExpectedAnswer };
  readonly not_an_option: { readonly valueSet: string };
  readonly duplicate_option: NoParams;
  /** At least one of `min` and `max`. */
  readonly out_of_range: { readonly min?: number; readonly max?: number };
  readonly text_too_long: { readonly maxLength: number };
  readonly invalid_text: { readonly expected: "line" | "text" };
  readonly invalid_format: ModelIssueParams["invalid_format"];
  readonly invalid_date: NoParams;
  readonly answer_not_enabled: NoParams;
  readonly too_few_repeats: { readonly minOccurs: number };
  readonly too_many_repeats: { readonly maxOccurs: number };
  /** `field`: the path of the context field in the assessment (`patient.ageGroup`). */
  readonly context_mismatch: { readonly field: string };
  /** More issues than `MAX_ISSUES` were found; the model's code, meaning and text (issue 21). */
  readonly too_many_issues: TooManyIssuesParams;
};

const EXPECTED: MessageCatalogue<Record<ExpectedAnswer, NoParams>> = {
  boolean: { en: "true or false", nb: "ja eller nei", nn: "ja eller nei" },
  string: { en: "a line of text", nb: "en tekstlinje", nn: "ei tekstlinje" },
  text: { en: "text", nb: "tekst", nn: "tekst" },
  integer: { en: "a whole number", nb: "et heltall", nn: "eit heiltal" },
  date: { en: "a date (YYYY-MM-DD)", nb: "en dato (ÅÅÅÅ-MM-DD)", nn: "ein dato (ÅÅÅÅ-MM-DD)" },
  choice: { en: "one option code", nb: "ett av alternativene", nn: "eitt av alternativa" },
  "choice-list": { en: "a list of option codes", nb: "en liste med alternativer", nn: "ei liste med alternativ" },
  group: { en: "a list of answer sets", nb: "en liste med svar", nn: "ei liste med svar" },
  answers: { en: "an object of answers keyed by linkId", nb: "et sett med svar", nn: "eit sett med svar" },
  "yes-no": { en: '"yes" or "no"', nb: '"yes" eller "no"', nn: '"yes" eller "no"' },
  yes: { en: '"yes" (a mark)', nb: '"yes" (avkrysset)', nn: '"yes" (avkryssa)' },
  "scale-0-10": { en: "a whole number 0–10", nb: "et heltall 0–10", nn: "eit heiltal 0–10" },
};

/**
 * A reason's text; the reason itself when an issue from another version names one this version does not know.
 * @internal
 */
export function because<TReason extends string>(
  texts: MessageCatalogue<Record<TReason, NoParams>>,
  reason: TReason,
  lang: Lang,
): string {
  const text = texts[reason] as MessageCatalogue<Record<TReason, NoParams>>[TReason] | undefined;
  return text === undefined ? String(reason) : renderTemplate(text[lang], {});
}

const expected = (p: AnswerIssueParams["answer_type"], lang: Lang): string => because(EXPECTED, p.expected, lang);

const range = (p: AnswerIssueParams["out_of_range"]): string =>
  p.min !== undefined && p.max !== undefined ? `${p.min}–${p.max}` : p.min !== undefined ? `≥ ${p.min}` : `≤ ${p.max}`;

/**
 * The texts of the answer and scoring issues in nb, nn and en.
 * @internal
 */
export const ANSWER_ISSUE_TEXTS: IssueCatalogue<AnswerIssueParams> = {
  unknown_item: {
    en: "is not an item of this form or instrument; remove the answer or check the code",
    nb: "finnes ikke i skjemaet",
    nn: "finst ikkje i skjemaet",
  },
  answer_required: {
    en: "is required; answer it",
    nb: "må besvares",
    nn: "må svarast på",
  },
  answer_type: {
    en: (p) => `expected ${expected(p, "en")}`,
    nb: (p) => `har feil type svar (forventet ${expected(p, "nb")})`,
    nn: (p) => `har feil type svar (venta ${expected(p, "nn")})`,
  },
  not_an_option: {
    en: (p) => `is not one of the options of value set "${p.valueSet}"; pick a listed option`,
    nb: "er ikke et av alternativene",
    nn: "er ikkje eitt av alternativa",
  },
  duplicate_option: {
    en: "lists the same option more than once; keep one",
    nb: "har samme alternativ flere ganger",
    nn: "har same alternativ fleire gonger",
  },
  out_of_range: {
    en: (p) => `must be between ${range(p)}`,
    nb: (p) => `må være innenfor ${range(p)}`,
    nn: (p) => `må vere innanfor ${range(p)}`,
  },
  text_too_long: {
    en: (p) => `must have at most ${p.maxLength} characters`,
    nb: (p) => `kan ha høyst ${p.maxLength} tegn`,
    nn: (p) => `kan ha høgst ${p.maxLength} teikn`,
  },
  invalid_text: {
    en: (p) =>
      p.expected === "line"
        ? "must be one line of visible text without control characters"
        : "must be visible text without control characters",
    nb: (p) => (p.expected === "line" ? "må være én linje med synlig tekst" : "må inneholde synlig tekst"),
    nn: (p) => (p.expected === "line" ? "må vere éi linje med synleg tekst" : "må innehalde synleg tekst"),
  },
  invalid_format: INVALID_FORMAT_TEXT,
  too_many_issues: TOO_MANY_ISSUES_TEXT,
  invalid_date: {
    en: "must be a real calendar date written YYYY-MM-DD",
    nb: "må være en gyldig dato (ÅÅÅÅ-MM-DD)",
    nn: "må vere ein gyldig dato (ÅÅÅÅ-MM-DD)",
  },
  answer_not_enabled: {
    en: "is answered although the question is hidden by the answers it depends on; remove the answer",
    nb: "er besvart selv om spørsmålet er skjult",
    nn: "er svart på sjølv om spørsmålet er skjult",
  },
  too_few_repeats: {
    en: (p) => `must have at least ${p.minOccurs} entries`,
    nb: (p) => `må ha minst ${p.minOccurs} oppføringer`,
    nn: (p) => `må ha minst ${p.minOccurs} oppføringar`,
  },
  too_many_repeats: {
    en: (p) => `must have at most ${p.maxOccurs} entries`,
    nb: (p) => `kan ha høyst ${p.maxOccurs} oppføringer`,
    nn: (p) => `kan ha høgst ${p.maxOccurs} oppføringar`,
  },
  context_mismatch: {
    en: (p) => `does not agree with the context field ${p.field}; fix the answer or the context`,
    nb: "stemmer ikke med opplysningene fra journalen",
    nn: "stemmer ikkje med opplysningane frå journalen",
  },
};

/**
 * The issue maker of the answer and scoring issues; registers their texts with `formatIssue`.
 * @internal
 */
export const ANSWER_ISSUES: IssueMaker<AnswerIssueParams> = /* @__PURE__ */ defineIssues(ANSWER_ISSUE_TEXTS);

/**
 * Makes an answer or scoring issue with its English developer message.
 * @internal
 */
export const answerIssue: IssueMaker<AnswerIssueParams>["issue"] = (code, path, ...params) =>
  ANSWER_ISSUES.issue(code, path, ...params);
