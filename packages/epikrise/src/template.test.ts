import { fc, test as propTest } from "@fast-check/vitest";
import { formatIssue, LANGS, type Lang } from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { loadExample } from "../scripts/gen.ts";
import { buildRenderTree } from "./build.ts";
import { EPIKRISE_ISSUES, type EpikriseIssueParams } from "./issues.ts";
import {
  type DocumentTemplate,
  lintTemplate,
  REQUIRED_TEMPLATE_SECTIONS,
  renderWithTemplate,
  TEMPLATE_SECTIONS,
  templateText,
} from "./template.ts";
import { AHUS_TEMPLATE, BUILT_IN_TEMPLATES, TRONDELAG_TEMPLATE } from "./templates.ts";
import { renderEpicrisisText } from "./text.ts";
import type { SectionId } from "./tree.ts";

const codes = (t: DocumentTemplate): string[] => lintTemplate(t).map((i) => i.code);
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("lintTemplate (issue 16 point 1)", () => {
  test.each(Object.values(BUILT_IN_TEMPLATES))("the built-in template $id is sound", (template) => {
    expect(lintTemplate(template)).toEqual([]);
  });

  test("a template that leaves out a required part is refused, naming the part by its heading", () => {
    const without = {
      ...AHUS_TEMPLATE,
      sections: AHUS_TEMPLATE.sections.filter((s) => !s.show.includes("children")),
    };
    const issues = lintTemplate(without);
    expect(issues.map((i) => [i.code, i.params])).toEqual([["template_missing_section", { section: "children" }]]);
    expect(formatIssue(issues[0] as (typeof issues)[number], "nb")).toContain("barn som pårørende");
    expect(formatIssue(issues[0] as (typeof issues)[number], "nb")).not.toContain("children");
  });

  test.each(REQUIRED_TEMPLATE_SECTIONS.map((s) => [s]))("leaving out %s is refused", (section) => {
    const without = {
      ...AHUS_TEMPLATE,
      sections: AHUS_TEMPLATE.sections
        .map((s) => ({ ...s, show: s.show.filter((k) => k !== section) }))
        .filter((s) => s.show.length > 0),
    };
    expect(codes(without)).toContain("template_missing_section");
  });

  test("notes are optional", () => {
    const without = { ...AHUS_TEMPLATE, sections: AHUS_TEMPLATE.sections.filter((s) => !s.show.includes("notes")) };
    expect(lintTemplate(without)).toEqual([]);
  });

  test("an unknown key, a duplicate, an empty section, a late header and a missing nn heading are refused", () => {
    const bad: DocumentTemplate = {
      ...AHUS_TEMPLATE,
      sections: [
        { show: ["outcome", "header"] },
        { heading: { nb: "Ekstra", nn: "" }, show: ["participation", "vital-signs" as SectionId, "outcome"] },
        { heading: { nb: "Tom", nn: "Tom" }, show: [] },
        ...AHUS_TEMPLATE.sections.slice(2),
      ],
    };
    const issues = lintTemplate(bad);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["template_header_first", ["sections", 0, "show", 0]],
      ["template_text", ["sections", 1, "heading"]],
      ["template_unknown_section", ["sections", 1, "show", 1]],
      ["template_duplicate_section", ["sections", 1, "show", 2]],
      ["template_empty_section", ["sections", 2, "show"]],
    ]);
  });

  test("a name with a line break is refused", () => {
    expect(codes({ ...AHUS_TEMPLATE, name: { nb: "a\nb", nn: "a" } })).toEqual(["template_text"]);
  });

  const SAMPLES: { readonly [K in keyof EpikriseIssueParams]: EpikriseIssueParams[K] } = {
    template_missing_section: { section: "consent" },
    template_unknown_section: {},
    template_duplicate_section: { section: "topics" },
    template_empty_section: {},
    template_header_first: {},
    template_text: {},
  };
  test.each(Object.entries(SAMPLES))("writes %s in nb, nn and en through formatIssue", (code, params) => {
    expect(EPIKRISE_ISSUES.codes).toContain(code);
    for (const lang of LANGS) {
      const text = formatIssue(EPIKRISE_ISSUES.issue(code as never, ["sections"], params as never), lang);
      expect(text.length).toBeGreaterThan(12);
      expect(text).not.toMatch(/template_|what-matters|next-step|contact-point/);
    }
  });
});

describe("renderWithTemplate (issue 16 point 1)", () => {
  const a = loadExample("sp2-with-children");

  test.each([
    [AHUS_TEMPLATE, "nb"],
    [AHUS_TEMPLATE, "nn"],
    [TRONDELAG_TEMPLATE, "nb"],
    [TRONDELAG_TEMPLATE, "en"],
  ] as const)("prints %# the template's headings in its order, with the marking first", (template, lang) => {
    const result = renderWithTemplate(a, template, { lang });
    if (!result.success) {
      throw result.error;
    }
    const text = result.data;
    expect(text.split("\n")[0]).toMatch(/^PAKKEFORLØP HJEM/);
    let at = 0;
    for (const s of template.sections) {
      if (s.heading === undefined || (s.show.length === 1 && s.show[0] === "notes" && a.notes === undefined)) {
        continue;
      }
      const found = text.indexOf(`\n${templateText(s.heading, lang).toUpperCase()}\n`, at);
      expect(found).toBeGreaterThan(at - 1);
      at = found;
    }
  });

  propTest.prop(
    [arbAssessment(), fc.constantFrom<Lang>(...LANGS), fc.constantFrom(...Object.values(BUILT_IN_TEMPLATES))],
    {
      numRuns: 60,
    },
  )(
    "says everything the fixed-order text says, and nothing more (same blocks, other headings)",
    (assessment, lang, template) => {
      const result = renderWithTemplate(assessment, template, { lang });
      expect(result.success).toBe(true);
      const text = result.success ? result.data : "";
      // Every line of the fixed-order text that is not a heading appears in the template's text.
      const tree = buildRenderTree(assessment, { lang });
      const headings = new Set(tree.sections.map((s) => s.heading?.toUpperCase()));
      const lines = renderEpicrisisText(assessment, { lang })
        .split("\n")
        .filter((l) => l !== "" && !headings.has(l));
      const printed = new Set(text.split("\n"));
      for (const l of lines) {
        expect(printed.has(l)).toBe(true);
      }
      expect(text.endsWith("\n")).toBe(true);
      expect(text.split("\n").every((l) => l.length <= 80 && l === l.trimEnd())).toBe(true);
    },
  );

  test("applies the recipient view: a part held back does not print", () => {
    const withheld = renderWithTemplate(a, AHUS_TEMPLATE, { withhold: ["children"] });
    const full = renderWithTemplate(a, AHUS_TEMPLATE);
    expect(withheld.success && full.success).toBe(true);
    if (withheld.success && full.success) {
      expect(squash(withheld.data)).not.toEqual(squash(full.data));
      expect(withheld.data).toContain("\nBARN SOM PÅRØRENDE (HELSEPERSONELLOVEN § 10A)\n");
    }
  });

  test("refuses a template that fails the lint", () => {
    const result = renderWithTemplate(a, { ...AHUS_TEMPLATE, sections: [] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.every((i) => i.code === "template_missing_section")).toBe(true);
    }
  });

  test("every section key the tree builds is a template key", () => {
    const tree = buildRenderTree({ ...a, notes: "x" });
    expect(tree.sections.map((s) => s.id)).toEqual(TEMPLATE_SECTIONS);
  });
});
