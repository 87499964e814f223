/**
 * Named string formats. Each one is used three ways from this one table: by the zod schema (`z.stringFormat`), by
 * the precompiled validator, and by JSON Schema consumers (the emitted schema names the format; vendors register
 * {@link createFormats} with Ajv or their own validator). Rules JSON Schema cannot state, such as check digits,
 * live here (ARCHITECTURE.md "Generated artifacts").
 */

import { type IdentifierOptions, type NorwegianIdKind, validateNorwegianId } from "./identifiers.ts";
import { daysInMonth as calendarDaysInMonth, isRealCalendarDate } from "./internal/calendar.ts";

/** A format check: `true` when the string is acceptable. */
export type FormatCheck = (value: string) => boolean;

/**
 * The identifier formats, by format name, and the identifier kind each one checks.
 * @example
 * ```ts
 * IDENTIFIER_FORMATS["no-orgnr"]; // "orgnr"
 * ```
 */
export const IDENTIFIER_FORMATS: Readonly<Record<string, Exclude<NorwegianIdKind, "hnr">>> = {
  "no-fnr": "fnr",
  "no-dnr": "dnr",
  "no-fhn": "fhn",
  "no-duf": "duf",
  "no-hpr": "hpr",
  "no-her-id": "her",
  "no-orgnr": "orgnr",
};

/**
 * Regular expressions behind the pattern formats. They are also emitted as `pattern` in JSON Schema.
 * @example
 * ```ts
 * FORMAT_PATTERNS["icd10-neoplasm"].test("C50.4"); // true
 * ```
 */
export const FORMAT_PATTERNS: {
  readonly line: RegExp;
  readonly text: RegExp;
  readonly token: RegExp;
  readonly version: RegExp;
  readonly phone: RegExp;
  readonly lang: RegExp;
  readonly "icd10-neoplasm": RegExp;
} = {
  /**
   * One line of text (names, short labels): no control characters, no noncharacters (U+FDD0–U+FDEF, U+FFFE,
   * U+FFFF), no line breaks, at least one visible character. Only characters valid in XML 1.0, so every renderer can carry it unchanged (uses the `u` flag).
   */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to exclude control characters.
  line: /^(?=[\s\S]*\S)[^\u0000-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]*$/u,
  /** Free text: as `line`, but tabs and line breaks are allowed. */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to exclude control characters.
  text: /^(?=[\s\S]*\S)[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]*$/u,
  /** Ids chosen by systems: letters, digits and `.-_:`, 1–64 characters. */
  token: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/,
  /** Instrument and rule versions: `1`, `1.0`, `2022.1`. */
  version: /^[0-9]+(\.[0-9]+){0,2}$/,
  /** Phone numbers as written in Norway: optional `+`, digits and single spaces, 3–20 characters. */
  phone: /^\+?[0-9]( ?[0-9]){2,18}$/,
  /** BCP 47 language tag, simplified: `nb`, `nn`, `se`, `en-GB`, `pt-BR`. */
  lang: /^[a-z]{2,3}(-[A-Z]{2})?$/,
  /**
   * ICD-10 codes of the cancer chapters, with an optional subdivision (DOMAIN.md §1: every new cancer diagnosis;
   * §5 "Pilots"): malignant C00–C97, in situ D00–D09, and uncertain or unknown behaviour D37–D48 (which a regional
   * profile decides whether to include). Benign tumours D10–D36 (e.g. D12.6, D25.9) and C98–C99 are refused.
   */
  "icd10-neoplasm": /^(C[0-8][0-9]|C9[0-7]|D0[0-9]|D3[7-9]|D4[0-8])(\.[0-9]{1,2})?$/,
};

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * ISO 8601 / RFC 3339 date-time with seconds and a zone (`Z` or `+01:00`), on a real calendar day. Stricter than
 * RFC 3339 (no lowercase `t`/`z`, no leap second), so every value accepted here is a JSON Schema `date-time`.
 * @example
 * ```ts
 * isDateTime("2026-03-10T10:30:00+01:00"); // true
 * isDateTime("2026-03-10T10:30Z"); // false: seconds are required
 * ```
 */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (m === null) {
    return false;
  }
  return isRealCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The number of days in a month (1–12) of a year of the Gregorian calendar: the one calendar rule the SDK uses (date
 * formats, identifiers, the pathway's month arithmetic).
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2100, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  return calendarDaysInMonth(year, month);
}

/** The number written by the ASCII digits `value[from..from + count)`, or -1 when one is not a digit. */
function digits(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) {
      return -1;
    }
    n = n * 10 + c;
  }
  return n;
}

/**
 * ISO calendar date `YYYY-MM-DD` on a real day.
 * @example
 * ```ts
 * isDate("2024-02-29"); // true
 * isDate("2023-02-29"); // false
 * ```
 */
export function isDate(value: string): boolean {
  // `/^(\d{4})-(\d{2})-(\d{2})$/` read by hand: no match array per call (renderers and rules call this often).
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    return false;
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && isRealCalendarDate(year, month, day);
}

/**
 * Every named format with its check. Identifier formats take the identifier options (synthetic test numbers
 * are refused unless `allowTestNumbers` is set).
 * @example
 * ```ts
 * import Ajv from "ajv";
 * const ajv = new Ajv();
 * for (const [name, check] of Object.entries(createFormats())) ajv.addFormat(name, check);
 * ```
 */
export function createFormats(options: IdentifierOptions = {}): Readonly<Record<string, FormatCheck>> {
  const out: Record<string, FormatCheck> = {};
  for (const [name, kind] of Object.entries(IDENTIFIER_FORMATS)) {
    out[name] = (value) => validateNorwegianId(kind, value, options).valid;
  }
  for (const [name, re] of Object.entries(FORMAT_PATTERNS)) {
    out[name] = (value) => re.test(value);
  }
  out["date-time"] = isDateTime;
  out["date"] = isDate;
  return out;
}
