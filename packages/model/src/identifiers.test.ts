import { fc, test as propTest } from "@fast-check/vitest";
import { personNumberFor } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import {
  birthDateFromPersonNumber,
  checkPersonNumberDigits,
  classifyPersonNumber,
  controlDigitsFor,
  IDENTIFIER_SYSTEMS,
  kithIdTypeToSystem,
  type NorwegianIdKind,
  systemToKithIdType,
  validateIdentifier,
  validateNorwegianId,
} from "./identifiers.ts";

/** Builds an 11-digit number with valid classic control digits from a 9-digit stem. */
const withDigits = (stem: string): string => {
  // Some stems have no control digit (K = 10): take the next individual number that has one.
  for (let k = 0; k < 50; k++) {
    const s = stem.slice(0, 6) + String(Number(stem.slice(6)) + k).padStart(3, "0");
    const cd = controlDigitsFor(s);
    if (cd !== undefined) {
      return s + cd;
    }
  }
  throw new Error("no stem");
};

/** Makes a number that only the 2032 rule accepts: K1 remainder 1–3, K2 classic. */
function rule2032Number(stem: string): string | undefined {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const d = [...stem].map(Number);
  const s1 = w1.reduce((s, w, i) => s + w * (d[i] as number), 0);
  for (let k1 = 0; k1 <= 9; k1++) {
    const r = (s1 + k1) % 11;
    if (r >= 1 && r <= 3) {
      const s2 = w2.reduce((s, w, i) => s + w * ([...d, k1][i] as number), 0);
      const k2 = (11 - (s2 % 11)) % 11;
      if (k2 < 10) {
        return `${stem}${k1}${k2}`;
      }
    }
  }
  return undefined;
}

describe("validateNorwegianId", () => {
  test.each<
    [
      string,
      { kind: NorwegianIdKind; value: string; options?: { allowTestNumbers?: boolean; today?: string }; want: unknown },
    ]
  >([
    [
      "accepts the standard's test FNR",
      { kind: "fnr", value: "01015000232", want: { valid: true, birthDate: "1950-01-01" } },
    ],
    [
      "accepts the samples' patient FNR",
      { kind: "fnr", value: "13116900216", want: { valid: true, birthDate: "1969-11-13" } },
    ],
    [
      "rejects a wrong second control digit",
      { kind: "fnr", value: "01015000233", want: { valid: false, reason: "check_digit" } },
    ],
    [
      "rejects a wrong first control digit",
      { kind: "fnr", value: "01015000242", want: { valid: false, reason: "check_digit" } },
    ],
    ["rejects ten digits", { kind: "fnr", value: "0101500023", want: { valid: false, reason: "length" } }],
    ["rejects letters", { kind: "fnr", value: "0101500023X", want: { valid: false, reason: "characters" } }],
    [
      "rejects a D-nummer given as FNR",
      { kind: "fnr", value: withDigits("410150000"), want: { valid: false, reason: "kind_mismatch" } },
    ],
    [
      "accepts a D-nummer (day + 40)",
      { kind: "dnr", value: withDigits("410150000"), want: { valid: true, birthDate: "1950-01-01" } },
    ],
    [
      "rejects an FNR given as D-nummer",
      { kind: "dnr", value: "01015000232", want: { valid: false, reason: "kind_mismatch" } },
    ],
    [
      "accepts an H-nummer (month + 40)",
      { kind: "hnr", value: withDigits("014150000"), want: { valid: true, birthDate: "1950-01-01" } },
    ],
    [
      "accepts an FH-nummer (first digit 8 or 9)",
      { kind: "fhn", value: withDigits("812345678"), want: { valid: true } },
    ],
    [
      "rejects an FH-nummer that starts with 7",
      { kind: "fhn", value: withDigits("712345678"), want: { valid: false, reason: "kind_mismatch" } },
    ],
    [
      "rejects 31 February",
      { kind: "fnr", value: withDigits("310250000"), want: { valid: false, reason: "birth_date" } },
    ],
    [
      "refuses a Tenor test number (month + 80) by default",
      { kind: "fnr", value: withDigits("018150000"), want: { valid: false, reason: "test_number_not_allowed" } },
    ],
    [
      "accepts a Tenor test number when asked",
      {
        kind: "fnr",
        value: withDigits("018150000"),
        options: { allowTestNumbers: true },
        want: { valid: true, testNumber: "tenor", birthDate: "1950-01-01" },
      },
    ],
    [
      "refuses a NAV test number (month + 40) given as FNR by default",
      { kind: "fnr", value: withDigits("014150000"), want: { valid: false, reason: "test_number_not_allowed" } },
    ],
    [
      "accepts a NAV test number when asked",
      {
        kind: "fnr",
        value: withDigits("014150000"),
        options: { allowTestNumbers: true },
        want: { valid: true, testNumber: "nav" },
      },
    ],
    [
      "accepts a Tenor D-nummer when asked",
      {
        kind: "dnr",
        value: withDigits("418150000"),
        options: { allowTestNumbers: true },
        want: { valid: true, testNumber: "tenor" },
      },
    ],
    [
      "rejects a birth date after today",
      {
        kind: "fnr",
        value: withDigits("010130500"),
        options: { today: "2029-12-31" },
        want: { valid: false, reason: "future_birth_date" },
      },
    ],
    [
      "takes 2000–2039 from individual numbers 500–999",
      { kind: "fnr", value: withDigits("010130500"), want: { valid: true, birthDate: "2030-01-01" } },
    ],
    [
      "takes 1855–1899 from individual numbers 500–749",
      { kind: "fnr", value: withDigits("010160500"), want: { valid: true, birthDate: "1860-01-01" } },
    ],
    [
      "takes 1940–1999 from individual numbers 900–999",
      { kind: "fnr", value: withDigits("010150900"), want: { valid: true, birthDate: "1950-01-01" } },
    ],
    [
      "takes 2000–2039 from individual numbers 750–899 too",
      { kind: "fnr", value: withDigits("010120800"), want: { valid: true, birthDate: "2020-01-01" } },
    ],
    [
      "rejects individual number 750 with year 50 (no century)",
      { kind: "fnr", value: withDigits("010150750"), want: { valid: false, reason: "birth_date" } },
    ],
    ["accepts a valid orgnr", { kind: "orgnr", value: "974760673", want: { valid: true } }],
    [
      "rejects an orgnr with a wrong check digit",
      { kind: "orgnr", value: "974760674", want: { valid: false, reason: "check_digit" } },
    ],
    [
      "rejects an orgnr of eight digits",
      { kind: "orgnr", value: "97476067", want: { valid: false, reason: "length" } },
    ],
    ["accepts an HPR number as digits", { kind: "hpr", value: "9144889", want: { valid: true } }],
    [
      "rejects an HPR number of ten digits",
      { kind: "hpr", value: "1234567890", want: { valid: false, reason: "length" } },
    ],
    ["accepts a HER-id as digits", { kind: "her", value: "8143530", want: { valid: true } }],
    ["accepts a DUF number of twelve digits", { kind: "duf", value: "201512345678", want: { valid: true } }],
    [
      "rejects a DUF number of eleven digits",
      { kind: "duf", value: "20151234567", want: { valid: false, reason: "length" } },
    ],
  ])("%s", (_title, { kind, value, options, want }) => {
    expect(validateNorwegianId(kind, value, options)).toMatchObject(want as object);
  });

  test("accepts a number that only the 2032 control-digit rule allows, and says so", () => {
    const value = rule2032Number("010150001");
    expect(value).toBeDefined();
    expect(checkPersonNumberDigits(value as string)).toBe("2032");
    expect(validateNorwegianId("fnr", value as string)).toMatchObject({ valid: true, rule2032: true });
  });

  propTest.prop([fc.string({ maxLength: 20 })])("never throws on any string", (s) => {
    for (const kind of ["fnr", "dnr", "hnr", "fhn", "duf", "hpr", "her", "orgnr"] as const) {
      expect(typeof validateNorwegianId(kind, s).valid).toBe("boolean");
    }
  });

  propTest.prop([fc.integer({ min: -14_610, max: 21_900 }), fc.nat()])(
    "accepts every FNR made for a birth date and decodes the same date",
    (day, seed) => {
      const birthDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const fnr = personNumberFor(birthDate, seed);
      if (fnr === undefined) {
        return;
      }
      expect(validateNorwegianId("fnr", fnr)).toMatchObject({ valid: true, birthDate });
      expect(birthDateFromPersonNumber(fnr)).toBe(birthDate);
      expect(classifyPersonNumber(fnr)).toBe("fnr");
    },
  );

  propTest.prop([fc.stringMatching(/^[0-9]{9}$/)])(
    "controlDigitsFor makes numbers the classic rule accepts",
    (stem) => {
      const cd = controlDigitsFor(stem);
      if (cd !== undefined) {
        expect(checkPersonNumberDigits(stem + cd)).toBe("classic");
      }
    },
  );
});

describe("classifyPersonNumber", () => {
  test.each([
    ["01015000232", "fnr"],
    ["41015000000", "dnr"],
    ["01415000000", "hnr"],
    ["81234567800", "fhn"],
    ["0101500023", undefined],
  ])("classifies %s as %s", (value, kind) => {
    expect(classifyPersonNumber(value)).toBe(kind);
  });
});

describe("KITH identifier types", () => {
  test.each([
    ["fnr", "person", "FNR", "2.16.578.1.12.4.1.1.8116"],
    ["dnr", "person", "DNR", "2.16.578.1.12.4.1.1.8116"],
    ["fhn", "person", "FHN", "2.16.578.1.12.4.1.1.8116"],
    ["duf", "person", "DUF", "2.16.578.1.12.4.1.1.8116"],
    ["hpr", "person", "HPR", "2.16.578.1.12.4.1.1.8116"],
    ["her", "organisation", "HER", "2.16.578.1.12.4.1.1.9051"],
    ["orgnr", "organisation", "ENH", "2.16.578.1.12.4.1.1.9051"],
  ] as const)("maps %s (%s) to %s in %s and back", (kind, party, code, codeSystem) => {
    const system = IDENTIFIER_SYSTEMS[kind];
    expect(systemToKithIdType(system, party)).toMatchObject({ code, codeSystem });
    expect(kithIdTypeToSystem(code, codeSystem)).toBe(system);
  });

  test("reads codes leniently: lower case, padded, without a code system", () => {
    expect(kithIdTypeToSystem(" fnr ")).toBe(IDENTIFIER_SYSTEMS.fnr);
    expect(kithIdTypeToSystem("enh", "2.16.578.1.12.4.1.1.8268")).toBe(IDENTIFIER_SYSTEMS.orgnr);
    expect(kithIdTypeToSystem("XXX")).toBeUndefined();
  });

  test("never maps an identifier to an OID in XML: unknown systems have no KITH code", () => {
    expect(systemToKithIdType("urn:oid:1.2.3", "person")).toBeUndefined();
    expect(systemToKithIdType(IDENTIFIER_SYSTEMS.orgnr, "person")).toBeUndefined();
  });
});

describe("validateIdentifier", () => {
  test("validates by system", () => {
    expect(validateIdentifier({ system: IDENTIFIER_SYSTEMS.orgnr, value: "974760673" }).valid).toBe(true);
    expect(validateIdentifier({ system: IDENTIFIER_SYSTEMS.fnr, value: "01015000233" })).toMatchObject({
      valid: false,
      reason: "check_digit",
    });
  });
  test("reports an unknown system as such, without guessing a kind", () => {
    expect(validateIdentifier({ system: "urn:oid:1.2.3", value: "1" })).toEqual({
      valid: false,
      reason: "unknown_system",
    });
  });
});
