/**
 * The CLI's own texts in nb, nn and en (`--lang`, default nb). Like the SDK's issue texts they never hold a value
 * from a document: they name files the user gave, options, fields and counts.
 */
import type { Lang } from "@pakkeforlop-hjem/model";

type Params = Readonly<Record<string, string | number>>;
type Text = Readonly<Record<Lang, (p: Params) => string>>;

const s = (p: Params, k: string): string => String(p[k] ?? "");

/** What an option expects, by a short code (`uuid`, ...); anything else (a list of values) is printed as is. */
const EXPECTED: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  uuid: {
    nb: "en UUID, f.eks. 4f6c3b2a-1d2e-4f00-8a00-000000000001",
    nn: "ein UUID, t.d. 4f6c3b2a-1d2e-4f00-8a00-000000000001",
    en: "a UUID such as 4f6c3b2a-1d2e-4f00-8a00-000000000001",
  },
  "date-time": {
    nb: "tidspunkt med sone, f.eks. 2026-03-10T12:00:00+01:00",
    nn: "tidspunkt med sone, t.d. 2026-03-10T12:00:00+01:00",
    en: "a date-time with zone such as 2026-03-10T12:00:00+01:00",
  },
  date: { nb: "en dato, f.eks. 2026-04-20", nn: "ein dato, t.d. 2026-04-20", en: "a date such as 2026-04-20" },
  "positive-integer": { nb: "et positivt heltall", nn: "eit positivt heiltal", en: "a positive whole number" },
  "no-value": { nb: "ingen verdi", nn: "ingen verdi", en: "no value" },
};

const expected = (p: Params, lang: Lang): string => EXPECTED[s(p, "expected")]?.[lang] ?? s(p, "expected");

/** A key of the CLI's text table. */
export type MessageKey =
  | "unknown_command"
  | "unknown_option"
  | "missing_value"
  | "bad_value"
  | "unexpected_argument"
  | "missing_argument"
  | "see_help"
  | "cannot_read"
  | "cannot_write"
  | "not_json"
  | "too_large"
  | "empty_input"
  | "unknown_format"
  | "not_object"
  | "valid"
  | "invalid"
  | "line_invalid"
  | "line_too_long"
  | "ndjson_summary"
  | "progress"
  | "no_questionnaire"
  | "bad_questionnaire"
  | "bad_envelope"
  | "bad_profile"
  | "nothing_to_send"
  | "unsupported_kind"
  | "message_not_read"
  | "receipt_rejected"
  | "pathway_issues"
  | "wrote"
  | "schema_fresh"
  | "schema_stale"
  | "schema_missing"
  | "internal_error";

const TEXTS: Readonly<Record<MessageKey, Text>> = {
  unknown_command: {
    nb: (p) => `ukjent kommando «${s(p, "command")}»`,
    nn: (p) => `ukjend kommando «${s(p, "command")}»`,
    en: (p) => `unknown command "${s(p, "command")}"`,
  },
  unknown_option: {
    nb: (p) => `ukjent valg ${s(p, "option")}`,
    nn: (p) => `ukjent val ${s(p, "option")}`,
    en: (p) => `unknown option ${s(p, "option")}`,
  },
  missing_value: {
    nb: (p) => `valget ${s(p, "option")} trenger en verdi`,
    nn: (p) => `valet ${s(p, "option")} treng ein verdi`,
    en: (p) => `option ${s(p, "option")} needs a value`,
  },
  bad_value: {
    nb: (p) => `ugyldig verdi for ${s(p, "option")}; forventet ${expected(p, "nb")}`,
    nn: (p) => `ugyldig verdi for ${s(p, "option")}; venta ${expected(p, "nn")}`,
    en: (p) => `invalid value for ${s(p, "option")}; expected ${expected(p, "en")}`,
  },
  unexpected_argument: {
    nb: (p) => `uventet argument «${s(p, "argument")}»`,
    nn: (p) => `uventa argument «${s(p, "argument")}»`,
    en: (p) => `unexpected argument "${s(p, "argument")}"`,
  },
  missing_argument: {
    nb: (p) => `mangler ${s(p, "what")}`,
    nn: (p) => `manglar ${s(p, "what")}`,
    en: (p) => `missing ${s(p, "what")}`,
  },
  see_help: {
    nb: (p) => `Se «pfh ${s(p, "command")}--help».`,
    nn: (p) => `Sjå «pfh ${s(p, "command")}--help».`,
    en: (p) => `See "pfh ${s(p, "command")}--help".`,
  },
  cannot_read: {
    nb: (p) => `kan ikke lese ${s(p, "file")}`,
    nn: (p) => `kan ikkje lese ${s(p, "file")}`,
    en: (p) => `cannot read ${s(p, "file")}`,
  },
  cannot_write: {
    nb: (p) => `kan ikke skrive ${s(p, "file")}`,
    nn: (p) => `kan ikkje skrive ${s(p, "file")}`,
    en: (p) => `cannot write ${s(p, "file")}`,
  },
  not_json: {
    nb: (p) => `${s(p, "where")}: er ikke gyldig JSON`,
    nn: (p) => `${s(p, "where")}: er ikkje gyldig JSON`,
    en: (p) => `${s(p, "where")}: is not valid JSON`,
  },
  too_large: {
    nb: (p) => `${s(p, "where")}: er større enn grensen på ${s(p, "limit")} byte`,
    nn: (p) => `${s(p, "where")}: er større enn grensa på ${s(p, "limit")} byte`,
    en: (p) => `${s(p, "where")}: is larger than the limit of ${s(p, "limit")} bytes`,
  },
  empty_input: {
    nb: (p) => `${s(p, "where")}: er tom`,
    nn: (p) => `${s(p, "where")}: er tom`,
    en: (p) => `${s(p, "where")}: is empty`,
  },
  unknown_format: {
    nb: (p) =>
      `${s(p, "where")}: kjenner ikke igjen formatet (forventet en vurdering i JSON, NDJSON, en FHIR QuestionnaireResponse eller en XML-melding); bruk --format`,
    nn: (p) =>
      `${s(p, "where")}: kjenner ikkje att formatet (venta ei vurdering i JSON, NDJSON, ein FHIR QuestionnaireResponse eller ei XML-melding); bruk --format`,
    en: (p) =>
      `${s(p, "where")}: unrecognised format (expected an assessment as JSON, NDJSON, a FHIR QuestionnaireResponse or an XML message); use --format`,
  },
  not_object: {
    nb: (p) => `${s(p, "where")}: forventet et JSON-objekt`,
    nn: (p) => `${s(p, "where")}: venta eit JSON-objekt`,
    en: (p) => `${s(p, "where")}: expected a JSON object`,
  },
  valid: {
    nb: (p) => `gyldig: ${s(p, "where")} (${s(p, "what")})`,
    nn: (p) => `gyldig: ${s(p, "where")} (${s(p, "what")})`,
    en: (p) => `valid: ${s(p, "where")} (${s(p, "what")})`,
  },
  invalid: {
    nb: (p) => `ugyldig: ${s(p, "where")} (${s(p, "what")}), ${s(p, "count")} feil:`,
    nn: (p) => `ugyldig: ${s(p, "where")} (${s(p, "what")}), ${s(p, "count")} feil:`,
    en: (p) => `invalid: ${s(p, "where")} (${s(p, "what")}), ${s(p, "count")} issue(s):`,
  },
  line_invalid: {
    nb: (p) => `linje ${s(p, "line")}: ugyldig, ${s(p, "count")} feil:`,
    nn: (p) => `linje ${s(p, "line")}: ugyldig, ${s(p, "count")} feil:`,
    en: (p) => `line ${s(p, "line")}: invalid, ${s(p, "count")} issue(s):`,
  },
  line_too_long: {
    nb: (p) => `linje ${s(p, "line")}: er lengre enn grensen på ${s(p, "limit")} byte`,
    nn: (p) => `linje ${s(p, "line")}: er lengre enn grensa på ${s(p, "limit")} byte`,
    en: (p) => `line ${s(p, "line")}: is longer than the limit of ${s(p, "limit")} bytes`,
  },
  ndjson_summary: {
    nb: (p) => `${s(p, "total")} dokumenter: ${s(p, "valid")} gyldige, ${s(p, "invalid")} ugyldige`,
    nn: (p) => `${s(p, "total")} dokument: ${s(p, "valid")} gyldige, ${s(p, "invalid")} ugyldige`,
    en: (p) => `${s(p, "total")} documents: ${s(p, "valid")} valid, ${s(p, "invalid")} invalid`,
  },
  progress: {
    nb: (p) => `pfh: ${s(p, "count")} dokumenter lest (${s(p, "rate")}/s), ${s(p, "invalid")} ugyldige`,
    nn: (p) => `pfh: ${s(p, "count")} dokument lesne (${s(p, "rate")}/s), ${s(p, "invalid")} ugyldige`,
    en: (p) => `pfh: ${s(p, "count")} documents read (${s(p, "rate")}/s), ${s(p, "invalid")} invalid`,
  },
  no_questionnaire: {
    nb: () =>
      "svaret peker ikke på et skjema som følger med SDK-en; oppgi skjemaet med --questionnaire <Questionnaire.json>",
    nn: () =>
      "svaret peikar ikkje på eit skjema som følgjer med SDK-en; oppgje skjemaet med --questionnaire <Questionnaire.json>",
    en: () =>
      "the response names no form shipped with the SDK; give the form with --questionnaire <Questionnaire.json>",
  },
  bad_questionnaire: {
    nb: (p) => `skjemaet er ikke brukbart: ${s(p, "detail")}`,
    nn: (p) => `skjemaet er ikkje brukbart: ${s(p, "detail")}`,
    en: (p) => `the questionnaire cannot be used: ${s(p, "detail")}`,
  },
  bad_envelope: {
    nb: (p) => `konvolutten er ugyldig: ${s(p, "detail")}`,
    nn: (p) => `konvolutten er ugyldig: ${s(p, "detail")}`,
    en: (p) => `the envelope is invalid: ${s(p, "detail")}`,
  },
  bad_profile: {
    nb: (p) => `profilen er ugyldig (${s(p, "where")}), ${s(p, "count")} feil:`,
    nn: (p) => `profilen er ugyldig (${s(p, "where")}), ${s(p, "count")} feil:`,
    en: (p) => `the profile is invalid (${s(p, "where")}), ${s(p, "count")} issue(s):`,
  },
  nothing_to_send: {
    nb: (p) => `ingen melding over Norsk Helsenett skal sendes for denne vurderingen (${s(p, "reasons")})`,
    nn: (p) => `inga melding over Norsk Helsenett skal sendast for denne vurderinga (${s(p, "reasons")})`,
    en: (p) => `no message over Norsk Helsenett is to be sent for this assessment (${s(p, "reasons")})`,
  },
  unsupported_kind: {
    nb: (p) =>
      `profilen sender meldingstypen ${s(p, "kind")}, som pfh ikke bygger; velg --kind dialog eller --kind epikrise`,
    nn: (p) =>
      `profilen sender meldingstypen ${s(p, "kind")}, som pfh ikkje byggjer; vel --kind dialog eller --kind epikrise`,
    en: (p) =>
      `the profile sends message kind ${s(p, "kind")}, which pfh does not build; choose --kind dialog or --kind epikrise`,
  },
  message_not_read: {
    nb: (p) => `${s(p, "where")}: meldingen kunne ikke leses:`,
    nn: (p) => `${s(p, "where")}: meldinga kunne ikkje lesast:`,
    en: (p) => `${s(p, "where")}: the message could not be read:`,
  },
  receipt_rejected: {
    nb: (p) => `kvitteringen avviser meldingen (${s(p, "codes")})`,
    nn: (p) => `kvitteringa avviser meldinga (${s(p, "codes")})`,
    en: (p) => `the receipt rejects the message (${s(p, "codes")})`,
  },
  pathway_issues: {
    nb: (p) => `${s(p, "count")} hendelse(r) ble ikke brukt:`,
    nn: (p) => `${s(p, "count")} hending(ar) vart ikkje brukte:`,
    en: (p) => `${s(p, "count")} event(s) were not applied:`,
  },
  wrote: {
    nb: (p) => `skrev ${s(p, "file")}`,
    nn: (p) => `skreiv ${s(p, "file")}`,
    en: (p) => `wrote ${s(p, "file")}`,
  },
  schema_fresh: {
    nb: (p) => `${s(p, "count")} skjemaer i ${s(p, "dir")} er oppdatert`,
    nn: (p) => `${s(p, "count")} skjema i ${s(p, "dir")} er oppdaterte`,
    en: (p) => `${s(p, "count")} schemas in ${s(p, "dir")} are up to date`,
  },
  schema_stale: {
    nb: (p) => `utdatert: ${s(p, "file")}; kjør «pfh schema --out ${s(p, "dir")}»`,
    nn: (p) => `utdatert: ${s(p, "file")}; køyr «pfh schema --out ${s(p, "dir")}»`,
    en: (p) => `stale: ${s(p, "file")}; run "pfh schema --out ${s(p, "dir")}"`,
  },
  schema_missing: {
    nb: (p) => `mangler: ${s(p, "file")}; kjør «pfh schema --out ${s(p, "dir")}»`,
    nn: (p) => `manglar: ${s(p, "file")}; køyr «pfh schema --out ${s(p, "dir")}»`,
    en: (p) => `missing: ${s(p, "file")}; run "pfh schema --out ${s(p, "dir")}"`,
  },
  internal_error: {
    nb: () => "intern feil i pfh; kjør igjen med --debug for detaljer og meld feilen",
    nn: () => "intern feil i pfh; køyr på nytt med --debug for detaljar og meld feilen",
    en: () => "internal error in pfh; run again with --debug for details and report it",
  },
};

/** The CLI text for a key in one language. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return TEXTS[key][lang](params);
}

/** Words the human output uses, per language. */
export const WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  nb: {
    error: "feil",
    assessment: "vurdering",
    ndjson: "NDJSON",
    fhir: "FHIR QuestionnaireResponse",
    xml: "XML-melding",
    array: "liste av vurderinger",
    stdin: "standard inn",
  },
  nn: {
    error: "feil",
    assessment: "vurdering",
    ndjson: "NDJSON",
    fhir: "FHIR QuestionnaireResponse",
    xml: "XML-melding",
    array: "liste av vurderingar",
    stdin: "standard inn",
  },
  en: {
    error: "error",
    assessment: "assessment",
    ndjson: "NDJSON",
    fhir: "FHIR QuestionnaireResponse",
    xml: "XML message",
    array: "list of assessments",
    stdin: "standard input",
  },
};
