/**
 * Issue codes and texts of the instruments package. Built on the model's error model (`Issue<TCode>` and
 * `createIssueFormatter`), so every issue is `{ code, path, message, params }` and its nb/nn/en text is written from
 * the code and params only: never from an answer, so no personal value can leak into a message (ARCHITECTURE.md
 * "Errors").
 */
import {
  createIssueFormatter,
  type Issue,
  type IssueFormatter,
  type IssueTemplates,
  type Lang,
} from "@pakkeforlop-hjem/model";

/**
 * Every issue code this package reports. Codes are API: adding one is a minor change, renaming or removing one is
 * a major change.
 *
 * - Answers and scoring: `unknown_item`, `answer_required`, `answer_type`, `not_an_option`, `duplicate_option`,
 *   `out_of_range`, `text_too_long`, `invalid_text`, `invalid_format`, `invalid_date`, `answer_not_enabled`,
 *   `too_few_repeats`, `too_many_repeats`, `context_mismatch`.
 * - Licensed wording: `wording_instrument_mismatch`, `wording_missing_item`, `wording_missing_language`,
 *   `wording_unknown_item`.
 * - Form lint: `duplicate_link_id`, `unknown_reference`, `circular_visibility`, `dead_visibility`,
 *   `missing_translation`, `unreachable_item`, `missing_options`, `invalid_constraint`.
 */
export type InstrumentsIssueCode =
  | "unknown_item"
  | "answer_required"
  | "answer_type"
  | "not_an_option"
  | "duplicate_option"
  | "out_of_range"
  | "text_too_long"
  | "invalid_text"
  | "invalid_format"
  | "invalid_date"
  | "answer_not_enabled"
  | "too_few_repeats"
  | "too_many_repeats"
  | "context_mismatch"
  | "wording_instrument_mismatch"
  | "wording_missing_item"
  | "wording_missing_language"
  | "wording_unknown_item"
  | "duplicate_link_id"
  | "unknown_reference"
  | "circular_visibility"
  | "dead_visibility"
  | "missing_translation"
  | "unreachable_item"
  | "missing_options"
  | "invalid_constraint";

const s = (v: unknown): string => String(v);

const EXPECTED: Readonly<Record<string, { en: string; nb: string; nn: string }>> = {
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

const expected = (p: Readonly<Record<string, unknown>>, lang: Lang): string => {
  const e = EXPECTED[s(p["expected"])];
  return e === undefined ? s(p["expected"]) : e[lang];
};

const range = (p: Readonly<Record<string, unknown>>): string =>
  p["min"] !== undefined && p["max"] !== undefined
    ? `${s(p["min"])}–${s(p["max"])}`
    : p["min"] !== undefined
      ? `≥ ${s(p["min"])}`
      : `≤ ${s(p["max"])}`;

const TEMPLATES: IssueTemplates<InstrumentsIssueCode> = {
  unknown_item: {
    en: () => "is not an item of this form or instrument; remove the answer or check the code",
    nb: () => "finnes ikke i skjemaet",
    nn: () => "finst ikkje i skjemaet",
  },
  answer_required: {
    en: () => "is required; answer it",
    nb: () => "må besvares",
    nn: () => "må svarast på",
  },
  answer_type: {
    en: (p) => `expected ${expected(p, "en")}`,
    nb: (p) => `har feil type svar (forventet ${expected(p, "nb")})`,
    nn: (p) => `har feil type svar (venta ${expected(p, "nn")})`,
  },
  not_an_option: {
    en: (p) => `is not one of the options of value set "${s(p["valueSet"])}"; pick a listed option`,
    nb: () => "er ikke et av alternativene",
    nn: () => "er ikkje eitt av alternativa",
  },
  duplicate_option: {
    en: () => "lists the same option more than once; keep one",
    nb: () => "har samme alternativ flere ganger",
    nn: () => "har same alternativ fleire gonger",
  },
  out_of_range: {
    en: (p) => `must be between ${range(p)}`,
    nb: (p) => `må være innenfor ${range(p)}`,
    nn: (p) => `må vere innanfor ${range(p)}`,
  },
  text_too_long: {
    en: (p) => `must have at most ${s(p["maxLength"])} characters`,
    nb: (p) => `kan ha høyst ${s(p["maxLength"])} tegn`,
    nn: (p) => `kan ha høgst ${s(p["maxLength"])} teikn`,
  },
  invalid_text: {
    en: (p) =>
      p["expected"] === "line"
        ? "must be one line of visible text without control characters"
        : "must be visible text without control characters",
    nb: (p) => (p["expected"] === "line" ? "må være én linje med synlig tekst" : "må inneholde synlig tekst"),
    nn: (p) => (p["expected"] === "line" ? "må vere éi linje med synleg tekst" : "må innehalde synleg tekst"),
  },
  invalid_format: {
    en: (p) => `does not match the format "${s(p["format"])}"`,
    nb: (p) => `har ugyldig format (${s(p["format"])})`,
    nn: (p) => `har ugyldig format (${s(p["format"])})`,
  },
  invalid_date: {
    en: () => "must be a real calendar date written YYYY-MM-DD",
    nb: () => "må være en gyldig dato (ÅÅÅÅ-MM-DD)",
    nn: () => "må vere ein gyldig dato (ÅÅÅÅ-MM-DD)",
  },
  answer_not_enabled: {
    en: () => "is answered although the question is hidden by the answers it depends on; remove the answer",
    nb: () => "er besvart selv om spørsmålet er skjult",
    nn: () => "er svart på sjølv om spørsmålet er skjult",
  },
  too_few_repeats: {
    en: (p) => `must have at least ${s(p["minOccurs"])} entries`,
    nb: (p) => `må ha minst ${s(p["minOccurs"])} oppføringer`,
    nn: (p) => `må ha minst ${s(p["minOccurs"])} oppføringar`,
  },
  too_many_repeats: {
    en: (p) => `must have at most ${s(p["maxOccurs"])} entries`,
    nb: (p) => `kan ha høyst ${s(p["maxOccurs"])} oppføringer`,
    nn: (p) => `kan ha høgst ${s(p["maxOccurs"])} oppføringar`,
  },
  context_mismatch: {
    en: (p) => `does not agree with the context field ${s(p["field"])}; fix the answer or the context`,
    nb: () => "stemmer ikke med opplysningene fra journalen",
    nn: () => "stemmer ikkje med opplysningane frå journalen",
  },
  wording_instrument_mismatch: {
    en: (p) => `is wording for ${s(p["received"])}, not for ${s(p["expected"])}; load the wording of this instrument`,
    nb: () => "gjelder et annet instrument eller en annen versjon",
    nn: () => "gjeld eit anna instrument eller ein annan versjon",
  },
  wording_missing_item: {
    en: (p) => `has no text for ${s(p["kind"])} "${s(p["code"])}"; every item and category needs its licensed text`,
    nb: (p) => `mangler tekst for "${s(p["code"])}"`,
    nn: (p) => `manglar tekst for "${s(p["code"])}"`,
  },
  wording_missing_language: {
    en: (p) => `has no "${s(p["lang"])}" text although the wording claims that language`,
    nb: (p) => `mangler tekst på språket "${s(p["lang"])}"`,
    nn: (p) => `manglar tekst på språket "${s(p["lang"])}"`,
  },
  wording_unknown_item: {
    en: (p) => `names ${s(p["kind"])} "${s(p["code"])}", which this instrument version does not have`,
    nb: (p) => `"${s(p["code"])}" finnes ikke i denne versjonen av instrumentet`,
    nn: (p) => `"${s(p["code"])}" finst ikkje i denne versjonen av instrumentet`,
  },
  duplicate_link_id: {
    en: (p) => `repeats linkId "${s(p["linkId"])}"; every item needs its own linkId`,
    nb: (p) => `linkId "${s(p["linkId"])}" er brukt mer enn én gang`,
    nn: (p) => `linkId "${s(p["linkId"])}" er brukt meir enn éin gong`,
  },
  unknown_reference: {
    en: (p) => `refers to "${s(p["question"])}", which is not an item of this form`,
    nb: (p) => `viser til "${s(p["question"])}", som ikke finnes i skjemaet`,
    nn: (p) => `viser til "${s(p["question"])}", som ikkje finst i skjemaet`,
  },
  circular_visibility: {
    en: (p) => `visibility depends on itself through ${s(p["cycle"])}`,
    nb: (p) => `synligheten avhenger av seg selv (${s(p["cycle"])})`,
    nn: (p) => `synlegheita avheng av seg sjølv (${s(p["cycle"])})`,
  },
  dead_visibility: {
    en: (p) => `can never be true (${s(p["reason"])}); fix the condition`,
    nb: (p) => `kan aldri bli oppfylt (${s(p["reason"])})`,
    nn: (p) => `kan aldri bli oppfylt (${s(p["reason"])})`,
  },
  missing_translation: {
    en: (p) => `has no "${s(p["lang"])}" text although the form declares that language`,
    nb: (p) => `mangler tekst på "${s(p["lang"])}"`,
    nn: (p) => `manglar tekst på "${s(p["lang"])}"`,
  },
  unreachable_item: {
    en: (p) => `can never be shown: it depends on "${s(p["question"])}", which can never be shown or answered`,
    nb: () => "kan aldri vises",
    nn: () => "kan aldri visast",
  },
  missing_options: {
    en: () => "is a choice without answer options; add options",
    nb: () => "er et valg uten svaralternativer",
    nn: () => "er eit val utan svaralternativ",
  },
  invalid_constraint: {
    en: (p) => `has an impossible constraint (${s(p["reason"])})`,
    nb: (p) => `har en umulig begrensning (${s(p["reason"])})`,
    nn: (p) => `har ei umogleg avgrensing (${s(p["reason"])})`,
  },
};

const FORMATTER: IssueFormatter<InstrumentsIssueCode> = createIssueFormatter(TEMPLATES);

/**
 * Makes an issue with its English developer message.
 * @internal
 */
export const issue: IssueFormatter<InstrumentsIssueCode>["issue"] = FORMATTER.issue;

/**
 * End-user text for an issue of this package in Norwegian Bokmål, Nynorsk or English, written from the code and
 * params only, so it never contains an answer.
 * @example
 * ```ts
 * const result = validateAnswers(form, answers, { lang: "nb" });
 * if (!result.success) for (const i of result.error.issues) show(formatInstrumentsIssue(i, "nn"));
 * ```
 */
export function formatInstrumentsIssue(issue: Issue<InstrumentsIssueCode>, lang: Lang = "nb"): string {
  return FORMATTER.format(issue, lang);
}
