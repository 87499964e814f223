import { fc, test as propTest } from "@fast-check/vitest";
import { formatIssue, LANGS } from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { loadExample } from "../scripts/gen.ts";
import { renderPatientLetter } from "./letter.ts";
import { safeRenderEpicrisisText, safeRenderNoteText, safeRenderNoteXhtml, safeRenderPatientLetter } from "./safe.ts";
import { renderEpicrisisText, renderNoteText } from "./text.ts";
import { renderNoteXhtml } from "./xhtml.ts";

/** A valid assessment with one value replaced by any JSON value, at any depth. */
const arbMutated = fc.tuple(arbAssessment(), fc.jsonValue(), fc.nat(), fc.boolean()).map(([a, value, n, remove]) => {
  const doc = JSON.parse(JSON.stringify(a));
  let node = doc;
  for (let depth = 0; depth < 4; depth++) {
    const keys = Object.keys(node);
    const key = keys[(n + depth) % keys.length] as string;
    const child = node[key];
    if (depth === 3 || child === null || typeof child !== "object" || Object.keys(child).length === 0) {
      if (remove) {
        delete node[key];
      } else {
        node[key] = value;
      }
      break;
    }
    node = child;
  }
  return doc as unknown;
});

/** Options as they may arrive from a command line or a configuration: anything. */
const arbOptions = fc.record(
  {
    lang: fc.oneof(fc.constantFrom(...LANGS), fc.jsonValue()),
    width: fc.oneof(fc.integer({ min: 30, max: 220 }), fc.jsonValue()),
    budget: fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

const SAFE = [safeRenderEpicrisisText, safeRenderNoteText, safeRenderNoteXhtml, safeRenderPatientLetter] as const;

describe("safe renderers (issue 21 point 7)", () => {
  propTest.prop([fc.oneof(fc.jsonValue(), arbMutated), arbOptions], { numRuns: 300 })(
    "any JSON and any options give a rendering or typed issues, never a throw",
    (input, options) => {
      for (const render of SAFE) {
        const r = render(input, options as never);
        if (!r.success) {
          expect(r.error.issues.length).toBeGreaterThan(0);
          for (const issue of r.error.issues) {
            expect(typeof issue.code).toBe("string");
            expect(formatIssue(issue, "nb").length).toBeGreaterThan(0);
          }
        }
      }
    },
  );

  propTest.prop([arbAssessment({ outcome: "completed" })], { numRuns: 50 })(
    "a valid assessment renders as the renderers do",
    (a) => {
      const ok = <T>(r: { success: true; data: T } | { success: false }): T | undefined =>
        r.success ? r.data : undefined;
      expect(ok(safeRenderEpicrisisText(a, { lang: "nn" }))).toBe(renderEpicrisisText(a, { lang: "nn" }));
      expect(ok(safeRenderNoteText(a, { budget: 900 }))).toEqual(renderNoteText(a, { budget: 900 }));
      expect(ok(safeRenderNoteXhtml(a))).toBe(renderNoteXhtml(a));
      expect(ok(safeRenderPatientLetter(a, { width: 60 }))).toBe(renderPatientLetter(a, { width: 60 }));
    },
  );

  test("an option out of range is an issue at its name, with the model's codes", () => {
    const a = loadExample("sp1-consent-all");
    const r = safeRenderNoteText(a, { width: 20, budget: 0, lang: "sv" as never });
    expect(r.success ? [] : r.error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid_value", "options.lang"],
      ["too_small", "options.width"],
      ["too_small", "options.budget"],
    ]);
    const letter = safeRenderPatientLetter(a, { width: 150 });
    expect(letter.success ? [] : letter.error.issues.map((i) => i.code)).toEqual(["too_big"]);
    const postal = safeRenderPatientLetter(a, { postal: { address: ["a", "b", "c", "d", "e"] } });
    expect(postal.success ? [] : postal.error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["too_big", "options.postal.address"],
    ]);
  });

  test("input that is not an assessment gives the model's issues, with paths into it", () => {
    const r = safeRenderEpicrisisText({ schemaVersion: "1.0", patient: {} });
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.error.issues.some((i) => i.code === "required" && i.path[0] === "patient")).toBe(true);
    expect(() => renderEpicrisisText({} as never)).toThrow(TypeError);
  });
});
