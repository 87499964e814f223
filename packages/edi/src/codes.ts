/**
 * KITH code lists and namespaces used by the builders and the parser (messaging.md §2–§5, DOMAIN.md §6). Codes are
 * read as "known codes", never as closed enumerations: the parser accepts any code, the builders emit only these.
 */

/**
 * Namespaces of the messages this package reads and writes (messaging.md §1–§6; shared/standards/xsd/README.md).
 * @example
 * ```ts
 * NAMESPACES.dialog11; // "http://www.kith.no/xmlstds/dialog/2013-01-23"
 * ```
 */
export const NAMESPACES: {
  readonly msgHead: "http://www.kith.no/xmlstds/msghead/2006-05-24";
  readonly dialog10: "http://www.kith.no/xmlstds/dialog/2006-10-11";
  readonly dialog11: "http://www.kith.no/xmlstds/dialog/2013-01-23";
  readonly epikrise11: "http://www.kith.no/xmlstds/epikrise/2006-09-23";
  readonly epikrise12: "http://www.kith.no/xmlstds/epikrise/2012-02-15";
  readonly appRec10: "http://www.kith.no/xmlstds/apprec/2004-11-21";
  readonly appRec11: "http://www.kith.no/xmlstds/apprec/2012-02-15";
  readonly base64: "http://www.kith.no/xmlstds/base64container";
  readonly fk1: "http://www.kith.no/xmlstds/felleskomponent1";
  readonly xhtml: "http://www.w3.org/1999/xhtml";
} = {
  msgHead: "http://www.kith.no/xmlstds/msghead/2006-05-24",
  dialog10: "http://www.kith.no/xmlstds/dialog/2006-10-11",
  dialog11: "http://www.kith.no/xmlstds/dialog/2013-01-23",
  epikrise11: "http://www.kith.no/xmlstds/epikrise/2006-09-23",
  epikrise12: "http://www.kith.no/xmlstds/epikrise/2012-02-15",
  appRec10: "http://www.kith.no/xmlstds/apprec/2004-11-21",
  appRec11: "http://www.kith.no/xmlstds/apprec/2012-02-15",
  base64: "http://www.kith.no/xmlstds/base64container",
  fk1: "http://www.kith.no/xmlstds/felleskomponent1",
  xhtml: "http://www.w3.org/1999/xhtml",
};

/** The OID of KITH code list `nnnn` is `2.16.578.1.12.4.1.1.nnnn` (messaging.md §4). */
export const kithOid = (list: string): string => `2.16.578.1.12.4.1.1.${list}`;

export const OID_7322: string = kithOid("7322");
export const OID_8116: string = kithOid("8116");
export const OID_9034: string = kithOid("9034");
export const OID_9051: string = kithOid("9051");
export const OID_9057: string = kithOid("9057");
export const OID_8221: string = kithOid("8221");

/**
 * Errors an AppRec can carry, kodeverk 8221 "Feilmeldinger for applikasjonskvittering – generelle" (messaging.md §4,
 * §5). The receiver SHALL reject with E10 and E36 and MAY reject with T01, T02, T10 and E21.
 */
export type AppRecErrorCode = "T01" | "T02" | "T10" | "T99" | "E10" | "E21" | "E35" | "E36" | "X99";

/**
 * Display text (DN) of the 8221 codes this package writes.
 * @example
 * ```ts
 * APPREC_ERRORS.E36; // "Pasientopplysninger er utilstrekkelige"
 * ```
 */
export const APPREC_ERRORS: Readonly<Record<AppRecErrorCode, string>> = {
  T01: 'Ikke XML / ikke "well formed" / uleselig',
  T02: "XML validerer ikke",
  T10: "Støtter ikke meldingsformatet",
  T99: "Annen feil på format",
  E10: "Ugyldig meldingsidentifikator",
  E21: "Mottaker finnes ikke",
  E35: "Pasienten finnes ikke i mottakersystemet",
  E36: "Pasientopplysninger er utilstrekkelige",
  X99: "Annen feil",
};

/** Kodeverk 8279 display texts of the message types this package writes (messaging.md §3 table). */
export const MESSAGE_TYPES: Readonly<Record<string, string>> = {
  DIALOG_HELSEFAGLIG: "Helsefaglig dialog",
  DIALOG_NOTAT: "Notat",
  DIALOG_FORESPORSEL: "Forespørsel",
  DIALOG_SVAR: "Svar på forespørsel",
  DIALOG_AVVIK: "Tilbakemelding om feil i mottatt melding",
  EPIKRISE: "Epikrise",
  APPREC: "Applikasjonskvittering",
};
