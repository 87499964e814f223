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
} from "@pakkeforlop-hjem/model";

/**
 * The params of every issue code the edi package reports, by code.
 * - Fatal for `parseMessage` (no message could be read): `not_xml`, `doctype_forbidden`, `entity_forbidden`,
 *   `too_large`, `unsupported_message`.
 * - Findings on a message that was read (in `ParsedMessage.issues`): `unsupported_payload`, `missing_element`,
 *   `invalid_msg_id`, `insufficient_patient_identification`, `unknown_receiver`.
 * - Builders: `missing_phone`, `insufficient_patient_identification`, `assessment_cancelled`.
 */
export type EdiIssueParams = {
  /** `reason`: a short English reason for developers (`not well-formed`, `no root element`, ...). */
  readonly not_xml: { readonly reason: string };
  readonly doctype_forbidden: NoParams;
  readonly entity_forbidden: NoParams;
  /** `limit`: the size limit in bytes. */
  readonly too_large: { readonly limit: number };
  /** The root element (at most 40 characters) and its namespace (at most 80). */
  readonly unsupported_message: { readonly element: string; readonly namespace: string };
  /** The payload element (at most 40 characters) and its namespace (at most 80). */
  readonly unsupported_payload: { readonly element: string; readonly namespace: string };
  readonly missing_element: { readonly element: string };
  readonly invalid_msg_id: NoParams;
  readonly insufficient_patient_identification: NoParams;
  readonly unknown_receiver: NoParams;
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
    en: (p) =>
      `root element ${p.element} in namespace "${p.namespace}" is not MsgHead 1.2, Epikrise 1.1/1.2 or AppRec 1.0/1.1`,
    nb: "meldingsformatet støttes ikke",
    nn: "meldingsformatet er ikkje støtta",
  },
  unsupported_payload: {
    en: (p) =>
      `the MsgHead payload ${p.element} in namespace "${p.namespace}" is not Dialogmelding 1.0/1.1; its notes are not read`,
    nb: "innholdet i meldingen støttes ikke",
    nn: "innhaldet i meldinga er ikkje støtta",
  },
  missing_element: {
    en: (p) => `required element ${p.element} is missing or empty`,
    nb: (p) => `påkrevd element ${p.element} mangler`,
    nn: (p) => `påkravd element ${p.element} manglar`,
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
