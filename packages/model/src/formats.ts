/**
 * Named string formats. Each one is used three ways from this one table: by the zod schema (`z.stringFormat`), by
 * the precompiled validator, and by JSON Schema consumers (the emitted schema names the format; vendors register
 * {@link createFormats} with Ajv or their own validator). Rules JSON Schema cannot state, such as check digits,
 * live here (ARCHITECTURE.md "Generated artifacts").
 */

import { type IdentifierOptions, type NorwegianIdKind, validateNorwegianId } from "./identifiers.ts";
import { daysInMonth as calendarDaysInMonth, isRealCalendarDate } from "./internal/calendar.ts";

/**
 * The length of a string in Unicode code points: a surrogate pair counts once, a lone surrogate once, a combining
 * mark once (it is a code point of its own). The one length unit of the SDK (issue 21): `LIMITS`, the zod
 * schema, the precompiled validator and the JSON Schema's `minLength`/`maxLength` all count this way.
 * @example
 * ```ts
 * codePointLength("😀"); // 1 ("😀".length is 2)
 * codePointLength("e\u0301"); // 2
 * ```
 */
export function codePointLength(x: string): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < x.length) {
      const d = x.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
      }
    }
    n++;
  }
  return n;
}

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
 * The end of the string, written so that it means the same in every regex dialect: "no character follows". `$` is not
 * used because in Python (`re`), .NET and Java it also matches before a final line break, so `"C50\n"` would pass
 * there (issue 21). `[\d\D]` is any character in every dialect (whatever each counts as a digit).
 */
const END = "(?![\\d\\D])";

/**
 * The characters a `line` or `text` may never hold, spelled out (no `\s`, whose members differ between dialects):
 * C0 controls except those a kind allows, DEL and C1 controls, the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF.
 */
const FORBIDDEN_LINE = "\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF";
const FORBIDDEN_TEXT = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF";
/**
 * Whitespace, spelled out: space, the C0/C1 controls, no-break space, ogham space, U+2000–U+200A, line and paragraph
 * separators, narrow no-break space, medium mathematical space, ideographic space and the byte-order mark U+FEFF
 * (exactly what ECMAScript's `\s` holds, which Python's `\s` does not).
 */
const SPACE = "\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
/**
 * One code point of a kind: an allowed character outside the surrogate range, or a high surrogate followed by a low
 * one (how .NET, which matches UTF-16 units, sees a character beyond U+FFFF; in code-point dialects the pair is one
 * character and takes the first branch). A lone surrogate never matches.
 */
const unit = (forbidden: string): string => `(?:[^${forbidden}\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])`;
/**
 * At least one visible character: a lazy scan to a character that is neither forbidden nor whitespace (`space`).
 * A function like `unit`, so a bundle without the patterns leaves the text out.
 */
const visible = (space: string): string =>
  `(?=[\\d\\D]*?[^${space}\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]|[\\d\\D]*?[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])`;

/**
 * Regular expressions behind the pattern formats. They are also emitted as `pattern` in JSON Schema, and are written
 * to mean the same in ECMAScript (with or without the `u` flag), Python `re`, .NET, Java/Kotlin and PCRE (issue 21):
 * anchored with `^` and `(?![\d\D])` ("no character follows") instead of `$`, character classes spelled out
 * instead of `\s`, `\d` or `\w`, and only `\uXXXX` escapes. (RE2 dialects such as Go's have no lookahead; they
 * can use `$`, which there matches only at the very end.)
 * @example
 * ```ts
 * FORMAT_PATTERNS["icd10-neoplasm"].test("C50.4"); // true
 * FORMAT_PATTERNS["icd10-neoplasm"].test("C50.4\n"); // false, in every dialect
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
} = /* @__PURE__ */ (() => ({
  /**
   * One line of text (names, short labels): no control characters, no noncharacters (U+FDD0–U+FDEF, U+FFFE,
   * U+FFFF), no lone surrogates, no line breaks, at least one visible character. Only characters valid in XML 1.0,
   * so every renderer can carry it unchanged.
   */
  line: new RegExp(`^${visible(SPACE)}${unit(FORBIDDEN_LINE)}*${END}`),
  /** Free text: as `line`, but tabs and line breaks (LF, CR) are allowed. */
  text: new RegExp(`^${visible(SPACE)}${unit(FORBIDDEN_TEXT)}*${END}`),
  /** Ids chosen by systems: letters, digits and `.-_:`, 1–64 characters. */
  token: new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}${END}`),
  /** Instrument and rule versions: `1`, `1.0`, `2022.1`. */
  version: new RegExp(`^[0-9]+(?:\\.[0-9]+){0,2}${END}`),
  /** Phone numbers as written in Norway: optional `+`, digits and single spaces, 3–20 characters. */
  phone: new RegExp(`^\\+?[0-9](?: ?[0-9]){2,18}${END}`),
  /** BCP 47 language tag, simplified: `nb`, `nn`, `se`, `en-GB`, `pt-BR`. */
  lang: new RegExp(`^[a-z]{2,3}(?:-[A-Z]{2})?${END}`),
  /**
   * ICD-10 codes of the cancer chapters, with an optional subdivision (DOMAIN.md §1: every new cancer diagnosis;
   * §5 "Pilots"): malignant C00–C97, in situ D00–D09, and uncertain or unknown behaviour D37–D48 (which a regional
   * profile decides whether to include). Benign tumours D10–D36 (e.g. D12.6, D25.9) and C98–C99 are refused.
   */
  "icd10-neoplasm": new RegExp(`^(?:C[0-8][0-9]|C9[0-7]|D0[0-9]|D3[7-9]|D4[0-8])(?:\\.[0-9]{1,2})?${END}`),
}))();

/**
 * Patterns the JSON Schema adds beside the formats that are checked by code (dates, identifiers), so that a
 * validator that does not know a format still checks the shape (issue 21: Python's `date` format also accepts
 * `20260310`, its `date-time` accepts a lowercase `t` and leap seconds). The calendar day and check digits stay in
 * the format.
 * @example
 * ```ts
 * new RegExp(FORMAT_SHAPES.date).test("2026-03-10"); // true
 * ```
 */
export const FORMAT_SHAPES: Readonly<Record<string, string>> = /* @__PURE__ */ (() => ({
  date: `^[0-9]{4}-[0-9]{2}-[0-9]{2}${END}`,
  "date-time": `^[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])${END}`,
  "no-fnr": `^[0-9]{11}${END}`,
  "no-dnr": `^[0-9]{11}${END}`,
  "no-fhn": `^[0-9]{11}${END}`,
  "no-duf": `^[0-9]{12}${END}`,
  "no-hpr": `^[0-9]{1,9}${END}`,
  "no-her-id": `^[0-9]{1,9}${END}`,
  "no-orgnr": `^[0-9]{9}${END}`,
}))();

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
