/**
 * Norwegian identifiers (DOMAIN.md §6; research/messaging.md §8). Pure functions: no clock is read, so a
 * caller that wants "not born in the future" passes `today`.
 */
import { isRealCalendarDate } from "./internal/calendar.ts";

/**
 * FHIR `Identifier.system` values (OIDs) for the identifiers the SDK knows (DOMAIN.md §6).
 * @example
 * ```ts
 * const patientId = { system: IDENTIFIER_SYSTEMS.fnr, value: "01015000232" };
 * ```
 */
export const IDENTIFIER_SYSTEMS: {
  readonly fnr: "urn:oid:2.16.578.1.12.4.1.4.1";
  readonly dnr: "urn:oid:2.16.578.1.12.4.1.4.2";
  readonly fhn: "urn:oid:2.16.578.1.12.4.1.4.3";
  readonly hpr: "urn:oid:2.16.578.1.12.4.1.4.4";
  readonly duf: "urn:oid:2.16.578.1.12.4.1.4.5";
  readonly her: "urn:oid:2.16.578.1.12.4.1.2";
  readonly orgnr: "urn:oid:2.16.578.1.12.4.1.4.101";
} = {
  fnr: "urn:oid:2.16.578.1.12.4.1.4.1",
  dnr: "urn:oid:2.16.578.1.12.4.1.4.2",
  fhn: "urn:oid:2.16.578.1.12.4.1.4.3",
  hpr: "urn:oid:2.16.578.1.12.4.1.4.4",
  duf: "urn:oid:2.16.578.1.12.4.1.4.5",
  her: "urn:oid:2.16.578.1.12.4.1.2",
  orgnr: "urn:oid:2.16.578.1.12.4.1.4.101",
};

/**
 * Kinds of Norwegian identifier. `hnr` (H-nummer) has no national OID: it is valid only inside the issuing
 * enterprise, so it can be checked here but is not an `Identifier.system` of its own.
 */
export type NorwegianIdKind = "fnr" | "dnr" | "hnr" | "fhn" | "duf" | "hpr" | "her" | "orgnr";

/** An identifier in FHIR style: `{ system, value }`. */
export interface Identifier {
  readonly system: string;
  readonly value: string;
}

/** Which synthetic test-number family an 11-digit number belongs to (DOMAIN.md §6: month +40 or +80). */
export type TestNumberFamily = "none" | "nav" | "tenor";

/** Why an identifier was rejected. These are the `params.reason` of an `invalid_identifier` issue. */
export type IdentifierFailure =
  | "length"
  | "characters"
  | "check_digit"
  | "birth_date"
  | "kind_mismatch"
  | "unknown_system"
  | "test_number_not_allowed"
  | "future_birth_date";

/** Options for identifier checks. */
export interface IdentifierOptions {
  /** Accept synthetic test numbers (NAV/Dolly month +40, Skatteetaten/Tenor month +80). Default `false`. */
  readonly allowTestNumbers?: boolean;
  /** ISO date `YYYY-MM-DD`; when given, a birth date after it is rejected. No clock is read otherwise. */
  readonly today?: string;
}

/** The outcome of {@link validateNorwegianId}. */
export type IdentifierCheck =
  | {
      readonly valid: true;
      readonly kind: NorwegianIdKind;
      /** ISO birth date for FNR, D-nummer and H-nummer; absent for the rest. */
      readonly birthDate?: string;
      readonly testNumber: TestNumberFamily;
      /** `true` when only the 2032 control-digit rule accepts the number. */
      readonly rule2032: boolean;
    }
  | {
      readonly valid: false;
      /** The kind that was checked; absent when the system names no identifier the SDK knows. */
      readonly kind?: NorwegianIdKind;
      readonly reason: IdentifierFailure;
    };

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
const WORG = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const DIGITS = /^[0-9]+$/;

function digitsOf(value: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    out.push(value.charCodeAt(i) - 48);
  }
  return out;
}

function weighted(d: readonly number[], w: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    s += (d[i] as number) * (w[i] as number);
  }
  return s;
}

/**
 * Checks the two mod-11 control digits of an 11-digit FNR/D/H/FH number (HIS 1001). From 2032 K1 may also
 * leave remainder 1, 2 or 3 (Skatteetaten); K2 is unchanged. Returns "classic", "2032" or `undefined`.
 * @example
 * ```ts
 * checkPersonNumberDigits("01015000232"); // "classic"
 * ```
 */
export function checkPersonNumberDigits(value: string): "classic" | "2032" | undefined {
  if (value.length !== 11 || !DIGITS.test(value)) {
    return undefined;
  }
  const d = digitsOf(value);
  const r1 = (weighted(d, W1) + (d[9] as number)) % 11;
  const r2 = (weighted(d, W2) + (d[10] as number)) % 11;
  if (r2 !== 0) {
    return undefined;
  }
  if (r1 === 0) {
    return "classic";
  }
  return r1 <= 3 ? "2032" : undefined;
}

/**
 * Computes the two classic control digits for a 9-digit stem, or `undefined` when the stem has none (K = 10).
 * Useful to make synthetic test data.
 * @example
 * ```ts
 * controlDigitsFor("010150002"); // "32"
 * ```
 */
export function controlDigitsFor(stem: string): string | undefined {
  if (stem.length !== 9 || !DIGITS.test(stem)) {
    return undefined;
  }
  const d = digitsOf(stem);
  let k1 = 11 - (weighted(d, W1) % 11);
  if (k1 === 11) {
    k1 = 0;
  }
  if (k1 === 10) {
    return undefined;
  }
  d.push(k1);
  let k2 = 11 - (weighted(d, W2) % 11);
  if (k2 === 11) {
    k2 = 0;
  }
  if (k2 === 10) {
    return undefined;
  }
  return `${k1}${k2}`;
}

/**
 * Classifies an 11-digit person number by its digits (HIS 1001): first digit 8/9 FH-nummer, 4–7 D-nummer,
 * third digit 4/5 H-nummer, else FNR. NAV's synthetic numbers (+40 on the month) look exactly like H-numbers;
 * use {@link validateNorwegianId} with the kind you expect rather than guessing.
 * @example
 * ```ts
 * classifyPersonNumber("01015000232"); // "fnr"
 * ```
 */
export function classifyPersonNumber(value: string): "fnr" | "dnr" | "hnr" | "fhn" | undefined {
  if (value.length !== 11 || !DIGITS.test(value)) {
    return undefined;
  }
  const first = value.charCodeAt(0) - 48;
  const third = value.charCodeAt(2) - 48;
  if (first >= 8) {
    return "fhn";
  }
  if (first >= 4) {
    return "dnr";
  }
  if (third === 4 || third === 5) {
    return "hnr";
  }
  return "fnr";
}

/** Century from the individual number (digits 7–9) and the two-digit year (research/messaging.md §8). */
function centuryOf(individual: number, yy: number): number | undefined {
  if (individual <= 499) {
    return 1900;
  }
  if (individual >= 500 && individual <= 749 && yy >= 55) {
    return 1800;
  }
  if (individual >= 900 && yy >= 40) {
    return 1900;
  }
  if (individual >= 500 && yy < 40) {
    return 2000;
  }
  return undefined;
}

interface DecodedDate {
  readonly birthDate: string | undefined;
  readonly testNumber: TestNumberFamily;
}

function decodeBirthDate(value: string, dayOffset: number, monthOffsetNormal: number): DecodedDate {
  let day = Number(value.slice(0, 2)) - dayOffset;
  let month = Number(value.slice(2, 4)) - monthOffsetNormal;
  let testNumber: TestNumberFamily = "none";
  if (month >= 81 && month <= 92) {
    month -= 80;
    testNumber = "tenor";
  } else if (month >= 41 && month <= 52 && monthOffsetNormal === 0) {
    month -= 40;
    testNumber = "nav";
  }
  const yy = Number(value.slice(4, 6));
  const century = centuryOf(Number(value.slice(6, 9)), yy);
  if (century === undefined) {
    return { birthDate: undefined, testNumber };
  }
  const year = century + yy;
  if (!isRealCalendarDate(year, month, day)) {
    return { birthDate: undefined, testNumber };
  }
  day = Math.trunc(day);
  return {
    birthDate: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    testNumber,
  };
}

/**
 * Birth date encoded in an FNR, D-nummer or H-nummer, or `undefined` when there is none (FH-nummer) or it is not
 * a real date. Synthetic test numbers decode too.
 * @example
 * ```ts
 * birthDateFromPersonNumber("01015000232"); // "1950-01-01"
 * ```
 */
export function birthDateFromPersonNumber(value: string): string | undefined {
  const kind = classifyPersonNumber(value);
  if (kind === undefined || kind === "fhn") {
    return undefined;
  }
  const decoded = decodeBirthDate(value, kind === "dnr" ? 40 : 0, kind === "hnr" ? 40 : 0);
  return decoded.birthDate;
}

/**
 * Validates a Norwegian identifier of the given kind: length, digits, control digits (both the classic and the
 * 2032 rule), the encoded birth date and century, and the synthetic test-number policy. HPR and HER-id have no
 * control digit and are checked as digits only; DUF is checked for format only (DOMAIN.md §6).
 * @example
 * ```ts
 * validateNorwegianId("fnr", "01015000232"); // { valid: true, kind: "fnr", birthDate: "1950-01-01", ... }
 * validateNorwegianId("orgnr", "974760673"); // { valid: true, kind: "orgnr", ... }
 * ```
 */
export function validateNorwegianId(
  kind: NorwegianIdKind,
  value: string,
  options: IdentifierOptions = {},
): IdentifierCheck {
  const fail = (reason: IdentifierFailure): IdentifierCheck => ({ valid: false, kind, reason });
  const ok = (birthDate: string | undefined, testNumber: TestNumberFamily, rule2032: boolean): IdentifierCheck =>
    birthDate === undefined
      ? { valid: true, kind, testNumber, rule2032 }
      : { valid: true, kind, birthDate, testNumber, rule2032 };
  if (!DIGITS.test(value)) {
    return fail("characters");
  }
  switch (kind) {
    case "hpr":
      return value.length >= 1 && value.length <= 9 ? ok(undefined, "none", false) : fail("length");
    case "her":
      return value.length >= 1 && value.length <= 9 ? ok(undefined, "none", false) : fail("length");
    case "duf":
      return value.length === 12 ? ok(undefined, "none", false) : fail("length");
    case "orgnr": {
      if (value.length !== 9) {
        return fail("length");
      }
      const d = digitsOf(value);
      const r = weighted(d, WORG) % 11;
      const check = r === 0 ? 0 : 11 - r;
      return r !== 1 && check === d[8] ? ok(undefined, "none", false) : fail("check_digit");
    }
    default:
      return validatePersonNumber(kind, value, options, fail, ok);
  }
}

function validatePersonNumber(
  kind: "fnr" | "dnr" | "hnr" | "fhn",
  value: string,
  options: IdentifierOptions,
  fail: (reason: IdentifierFailure) => IdentifierCheck,
  ok: (birthDate: string | undefined, testNumber: TestNumberFamily, rule2032: boolean) => IdentifierCheck,
): IdentifierCheck {
  if (value.length !== 11) {
    return fail("length");
  }
  const digitsRule = checkPersonNumberDigits(value);
  if (digitsRule === undefined) {
    return fail("check_digit");
  }
  const first = value.charCodeAt(0) - 48;
  const third = value.charCodeAt(2) - 48;
  if (kind === "fhn") {
    return first >= 8 ? ok(undefined, "none", digitsRule === "2032") : fail("kind_mismatch");
  }
  if (kind === "dnr" ? first < 4 || first > 7 : first > 3) {
    return fail("kind_mismatch");
  }
  if (kind === "hnr" && third !== 4 && third !== 5) {
    return fail("kind_mismatch");
  }
  const decoded = decodeBirthDate(value, kind === "dnr" ? 40 : 0, kind === "hnr" ? 40 : 0);
  if (decoded.birthDate === undefined) {
    return fail("birth_date");
  }
  if (decoded.testNumber !== "none" && options.allowTestNumbers !== true) {
    return fail("test_number_not_allowed");
  }
  if (options.today !== undefined && decoded.birthDate > options.today) {
    return fail("future_birth_date");
  }
  return ok(decoded.birthDate, decoded.testNumber, digitsRule === "2032");
}

/**
 * The identifier kind behind a FHIR system, or `undefined` for a system the SDK does not know.
 * @example
 * ```ts
 * identifierKindOfSystem("urn:oid:2.16.578.1.12.4.1.4.101"); // "orgnr"
 * ```
 */
export function identifierKindOfSystem(system: string): Exclude<NorwegianIdKind, "hnr"> | undefined {
  for (const [kind, s] of Object.entries(IDENTIFIER_SYSTEMS)) {
    if (s === system) {
      return kind as Exclude<NorwegianIdKind, "hnr">;
    }
  }
  return undefined;
}

/**
 * Validates a `{ system, value }` identifier by its system. An unknown system is reported as `unknown_system`,
 * without a kind.
 * @example
 * ```ts
 * validateIdentifier({ system: IDENTIFIER_SYSTEMS.orgnr, value: "974760673" }).valid; // true
 * ```
 */
export function validateIdentifier(identifier: Identifier, options: IdentifierOptions = {}): IdentifierCheck {
  const kind = identifierKindOfSystem(identifier.system);
  if (kind === undefined) {
    return { valid: false, reason: "unknown_system" };
  }
  return validateNorwegianId(kind, identifier.value, options);
}

/** A KITH code for an identifier type: `V` and `S` of a `TypeId` element. */
export interface KithIdType {
  /** The code, e.g. `FNR`. */
  readonly code: string;
  /** The code list OID, 8116 for persons and 9051 for organisations. */
  readonly codeSystem: "2.16.578.1.12.4.1.1.8116" | "2.16.578.1.12.4.1.1.9051";
  /** Norwegian display name (`DN`). */
  readonly display: string;
}

const KITH_8116 = "2.16.578.1.12.4.1.1.8116" as const;
const KITH_9051 = "2.16.578.1.12.4.1.1.9051" as const;

const PERSON_KITH: Readonly<Record<string, KithIdType>> = /* @__PURE__ */ (() => ({
  [IDENTIFIER_SYSTEMS.fnr]: { code: "FNR", codeSystem: KITH_8116, display: "Fødselsnummer" },
  [IDENTIFIER_SYSTEMS.dnr]: { code: "DNR", codeSystem: KITH_8116, display: "D-nummer" },
  [IDENTIFIER_SYSTEMS.fhn]: { code: "FHN", codeSystem: KITH_8116, display: "Felles hjelpenummer" },
  [IDENTIFIER_SYSTEMS.duf]: { code: "DUF", codeSystem: KITH_8116, display: "DUF-nummer" },
  [IDENTIFIER_SYSTEMS.hpr]: { code: "HPR", codeSystem: KITH_8116, display: "HPR-nummer" },
  [IDENTIFIER_SYSTEMS.her]: { code: "HER", codeSystem: KITH_8116, display: "HER-id" },
}))();

const ORG_KITH: Readonly<Record<string, KithIdType>> = /* @__PURE__ */ (() => ({
  [IDENTIFIER_SYSTEMS.her]: { code: "HER", codeSystem: KITH_9051, display: "HER-id" },
  [IDENTIFIER_SYSTEMS.orgnr]: {
    code: "ENH",
    codeSystem: KITH_9051,
    display: "Organisasjonsnummeret i Enhetsregisteret",
  },
}))();

/**
 * Maps a FHIR identifier system (OID) to the KITH `TypeId` code used in XML messages: kodeverk 8116 for persons,
 * 9051 for organisations (DOMAIN.md §6). `undefined` when the system has no KITH code for that party.
 * @example
 * ```ts
 * systemToKithIdType(IDENTIFIER_SYSTEMS.fnr, "person"); // { code: "FNR", codeSystem: "2.16.578.1.12.4.1.1.8116", ... }
 * ```
 */
export function systemToKithIdType(system: string, party: "person" | "organisation"): KithIdType | undefined {
  return (party === "person" ? PERSON_KITH : ORG_KITH)[system];
}

/**
 * Maps a KITH `TypeId` code back to a FHIR identifier system. Lenient, as parsers must be (DOMAIN.md §6): the
 * code is matched case-insensitively and the code list (`S`) may be 8116, 9051, the old 8268, or missing.
 * @example
 * ```ts
 * kithIdTypeToSystem("FNR"); // "urn:oid:2.16.578.1.12.4.1.4.1"
 * kithIdTypeToSystem("ENH", "2.16.578.1.12.4.1.1.9051"); // "urn:oid:2.16.578.1.12.4.1.4.101"
 * ```
 */
export function kithIdTypeToSystem(code: string, _codeSystem?: string): string | undefined {
  switch (code.trim().toUpperCase()) {
    case "FNR":
      return IDENTIFIER_SYSTEMS.fnr;
    case "DNR":
      return IDENTIFIER_SYSTEMS.dnr;
    case "FHN":
      return IDENTIFIER_SYSTEMS.fhn;
    case "DUF":
      return IDENTIFIER_SYSTEMS.duf;
    case "HPR":
      return IDENTIFIER_SYSTEMS.hpr;
    case "HER":
      return IDENTIFIER_SYSTEMS.her;
    case "ENH":
      return IDENTIFIER_SYSTEMS.orgnr;
    default:
      return undefined;
  }
}
