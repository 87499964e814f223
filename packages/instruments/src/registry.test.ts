import { FORMAT_PATTERNS, LANGS } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { DT_LEGACY } from "./dt-legacy.ts";
import { DT_REVISED } from "./dt-revised.ts";
import { ESAS_R } from "./esas-r.ts";
import { findInstrument, INSTRUMENTS } from "./registry.ts";

describe("INSTRUMENTS", () => {
  test("ships the ids and versions the model and migrations use", () => {
    expect(INSTRUMENTS.map((i) => `${i.id}@${i.version}`)).toEqual(["dt-legacy@1.0", "dt-revised@1.0", "esas-r@1.0"]);
  });

  test.each(INSTRUMENTS.map((i) => [i.id, i] as const))("%s has unique token codes in known categories", (_, inst) => {
    const codes = inst.items.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    const categories = new Set(inst.categories.map((c) => c.code));
    expect(categories.size).toBe(inst.categories.length);
    for (const item of inst.items) {
      expect(item.code).toMatch(FORMAT_PATTERNS.token);
      expect(categories.has(item.category)).toBe(true);
    }
    for (const c of categories) {
      expect(inst.items.some((i) => i.category === c)).toBe(true);
    }
  });

  test.each(INSTRUMENTS.map((i) => [i.id, i] as const))("%s has neutral labels in nb, nn and en", (_, inst) => {
    const labels = [
      inst.title,
      inst.instruction,
      ...inst.categories.map((c) => c.label),
      ...inst.items.map((i) => i.label),
    ];
    for (const label of labels) {
      for (const lang of LANGS) {
        expect(label[lang].trim()).not.toBe("");
        expect(label[lang]).not.toMatch(/NCCN|National Comprehensive/i);
      }
    }
    expect(inst.licence.officialWording).toBe(false);
    expect(inst.wording).toBeUndefined();
  });

  test("the legacy list is yes/no in the five legacy categories with 36–40 items and other free text", () => {
    expect(DT_LEGACY.answerFormat).toBe("yes-no");
    expect(DT_LEGACY.categories.map((c) => c.code)).toEqual([
      "practical",
      "family",
      "emotional",
      "spiritual",
      "physical",
    ]);
    expect(DT_LEGACY.items.length).toBeGreaterThanOrEqual(36);
    expect(DT_LEGACY.items.length).toBeLessThanOrEqual(40);
    expect(DT_LEGACY.other).toBeDefined();
    expect(DT_LEGACY.period).toBe("past-week-including-today");
  });

  test("the revised list is mark-all-that-apply with a social category", () => {
    expect(DT_REVISED.answerFormat).toBe("mark-all");
    expect(DT_REVISED.categories.map((c) => c.code)).toEqual([
      "physical",
      "emotional",
      "social",
      "practical",
      "spiritual",
    ]);
    expect(DT_REVISED.other).toBeDefined();
  });

  test("ESAS-r has nine 0–10 symptoms for right now and an optional other", () => {
    expect(ESAS_R.answerFormat).toBe("scale-0-10");
    expect(ESAS_R.items).toHaveLength(9);
    expect(ESAS_R.period).toBe("right-now");
    expect(ESAS_R.score).toBeUndefined();
  });

  test("the thermometer licence names the rights holder and the uses that need permission", () => {
    expect(DT_LEGACY.licence.rightsHolder).toMatch(/NCCN/);
    expect(DT_LEGACY.licence.permissionRequiredFor).toContain("commercial-use");
    expect(DT_LEGACY.licence.conditions.join(" ")).toMatch(/logos/);
  });
});

describe("findInstrument", () => {
  test("finds by id and version and returns undefined for an unknown version", () => {
    expect(findInstrument("dt-revised", "1.0")).toBe(DT_REVISED);
    expect(findInstrument("dt-revised", "2.0")).toBeUndefined();
  });
});
