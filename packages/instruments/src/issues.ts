/**
 * Issue codes and texts of the instruments package, on the model's error model (`defineIssues`): every issue is
 * `{ code, path, message, params }`, its params are typed per code ({@link InstrumentsIssueParams}), and its
 * nb/nn/en text is written from the code and params only: never from an answer, so no personal value can leak into
 * a message (ARCHITECTURE.md "Errors"). The texts are registered with the model's one formatter, `formatIssue`.
 */
import {
  defineIssues,
  formatIssue,
  type IssueCatalogue,
  type IssueMaker,
  type IssueOf,
  type Lang,
  languageName,
  type MessageCatalogue,
  type NoParams,
} from "@pakkeforlop-hjem/model";
import { ANSWER_ISSUE_TEXTS, type AnswerIssueParams, because } from "./answer-issues.ts";

export type { AnswerIssueParams, ExpectedAnswer } from "./answer-issues.ts";

/** Why a visibility condition can never hold, by `dead_visibility`'s `reason`. */
export type DeadVisibilityReason =
  | "question_outside_scope"
  | "question_has_no_answer"
  | "exists_needs_boolean"
  | "boolean_compared_with_non_boolean"
  | "choice_compared_without_code"
  | "answer_not_an_option"
  | "integer_compared_with_non_number"
  | "answer_out_of_range"
  | "text_compared_with_non_string"
  | "contradicts_another_condition";

/** Which constraint of an item is impossible, by `invalid_constraint`'s `reason`. */
export type ConstraintReason =
  | "occurs_on_non_repeating_group"
  | "min_occurs_above_max_occurs"
  | "max_occurs_below_1"
  | "duplicate_option_code"
  | "min_value_above_max_value"
  | "max_length_below_1";

/**
 * The params of every issue code this package reports, by code. Codes are API: adding one is a minor change,
 * renaming or removing one is a major change.
 *
 * - Answers and scoring: `unknown_item`, `answer_required`, `answer_type`, `not_an_option`, `duplicate_option`,
 *   `out_of_range`, `text_too_long`, `invalid_text`, `invalid_format` (the model's code and meaning),
 *   `invalid_date`, `answer_not_enabled`, `too_few_repeats`, `too_many_repeats`, `context_mismatch`.
 * - Licensed wording: `wording_instrument_mismatch`, `wording_missing_item`, `wording_missing_language`,
 *   `wording_unknown_item`.
 * - Form lint: `duplicate_link_id`, `unknown_reference`, `circular_visibility`, `dead_visibility`,
 *   `missing_translation`, `unreachable_item`, `missing_options`, `invalid_constraint`.
 */
export type InstrumentsIssueParams = AnswerIssueParams & {
  /** `expected` and `received`: `id@version` of the instrument. */
  readonly wording_instrument_mismatch: { readonly expected: string; readonly received: string };
  readonly wording_missing_item: { readonly kind: "item" | "category" | "field"; readonly code: string };
  readonly wording_missing_language: { readonly lang: string };
  readonly wording_unknown_item: {
    readonly kind: "item" | "category" | "field" | "language";
    readonly code: string;
  };
  readonly duplicate_link_id: { readonly linkId: string };
  readonly unknown_reference: { readonly question: string };
  /** `cycle`: the linkIds of the cycle, joined by arrows. */
  readonly circular_visibility: { readonly cycle: string };
  readonly dead_visibility: { readonly reason: DeadVisibilityReason };
  readonly missing_translation: { readonly lang: string };
  readonly unreachable_item: { readonly question: string };
  readonly missing_options: NoParams;
  readonly invalid_constraint: { readonly reason: ConstraintReason };
};

/**
 * Every issue code this package reports.
 * @example
 * ```ts
 * const code: InstrumentsIssueCode = "out_of_range";
 * ```
 */
export type InstrumentsIssueCode = keyof InstrumentsIssueParams;

/**
 * An issue of this package, typed per code: `if (i.code === "out_of_range") i.params.max`.
 * @example
 * ```ts
 * const r = validateAnswers(form, answers);
 * if (!r.success) for (const i of r.error.issues) if (i.code === "text_too_long") console.log(i.params.maxLength);
 * ```
 */
export type InstrumentsIssue = IssueOf<InstrumentsIssueParams>;

const DEAD_REASONS: MessageCatalogue<Record<DeadVisibilityReason, NoParams>> = {
  question_outside_scope: {
    en: "the question is in a repeating group the item is not in",
    nb: "spørsmålet står i en gjentatt gruppe som elementet ikke er en del av",
    nn: "spørsmålet står i ei gjenteken gruppe som elementet ikkje er ein del av",
  },
  question_has_no_answer: {
    en: "the question is a group or a display text and has no answer",
    nb: "spørsmålet er en gruppe eller en visningstekst og har ikke noe svar",
    nn: "spørsmålet er ei gruppe eller ein visingstekst og har ikkje noko svar",
  },
  exists_needs_boolean: {
    en: "exists needs true or false",
    nb: "«finnes» må sammenlignes med sant eller usant",
    nn: "«finst» må samanliknast med sant eller usant",
  },
  boolean_compared_with_non_boolean: {
    en: "a yes/no question compared with something else than = or != true or false",
    nb: "et ja/nei-spørsmål sammenlignes med noe annet enn lik eller ulik sant eller usant",
    nn: "eit ja/nei-spørsmål vert samanlikna med noko anna enn lik eller ulik sant eller usant",
  },
  choice_compared_without_code: {
    en: "a choice compared with something else than = or != an option code",
    nb: "et valg sammenlignes med noe annet enn lik eller ulik en alternativkode",
    nn: "eit val vert samanlikna med noko anna enn lik eller ulik ein alternativkode",
  },
  answer_not_an_option: {
    en: "the answer is not one of the question's options",
    nb: "svaret er ikke et av spørsmålets alternativer",
    nn: "svaret er ikkje eitt av alternativa til spørsmålet",
  },
  integer_compared_with_non_number: {
    en: "a number question compared with something else than a number",
    nb: "et tallspørsmål sammenlignes med noe annet enn et tall",
    nn: "eit talspørsmål vert samanlikna med noko anna enn eit tal",
  },
  answer_out_of_range: {
    en: "the answer is outside the question's range",
    nb: "svaret er utenfor spørsmålets tillatte verdier",
    nn: "svaret er utanfor dei tillatne verdiane til spørsmålet",
  },
  text_compared_with_non_string: {
    en: "a text question compared with something else than text",
    nb: "et tekstspørsmål sammenlignes med noe annet enn tekst",
    nn: "eit tekstspørsmål vert samanlikna med noko anna enn tekst",
  },
  contradicts_another_condition: {
    en: "it contradicts another condition of the same item",
    nb: "den er i strid med en annen betingelse på samme element",
    nn: "han er i strid med ein annan føresetnad på same element",
  },
};

const CONSTRAINT_REASONS: MessageCatalogue<Record<ConstraintReason, NoParams>> = {
  occurs_on_non_repeating_group: {
    en: "a least or greatest number of entries on a group that does not repeat",
    nb: "minste eller største antall på en gruppe som ikke gjentas",
    nn: "minste eller største tal på ei gruppe som ikkje vert gjenteken",
  },
  min_occurs_above_max_occurs: {
    en: "the least number of entries is above the greatest",
    nb: "minste antall er større enn største antall",
    nn: "minste tal er større enn største tal",
  },
  max_occurs_below_1: {
    en: "the greatest number of entries is below 1",
    nb: "største antall er mindre enn 1",
    nn: "største tal er mindre enn 1",
  },
  duplicate_option_code: {
    en: "two options have the same code",
    nb: "to alternativer har samme kode",
    nn: "to alternativ har same kode",
  },
  min_value_above_max_value: {
    en: "the least value is above the greatest",
    nb: "minste verdi er større enn største verdi",
    nn: "minste verdi er større enn største verdi",
  },
  max_length_below_1: {
    en: "the greatest length is below 1",
    nb: "største lengde er mindre enn 1",
    nn: "største lengd er mindre enn 1",
  },
};

/** What a wording names, by `kind`. */
const KINDS: MessageCatalogue<Record<"item" | "category" | "field" | "language", NoParams>> = {
  item: { en: "an item", nb: "et spørsmål", nn: "eit spørsmål" },
  category: { en: "a category", nb: "en kategori", nn: "ein kategori" },
  field: { en: "a field", nb: "et felt", nn: "eit felt" },
  language: { en: "a language", nb: "et språk", nn: "eit språk" },
};

/** The params of the wording and form-lint issues: `InstrumentsIssueParams` without the answer issues. */
type FormIssueParams = Omit<InstrumentsIssueParams, keyof AnswerIssueParams>;

/** The texts of the wording and form-lint issues, apart so a bundle that only validates answers leaves them out. */
const FORM_ISSUE_TEXTS: IssueCatalogue<FormIssueParams> = {
  // The texts name what is wrong in words; the linkId, code or language is in the issue's path and params.
  wording_instrument_mismatch: {
    en: "is wording for another instrument or version; load the wording of this instrument",
    nb: "gjelder et annet instrument eller en annen versjon",
    nn: "gjeld eit anna instrument eller ein annan versjon",
  },
  wording_missing_item: {
    en: (p) => `has no text for ${because(KINDS, p.kind, "en")}; every item and category needs its licensed text`,
    nb: (p) => `mangler tekst for ${because(KINDS, p.kind, "nb")}`,
    nn: (p) => `manglar tekst for ${because(KINDS, p.kind, "nn")}`,
  },
  wording_missing_language: {
    en: (p) => `has no text in ${languageName(p.lang, "en")} although the wording claims that language`,
    nb: (p) => `mangler tekst på ${languageName(p.lang, "nb")}`,
    nn: (p) => `manglar tekst på ${languageName(p.lang, "nn")}`,
  },
  wording_unknown_item: {
    en: (p) => `names ${because(KINDS, p.kind, "en")} that this instrument version does not have`,
    nb: (p) => `viser til ${because(KINDS, p.kind, "nb")} som ikke finnes i denne versjonen av instrumentet`,
    nn: (p) => `viser til ${because(KINDS, p.kind, "nn")} som ikkje finst i denne versjonen av instrumentet`,
  },
  duplicate_link_id: {
    en: "has the same id as another item; every item needs its own id",
    nb: "har samme id som et annet element; hvert element må ha sin egen id",
    nn: "har same id som eit anna element; kvart element må ha sin eigen id",
  },
  unknown_reference: {
    en: "refers to a question that is not an item of this form",
    nb: "viser til et spørsmål som ikke finnes i skjemaet",
    nn: "viser til eit spørsmål som ikkje finst i skjemaet",
  },
  circular_visibility: {
    en: "visibility depends on itself through a circle of conditions",
    nb: "synligheten avhenger av seg selv gjennom en ring av betingelser",
    nn: "synlegheita avheng av seg sjølv gjennom ein ring av føresetnader",
  },
  dead_visibility: {
    en: (p) => `can never be true (${because(DEAD_REASONS, p.reason, "en")}); fix the condition`,
    nb: (p) => `kan aldri bli oppfylt (${because(DEAD_REASONS, p.reason, "nb")})`,
    nn: (p) => `kan aldri bli oppfylt (${because(DEAD_REASONS, p.reason, "nn")})`,
  },
  missing_translation: {
    en: (p) => `has no text in ${languageName(p.lang, "en")} although the form declares that language`,
    nb: (p) => `mangler tekst på ${languageName(p.lang, "nb")}`,
    nn: (p) => `manglar tekst på ${languageName(p.lang, "nn")}`,
  },
  unreachable_item: {
    en: "can never be shown: it depends on a question that can never be shown or answered",
    nb: "kan aldri vises",
    nn: "kan aldri visast",
  },
  missing_options: {
    en: "is a choice without answer options; add options",
    nb: "er et valg uten svaralternativer",
    nn: "er eit val utan svaralternativ",
  },
  invalid_constraint: {
    en: (p) => `has an impossible constraint (${because(CONSTRAINT_REASONS, p.reason, "en")})`,
    nb: (p) => `har en umulig begrensning (${because(CONSTRAINT_REASONS, p.reason, "nb")})`,
    nn: (p) => `har ei umogleg avgrensing (${because(CONSTRAINT_REASONS, p.reason, "nn")})`,
  },
};

/** Both catalogues as one: a call without side effects, so a bundler drops it where the joint maker is unused. */
const joinTexts = (
  answers: IssueCatalogue<AnswerIssueParams>,
  form: IssueCatalogue<FormIssueParams>,
): IssueCatalogue<InstrumentsIssueParams> => ({ ...answers, ...form });

/**
 * The instruments package's issue maker: its codes ({@link InstrumentsIssueParams}) with their texts, registered
 * with the model's `formatIssue`. `invalid_format` is the model's code, meaning and text (a phone number answer).
 * @example
 * ```ts
 * const i = INSTRUMENTS_ISSUES.issue("out_of_range", ["distress-score"], { min: 0, max: 10 });
 * formatIssue(i, "nb"); // "distress-score: må være innenfor 0–10"
 * ```
 */
export const INSTRUMENTS_ISSUES: IssueMaker<InstrumentsIssueParams> = /* @__PURE__ */ defineIssues(
  /* @__PURE__ */ joinTexts(ANSWER_ISSUE_TEXTS, FORM_ISSUE_TEXTS),
);

/**
 * Makes an issue with its English developer message.
 * @internal
 */
export const issue: IssueMaker<InstrumentsIssueParams>["issue"] = (code, path, ...params) =>
  INSTRUMENTS_ISSUES.issue(code, path, ...params);

/**
 * End-user text for an issue of this package in Norwegian Bokmål, Nynorsk or English.
 * @deprecated Use `formatIssue` from `@pakkeforlop-hjem/model`, which formats the issues of every package; removed
 * in 1.0.
 * @example
 * ```ts
 * const result = validateAnswers(form, answers, { lang: "nb" });
 * if (!result.success) for (const i of result.error.issues) show(formatInstrumentsIssue(i, "nn"));
 * ```
 */
export function formatInstrumentsIssue(issue: InstrumentsIssue, lang: Lang = "nb"): string {
  return formatIssue(issue, lang);
}
