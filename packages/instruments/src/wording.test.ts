import { isValidationError } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { DT_LEGACY } from "./dt-legacy.ts";
import { ESAS_R } from "./esas-r.ts";
import type { Instrument } from "./instrument.ts";
import { formatInstrumentsIssue } from "./issues.ts";
import { type InstrumentWording, safeWithWording, withWording } from "./wording.ts";

function fullWording(inst: Instrument, langs: InstrumentWording["languages"] = ["nb"]): InstrumentWording {
  const texts = (code: string) => Object.fromEntries(langs.map((l) => [l, `OFFICIAL ${l} ${code}`]));
  return {
    instrument: { id: inst.id, version: inst.version },
    source: "Licensed, agreement 2026-014",
    languages: langs,
    categories: Object.fromEntries(inst.categories.map((c) => [c.code, texts(c.code)])),
    items: Object.fromEntries(inst.items.map((i) => [i.code, texts(i.code)])),
    ...(inst.other === undefined ? {} : { other: texts("other") }),
  };
}

const codes = (r: ReturnType<typeof safeWithWording>) => (r.success ? [] : r.error.issues.map((i) => [i.code, i.path]));

describe("safeWithWording", () => {
  test("replaces labels in the claimed languages only and records the source", () => {
    const r = safeWithWording(DT_LEGACY, fullWording(DT_LEGACY, ["nb"]));
    expect(r.success).toBe(true);
    if (!r.success) {
      return;
    }
    const pain = r.data.items.find((i) => i.code === "pain");
    expect(pain?.label.nb).toBe("OFFICIAL nb pain");
    expect(pain?.label.en).toBe("Pain");
    expect(r.data.wording).toEqual({ source: "Licensed, agreement 2026-014", languages: ["nb"] });
    expect(r.data.licence.officialWording).toBe(true);
    expect(r.data.other?.label.nb).toBe("OFFICIAL nb other");
    expect(DT_LEGACY.items.find((i) => i.code === "pain")?.label.nb).toBe("Smerter");
  });

  test("applies optional title, instruction and score texts", () => {
    const w = { ...fullWording(DT_LEGACY, ["en"]), title: { en: "T" }, score: { low: { en: "L" } } };
    const r = withWording(DT_LEGACY, w);
    expect(r.title.en).toBe("T");
    expect(r.score?.low.en).toBe("L");
    expect(r.score?.high.en).toBe(DT_LEGACY.score?.high.en);
  });

  test("refuses a wording that misses an item", () => {
    const w = fullWording(DT_LEGACY);
    const { pain: _, ...items } = w.items;
    expect(codes(safeWithWording(DT_LEGACY, { ...w, items }))).toEqual([["wording_missing_item", ["items", "pain"]]]);
  });

  test("refuses a wording that misses a category or the other entry", () => {
    const w = fullWording(DT_LEGACY);
    const { family: _, ...categories } = w.categories;
    const { other: __, ...noOther } = w;
    expect(codes(safeWithWording(DT_LEGACY, { ...w, categories }))).toEqual([
      ["wording_missing_item", ["categories", "family"]],
    ]);
    expect(codes(safeWithWording(DT_LEGACY, noOther))).toEqual([["wording_missing_item", ["other"]]]);
  });

  test("refuses a wording that misses a language it claims", () => {
    const w = fullWording(DT_LEGACY, ["nb", "nn"]);
    const items = { ...w.items, sleep: { nb: "Søvn" } };
    expect(codes(safeWithWording(DT_LEGACY, { ...w, items }))).toEqual([
      ["wording_missing_language", ["items", "sleep", "nn"]],
    ]);
  });

  test("refuses wording for another instrument or version", () => {
    const w = { ...fullWording(DT_LEGACY), instrument: { id: "dt-legacy", version: "2.0" } };
    expect(codes(safeWithWording(DT_LEGACY, w))).toEqual([["wording_instrument_mismatch", ["instrument"]]]);
  });

  test("refuses unknown items, unknown languages, no languages and a missing source", () => {
    const w = fullWording(ESAS_R);
    const r = safeWithWording(ESAS_R, {
      ...w,
      source: "",
      languages: [],
      items: { ...w.items, itching: { nb: "x" } },
    });
    expect(codes(r)).toEqual([
      ["wording_missing_item", ["source"]],
      ["wording_missing_language", ["languages"]],
      ["wording_unknown_item", ["items", "itching"]],
    ]);
    const bad = safeWithWording(ESAS_R, { ...w, languages: ["nb", "se" as "nb"] });
    expect(codes(bad)).toEqual([["wording_unknown_item", ["languages", 1]]]);
    const score = safeWithWording(ESAS_R, { ...w, score: { low: { nb: "x" } } });
    expect(codes(score)).toEqual([["wording_unknown_item", ["score"]]]);
  });

  test("issue texts name the code, never the licensed text", () => {
    const w = fullWording(DT_LEGACY);
    const r = safeWithWording(DT_LEGACY, { ...w, items: { ...w.items, pain: { nn: "SECRET" } } });
    expect(r.success).toBe(false);
    if (!r.success) {
      for (const i of r.error.issues) {
        for (const lang of ["nb", "nn", "en"] as const) {
          expect(formatInstrumentsIssue(i, lang)).not.toContain("SECRET");
        }
      }
    }
  });
});

describe("withWording", () => {
  test("throws a ValidationError for a refused wording", () => {
    const w = fullWording(DT_LEGACY);
    try {
      withWording(DT_LEGACY, { ...w, items: {} });
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
    }
  });
});
