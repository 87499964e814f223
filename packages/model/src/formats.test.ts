import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { createFormats, daysInMonth, FORMAT_PATTERNS, isDate, isDateTime } from "./formats.ts";

describe("formats", () => {
  test.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2024-04-31", false],
    ["2024-4-30", false],
    ["2024-02-29\n", false],
    ["２０２４-02-29", false],
    ["2024-02-2a", false],
    ["2024/02/29", false],
  ])("isDate(%s) is %s", (v, want) => {
    expect(isDate(v)).toBe(want);
  });

  test.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("daysInMonth(%i, %i) is %i", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  // The reference: the pattern isDate reads by hand, plus the calendar check.
  const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  const referenceIsDate = (v: string): boolean => {
    const m = DATE.exec(v);
    return (
      m !== null &&
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
      new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
    );
  };
  const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  propTest.prop([fc.oneof(dateLike, fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9٠-٩-]{10}$/))], {
    numRuns: 2000,
  })("isDate agrees with the pattern and the platform's calendar", (v) => {
    expect(isDate(v)).toBe(referenceIsDate(v));
  });

  test.each([
    ["2026-03-10T10:30:00+01:00", true],
    ["2026-03-10T10:30:00.123Z", true],
    ["2026-03-10T10:30Z", false],
    ["2026-03-10T24:00:00Z", false],
    ["2026-02-30T10:00:00Z", false],
    ["2026-03-10t10:30:00z", false],
    ["2026-03-10T10:30:00", false],
  ])("isDateTime(%s) is %s", (v, want) => {
    expect(isDateTime(v)).toBe(want);
  });

  test.each([
    ["line", "Kari Nordmann", true],
    ["line", "Ærlig Åse-Øyen O'Brien 😀", true],
    ["line", "two\nlines", false],
    ["line", "tab\there", false],
    ["line", "   ", false],
    ["line", "bell\u0007", false],
    ["line", "lone \uD800 surrogate", false],
    ["line", "C1 \u0085 control", false],
    ["text", "two\nlines\r\nand\ttabs", true],
    ["text", "nul\u0000", false],
    ["text", "\uFFFE", false],
    ["text", "noncharacter \uFDD0", false],
    ["icd10-neoplasm", "C50.4", true],
    ["icd10-neoplasm", "D48", true],
    ["icd10-neoplasm", "D49", false],
    ["icd10-neoplasm", "J45", false],
    ["icd10-neoplasm", "C97", true],
    ["icd10-neoplasm", "C98", false],
    ["icd10-neoplasm", "D09.9", true],
    ["icd10-neoplasm", "D12.6", false],
    ["icd10-neoplasm", "D25.9", false],
    ["icd10-neoplasm", "D36", false],
    ["icd10-neoplasm", "D37.1", true],
    ["phone", "+47 61 13 40 00", true],
    ["phone", "61134000", true],
    ["phone", "61  13", false],
    ["lang", "en-GB", true],
    ["lang", "EN", false],
    ["token", "sp1-kari-2026", true],
    ["token", "-x", false],
    ["version", "2022.1", true],
  ] as const)("%s accepts %j: %s", (name, value, want) => {
    expect(FORMAT_PATTERNS[name].test(value)).toBe(want);
    expect(createFormats()[name]?.(value)).toBe(want);
  });
});
