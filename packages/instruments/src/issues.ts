/**
 * Issue codes and texts of the instruments package, on the model's error model (`defineIssues`): every issue is
 * `{ code, path, message, params }`, its params are typed per code ({@link InstrumentsIssueParams}), and its
 * nb/nn/en text is written from the code and params only: never from an answer, so no personal value can leak into
 * a message (ARCHITECTURE.md "Errors"). The texts are registered with the model's one formatter, `formatIssue`.
 */
import {
  defineIssues,
  formatIssue,
  INVALID_FORMAT_TEXT,
  type IssueMaker,
  type IssueOf,
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
export type InstrumentsIssueParams = {
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
  /** More issues than `MAX_ISSUES` were found; the model's code, meaning and text (issue 21). */
  readonly too_many_issues: TooManyIssuesParams;
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
    en: "minOccurs or maxOccurs on a group that does not repeat",
    nb: "minste eller største antall på en gruppe som ikke gjentas",
    nn: "minste eller største tal på ei gruppe som ikkje vert gjenteken",
  },
  min_occurs_above_max_occurs: {
    en: "minOccurs is above maxOccurs",
    nb: "minste antall er større enn største antall",
    nn: "minste tal er større enn største tal",
  },
  max_occurs_below_1: {
    en: "maxOccurs is below 1",
    nb: "største antall er mindre enn 1",
    nn: "største tal er mindre enn 1",
  },
  duplicate_option_code: {
    en: "two options have the same code",
    nb: "to alternativer har samme kode",
    nn: "to alternativ har same kode",
  },
  min_value_above_max_value: {
    en: "minValue is above maxValue",
    nb: "minste verdi er større enn største verdi",
    nn: "minste verdi er større enn største verdi",
  },
  max_length_below_1: {
    en: "maxLength is below 1",
    nb: "største lengde er mindre enn 1",
    nn: "største lengd er mindre enn 1",
  },
};

/** A reason's text; the reason itself when an issue from another version names one this version does not know. */
function because<TReason extends string>(
  texts: MessageCatalogue<Record<TReason, NoParams>>,
  reason: TReason,
  lang: Lang,
): string {
  const text = texts[reason] as MessageCatalogue<Record<TReason, NoParams>>[TReason] | undefined;
  return text === undefined ? String(reason) : renderTemplate(text[lang], {});
}

const expected = (p: InstrumentsIssueParams["answer_type"], lang: Lang): string => because(EXPECTED, p.expected, lang);

const range = (p: InstrumentsIssueParams["out_of_range"]): string =>
  p.min !== undefined && p.max !== undefined ? `${p.min}–${p.max}` : p.min !== undefined ? `≥ ${p.min}` : `≤ ${p.max}`;

/**
 * The instruments package's issue maker: its codes ({@link InstrumentsIssueParams}) with their texts, registered
 * with the model's `formatIssue`. `invalid_format` is the model's code, meaning and text (a phone number answer).
 * @example
 * ```ts
 * const i = INSTRUMENTS_ISSUES.issue("out_of_range", ["distress-score"], { min: 0, max: 10 });
 * formatIssue(i, "nb"); // "distress-score: må være innenfor 0–10"
 * ```
 */
export const INSTRUMENTS_ISSUES: IssueMaker<InstrumentsIssueParams> =
  /* @__PURE__ */ defineIssues<InstrumentsIssueParams>({
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
    wording_instrument_mismatch: {
      en: (p) => `is wording for ${p.received}, not for ${p.expected}; load the wording of this instrument`,
      nb: "gjelder et annet instrument eller en annen versjon",
      nn: "gjeld eit anna instrument eller ein annan versjon",
    },
    wording_missing_item: {
      en: (p) => `has no text for ${p.kind} "${p.code}"; every item and category needs its licensed text`,
      nb: (p) => `mangler tekst for "${p.code}"`,
      nn: (p) => `manglar tekst for "${p.code}"`,
    },
    wording_missing_language: {
      en: (p) => `has no "${p.lang}" text although the wording claims that language`,
      nb: (p) => `mangler tekst på språket "${p.lang}"`,
      nn: (p) => `manglar tekst på språket "${p.lang}"`,
    },
    wording_unknown_item: {
      en: (p) => `names ${p.kind} "${p.code}", which this instrument version does not have`,
      nb: (p) => `"${p.code}" finnes ikke i denne versjonen av instrumentet`,
      nn: (p) => `"${p.code}" finst ikkje i denne versjonen av instrumentet`,
    },
    duplicate_link_id: {
      en: (p) => `repeats linkId "${p.linkId}"; every item needs its own linkId`,
      nb: (p) => `linkId "${p.linkId}" er brukt mer enn én gang`,
      nn: (p) => `linkId "${p.linkId}" er brukt meir enn éin gong`,
    },
    unknown_reference: {
      en: (p) => `refers to "${p.question}", which is not an item of this form`,
      nb: (p) => `viser til "${p.question}", som ikke finnes i skjemaet`,
      nn: (p) => `viser til "${p.question}", som ikkje finst i skjemaet`,
    },
    circular_visibility: {
      en: (p) => `visibility depends on itself through ${p.cycle}`,
      nb: (p) => `synligheten avhenger av seg selv (${p.cycle})`,
      nn: (p) => `synlegheita avheng av seg sjølv (${p.cycle})`,
    },
    dead_visibility: {
      en: (p) => `can never be true (${because(DEAD_REASONS, p.reason, "en")}); fix the condition`,
      nb: (p) => `kan aldri bli oppfylt (${because(DEAD_REASONS, p.reason, "nb")})`,
      nn: (p) => `kan aldri bli oppfylt (${because(DEAD_REASONS, p.reason, "nn")})`,
    },
    missing_translation: {
      en: (p) => `has no "${p.lang}" text although the form declares that language`,
      nb: (p) => `mangler tekst på "${p.lang}"`,
      nn: (p) => `manglar tekst på "${p.lang}"`,
    },
    unreachable_item: {
      en: (p) => `can never be shown: it depends on "${p.question}", which can never be shown or answered`,
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
  });

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
