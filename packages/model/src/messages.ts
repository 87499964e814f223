/**
 * The model's issue texts and the one formatter. `MODEL_ISSUES` declares the model's codes with their nb/nn/en
 * texts (`en` is also the developer message); `formatIssue` writes end-user text for an issue of any package of the
 * SDK, from the texts every package registers with `defineIssues`. Texts are written from the code and params
 * only (never by parsing a message), so they never include a value from the document: they name the field and the
 * rule (ARCHITECTURE.md "Errors").
 */
import { type LocalizedTemplate, type MessageCatalogue, renderTemplate } from "./catalogue.ts";
import type { Lang } from "./code-lists.ts";
import { defineIssues, type IssueMaker, registeredText } from "./define-issues.ts";
import { formatPath, type Issue, type IssueParams, type PathSegment } from "./errors.ts";
import type { IdentifierFailure } from "./identifiers.ts";
import { TOO_MANY_ISSUES_TEXT } from "./issue-cap.ts";
import type { IssueCode, ModelIssueParams, NoParams } from "./issue-codes.ts";

/** Lists values as `"a", "b"`; tolerates a missing list (an issue read back from JSON). */
const list = (v: readonly string[] | undefined): string =>
  Array.isArray(v) ? v.map((x) => `"${String(x)}"`).join(", ") : String(v);

/** Why an identifier was refused, by `invalid_identifier`'s `reason`. */
const REASONS: MessageCatalogue<Record<IdentifierFailure | "unknown", NoParams>> = {
  unknown: { en: "breaks a rule of its kind", nb: "er ugyldig", nn: "er ugyldig" },
  length: { en: "has the wrong length", nb: "har feil lengde", nn: "har feil lengd" },
  characters: { en: "must contain digits only", nb: "kan bare inneholde sifre", nn: "kan berre innehalde siffer" },
  check_digit: { en: "has wrong check digits", nb: "har feil kontrollsiffer", nn: "har feil kontrollsiffer" },
  birth_date: {
    en: "does not encode a real birth date",
    nb: "inneholder ikke en gyldig fødselsdato",
    nn: "inneheld ikkje ein gyldig fødselsdato",
  },
  unknown_system: {
    en: "has a system the SDK does not know",
    nb: "har et identifikatorsystem SDK-en ikke kjenner",
    nn: "har eit identifikatorsystem SDK-en ikkje kjenner",
  },
  kind_mismatch: {
    en: "is not of the kind its system says",
    nb: "er ikke av typen systemet angir",
    nn: "er ikkje av typen systemet angir",
  },
  test_number_not_allowed: {
    en: "is a synthetic test number; pass allowTestNumbers to accept it",
    nb: "er et syntetisk testnummer, som ikke er tillatt her",
    nn: "er eit syntetisk testnummer, som ikkje er tillate her",
  },
  future_birth_date: {
    en: "encodes a birth date in the future",
    nb: "har fødselsdato fram i tid",
    nn: "har fødselsdato fram i tid",
  },
};

/** What a format means, by `invalid_format`'s `format`. */
const FORMATS: MessageCatalogue<Record<string, NoParams>> = {
  date: { en: "a real date (YYYY-MM-DD)", nb: "en gyldig dato (ÅÅÅÅ-MM-DD)", nn: "ein gyldig dato (ÅÅÅÅ-MM-DD)" },
  "date-time": {
    en: "a date-time with seconds and zone (YYYY-MM-DDThh:mm:ss+01:00)",
    nb: "et tidspunkt med sekunder og tidssone (ÅÅÅÅ-MM-DDTtt:mm:ss+01:00)",
    nn: "eit tidspunkt med sekund og tidssone (ÅÅÅÅ-MM-DDTtt:mm:ss+01:00)",
  },
  line: {
    en: "one line of text without control characters",
    nb: "én linje tekst uten kontrolltegn",
    nn: "éi linje tekst utan kontrollteikn",
  },
  text: { en: "text without control characters", nb: "tekst uten kontrolltegn", nn: "tekst utan kontrollteikn" },
  phone: {
    en: "a phone number (digits, optional + and single spaces)",
    nb: "et telefonnummer",
    nn: "eit telefonnummer",
  },
  lang: {
    en: "a language code such as nb or en-GB",
    nb: "en språkkode, for eksempel nb",
    nn: "ein språkkode, til dømes nn",
  },
  token: {
    en: "an id of letters, digits and . _ : -",
    nb: "en id av bokstaver, sifre og . _ : -",
    nn: "ein id av bokstavar, siffer og . _ : -",
  },
  version: {
    en: "a version such as 1.0",
    nb: "et versjonsnummer, for eksempel 1.0",
    nn: "eit versjonsnummer, til dømes 1.0",
  },
  "icd10-neoplasm": {
    en: "an ICD-10 cancer code (C00–C97, D00–D09 or D37–D48; benign tumours are outside the pathway)",
    nb: "en ICD-10-kode for kreft (C00–C97, D00–D09 eller D37–D48; godartede svulster er utenfor forløpet)",
    nn: "ein ICD-10-kode for kreft (C00–C97, D00–D09 eller D37–D48; godarta svulstar er utanfor forløpet)",
  },
};

const formatName = (format: string, lang: Lang): string => {
  const f = FORMATS[format];
  return f === undefined ? `"${format}"` : renderTemplate(f[lang], {});
};

const reason = (r: IdentifierFailure | "unknown", lang: Lang): string => {
  const text = REASONS[r] as LocalizedTemplate<NoParams> | undefined;
  return text === undefined ? String(r) : renderTemplate(text[lang], {});
};

type Size = ModelIssueParams["too_small"] | ModelIssueParams["too_big"];

/** `too_small` and `too_big` in one language: what is counted decides the words. */
const size =
  (words: { readonly number: string; readonly array: [string, string]; readonly string: [string, string] }) =>
  (p: Size): string => {
    const n = "minimum" in p ? p.minimum : p.maximum;
    return p.origin === "number"
      ? `${words.number} ${n}`
      : p.origin === "array"
        ? `${words.array[0]} ${n} ${words.array[1]}`
        : `${words.string[0]} ${n} ${words.string[1]}`;
  };

/** JSON type names in Norwegian (issue 21: "forventet number" was English in a Norwegian text). */
const JSON_TYPES: Readonly<Record<string, { readonly nb: string; readonly nn: string }>> = {
  string: { nb: "tekst", nn: "tekst" },
  number: { nb: "tall", nn: "tal" },
  integer: { nb: "heltall", nn: "heiltal" },
  boolean: { nb: "sann/usann", nn: "sann/usann" },
  object: { nb: "objekt", nn: "objekt" },
  array: { nb: "liste", nn: "liste" },
  null: { nb: "null", nn: "null" },
};

function jsonType(name: string, lang: "nb" | "nn"): string {
  return JSON_TYPES[name]?.[lang] ?? name;
}

/**
 * The text of `invalid_format`, a code the model and the instruments package share with one meaning (a string
 * that does not have the named format): both catalogues hold this one entry, so the code has one text.
 * @example
 * ```ts
 * renderTemplate(INVALID_FORMAT_TEXT.nb, { format: "phone" }); // "må være et telefonnummer"
 * ```
 */
export const INVALID_FORMAT_TEXT: LocalizedTemplate<ModelIssueParams["invalid_format"]> = {
  en: (p) => `must be ${formatName(p.format, "en")}`,
  nb: (p) => `må være ${formatName(p.format, "nb")}`,
  nn: (p) => `må vere ${formatName(p.format, "nn")}`,
};

/**
 * The model's issue maker: its codes ({@link ModelIssueParams}) with their texts, registered with
 * {@link formatIssue}. A package that reports one of its codes reuses the model's entry
 * ({@link INVALID_FORMAT_TEXT}), so one code has one meaning and one text.
 * @example
 * ```ts
 * const issue = MODEL_ISSUES.issue("too_big", ["notes"], { origin: "string", maximum: 4000 });
 * issue.message; // "notes: must have at most 4000 characters"
 * ```
 */
// Marked pure like other packages' makers, so a bundle that neither validates nor formats (a text renderer) leaves
// the texts out; formatIssue names MODEL_ISSUES, so every bundle that formats knows the model's codes (the ones
// issues read back from JSON carry most).
export const MODEL_ISSUES: IssueMaker<ModelIssueParams> = /* @__PURE__ */ defineIssues<ModelIssueParams>({
  invalid_type: {
    en: (p) => `expected ${p.expected}, got ${p.received}`,
    nb: (p) => `har feil type (forventet ${jsonType(p.expected, "nb")})`,
    nn: (p) => `har feil type (venta ${jsonType(p.expected, "nn")})`,
  },
  required: {
    en: "is required; add the field",
    nb: "mangler og må fylles ut",
    nn: "manglar og må fyllast ut",
  },
  unrecognized_key: {
    en: (p) =>
      p.didYouMean === undefined
        ? "has a field the model does not know; remove it (its name is not shown, as it could be data)"
        : `has a field the model does not know; did you mean "${p.didYouMean}"?`,
    // The suggested field name is for the developer (the English message and params.didYouMean), not for a person.
    nb: "inneholder et felt modellen ikke kjenner",
    nn: "inneheld eit felt modellen ikkje kjenner",
  },
  invalid_value: {
    en: (p) => (p.expected?.length === 0 ? "has a value that is not allowed" : `expected one of ${list(p.expected)}`),
    nb: (p) => (p.expected?.length === 0 ? "har en verdi som ikke er tillatt" : `må være en av ${list(p.expected)}`),
    nn: (p) =>
      p.expected?.length === 0 ? "har ein verdi som ikkje er tillaten" : `må vere ein av ${list(p.expected)}`,
  },
  too_small: {
    en: /* @__PURE__ */ size({
      number: "must be at least",
      array: ["must have at least", "entries"],
      string: ["must have at least", "characters"],
    }),
    nb: (p) =>
      p.origin === "string" && p.minimum === 1
        ? "kan ikke være tom"
        : size({ number: "må være minst", array: ["må ha minst", "oppføringer"], string: ["må ha minst", "tegn"] })(p),
    nn: (p) =>
      p.origin === "string" && p.minimum === 1
        ? "kan ikkje vere tom"
        : size({ number: "må vere minst", array: ["må ha minst", "oppføringar"], string: ["må ha minst", "teikn"] })(p),
  },
  too_big: {
    en: /* @__PURE__ */ size({
      number: "must be at most",
      array: ["must have at most", "entries"],
      string: ["must have at most", "characters"],
    }),
    nb: /* @__PURE__ */ size({
      number: "kan være høyst",
      array: ["kan ha høyst", "oppføringer"],
      string: ["kan ha høyst", "tegn"],
    }),
    nn: /* @__PURE__ */ size({
      number: "kan vere høgst",
      array: ["kan ha høgst", "oppføringar"],
      string: ["kan ha høgst", "teikn"],
    }),
  },
  invalid_format: INVALID_FORMAT_TEXT,
  invalid_identifier: {
    en: (p) => `identifier (${p.kind}) ${reason(p.reason, "en")}`,
    nb: (p) => `identifikatoren (${p.kind}) ${reason(p.reason, "nb")}`,
    nn: (p) => `identifikatoren (${p.kind}) ${reason(p.reason, "nn")}`,
  },
  date_order: {
    en: (p) => `must not be before ${p.notBefore}`,
    nb: (p) => `kan ikke være før ${p.notBefore}`,
    nn: (p) => `kan ikkje vere før ${p.notBefore}`,
  },
  threshold_flag_mismatch: {
    en: (p) => `must be ${p.expected} for this score under the threshold rule (cut-off ${p.cutoff})`,
    nb: (p) => `stemmer ikke med skåren og terskelregelen (grense ${p.cutoff})`,
    nn: (p) => `stemmer ikkje med skåren og terskelregelen (grense ${p.cutoff})`,
  },
  threshold_flag_without_score: {
    en: "must be absent when the thermometer has no score (a problem list answered without a number)",
    nb: "skal ikke fylles ut når termometeret ikke har noen skår",
    nn: "skal ikkje fyllast ut når termometeret ikkje har nokon skår",
  },
  birth_date_mismatch: {
    en: (p) => `does not agree with the birth date encoded in ${p.against}`,
    nb: "stemmer ikke med fødselsdatoen i fødselsnummeret",
    nn: "stemmer ikkje med fødselsdatoen i fødselsnummeret",
  },
  age_group_mismatch: {
    en: (p) => `must be "${p.expected}" for the patient's age on the day of the conversation`,
    nb: (p) => `må være "${p.expected === "child" ? "barn" : "voksen"}" ut fra alderen på samtaledagen`,
    nn: (p) => `må vere "${p.expected === "child" ? "barn" : "vaksen"}" ut frå alderen på samtaledagen`,
  },
  children_inconsistent: {
    en: (p) =>
      p.expected === "none"
        ? "lists minors although hasMinorChildrenOrSiblings is false"
        : "must list at least one minor when hasMinorChildrenOrSiblings is true (helsepersonelloven § 10a)",
    nb: (p) =>
      p.expected === "none"
        ? "lister barn selv om det er svart at det ikke finnes mindreårige barn eller søsken"
        : "må beskrive minst ett barn når det finnes mindreårige barn eller søsken (helsepersonelloven § 10a)",
    nn: (p) =>
      p.expected === "none"
        ? "listar barn sjølv om det er svart at det ikkje finst mindreårige barn eller sysken"
        : "må skildre minst eitt barn når det finst mindreårige barn eller sysken (helsepersonellova § 10a)",
  },
  duplicate_consent: {
    en: (p) => `records consent for "${p.recipient}" more than once; keep one entry per recipient`,
    nb: "samtykke for samme mottaker er registrert mer enn én gang",
    nn: "samtykke for same mottakar er registrert meir enn éin gong",
  },
  duplicate_item: {
    en: (p) => `repeats a ${p.field} used earlier in the list`,
    nb: "gjentar en kode som er brukt tidligere i lista",
    nn: "gjentek ein kode som er brukt tidlegare i lista",
  },
  next_step_order: {
    en: (p) =>
      p.expected === "none_after_3"
        ? "names a next interaction point, but interaction point 3 is the last one"
        : `must be a later interaction point than ${p.current}`,
    nb: (p) =>
      p.expected === "none_after_3"
        ? "samhandlingspunkt 3 er det siste"
        : `må være et senere samhandlingspunkt enn ${p.current}`,
    nn: (p) =>
      p.expected === "none_after_3"
        ? "samhandlingspunkt 3 er det siste"
        : `må vere eit seinare samhandlingspunkt enn ${p.current}`,
  },
  outcome_content_mismatch: {
    en: (p) => `must be absent when the outcome is "${p.outcome}"`,
    nb: "skal ikke fylles ut når samtalen ikke ble gjennomført",
    nn: "skal ikkje fyllast ut når samtalen ikkje vart gjennomført",
  },
  amendment_after_cancellation: {
    en: "comes after a cancellation; a cancelled assessment is not amended again",
    nb: "kommer etter en annullering; en annullert vurdering kan ikke endres igjen",
    nn: "kjem etter ei annullering; ei annullert vurdering kan ikkje endrast igjen",
  },
  amendment_paths: {
    en: (p) =>
      p.expected === "none"
        ? "must be empty for a cancellation (it changes no content)"
        : "must name at least one changed field for a change",
    nb: (p) =>
      p.expected === "none"
        ? "skal være tom for en annullering (den endrer ikke innholdet)"
        : "må nevne minst ett endret felt for en endring",
    nn: (p) =>
      p.expected === "none"
        ? "skal vere tom for ei annullering (ho endrar ikkje innhaldet)"
        : "må nemne minst eitt endra felt for ei endring",
  },
  too_many_issues: TOO_MANY_ISSUES_TEXT,
  unsupported_version: {
    en: (p) => `schemaVersion must be one of ${list(p.supported)}`,
    nb: (p) => `skjemaversjonen støttes ikke (støttet: ${list(p.supported)})`,
    nn: (p) => `skjemaversjonen er ikkje støtta (støtta: ${list(p.supported)})`,
  },
});

/**
 * A model issue from a code and loosely typed params, for the generated validator and the zod mapping, which
 * produce codes and params at run time.
 * @internal
 */
export function modelIssue(code: IssueCode, path: readonly PathSegment[], params: IssueParams): Issue {
  return (MODEL_ISSUES.issue as (c: IssueCode, p: readonly PathSegment[], x: IssueParams) => Issue)(code, path, params);
}

/**
 * End-user text for an issue of any package of the SDK in Norwegian Bokmål, Nynorsk or English: the one formatter.
 * Every package registers its codes' texts with the code that makes its issues (`defineIssues`), so an issue your
 * code made can always be formatted; for issues read back from JSON see {@link registerIssueTexts}. Built from
 * `code`, `path` and `params` only, so it never contains a personal value. A code no loaded package declares gives
 * the path and the code.
 * @example
 * ```ts
 * formatIssue({ code: "required", path: ["patient", "birthDate"], message: "", params: {} }, "nb");
 * // "patient.birthDate: mangler og må fylles ut"
 * ```
 */
export function formatIssue(issue: Issue<string>, lang: Lang = "nb"): string {
  return `${formatPath(issue.path)}: ${registeredText(issue, lang) ?? modelText(issue, lang)}`;
}

/** The model's own text of an issue, else its code. Names MODEL_ISSUES, so the formatter keeps the model's texts. */
function modelText(issue: Issue<string>, lang: Lang): string {
  if (!MODEL_ISSUES.owns(issue)) {
    return issue.code;
  }
  const template = MODEL_ISSUES.catalogue[issue.code][lang] as string | ((params: IssueParams) => string);
  return renderTemplate(template, issue.params);
}

/**
 * Writes the text of one issue from its params, in one language.
 * @deprecated Use a {@link Template} in an {@link IssueCatalogue} with {@link defineIssues}; removed in 1.0.
 */
export type IssueTemplate = (params: IssueParams) => string;

/**
 * Texts for a set of issue codes in every language. `en` is also the developer message.
 * @deprecated Use {@link IssueCatalogue} with a params map and {@link defineIssues}; removed in 1.0.
 */
export type IssueTemplates<TCode extends string> = Readonly<Record<TCode, Readonly<Record<Lang, IssueTemplate>>>>;

/**
 * What {@link createIssueFormatter} returns: make issues and write their texts.
 * @deprecated Use {@link IssueMaker} from {@link defineIssues} and {@link formatIssue}; removed in 1.0.
 */
export interface IssueFormatter<TCode extends string> {
  /** Makes an issue with its English developer message. */
  readonly issue: (code: TCode, path: readonly PathSegment[], params?: IssueParams) => Issue<TCode>;
  /** End-user text for an issue in nb, nn or en. */
  readonly format: (issue: Issue<TCode>, lang?: Lang) => string;
}

/**
 * Builds the issue maker and formatter for a set of issue codes with loosely typed params.
 * @deprecated Use {@link defineIssues} with a params map (typed params per code) and {@link formatIssue}; removed
 * in 1.0. Its texts are registered with `formatIssue` as `defineIssues` registers them.
 * @example
 * ```ts
 * const { issue, format } = createIssueFormatter({
 *   unknown_item: { en: () => "is not an item of this form", nb: () => "finnes ikke i skjemaet", nn: () => "finst ikkje i skjemaet" },
 * });
 * format(issue("unknown_item", ["answers", 0]), "nb"); // "answers[0]: finnes ikke i skjemaet"
 * ```
 */
export function createIssueFormatter<TCode extends string>(templates: IssueTemplates<TCode>): IssueFormatter<TCode> {
  const maker = defineIssues<Record<TCode, IssueParams>>(templates);
  return {
    issue: (code, path, params = {}) => maker.issue(code, path, params) as Issue<TCode>,
    format: (issue, lang = "nb") =>
      maker.owns(issue)
        ? `${formatPath(issue.path)}: ${renderTemplate(templates[issue.code as TCode][lang], issue.params)}`
        : formatIssue(issue, lang),
  };
}
