/**
 * Type tests of the renderers' public entry, through the published names only.
 */
import {
  type Block,
  buildRenderTree,
  type RenderResult,
  renderEpicrisisText,
  renderNoteText,
  renderNoteXhtml,
  renderPatientLetter,
  safeRenderEpicrisisText,
  safeRenderNoteText,
} from "@pakkeforlop-hjem/epikrise";
import type { Assessment, IssueCode, SafeResult } from "@pakkeforlop-hjem/model";
import { type Delivery, NATIONAL_PROFILE } from "@pakkeforlop-hjem/pathway";
import { describe, expectTypeOf, test } from "vitest";

declare const assessment: Assessment;
declare const delivery: Delivery;

describe("the renderers", () => {
  test("print text and XHTML as strings; the note text says whether it fits its budget", () => {
    expectTypeOf(renderEpicrisisText(assessment)).toBeString();
    expectTypeOf(renderNoteXhtml(assessment, { lang: "en" })).toBeString();
    expectTypeOf(renderPatientLetter(assessment, { lang: "nn", width: 60 })).toBeString();
    const note = renderNoteText(assessment, { budget: 2000 });
    expectTypeOf(note.text).toBeString();
    expectTypeOf(note.withinBudget).toBeBoolean();
  });

  test("take the recipient's delivery from route() as it is, and the profile as data", () => {
    renderEpicrisisText(assessment, { delivery, profile: NATIONAL_PROFILE });
    renderNoteXhtml(assessment, { delivery, includeData: false });
    renderPatientLetter(assessment, { delivery });
  });

  test("write nb, nn and en only", () => {
    // @ts-expect-error: not a language the SDK writes
    renderEpicrisisText(assessment, { lang: "sv" });
    // @ts-expect-error: not a language the SDK writes
    renderNoteXhtml(assessment, { lang: "nb-NO" });
    // @ts-expect-error: not a language the SDK writes
    renderPatientLetter(assessment, { lang: "se" });
  });

  test("reject unknown options and options in the wrong place", () => {
    // @ts-expect-error: unknown option
    renderEpicrisisText(assessment, { language: "nb" });
    // @ts-expect-error: a budget belongs to the note text only
    renderEpicrisisText(assessment, { budget: 2000 });
    // @ts-expect-error: the data carrier belongs to the XHTML note only
    renderPatientLetter(assessment, { includeData: true });
    // @ts-expect-error: options are an object, never positional
    renderNoteText(assessment, "nb");
    // @ts-expect-error: the input is a model Assessment, not its JSON text
    renderEpicrisisText(JSON.stringify(assessment));
  });
});

describe("the render tree and the safe renderers", () => {
  test("the tree is plain data: sections of blocks of one shape", () => {
    const tree = buildRenderTree(assessment, { lang: "nn", delivery });
    expectTypeOf(tree.view).toEqualTypeOf<Assessment>();
    expectTypeOf(tree.sections[0]?.blocks[0]).toEqualTypeOf<Block | undefined>();
    expectTypeOf<Block["kind"]>().toEqualTypeOf<"title" | "field" | "para" | "item">();
  });

  test("the safe renderers take unknown input and return the model's SafeResult", () => {
    const text = safeRenderEpicrisisText(JSON.parse("{}") as unknown, { lang: "en", allowTestNumbers: true });
    expectTypeOf(text).toEqualTypeOf<RenderResult<string>>();
    expectTypeOf(text).toExtend<SafeResult<string, IssueCode>>();
    const note = safeRenderNoteText({}, { budget: 1000 });
    if (note.success) {
      expectTypeOf(note.data.shortened).toExtend<readonly string[]>();
    } else {
      expectTypeOf(note.error.issues[0]?.code).toEqualTypeOf<IssueCode | undefined>();
    }
    // @ts-expect-error: options are an object, never positional
    safeRenderEpicrisisText({}, "nb");
  });
});
