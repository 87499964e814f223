import { fc, test as propTest } from "@fast-check/vitest";
import {
  type FormAnswers,
  NEEDS_ASSESSMENT_SP1,
  THERMOMETER_LEGACY_FORM,
  visibleItems,
} from "@pakkeforlop-hjem/instruments";
import { describe, expect, test } from "vitest";
import { answerAt, fieldId, fillFromPreVisit, issueText, setAt, shapeOf, withMinimumEntries } from "./answers.ts";
import { langOf } from "./texts.ts";

const segment = fc.oneof(fc.constantFrom("a", "b", "measures", "x.y"), fc.nat({ max: 3 }));
const arbPath = fc.tuple(fc.constantFrom("a", "measures"), fc.array(segment, { maxLength: 3 }));

describe("setAt", () => {
  propTest.prop([arbPath, fc.oneof(fc.string(), fc.integer(), fc.boolean())])(
    "puts the value where answerAt finds it, and leaves the input as it was",
    ([head, rest], value) => {
      const path = [head, ...rest];
      const before: FormAnswers = { a: "kept", measures: [{ "measure-description": "x" }] };
      const snapshot = structuredClone(before);
      const after = setAt(before, path, value);
      expect(answerAt(after, path)).toBe(value);
      expect(before).toEqual(snapshot);
    },
  );

  test("removes a key when the value is undefined", () => {
    expect(setAt({ a: 1, b: 2 }, ["a"], undefined)).toEqual({ b: 2 });
    expect(setAt({ m: [{ a: 1, b: 2 }] }, ["m", 0, "a"], undefined)).toEqual({ m: [{ b: 2 }] });
  });

  test("creates the entries a path goes through", () => {
    expect(setAt({}, ["measures", 0, "measure-unit"], "NAV")).toEqual({ measures: [{ "measure-unit": "NAV" }] });
  });
});

describe("withMinimumEntries", () => {
  test("adds the first entry for the children of § 10a once 'yes' is answered", () => {
    const draft: FormAnswers = { outcome: "completed", "has-minors": true };
    const grown = withMinimumEntries(visibleItems(NEEDS_ASSESSMENT_SP1, draft), draft);
    expect(grown).toEqual({ ...draft, minors: [{}] });
  });

  test("changes nothing when the group is hidden or already has entries", () => {
    for (const draft of [
      { outcome: "completed", "has-minors": false },
      { outcome: "completed", "has-minors": true, minors: [{ "minor-age": 4 }] },
    ]) {
      expect(withMinimumEntries(visibleItems(NEEDS_ASSESSMENT_SP1, draft), draft)).toBe(draft);
    }
  });
});

describe("fillFromPreVisit", () => {
  test("takes the patient's thermometer answers into the needs assessment, keeping what is answered", () => {
    const preVisit: FormAnswers = { "distress-score": 6, "problem.sleep": "yes", "other-concerns": "Søvn", stray: "x" };
    const { answers, filled } = fillFromPreVisit(NEEDS_ASSESSMENT_SP1, { "problem.sleep": "no" }, preVisit);
    expect(answers).toEqual({ "problem.sleep": "no", "distress-score": 6, "other-concerns": "Søvn" });
    expect(filled).toEqual(["distress-score", "other-concerns"]);
  });

  test("takes nothing from inside repeating groups or unanswered values", () => {
    const { filled } = fillFromPreVisit(
      THERMOMETER_LEGACY_FORM,
      {},
      { "measure-description": "x", "distress-score": "" },
    );
    expect(filled).toEqual([]);
  });
});

describe("issueText", () => {
  test.each([
    [
      "drops the developer's path prefix",
      "measures[0].measure-description: må besvares",
      ["measures", 0, "measure-description"],
      "Må besvares",
    ],
    ["keeps a text without the prefix", "må være innenfor 0–10", ["distress-score"], "Må være innenfor 0–10"],
  ] as const)("%s", (_title, text, path, want) => {
    expect(issueText(text, path)).toBe(want);
  });
});

describe("fieldId and shapeOf", () => {
  test("ids follow the answer path", () => {
    expect(fieldId(["measures", 1, "measure-status"])).toBe("f-measures__1__measure-status");
  });

  test("the shape changes when an answer shows or hides items, not when a text changes", () => {
    const shape = (a: FormAnswers) => shapeOf(visibleItems(NEEDS_ASSESSMENT_SP1, a));
    expect(shape({ notes: "a" })).toBe(shape({ notes: "b" }));
    expect(shape({ outcome: "completed" })).not.toBe(shape({ outcome: "declined" }));
  });
});

describe("langOf", () => {
  test.each([
    ["nn", "nn"],
    ["nn-NO", "nn"],
    ["en-GB", "en"],
    ["nb", "nb"],
    ["no", "nb"],
    ["", "nb"],
    [null, "nb"],
  ] as const)("%s gives %s", (value, want) => {
    expect(langOf(value)).toBe(want);
  });
});
