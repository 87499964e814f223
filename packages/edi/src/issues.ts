/**
 * Issue codes of the edi package (ARCHITECTURE.md "Errors"): snake_case, API, params typed per code
 * ({@link EdiIssueParams}), texts from code and params only, registered with the model's one formatter,
 * `formatIssue`. No text ever holds a value from the message (names, identifiers, note text): only element names,
 * limits and codes.
 */
import {
  defineIssues,
  formatIssue,
  type Issue,
  type IssueMaker,
  type IssueOf,
  type Lang,
  type NoParams,
  TOO_MANY_ISSUES_TEXT,
  type TooManyIssuesParams,
} from "@pakkeforlop-hjem/model";

/**
 * The params of every issue code the edi package reports, by code.
 * - Fatal for `parseMessage` (no message could be read): `not_xml`, `invalid_encoding`, `unsupported_encoding`,
 *   `doctype_forbidden`, `entity_forbidden`, `too_large`, `unsupported_message`; and `reader_internal_error`, a bug
 *   in this SDK (never the sender's fault, so it maps to no AppRec error).
 * - Findings on a message that was read (in `ParsedMessage.issues`, at most 100 then `too_many_issues`):
 *   `unsupported_payload`, `missing_element`, `invalid_msg_id`, `insufficient_patient_identification`,
 *   `unknown_receiver`.
 * - `createAppRec`: `missing_element`, `no_receipt_for_receipt`.
 * - `extractAssessment`: `data_attachment_unreadable`, `data_carriers_disagree`, `correction_mismatch`,
 *   `outdated_correction`.
 * - Builders: `missing_phone`, `insufficient_patient_identification`, `assessment_cancelled`.
 */
export type EdiIssueParams = {
  /** `reason`: a short English reason for developers (`not well-formed`, `no root element`, ...). */
  readonly not_xml: { readonly reason: string };
  /** `encoding`: the encoding the bytes were read in (`UTF-8`, `UTF-16LE`, `UTF-16BE`, ...), never a label as written. */
  readonly invalid_encoding: { readonly encoding: string };
  readonly unsupported_encoding: NoParams;
  /** A bug in this SDK, not the sender's fault: keep the message, do not answer it, report the bug. */
  readonly reader_internal_error: NoParams;
  readonly doctype_forbidden: NoParams;
  readonly entity_forbidden: NoParams;
  /** `limit`: the size limit in bytes. */
  readonly too_large: { readonly limit: number };
  /**
   * The root element (at most 40 characters) and its namespace (at most 80), for developers: characters outside
   * printable ASCII are replaced by `?`, and no message text ever shows them.
   */
  readonly unsupported_message: { readonly element: string; readonly namespace: string };
  /** The payload element and its namespace, shortened and cleaned as for `unsupported_message`; never in a text. */
  readonly unsupported_payload: { readonly element: string; readonly namespace: string };
  readonly missing_element: { readonly element: string };
  readonly invalid_msg_id: NoParams;
  readonly insufficient_patient_identification: NoParams;
  readonly unknown_receiver: NoParams;
  /** The last issue of a capped list: `limit` issues were kept, `omitted` more were left out. */
  readonly too_many_issues: TooManyIssuesParams;
  /** `createAppRec` on an AppRec: a receipt is never answered with a receipt (HITS 1168). */
  readonly no_receipt_for_receipt: NoParams;
  /**
   * `extractAssessment`: the message and the assessment it carries disagree on what it is. `reason`: `servtype`
   * (Epikrise ServType N/M/C against the carried amendments), `document` (ServProvId or DokIdNotat against the
   * assessment id) or `history` (the carried amendments do not continue the stored ones, or go on after a cancellation).
   */
  readonly correction_mismatch: { readonly reason: "servtype" | "document" | "history" };
  /**
   * `extractAssessment`: the data attachment (issue 17) cannot be read. `reason`: `missing` (no inline
   * `Base64Container`), `base64` (not base64), `utf8` (the bytes are not UTF-8) or `json` (the text is not JSON).
   */
  readonly data_attachment_unreadable: { readonly reason: "missing" | "base64" | "utf8" | "json" };
  /**
   * `extractAssessment`: the message carries the assessment twice (the data attachment and the note's old data table,
   * or two data attachments), and the copies are not the same assessment. Nothing is taken: read the note.
   */
  readonly data_carriers_disagree: NoParams;
  /** `extractAssessment`: the stored version is as new as this one or newer; applying it would bring back an old one. */
  readonly outdated_correction: NoParams;
  readonly missing_phone: NoParams;
  /**
   * The assessment is cancelled (or the delivery is a cancellation notice): it can only be sent as a cancellation,
   * with `buildEpikriseCorrection` (ServType C) or `buildDialogCorrection` (issue 21).
   */
  readonly assessment_cancelled: NoParams;
};

/**
 * Every issue code the edi package reports.
 * @example
 * ```ts
 * const code: EdiIssueCode = "too_large";
 * ```
 */
export type EdiIssueCode = keyof EdiIssueParams;

/**
 * An issue of this package, typed per code.
 * @example
 * ```ts
 * const limitOf = (i: EdiIssue) => (i.code === "too_large" ? i.params.limit : undefined);
 * ```
 */
export type EdiIssue = IssueOf<EdiIssueParams>;

const MAKER: IssueMaker<EdiIssueParams> = /* @__PURE__ */ defineIssues<EdiIssueParams>({
  not_xml: {
    en: (p) => `is not well-formed XML (${p.reason}); the sender must send XML 1.0`,
    nb: "er ikke gyldig XML",
    nn: "er ikkje gyldig XML",
  },
  invalid_encoding: {
    en: (p) =>
      `has bytes that are not valid ${p.encoding}, or declares an encoding its bytes contradict; nothing was read`,
    nb: "meldingen har ugyldige tegn for tegnsettet sitt",
    nn: "meldinga har ugyldige teikn for teiknsettet sitt",
  },
  unsupported_encoding: {
    en: "declares an encoding that is not UTF-8, UTF-16 or ISO-8859-1; nothing was read",
    nb: "tegnsettet i meldingen støttes ikke",
    nn: "teiknsettet i meldinga er ikkje støtta",
  },
  reader_internal_error: {
    en: "could not be read because of an error in this SDK, not in the message; keep the message, do not answer it, and report the error",
    nb: "meldingen kunne ikke leses på grunn av en feil i programvaren, ikke i meldingen",
    nn: "meldinga kunne ikkje lesast på grunn av ein feil i programvara, ikkje i meldinga",
  },
  doctype_forbidden: {
    en: "has a DOCTYPE declaration, which messages must not have; it is refused so that no DTD is ever processed",
    nb: "har en DOCTYPE-deklarasjon, som ikke er tillatt",
    nn: "har ein DOCTYPE-deklarasjon, som ikkje er tillaten",
  },
  entity_forbidden: {
    en: "declares entities (possible XXE or entity expansion attack); the message is refused unread",
    nb: "deklarerer entiteter, som ikke er tillatt",
    nn: "deklarerer entitetar, som ikkje er tillatne",
  },
  too_large: {
    en: (p) => `is larger than the limit of ${p.limit} bytes; raise options.maxBytes if this is expected`,
    nb: (p) => `meldingen er større enn grensen på ${p.limit} byte`,
    nn: (p) => `meldinga er større enn grensa på ${p.limit} byte`,
  },
  unsupported_message: {
    en: "the root element is not MsgHead 1.2, Epikrise 1.1/1.2 or AppRec 1.0/1.1 (params.element and params.namespace say what it is)",
    nb: "meldingsformatet støttes ikke",
    nn: "meldingsformatet er ikkje støtta",
  },
  unsupported_payload: {
    en: "the MsgHead payload is not Dialogmelding 1.0/1.1, so its notes are not read (params.element and params.namespace say what it is)",
    nb: "innholdet i meldingen støttes ikke",
    nn: "innhaldet i meldinga er ikkje støtta",
  },
  missing_element: {
    en: (p) => `required element ${p.element} is missing or empty`,
    nb: "et påkrevd element mangler eller er tomt",
    nn: "eit påkravd element manglar eller er tomt",
  },
  invalid_msg_id: {
    en: "is not a UUID; a receiver may reject the message with AppRec error E10",
    nb: "meldingsidentifikatoren er ikke en UUID",
    nn: "meldingsidentifikatoren er ikkje ein UUID",
  },
  insufficient_patient_identification: {
    en: "does not identify the patient: give the name with an FNR, D-number or FH-number, or the name with birth date and sex (AppRec E36)",
    nb: "pasienten er ikke tilstrekkelig identifisert",
    nn: "pasienten er ikkje tilstrekkeleg identifisert",
  },
  unknown_receiver: {
    en: "none of the receiver's HER-ids is one of options.ownHerIds (AppRec E21)",
    nb: "mottakeren finnes ikke her",
    nn: "mottakaren finst ikkje her",
  },
  too_many_issues: TOO_MANY_ISSUES_TEXT,
  no_receipt_for_receipt: {
    en: "is an application receipt (AppRec), and a receipt is never answered with a receipt",
    nb: "er en applikasjonskvittering, og en kvittering skal ikke kvitteres",
    nn: "er ei applikasjonskvittering, og ei kvittering skal ikkje kvitterast",
  },
  correction_mismatch: {
    en: (p) =>
      p.reason === "servtype"
        ? "the message type of change (ServType N, M or C) does not match the corrections the assessment carries"
        : p.reason === "document"
          ? "the document id of the message (ServProvId or DokIdNotat) is not the id of the assessment it carries"
          : "the corrections the assessment carries do not continue those of the stored version, or follow a cancellation",
    nb: (p) =>
      p.reason === "servtype"
        ? "meldingens endringstype stemmer ikke med rettelsene i vurderingen"
        : p.reason === "document"
          ? "meldingens dokumentidentifikator stemmer ikke med vurderingen"
          : "rettelsene i vurderingen følger ikke den lagrede versjonen",
    nn: (p) =>
      p.reason === "servtype"
        ? "endringstypen i meldinga stemmer ikkje med rettingane i vurderinga"
        : p.reason === "document"
          ? "dokumentidentifikatoren i meldinga stemmer ikkje med vurderinga"
          : "rettingane i vurderinga følgjer ikkje den lagra versjonen",
  },
  data_attachment_unreadable: {
    en: (p) =>
      p.reason === "missing"
        ? "the data attachment has no inline content (Base64Container)"
        : p.reason === "base64"
          ? "the data attachment's content is not valid base64"
          : p.reason === "utf8"
            ? "the data attachment's content is not UTF-8 text"
            : "the data attachment's content is not JSON",
    nb: (p) =>
      p.reason === "missing"
        ? "vedlegget med strukturerte data mangler innhold"
        : p.reason === "json"
          ? "vedlegget med strukturerte data er ikke gyldig JSON"
          : "vedlegget med strukturerte data kan ikke dekodes",
    nn: (p) =>
      p.reason === "missing"
        ? "vedlegget med strukturerte data manglar innhald"
        : p.reason === "json"
          ? "vedlegget med strukturerte data er ikkje gyldig JSON"
          : "vedlegget med strukturerte data kan ikkje dekodast",
  },
  data_carriers_disagree: {
    en: "the message carries the assessment twice and the copies differ; none is taken, read the note",
    nb: "meldingen har de strukturerte dataene to ganger, og de er ulike",
    nn: "meldinga har dei strukturerte dataa to gonger, og dei er ulike",
  },
  outdated_correction: {
    en: "an equal or newer version of this assessment is stored already; this one is not applied",
    nb: "en like ny eller nyere versjon av vurderingen er lagret allerede",
    nn: "ein like ny eller nyare versjon av vurderinga er lagra allereie",
  },
  missing_phone: {
    en: "Helsefaglig dialog needs the phone number of the responsible professional: set assessment.conductedBy.phone or envelope.sender.service.phone",
    nb: "telefonnummer til ansvarlig helsepersonell mangler",
    nn: "telefonnummer til ansvarleg helsepersonell manglar",
  },
  assessment_cancelled: {
    en: "the assessment is cancelled and can only be sent as a cancellation: use buildEpikriseCorrection (ServType C) or buildDialogCorrection",
    nb: "vurderingen er annullert og kan bare sendes som en annullering",
    nn: "vurderinga er annullert og kan berre sendast som ei annullering",
  },
});

/**
 * The edi package's issue maker: its codes ({@link EdiIssueParams}) with their nb/nn/en texts, registered with the
 * model's `formatIssue`. `format` is kept for existing callers.
 * @example
 * ```ts
 * const issue = EDI_ISSUES.issue("too_large", [], { limit: 5_000_000 });
 * formatIssue(issue, "nb"); // "(root): meldingen er større enn grensen på 5000000 byte"
 * ```
 */
export const EDI_ISSUES: IssueMaker<EdiIssueParams> & {
  /**
   * End-user text for an issue in nb, nn or en.
   * @deprecated Use `formatIssue` from `@pakkeforlop-hjem/model`, which formats the issues of every package;
   * removed in 1.0.
   */
  readonly format: (issue: Issue<string>, lang?: Lang) => string;
} = { ...MAKER, format: formatIssue };
