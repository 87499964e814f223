/**
 * Issue codes of the edi package (ARCHITECTURE.md "Errors"): snake_case, API, texts from code and params only. No
 * text ever holds a value from the message (names, identifiers, note text): only element names, limits and codes.
 */
import { createIssueFormatter, type IssueFormatter } from "@pakkeforlop-hjem/model";

/**
 * Every issue code the edi package reports.
 * - Fatal for `parseMessage` (no message could be read): `not_xml`, `doctype_forbidden`, `entity_forbidden`,
 *   `too_large`, `unsupported_message`.
 * - Findings on a message that was read (in `ParsedMessage.issues`): `unsupported_payload`, `missing_element`,
 *   `invalid_msg_id`, `insufficient_patient_identification`, `unknown_receiver`.
 * - Builders: `missing_phone`, `insufficient_patient_identification`.
 */
export type EdiIssueCode =
  | "not_xml"
  | "doctype_forbidden"
  | "entity_forbidden"
  | "too_large"
  | "unsupported_message"
  | "unsupported_payload"
  | "missing_element"
  | "invalid_msg_id"
  | "insufficient_patient_identification"
  | "unknown_receiver"
  | "missing_phone";

/**
 * Makes and formats edi issues in nb, nn and en.
 * @example
 * ```ts
 * const issue = EDI_ISSUES.issue("too_large", [], { limit: 5_000_000 });
 * EDI_ISSUES.format(issue, "nb"); // "(root): meldingen er større enn grensen på 5000000 byte"
 * ```
 */
export const EDI_ISSUES: IssueFormatter<EdiIssueCode> = createIssueFormatter<EdiIssueCode>({
  not_xml: {
    en: (p) => `is not well-formed XML (${String(p["reason"] ?? "unreadable")}); the sender must send XML 1.0`,
    nb: () => "er ikke gyldig XML",
    nn: () => "er ikkje gyldig XML",
  },
  doctype_forbidden: {
    en: () => "has a DOCTYPE declaration, which messages must not have; it is refused so that no DTD is ever processed",
    nb: () => "har en DOCTYPE-deklarasjon, som ikke er tillatt",
    nn: () => "har ein DOCTYPE-deklarasjon, som ikkje er tillaten",
  },
  entity_forbidden: {
    en: () => "declares entities (possible XXE or entity expansion attack); the message is refused unread",
    nb: () => "deklarerer entiteter, som ikke er tillatt",
    nn: () => "deklarerer entitetar, som ikkje er tillatne",
  },
  too_large: {
    en: (p) => `is larger than the limit of ${String(p["limit"])} bytes; raise options.maxBytes if this is expected`,
    nb: (p) => `meldingen er større enn grensen på ${String(p["limit"])} byte`,
    nn: (p) => `meldinga er større enn grensa på ${String(p["limit"])} byte`,
  },
  unsupported_message: {
    en: (p) =>
      `root element ${String(p["element"])} in namespace "${String(p["namespace"])}" is not MsgHead 1.2, Epikrise 1.1/1.2 or AppRec 1.0/1.1`,
    nb: () => "meldingsformatet støttes ikke",
    nn: () => "meldingsformatet er ikkje støtta",
  },
  unsupported_payload: {
    en: (p) =>
      `the MsgHead payload ${String(p["element"])} in namespace "${String(p["namespace"])}" is not Dialogmelding 1.0/1.1; its notes are not read`,
    nb: () => "innholdet i meldingen støttes ikke",
    nn: () => "innhaldet i meldinga er ikkje støtta",
  },
  missing_element: {
    en: (p) => `required element ${String(p["element"])} is missing or empty`,
    nb: (p) => `påkrevd element ${String(p["element"])} mangler`,
    nn: (p) => `påkravd element ${String(p["element"])} manglar`,
  },
  invalid_msg_id: {
    en: () => "is not a UUID; a receiver may reject the message with AppRec error E10",
    nb: () => "meldingsidentifikatoren er ikke en UUID",
    nn: () => "meldingsidentifikatoren er ikkje ein UUID",
  },
  insufficient_patient_identification: {
    en: () =>
      "does not identify the patient: give the name with an FNR, D-number or FH-number, or the name with birth date and sex (AppRec E36)",
    nb: () => "pasienten er ikke tilstrekkelig identifisert",
    nn: () => "pasienten er ikkje tilstrekkeleg identifisert",
  },
  unknown_receiver: {
    en: () => "none of the receiver's HER-ids is one of options.ownHerIds (AppRec E21)",
    nb: () => "mottakeren finnes ikke her",
    nn: () => "mottakaren finst ikkje her",
  },
  missing_phone: {
    en: () =>
      "Helsefaglig dialog needs the phone number of the responsible professional: set assessment.conductedBy.phone or envelope.sender.service.phone",
    nb: () => "telefonnummer til ansvarlig helsepersonell mangler",
    nn: () => "telefonnummer til ansvarleg helsepersonell manglar",
  },
});
