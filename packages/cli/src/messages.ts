/**
 * The CLI's own texts in nb, nn and en (`--lang`, default nb), held as the model's typed message catalogues (one
 * way of holding fixed texts in the whole SDK): every key has a text in each language and its params are typed.
 * Like the SDK's issue texts they never hold a value from a document: they name files the user gave, options,
 * fields and counts.
 */
import {
  defineMessages,
  type Lang,
  type MessageCatalogue,
  type Messages,
  type NoParams,
  type ParamsArg,
  renderTemplate,
} from "@pakkeforlop-hjem/model/validator";
import type { WithheldReason } from "@pakkeforlop-hjem/pathway";

/** What an option expects, by a short code (`uuid`, ...); anything else (a list of values) is printed as is. */
const EXPECTED: MessageCatalogue<Record<string, NoParams>> = {
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
  "address-lines-4": { nb: "høyst 4 adresselinjer", nn: "høgst 4 adresseliner", en: "at most 4 address lines" },
  "address-lines-3": { nb: "høyst 3 adresselinjer", nn: "høgst 3 adresseliner", en: "at most 3 address lines" },
};

const expected = (p: { readonly expected: string }, lang: Lang): string => {
  const text = EXPECTED[p.expected];
  return text === undefined ? p.expected : renderTemplate(text[lang], {});
};

type Where = { readonly where: string };

/** Why `pfh build` has nothing to send: routing's reasons, or `no_delivery` when no rule gave a recipient. */
export type NothingToSendReason = WithheldReason | "no_delivery";

/** Routing's reasons in words (issue 21: a text a person reads names no code). */
const WITHHELD: MessageCatalogue<Record<NothingToSendReason, NoParams>> = {
  municipality_consent_declined: {
    nb: "pasienten har sagt nei til deling med kommunen",
    nn: "pasienten har sagt nei til deling med kommunen",
    en: "the patient said no to sharing with the municipality",
  },
  municipality_consent_not_asked: {
    nb: "pasienten er ikke spurt om deling med kommunen",
    nn: "pasienten er ikkje spurd om deling med kommunen",
    en: "the patient was not asked about sharing with the municipality",
  },
  municipality_consent_absent: {
    nb: "samtykke til deling med kommunen mangler",
    nn: "samtykke til deling med kommunen manglar",
    en: "there is no consent to sharing with the municipality",
  },
  gp_consent_declined: {
    nb: "pasienten har sagt nei til deling med fastlegen",
    nn: "pasienten har sagt nei til deling med fastlegen",
    en: "the patient said no to sharing with the GP",
  },
  not_completed: {
    nb: "samtalen ble ikke gjennomført",
    nn: "samtalen vart ikkje gjennomført",
    en: "the conversation did not take place",
  },
  cancelled: {
    nb: "vurderingen er annullert",
    nn: "vurderinga er annullert",
    en: "the assessment is cancelled",
  },
  no_message_kind: {
    nb: "profilen oppgir ingen meldingstype for dette journalsystemet",
    nn: "profilen oppgir ingen meldingstype for dette journalsystemet",
    en: "the profile names no message kind for this record system",
  },
  no_delivery: {
    nb: "ingen mottaker skal ha den",
    nn: "ingen mottakar skal ha ho",
    en: "no recipient is due one",
  },
};

const withheld = (reasons: readonly NothingToSendReason[], lang: Lang): string =>
  [...new Set(reasons)].map((r) => renderTemplate(WITHHELD[r][lang], {})).join("; ");

/** The params of every CLI text, by key. */
export type CliMessageParams = {
  readonly unknown_command: { readonly command: string };
  readonly unknown_option: { readonly option: string };
  readonly missing_value: { readonly option: string };
  readonly bad_value: { readonly option: string; readonly expected: string };
  readonly unexpected_argument: { readonly argument: string };
  readonly missing_argument: { readonly what: string };
  /** `command`: the command and a space, or empty for pfh itself. */
  readonly see_help: { readonly command: string };
  readonly cannot_read: { readonly file: string };
  readonly cannot_write: { readonly file: string };
  readonly not_json: Where;
  readonly not_utf8: Where;
  readonly too_large: Where & { readonly limit: number };
  readonly empty_input: Where;
  readonly unknown_format: Where;
  readonly not_object: Where;
  readonly valid: Where & { readonly what: string };
  readonly invalid: Where & { readonly what: string; readonly count: number };
  readonly line_invalid: { readonly line: number; readonly count: number };
  readonly line_too_long: { readonly line: number; readonly limit: number };
  readonly ndjson_summary: { readonly total: number; readonly valid: number; readonly invalid: number };
  readonly progress: { readonly count: number; readonly rate: number; readonly invalid: number };
  readonly no_questionnaire: NoParams;
  readonly bad_questionnaire: { readonly detail: string };
  readonly bad_envelope: { readonly detail: string };
  readonly bad_profile: Where & { readonly count: number };
  /** `reasons`: why routing withheld each delivery (machine data); the text names them in words. */
  readonly nothing_to_send: { readonly reasons: readonly NothingToSendReason[] };
  readonly not_cancelled: NoParams;
  readonly cancelled_letter: NoParams;
  readonly over_budget: { readonly budget: number; readonly minimum: number };
  readonly unsupported_kind: { readonly kind: string };
  readonly message_not_read: Where;
  readonly receipt_rejected: { readonly codes: string };
  readonly pathway_issues: { readonly count: number };
  readonly report_issues: { readonly count: number };
  readonly report_summary: { readonly lines: number; readonly patients: number };
  readonly wrote: { readonly file: string };
  readonly schema_fresh: { readonly count: number; readonly dir: string };
  readonly schema_stale: { readonly file: string; readonly dir: string };
  readonly schema_missing: { readonly file: string; readonly dir: string };
  readonly internal_error: NoParams;
};

/** A key of the CLI's text table. */
export type MessageKey = keyof CliMessageParams;

const CLI_TEXTS: Messages<CliMessageParams> = defineMessages<CliMessageParams>({
  unknown_command: {
    nb: (p) => `ukjent kommando «${p.command}»`,
    nn: (p) => `ukjend kommando «${p.command}»`,
    en: (p) => `unknown command "${p.command}"`,
  },
  unknown_option: {
    nb: (p) => `ukjent valg ${p.option}`,
    nn: (p) => `ukjent val ${p.option}`,
    en: (p) => `unknown option ${p.option}`,
  },
  missing_value: {
    nb: (p) => `valget ${p.option} trenger en verdi`,
    nn: (p) => `valet ${p.option} treng ein verdi`,
    en: (p) => `option ${p.option} needs a value`,
  },
  bad_value: {
    nb: (p) => `ugyldig verdi for ${p.option}; forventet ${expected(p, "nb")}`,
    nn: (p) => `ugyldig verdi for ${p.option}; venta ${expected(p, "nn")}`,
    en: (p) => `invalid value for ${p.option}; expected ${expected(p, "en")}`,
  },
  unexpected_argument: {
    nb: (p) => `uventet argument «${p.argument}»`,
    nn: (p) => `uventa argument «${p.argument}»`,
    en: (p) => `unexpected argument "${p.argument}"`,
  },
  missing_argument: {
    nb: (p) => `mangler ${p.what}`,
    nn: (p) => `manglar ${p.what}`,
    en: (p) => `missing ${p.what}`,
  },
  see_help: {
    nb: (p) => `Se «pfh ${p.command}--help».`,
    nn: (p) => `Sjå «pfh ${p.command}--help».`,
    en: (p) => `See "pfh ${p.command}--help".`,
  },
  cannot_read: {
    nb: (p) => `kan ikke lese ${p.file}`,
    nn: (p) => `kan ikkje lese ${p.file}`,
    en: (p) => `cannot read ${p.file}`,
  },
  cannot_write: {
    nb: (p) => `kan ikke skrive ${p.file}`,
    nn: (p) => `kan ikkje skrive ${p.file}`,
    en: (p) => `cannot write ${p.file}`,
  },
  not_json: {
    nb: (p) => `${p.where}: er ikke gyldig JSON`,
    nn: (p) => `${p.where}: er ikkje gyldig JSON`,
    en: (p) => `${p.where}: is not valid JSON`,
  },
  not_utf8: {
    nb: (p) => `${p.where}: er ikke gyldig UTF-8 (lagre filen som UTF-8)`,
    nn: (p) => `${p.where}: er ikkje gyldig UTF-8 (lagre fila som UTF-8)`,
    en: (p) => `${p.where}: is not valid UTF-8 (save the file as UTF-8)`,
  },
  too_large: {
    nb: (p) => `${p.where}: er større enn grensen på ${p.limit} byte`,
    nn: (p) => `${p.where}: er større enn grensa på ${p.limit} byte`,
    en: (p) => `${p.where}: is larger than the limit of ${p.limit} bytes`,
  },
  empty_input: {
    nb: (p) => `${p.where}: er tom`,
    nn: (p) => `${p.where}: er tom`,
    en: (p) => `${p.where}: is empty`,
  },
  unknown_format: {
    nb: (p) =>
      `${p.where}: kjenner ikke igjen formatet (forventet en vurdering i JSON, NDJSON, en FHIR QuestionnaireResponse eller en XML-melding); bruk --format`,
    nn: (p) =>
      `${p.where}: kjenner ikkje att formatet (venta ei vurdering i JSON, NDJSON, ein FHIR QuestionnaireResponse eller ei XML-melding); bruk --format`,
    en: (p) =>
      `${p.where}: unrecognised format (expected an assessment as JSON, NDJSON, a FHIR QuestionnaireResponse or an XML message); use --format`,
  },
  not_object: {
    nb: (p) => `${p.where}: forventet et JSON-objekt`,
    nn: (p) => `${p.where}: venta eit JSON-objekt`,
    en: (p) => `${p.where}: expected a JSON object`,
  },
  valid: {
    nb: (p) => `gyldig: ${p.where} (${p.what})`,
    nn: (p) => `gyldig: ${p.where} (${p.what})`,
    en: (p) => `valid: ${p.where} (${p.what})`,
  },
  invalid: {
    nb: (p) => `ugyldig: ${p.where} (${p.what}), ${p.count} feil:`,
    nn: (p) => `ugyldig: ${p.where} (${p.what}), ${p.count} feil:`,
    en: (p) => `invalid: ${p.where} (${p.what}), ${p.count} issue(s):`,
  },
  line_invalid: {
    nb: (p) => `linje ${p.line}: ugyldig, ${p.count} feil:`,
    nn: (p) => `linje ${p.line}: ugyldig, ${p.count} feil:`,
    en: (p) => `line ${p.line}: invalid, ${p.count} issue(s):`,
  },
  line_too_long: {
    nb: (p) => `linje ${p.line}: er lengre enn grensen på ${p.limit} byte`,
    nn: (p) => `linje ${p.line}: er lengre enn grensa på ${p.limit} byte`,
    en: (p) => `line ${p.line}: is longer than the limit of ${p.limit} bytes`,
  },
  ndjson_summary: {
    nb: (p) => `${p.total} dokumenter: ${p.valid} gyldige, ${p.invalid} ugyldige`,
    nn: (p) => `${p.total} dokument: ${p.valid} gyldige, ${p.invalid} ugyldige`,
    en: (p) => `${p.total} documents: ${p.valid} valid, ${p.invalid} invalid`,
  },
  progress: {
    nb: (p) => `pfh: ${p.count} dokumenter lest (${p.rate}/s), ${p.invalid} ugyldige`,
    nn: (p) => `pfh: ${p.count} dokument lesne (${p.rate}/s), ${p.invalid} ugyldige`,
    en: (p) => `pfh: ${p.count} documents read (${p.rate}/s), ${p.invalid} invalid`,
  },
  no_questionnaire: {
    nb: "svaret peker ikke på et skjema som følger med SDK-en; oppgi skjemaet med --questionnaire <Questionnaire.json>",
    nn: "svaret peikar ikkje på eit skjema som følgjer med SDK-en; oppgje skjemaet med --questionnaire <Questionnaire.json>",
    en: "the response names no form shipped with the SDK; give the form with --questionnaire <Questionnaire.json>",
  },
  bad_questionnaire: {
    nb: (p) => `skjemaet er ikke brukbart: ${p.detail}`,
    nn: (p) => `skjemaet er ikkje brukbart: ${p.detail}`,
    en: (p) => `the questionnaire cannot be used: ${p.detail}`,
  },
  bad_envelope: {
    nb: (p) => `konvolutten er ugyldig: ${p.detail}`,
    nn: (p) => `konvolutten er ugyldig: ${p.detail}`,
    en: (p) => `the envelope is invalid: ${p.detail}`,
  },
  bad_profile: {
    nb: (p) => `profilen er ugyldig (${p.where}), ${p.count} feil:`,
    nn: (p) => `profilen er ugyldig (${p.where}), ${p.count} feil:`,
    en: (p) => `the profile is invalid (${p.where}), ${p.count} issue(s):`,
  },
  nothing_to_send: {
    nb: (p) => `ingen melding over Norsk Helsenett skal sendes for denne vurderingen: ${withheld(p.reasons, "nb")}`,
    nn: (p) => `inga melding over Norsk Helsenett skal sendast for denne vurderinga: ${withheld(p.reasons, "nn")}`,
    en: (p) => `no message over Norsk Helsenett is to be sent for this assessment: ${withheld(p.reasons, "en")}`,
  },
  not_cancelled: {
    nb: "--cancellation: vurderingen er ikke annullert; annuller den først (cancelAssessment)",
    nn: "--cancellation: vurderinga er ikkje annullert; annuller ho først (cancelAssessment)",
    en: "--cancellation: the assessment is not cancelled; cancel it first (cancelAssessment)",
  },
  cancelled_letter: {
    nb: "vurderingen er annullert; pasienten får ikke brev om en annullert vurdering",
    nn: "vurderinga er annullert; pasienten får ikkje brev om ei annullert vurdering",
    en: "the assessment is cancelled; the patient gets no letter about a cancelled assessment",
  },
  over_budget: {
    nb: (p) => `notatet kan ikke kortes ned til ${p.budget} tegn; det korteste er ${p.minimum} tegn`,
    nn: (p) => `notatet kan ikkje kortast ned til ${p.budget} teikn; det kortaste er ${p.minimum} teikn`,
    en: (p) => `the note cannot be cut to ${p.budget} characters; the shortest is ${p.minimum} characters`,
  },
  unsupported_kind: {
    nb: (p) => `profilen sender meldingstypen ${p.kind}, som pfh ikke bygger; velg --kind dialog eller --kind epikrise`,
    nn: (p) =>
      `profilen sender meldingstypen ${p.kind}, som pfh ikkje byggjer; vel --kind dialog eller --kind epikrise`,
    en: (p) =>
      `the profile sends message kind ${p.kind}, which pfh does not build; choose --kind dialog or --kind epikrise`,
  },
  message_not_read: {
    nb: (p) => `${p.where}: meldingen kunne ikke leses:`,
    nn: (p) => `${p.where}: meldinga kunne ikkje lesast:`,
    en: (p) => `${p.where}: the message could not be read:`,
  },
  receipt_rejected: {
    nb: (p) => `kvitteringen avviser meldingen (${p.codes})`,
    nn: (p) => `kvitteringa avviser meldinga (${p.codes})`,
    en: (p) => `the receipt rejects the message (${p.codes})`,
  },
  pathway_issues: {
    nb: (p) => `${p.count} hendelse(r) ble ikke brukt:`,
    nn: (p) => `${p.count} hending(ar) vart ikkje brukte:`,
    en: (p) => `${p.count} event(s) were not applied:`,
  },
  report_issues: {
    nb: (p) => `${p.count} linje(r) eller hendelse(r) ble ikke brukt i rapporten:`,
    nn: (p) => `${p.count} linje(r) eller hending(ar) vart ikkje brukte i rapporten:`,
    en: (p) => `${p.count} line(s) or event(s) were left out of the report:`,
  },
  report_summary: {
    nb: (p) => `${p.lines} linje(r) lest, ${p.patients} pasient(er) i rapporten`,
    nn: (p) => `${p.lines} linje(r) lesne, ${p.patients} pasient(ar) i rapporten`,
    en: (p) => `${p.lines} line(s) read, ${p.patients} patient(s) in the report`,
  },
  wrote: {
    nb: (p) => `skrev ${p.file}`,
    nn: (p) => `skreiv ${p.file}`,
    en: (p) => `wrote ${p.file}`,
  },
  schema_fresh: {
    nb: (p) => `${p.count} skjemaer i ${p.dir} er oppdatert`,
    nn: (p) => `${p.count} skjema i ${p.dir} er oppdaterte`,
    en: (p) => `${p.count} schemas in ${p.dir} are up to date`,
  },
  schema_stale: {
    nb: (p) => `utdatert: ${p.file}; kjør «pfh schema --out ${p.dir}»`,
    nn: (p) => `utdatert: ${p.file}; køyr «pfh schema --out ${p.dir}»`,
    en: (p) => `stale: ${p.file}; run "pfh schema --out ${p.dir}"`,
  },
  schema_missing: {
    nb: (p) => `mangler: ${p.file}; kjør «pfh schema --out ${p.dir}»`,
    nn: (p) => `manglar: ${p.file}; køyr «pfh schema --out ${p.dir}»`,
    en: (p) => `missing: ${p.file}; run "pfh schema --out ${p.dir}"`,
  },
  internal_error: {
    nb: "intern feil i pfh; kjør igjen med --debug for detaljer og meld feilen",
    nn: "intern feil i pfh; køyr på nytt med --debug for detaljar og meld feilen",
    en: "internal error in pfh; run again with --debug for details and report it",
  },
});

/** The CLI text for a key in one language. */
export function t<TKey extends MessageKey>(
  lang: Lang,
  key: TKey,
  ...params: ParamsArg<CliMessageParams[TKey]>
): string {
  return CLI_TEXTS.text(lang, key, ...params);
}

/** A word the human output uses. */
export type WordKey = "error" | "assessment" | "ndjson" | "fhir" | "xml" | "array" | "stdin";

const WORDS: MessageCatalogue<Record<WordKey, NoParams>> = {
  error: { nb: "feil", nn: "feil", en: "error" },
  assessment: { nb: "vurdering", nn: "vurdering", en: "assessment" },
  ndjson: { nb: "NDJSON", nn: "NDJSON", en: "NDJSON" },
  fhir: { nb: "FHIR QuestionnaireResponse", nn: "FHIR QuestionnaireResponse", en: "FHIR QuestionnaireResponse" },
  xml: { nb: "XML-melding", nn: "XML-melding", en: "XML message" },
  array: { nb: "liste av vurderinger", nn: "liste av vurderingar", en: "list of assessments" },
  stdin: { nb: "standard inn", nn: "standard inn", en: "standard input" },
};

/** A word of the human output in one language. */
export function word(lang: Lang, key: WordKey): string {
  return renderTemplate(WORDS[key][lang], {});
}

/** Every text of a catalogue of fixed words in one language, for code that prints many of them. */
export function inLang<TKey extends string>(
  catalogue: MessageCatalogue<Record<TKey, NoParams>>,
  lang: Lang,
): Readonly<Record<TKey, string>> {
  const out = {} as Record<TKey, string>;
  for (const key of Object.keys(catalogue) as TKey[]) {
    out[key] = renderTemplate(catalogue[key][lang], {});
  }
  return out;
}
