/**
 * Old versus new (issue 14, render core): the renderers as they were before the render tree (`test/legacy/`, a
 * verbatim copy) and the published ones must write the same bytes for every generated assessment, in every language,
 * width, budget and recipient view. The copy exists only for this comparison.
 */
import { fc, test as propTest } from "@fast-check/vitest";
import { INSTRUMENTS, type Instrument } from "@pakkeforlop-hjem/instruments";
import { type Assessment, LANGS, type Lang, SHARABLE_PARTS, type SharablePart } from "@pakkeforlop-hjem/model";
import { AHUS_PROFILE, NATIONAL_PROFILE } from "@pakkeforlop-hjem/pathway";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect } from "vitest";
import { renderEpicrisisText, renderNoteText, renderNoteXhtml, renderPatientLetter } from "../src/index.ts";
import { renderPatientLetter as oldLetter } from "./legacy/letter.ts";
import { renderNoteText as oldNote, renderEpicrisisText as oldText } from "./legacy/text.ts";
import { renderNoteXhtml as oldXhtml } from "./legacy/xhtml.ts";

/** The shipped instruments with every label ending in white space, as an organisation's wording may. */
const SPACED: readonly Instrument[] = INSTRUMENTS.map((i) => ({
  ...i,
  items: i.items.map((item) => ({
    ...item,
    label: { nb: `${item.label.nb} `, nn: `${item.label.nn}\u00a0`, en: `${item.label.en} \u2003` },
  })),
}));

/**
 * The assessment with its no-break and em spaces (the white space other than U+0020 the generators write) made
 * letters. The one deliberate change of the rewrite is there, in the patient letter: it now wraps with the one wrap
 * function, so a line no longer ends in such a space, and a word after one at the start of a line keeps its space
 * (`letter.test.ts` pins the new behaviour). Everything else must be byte for byte the same.
 */
const withoutWideSpaces = (a: Assessment): Assessment =>
  JSON.parse(JSON.stringify(a).replace(/[\u00a0\u2003]/g, "w")) as Assessment;

const arbParts = fc.subarray<SharablePart>([...SHARABLE_PARTS.codes]);

/** Render options of every kind: language, width, profile, instruments, a delivery with what it leaves out. */
const arbOptions = fc.record({
  lang: fc.constantFrom<Lang>(...LANGS),
  width: fc.integer({ min: 40, max: 120 }),
  ahus: fc.boolean(),
  spaced: fc.boolean(),
  delivery: fc.option(fc.record({ withhold: arbParts, leaveOut: arbParts }), { nil: undefined }),
  withhold: fc.option(arbParts, { nil: undefined }),
  include: fc.option(arbParts, { nil: undefined }),
});

type Drawn = typeof arbOptions extends fc.Arbitrary<infer T> ? T : never;

function optionsOf(o: Drawn) {
  return {
    lang: o.lang,
    width: o.width,
    profile: o.ahus ? AHUS_PROFILE : NATIONAL_PROFILE,
    ...(o.spaced ? { instruments: SPACED } : {}),
    ...(o.delivery === undefined ? {} : { delivery: o.delivery }),
    ...(o.withhold === undefined ? {} : { withhold: o.withhold }),
    ...(o.include === undefined ? {} : { include: o.include }),
  };
}

describe("the render tree writes what the old render core wrote", () => {
  propTest.prop([arbAssessment(), arbOptions], { numRuns: 500 })("epicrisis text, XHTML note and letter", (a, o) => {
    const options = optionsOf(o);
    expect(renderEpicrisisText(a, options)).toBe(oldText(a, options));
    expect(renderNoteText(a, options)).toEqual(oldNote(a, options));
    expect(renderNoteXhtml(a, options)).toBe(oldXhtml(a, options));
    expect(renderNoteXhtml(a, { ...options, includeData: false })).toBe(
      oldXhtml(a, { ...options, includeData: false }),
    );
    const letter = { ...options, width: Math.min(options.width, 120) };
    const plain = withoutWideSpaces(a);
    expect(renderPatientLetter(plain, letter)).toBe(oldLetter(plain, letter));
  });

  propTest.prop([arbAssessment(), arbOptions, fc.integer({ min: 100, max: 5000 })], { numRuns: 400 })(
    "the note text under a budget",
    (a, o, budget) => {
      const options = { ...optionsOf(o), budget };
      expect(renderNoteText(a, options)).toEqual(oldNote(a, options));
    },
  );
});
