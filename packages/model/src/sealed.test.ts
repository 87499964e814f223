import { readFileSync } from "node:fs";
import { fc, test as propTest } from "@fast-check/vitest";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import type { Assessment } from "./assessment.ts";
import { isSealedAssessment, sealAssessment, type Validated } from "./sealed.ts";
import { safeParseAssessment } from "./validate.ts";

const T = { allowTestNumbers: true } as const;
const example = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL("../../../examples/data/sp1-consent-all.json", import.meta.url), "utf8"));

describe("sealAssessment (issue 19: validated once)", () => {
  propTest.prop([arbAssessment()], { numRuns: 50 })("seals what safeParseAssessment accepts", (doc) => {
    const copy = structuredClone(doc);
    const r = sealAssessment(copy, { allowTestNumbers: true });
    expect(r.success).toBe(safeParseAssessment(doc, { allowTestNumbers: true }).success);
    if (r.success) {
      expect(r.data).toBe(copy); // the input itself, as safeParseAssessment returns it
      expect(isSealedAssessment(copy, { allowTestNumbers: true })).toBe(true);
    }
  });

  test("a sealed assessment is deep-frozen, so the proof cannot go stale", () => {
    const r = sealAssessment(example(), T);
    if (!r.success) {
      throw new Error("not sealed");
    }
    const doc = r.data as Record<string, any>;
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc["patient"]["name"])).toBe(true);
    expect(Object.isFrozen(doc["measures"])).toBe(true);
    expect(() => {
      doc["patient"]["name"]["given"] = "x";
    }).toThrow(TypeError);
  });

  test("an invalid input is neither sealed nor frozen", () => {
    const doc = { ...example(), mode: "telepathy" };
    const r = sealAssessment(doc, T);
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(["invalid_value"]);
    expect(isSealedAssessment(doc)).toBe(false);
    expect(Object.isFrozen(doc)).toBe(false);
  });

  test("a cast or a copy carries no proof", () => {
    const r = sealAssessment(example(), T);
    if (!r.success) {
      throw new Error("not sealed");
    }
    const forged = example() as Validated<Assessment>;
    expect(isSealedAssessment(forged)).toBe(false);
    expect(isSealedAssessment(structuredClone(r.data))).toBe(false);
    expect(isSealedAssessment(null)).toBe(false);
    expect(isSealedAssessment("x")).toBe(false);
  });

  test("a proof made with test numbers allowed counts only where test numbers are allowed", () => {
    const [doc] = fc.sample(arbAssessment(), { numRuns: 1, seed: 3 }) as [Assessment];
    const r = sealAssessment(doc, { allowTestNumbers: true });
    expect(r.success).toBe(true);
    expect(isSealedAssessment(doc, { allowTestNumbers: true })).toBe(true);
    expect(isSealedAssessment(doc)).toBe(false); // a strict caller validates again
    expect(sealAssessment(doc).success).toBe(safeParseAssessment(doc).success);
    expect(isSealedAssessment(doc)).toBe(safeParseAssessment(doc).success);
  });
});
