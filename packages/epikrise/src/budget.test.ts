/**
 * Issue 17 point 5: a length budget holds (for every budget at or above the note's minimum), cuts in the order a
 * clinician would choose (BUDGET_ORDER: "discussed, no need" first; the patient's words, needs, measures and the
 * § 10a children last), reports what it cut, and says so in the note.
 */
import { fc, test as propTest } from "@fast-check/vitest";
import { type Assessment, LANGS, type Lang } from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { loadExample } from "../scripts/gen.ts";
import { buildRenderTree } from "./build.ts";
import { minimumNoteBudget, renderNoteText } from "./text.ts";
import { type Block, BUDGET_ORDER, type CutPart } from "./tree.ts";
import { cleanText } from "./wrap.ts";

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The parts the tree of an assessment has blocks for. */
function partsOf(a: Assessment, lang: Lang): Set<CutPart> {
  const parts = new Set<CutPart>();
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.cut !== undefined) {
        parts.add(b.cut);
      }
      walk(b.fields ?? []);
    }
  };
  for (const s of buildRenderTree(a, { lang }).sections) {
    walk(s.blocks);
  }
  return parts;
}

const NOTICE: Readonly<Record<Lang, string>> = {
  nb: "Hele kartleggingen finnes i journalen hos avsender.",
  nn: "Heile kartlegginga finst i journalen hos avsendaren.",
  en: "The full assessment is in the sender's record.",
};

describe("length budget (issue 17 point 5)", () => {
  propTest.prop(
    [arbAssessment(), fc.constantFrom<Lang>(...LANGS), fc.constantFrom(80, 72, 120), fc.integer({ min: 1, max: 4000 })],
    { numRuns: 200 },
  )("holds for every budget at or above the minimum; below it, the shortest note, flagged", (a, lang, width, b) => {
    const full = renderNoteText(a, { lang, width }).text;
    const minimum = minimumNoteBudget(a, { lang, width });
    // The budget as drawn, and one at the minimum exactly.
    for (const budget of [b, minimum]) {
      const note = renderNoteText(a, { lang, width, budget });
      if (budget >= full.length) {
        expect(note.text).toBe(full);
        expect(note.leftOut).toEqual([]);
      } else if (budget >= minimum) {
        expect(note.withinBudget).toBe(true);
        expect(note.text.length).toBeLessThanOrEqual(budget);
      } else {
        expect(note.withinBudget).toBe(false);
        expect(note.text.length).toBe(minimum);
      }
      if (note.leftOut.length + note.shortened.length > 0) {
        expect(squash(note.text)).toContain(NOTICE[lang]);
        expect(note.cut.length).toBeGreaterThan(0);
      }
      for (const line of note.text.split("\n")) {
        expect([...line].length).toBeLessThanOrEqual(width);
      }
    }
  });

  propTest.prop([arbAssessment(), fc.constantFrom<Lang>(...LANGS), fc.integer({ min: 300, max: 4000 })], {
    numRuns: 200,
  })(
    "cuts in BUDGET_ORDER: a part goes only after every earlier part the note has, and the patient's words last",
    (a, lang, budget) => {
      const note = renderNoteText(a, { lang, budget });
      const parts = partsOf(a, lang);
      const order = BUDGET_ORDER.flatMap((s) => (s.step === "leave-out" ? [s.part] : []));
      // Left out in the stated order, and none skipped: every earlier part the tree has went first.
      expect(note.leftOut).toEqual(order.filter((p) => note.leftOut.includes(p)));
      const last = note.leftOut[note.leftOut.length - 1];
      if (last !== undefined) {
        for (const p of order.slice(0, order.indexOf(last))) {
          if (parts.has(p)) {
            expect(note.leftOut).toContain(p);
          }
        }
      }
      const kinds = BUDGET_ORDER.flatMap((s) => (s.step === "shorten" ? [s.kind] : []));
      expect(note.shortened).toEqual(kinds.filter((k) => note.shortened.includes(k)));
      // What matters to the patient is printed (whole, or shortened after everything else) until it is the last to go.
      if (a.whatMatters !== undefined && !note.leftOut.includes("what-matters")) {
        const words = squash(cleanText(a.whatMatters));
        expect(squash(note.text)).toContain(note.shortened.includes("what-matters") ? words.slice(0, 40) : words);
        for (const p of ["topics-no-need", "consent", "problem-list", "distress-score"] as const) {
          if (note.leftOut.includes("topics-need") && parts.has(p)) {
            expect(note.leftOut).toContain(p);
          }
        }
      }
    },
  );

  propTest.prop(
    [arbAssessment(), fc.constantFrom<Lang>(...LANGS), fc.constantFrom(80, 40, 120), fc.integer({ min: 1, max: 4000 })],
    { numRuns: 100 },
  )("takes no step it need not: a cut note is the same note at a budget of exactly its length", (a, lang, width, b) => {
    const note = renderNoteText(a, { lang, width, budget: b });
    if (note.withinBudget) {
      expect(renderNoteText(a, { lang, width, budget: note.text.length })).toEqual(note);
    }
  });

  test("--budget 2000 keeps what matters, the needs, the measures and the children, and leaves out the rest", () => {
    const a = loadExample("sp1-consent-all");
    const full = renderNoteText(a, { lang: "nb" });
    expect(full.text.length).toBeGreaterThan(3000);
    const note = renderNoteText(a, { lang: "nb", budget: 2000 });
    expect(note.withinBudget).toBe(true);
    expect(note.text.length).toBeLessThanOrEqual(2000);
    expect(note.text).not.toContain("[…]");
    expect(note.text).toContain("Å være mest mulig hjemme med familien og komme tilbake i jobb.");
    expect(note.text).toContain("Psykisk helse: Tatt opp, behov. Bekymret og sover dårlig.");
    expect(note.text).toContain("- Henvisning til fysioterapeut i kommunen.");
    expect(note.text).toContain("Situasjon: Går i 7. klasse, vet om diagnosen.");
    expect(note.text).not.toContain("Familie og nettverk: Tatt opp, ikke behov");
    expect(note.leftOut.slice(0, 2)).toEqual(["topics-no-need", "topics-not-discussed"]);
    expect(note.leftOut).not.toContain("what-matters");
    expect(note.cut[0]).toBe("topics");
    expect(note.text).toMatch(/Notatet er kortet ned for å holde en lengdegrense\. Utelatt: tema uten behov,/);
    expect(note.text.endsWith(`${NOTICE.nb}\n`)).toBe(true);
  });

  test("a smaller budget only ever cuts more: each cut list extends the one before", () => {
    const a = loadExample("sp2-with-children");
    const full = renderNoteText(a, { lang: "nn" }).text.length;
    let previous: readonly CutPart[] = [];
    for (let budget = full; budget >= minimumNoteBudget(a, { lang: "nn" }); budget -= 50) {
      const note = renderNoteText(a, { lang: "nn", budget });
      expect(note.leftOut.slice(0, previous.length)).toEqual(previous);
      previous = note.leftOut;
    }
    expect(previous[previous.length - 1]).toBe("children");
  });

  test("the first lines to go are the topics discussed with no need", () => {
    const a = loadExample("sp1-consent-all");
    const full = renderNoteText(a, { lang: "en" }).text.length;
    const note = renderNoteText(a, { lang: "en", budget: full - 20 });
    expect(note.leftOut).toEqual(["topics-no-need"]);
    expect(note.cut).toEqual(["topics"]);
    expect(note.text).not.toContain("Discussed, no need");
    expect(note.text).toContain("Discussed, need");
    expect(note.text).toContain("Left out: topics with no need.");
  });

  test("below the minimum: the header and outcome, the notice, withinBudget false", () => {
    const a = loadExample("sp1-consent-all");
    const minimum = minimumNoteBudget(a, { lang: "nb" });
    expect(minimum).toBeLessThan(1000);
    const note = renderNoteText(a, { lang: "nb", budget: 300 });
    expect(note.withinBudget).toBe(false);
    expect(note.text.length).toBe(minimum);
    expect(note.text).toContain("Pasient: Kari Testpasient");
    expect(note.text).toContain("Utfall: Gjennomført");
    expect(note.leftOut[note.leftOut.length - 1]).toBe("children");
  });
});
