import { describe, expect, test, vi } from "vitest";
import { LANGS } from "./code-lists.ts";
import { defineIssues } from "./define-issues.ts";
import type { NoParams } from "./issue-codes.ts";
import { formatIssue } from "./messages.ts";

type DemoParams = {
  readonly demo_fixed: NoParams;
  readonly demo_limit: { readonly maximum: number };
};

const DEMO = defineIssues<DemoParams>({
  demo_fixed: { nb: "er feil", nn: "er feil", en: "is wrong" },
  demo_limit: {
    nb: (p) => `kan ha høyst ${p.maximum} svar`,
    nn: (p) => `kan ha høgst ${p.maximum} svar`,
    en: (p) => `must have at most ${p.maximum} answers`,
  },
});

describe("defineIssues", () => {
  test("makes issues with the English developer message, params as given", () => {
    expect(DEMO.issue("demo_limit", ["answers", 2], { maximum: 3 })).toEqual({
      code: "demo_limit",
      path: ["answers", 2],
      params: { maximum: 3 },
      message: "answers[2]: must have at most 3 answers",
    });
    expect(DEMO.issue("demo_fixed", [])).toEqual({
      code: "demo_fixed",
      path: [],
      params: {},
      message: "(root): is wrong",
    });
  });

  test("registers the texts with formatIssue in every language", () => {
    const issue = DEMO.issue("demo_limit", ["a"], { maximum: 2 });
    expect(LANGS.map((l) => formatIssue(issue, l))).toEqual([
      "a: kan ha høyst 2 svar",
      "a: kan ha høgst 2 svar",
      "a: must have at most 2 answers",
    ]);
  });

  test("lists its codes and tells its own issues from others", () => {
    expect(DEMO.codes).toEqual(["demo_fixed", "demo_limit"]);
    expect(DEMO.owns(DEMO.issue("demo_fixed", []))).toBe(true);
    expect(DEMO.owns({ code: "required", path: [], message: "", params: {} })).toBe(false);
  });

  test("keeps the first text when a code is registered again", () => {
    defineIssues<{ demo_fixed: NoParams }>({ demo_fixed: { nb: "annen", nn: "annan", en: "other" } });
    expect(formatIssue(DEMO.issue("demo_fixed", []), "nb")).toBe("(root): er feil");
  });

  test("shares the texts between two loaded copies of the module (dual ESM/CJS install)", async () => {
    vi.resetModules();
    const copy = await import("./define-issues.ts");
    expect(copy.defineIssues).not.toBe(defineIssues);
    const other = copy.defineIssues<{ demo_from_copy: NoParams }>({
      demo_from_copy: { nb: "fra den andre kopien", nn: "frå den andre kopien", en: "from the other copy" },
    });
    expect(formatIssue(other.issue("demo_from_copy", ["x"]), "nn")).toBe("x: frå den andre kopien");
    expect(copy.registeredText(DEMO.issue("demo_fixed", []), "en")).toBe("is wrong");
  });

  test("is held under a global symbol, not enumerable, so it survives copies and stays out of the way", () => {
    const key = Symbol.for("@pakkeforlop-hjem/issue-texts@1");
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, key);
    expect(descriptor?.value).toBeInstanceOf(Map);
    expect(descriptor?.enumerable).toBe(false);
    expect(Object.keys(globalThis)).not.toContain(String(key));
  });
});
