/**
 * Issue texts. `describeIssue` writes the English developer message; `formatIssue` writes end-user text in nb, nn
 * or en from the code and params only (never by parsing a message). Neither ever includes a value from the
 * document: they name the field and the rule (ARCHITECTURE.md "Errors").
 */
import type { Lang } from "./code-lists.ts";
import { formatPath, type Issue, type IssueCode, type IssueParams, type PathSegment } from "./errors.ts";

/** Writes the text of one issue from its params, in one language. */
export type IssueTemplate = (params: IssueParams) => string;

/** Texts for a set of issue codes in every language. `en` is also the developer message. */
export type IssueTemplates<TCode extends string> = Readonly<Record<TCode, Readonly<Record<Lang, IssueTemplate>>>>;

/** What {@link createIssueFormatter} returns: make issues and write their texts. */
export interface IssueFormatter<TCode extends string> {
  /** Makes an issue with its English developer message. */
  readonly issue: (code: TCode, path: readonly PathSegment[], params?: IssueParams) => Issue<TCode>;
  /** End-user text for an issue in nb, nn or en. */
  readonly format: (issue: Issue<TCode>, lang?: Lang) => string;
}

/**
 * Builds the issue maker and formatter for a package's own issue codes, so every package speaks the model's error
 * model (ARCHITECTURE.md "Errors"): `{ code, path, message, params }`, texts from code and params only.
 * @example
 * ```ts
 * const { issue, format } = createIssueFormatter({
 *   unknown_item: { en: () => "is not an item of this form", nb: () => "finnes ikke i skjemaet", nn: () => "finst ikkje i skjemaet" },
 * });
 * format(issue("unknown_item", ["answers", 0]), "nb"); // "answers[0]: finnes ikke i skjemaet"
 * ```
 */
export function createIssueFormatter<TCode extends string>(templates: IssueTemplates<TCode>): IssueFormatter<TCode> {
  return {
    issue: (code, path, params = {}) => ({
      code,
      path,
      params,
      message: `${formatPath(path)}: ${templates[code].en(params)}`,
    }),
    format: (issue, lang = "nb") => {
      const t = templates[issue.code] as Readonly<Record<Lang, IssueTemplate>> | undefined;
      return t === undefined
        ? `${formatPath(issue.path)}: ${issue.code}`
        : `${formatPath(issue.path)}: ${t[lang](issue.params)}`;
    },
  };
}

const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => `"${String(x)}"`).join(", ") : String(v));
const limit = (p: IssueParams, key: "minimum" | "maximum"): string => String(p[key]);

const REASONS: Readonly<Record<string, { en: string; nb: string; nn: string }>> = {
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

const FORMATS: Readonly<Record<string, { en: string; nb: string; nn: string }>> = {
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
    en: "an ICD-10 neoplasm code (C00–D48)",
    nb: "en ICD-10-kode for kreft (C00–D48)",
    nn: "ein ICD-10-kode for kreft (C00–D48)",
  },
};

const formatName = (p: IssueParams, lang: Lang): string => {
  const f = FORMATS[String(p["format"])];
  return f === undefined ? `"${String(p["format"])}"` : f[lang];
};

const reason = (p: IssueParams, lang: Lang): string => {
  const r = REASONS[String(p["reason"])];
  return r === undefined ? String(p["reason"]) : r[lang];
};

const TEMPLATES: IssueTemplates<IssueCode> = {
  invalid_type: {
    en: (p) => `expected ${String(p["expected"])}, got ${String(p["received"])}`,
    nb: (p) => `har feil type (forventet ${String(p["expected"])})`,
    nn: (p) => `har feil type (venta ${String(p["expected"])})`,
  },
  required: {
    en: () => "is required; add the field",
    nb: () => "mangler og må fylles ut",
    nn: () => "manglar og må fyllast ut",
  },
  unrecognized_key: {
    en: (p) =>
      p["didYouMean"] === undefined
        ? "has a field the model does not know; remove it (its name is not shown, as it could be data)"
        : `has a field the model does not know; did you mean "${String(p["didYouMean"])}"?`,
    nb: (p) =>
      p["didYouMean"] === undefined
        ? "inneholder et felt modellen ikke kjenner"
        : `inneholder et felt modellen ikke kjenner (mente du "${String(p["didYouMean"])}"?)`,
    nn: (p) =>
      p["didYouMean"] === undefined
        ? "inneheld eit felt modellen ikkje kjenner"
        : `inneheld eit felt modellen ikkje kjenner (meinte du "${String(p["didYouMean"])}"?)`,
  },
  invalid_value: {
    en: (p) => `expected one of ${list(p["expected"])}`,
    nb: (p) => `må være en av ${list(p["expected"])}`,
    nn: (p) => `må vere ein av ${list(p["expected"])}`,
  },
  too_small: {
    en: (p) =>
      p["origin"] === "number"
        ? `must be at least ${limit(p, "minimum")}`
        : p["origin"] === "array"
          ? `must have at least ${limit(p, "minimum")} entries`
          : `must have at least ${limit(p, "minimum")} characters`,
    nb: (p) =>
      p["origin"] === "number"
        ? `må være minst ${limit(p, "minimum")}`
        : p["origin"] === "array"
          ? `må ha minst ${limit(p, "minimum")} oppføringer`
          : p["minimum"] === 1
            ? "kan ikke være tom"
            : `må ha minst ${limit(p, "minimum")} tegn`,
    nn: (p) =>
      p["origin"] === "number"
        ? `må vere minst ${limit(p, "minimum")}`
        : p["origin"] === "array"
          ? `må ha minst ${limit(p, "minimum")} oppføringar`
          : p["minimum"] === 1
            ? "kan ikkje vere tom"
            : `må ha minst ${limit(p, "minimum")} teikn`,
  },
  too_big: {
    en: (p) =>
      p["origin"] === "number"
        ? `must be at most ${limit(p, "maximum")}`
        : p["origin"] === "array"
          ? `must have at most ${limit(p, "maximum")} entries`
          : `must have at most ${limit(p, "maximum")} characters`,
    nb: (p) =>
      p["origin"] === "number"
        ? `kan være høyst ${limit(p, "maximum")}`
        : p["origin"] === "array"
          ? `kan ha høyst ${limit(p, "maximum")} oppføringer`
          : `kan ha høyst ${limit(p, "maximum")} tegn`,
    nn: (p) =>
      p["origin"] === "number"
        ? `kan vere høgst ${limit(p, "maximum")}`
        : p["origin"] === "array"
          ? `kan ha høgst ${limit(p, "maximum")} oppføringar`
          : `kan ha høgst ${limit(p, "maximum")} teikn`,
  },
  invalid_format: {
    en: (p) => `must be ${formatName(p, "en")}`,
    nb: (p) => `må være ${formatName(p, "nb")}`,
    nn: (p) => `må vere ${formatName(p, "nn")}`,
  },
  invalid_identifier: {
    en: (p) => `identifier (${String(p["kind"])}) ${reason(p, "en")}`,
    nb: (p) => `identifikatoren (${String(p["kind"])}) ${reason(p, "nb")}`,
    nn: (p) => `identifikatoren (${String(p["kind"])}) ${reason(p, "nn")}`,
  },
  date_order: {
    en: (p) => `must not be before ${String(p["notBefore"])}`,
    nb: (p) => `kan ikke være før ${String(p["notBefore"])}`,
    nn: (p) => `kan ikkje vere før ${String(p["notBefore"])}`,
  },
  threshold_flag_mismatch: {
    en: (p) =>
      `must be ${String(p["expected"])} for this score under the threshold rule (cut-off ${String(p["cutoff"])})`,
    nb: (p) => `stemmer ikke med skåren og terskelregelen (grense ${String(p["cutoff"])})`,
    nn: (p) => `stemmer ikkje med skåren og terskelregelen (grense ${String(p["cutoff"])})`,
  },
  birth_date_mismatch: {
    en: (p) => `does not agree with the birth date encoded in ${String(p["against"])}`,
    nb: () => "stemmer ikke med fødselsdatoen i fødselsnummeret",
    nn: () => "stemmer ikkje med fødselsdatoen i fødselsnummeret",
  },
  age_group_mismatch: {
    en: (p) => `must be "${String(p["expected"])}" for the patient's age on the day of the conversation`,
    nb: (p) => `må være "${p["expected"] === "child" ? "barn" : "voksen"}" ut fra alderen på samtaledagen`,
    nn: (p) => `må vere "${p["expected"] === "child" ? "barn" : "vaksen"}" ut frå alderen på samtaledagen`,
  },
  children_inconsistent: {
    en: (p) =>
      p["expected"] === "none"
        ? "lists minors although hasMinorChildrenOrSiblings is false"
        : "must list at least one minor when hasMinorChildrenOrSiblings is true (helsepersonelloven § 10a)",
    nb: (p) =>
      p["expected"] === "none"
        ? "lister barn selv om det er svart at det ikke finnes mindreårige barn eller søsken"
        : "må beskrive minst ett barn når det finnes mindreårige barn eller søsken (helsepersonelloven § 10a)",
    nn: (p) =>
      p["expected"] === "none"
        ? "listar barn sjølv om det er svart at det ikkje finst mindreårige barn eller sysken"
        : "må skildre minst eitt barn når det finst mindreårige barn eller sysken (helsepersonellova § 10a)",
  },
  duplicate_consent: {
    en: (p) => `records consent for "${String(p["recipient"])}" more than once; keep one entry per recipient`,
    nb: () => "samtykke for samme mottaker er registrert mer enn én gang",
    nn: () => "samtykke for same mottakar er registrert meir enn éin gong",
  },
  duplicate_item: {
    en: (p) => `repeats a ${String(p["field"])} used earlier in the list`,
    nb: () => "gjentar en kode som er brukt tidligere i lista",
    nn: () => "gjentek ein kode som er brukt tidlegare i lista",
  },
  next_step_order: {
    en: (p) =>
      p["expected"] === "none_after_3"
        ? "names a next interaction point, but interaction point 3 is the last one"
        : `must be a later interaction point than ${String(p["current"])}`,
    nb: (p) =>
      p["expected"] === "none_after_3"
        ? "samhandlingspunkt 3 er det siste"
        : `må være et senere samhandlingspunkt enn ${String(p["current"])}`,
    nn: (p) =>
      p["expected"] === "none_after_3"
        ? "samhandlingspunkt 3 er det siste"
        : `må vere eit seinare samhandlingspunkt enn ${String(p["current"])}`,
  },
  outcome_content_mismatch: {
    en: (p) => `must be absent when the outcome is "${String(p["outcome"])}"`,
    nb: () => "skal ikke fylles ut når samtalen ikke ble gjennomført",
    nn: () => "skal ikkje fyllast ut når samtalen ikkje vart gjennomført",
  },
  unsupported_version: {
    en: (p) => `schemaVersion must be one of ${list(p["supported"])}`,
    nb: (p) => `skjemaversjonen støttes ikke (støttet: ${list(p["supported"])})`,
    nn: (p) => `skjemaversjonen er ikkje støtta (støtta: ${list(p["supported"])})`,
  },
};

/**
 * The English developer message for an issue: where, what rule, and the fix. Contains no document value.
 * @internal
 */
export function describeIssue(code: IssueCode, path: readonly PathSegment[], params: IssueParams): string {
  return `${formatPath(path)}: ${TEMPLATES[code].en(params)}`;
}

/**
 * End-user text for an issue in Norwegian Bokmål, Nynorsk or English. Built from `code`, `path` and `params`
 * only, so it never contains a personal value.
 * @example
 * ```ts
 * formatIssue({ code: "required", path: ["patient", "birthDate"], message: "", params: {} }, "nb");
 * // "patient.birthDate: mangler og må fylles ut"
 * ```
 */
export function formatIssue(issue: Issue<string>, lang: Lang = "nb"): string {
  return MODEL.format(issue as Issue<IssueCode>, lang);
}

const MODEL: IssueFormatter<IssueCode> = createIssueFormatter(TEMPLATES);
