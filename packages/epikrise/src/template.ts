/**
 * Document templates as data (issue 16 point 1; DOMAIN.md §5: hospitals on DIPS send "a regional standard document
 * template (epikrisemal)"). A template names its sections in order, each with a heading in nb and nn and the parts
 * of the render tree (`tree.ts`, by section key) it shows. {@link lintTemplate} proves that every required part of
 * the assessment appears once and that nothing unknown is named; {@link renderWithTemplate} prints the render tree
 * (with the recipient view applied, issue 9) through a template. The built-in regional templates are data below.
 */
import { type Assessment, FORMAT_PATTERNS, type Lang, type SafeResult, ValidationError } from "@pakkeforlop-hjem/model";
import { buildRenderTree } from "./build.ts";
import { EPIKRISE_ISSUES, type EpikriseIssue } from "./issues.ts";
import { finish, headingLines, printBlocks, type TextOptions } from "./text.ts";
import type { Section, SectionId } from "./tree.ts";
import { checkWidth } from "./wrap.ts";

/** A text of a template in nb and nn (the languages of Norwegian health records); `en` is optional, else nb is used. */
export interface TemplateText {
  readonly nb: string;
  readonly nn: string;
  readonly en?: string;
}

/** One section of a template: its heading (none for the opening section) and the parts it shows, in order. */
export interface TemplateSection {
  readonly heading?: TemplateText;
  /** Section keys of the render tree (`SectionId`), e.g. `["distress", "topics"]`. */
  readonly show: readonly SectionId[];
}

/**
 * A document template (issue 16 point 1): how a region lays out the SP result in its EHR's document.
 * @example
 * ```ts
 * const mine: DocumentTemplate = { ...AHUS_TEMPLATE, id: "my-region", name: { nb: "Min mal", nn: "Min mal" } };
 * lintTemplate(mine); // []
 * ```
 */
export interface DocumentTemplate {
  /** Stable token, e.g. `ahus-dips-regional`. */
  readonly id: string;
  readonly version: string;
  readonly name: TemplateText;
  readonly sections: readonly TemplateSection[];
  /** Where the template comes from. */
  readonly sources: readonly string[];
}

/**
 * Every section key of the render tree, in the fixed order of issue 5.
 * @example
 * ```ts
 * TEMPLATE_SECTIONS.includes("children"); // true
 * ```
 */
export const TEMPLATE_SECTIONS: readonly SectionId[] = [
  "header",
  "outcome",
  "participation",
  "distress",
  "what-matters",
  "topics",
  "children",
  "measures",
  "contact-point",
  "consent",
  "next-step",
  "notes",
];

/**
 * The parts every template must show (DOMAIN.md §2–§3: the kartlegging's parts, the children of the patient under
 * helsepersonelloven § 10a, consent, the next point). Only the free notes are optional: the tree has them only when
 * the assessment has notes, and a template may leave them out.
 * @example
 * ```ts
 * REQUIRED_TEMPLATE_SECTIONS.includes("notes"); // false
 * ```
 */
export const REQUIRED_TEMPLATE_SECTIONS: readonly SectionId[] = /* @__PURE__ */ TEMPLATE_SECTIONS.filter(
  (s) => s !== "notes",
);

const lineOk = (s: unknown): boolean =>
  typeof s === "string" && s.length >= 1 && s.length <= 200 && FORMAT_PATTERNS.line.test(s);

const textOk = (t: TemplateText | undefined): boolean =>
  t !== undefined && lineOk(t.nb) && lineOk(t.nn) && (t.en === undefined || lineOk(t.en));

/**
 * Lints a template (issue 16 point 1): every required part of the assessment ({@link REQUIRED_TEMPLATE_SECTIONS})
 * appears, no unknown section key, no part twice, no empty section, the header (with the pathway marking) first, and
 * the name and headings in nb and nn. Returns the issues, none for a sound template.
 * @example
 * ```ts
 * lintTemplate({ ...AHUS_TEMPLATE, sections: AHUS_TEMPLATE.sections.slice(1) })[0]?.code; // "template_header_first"
 * ```
 */
export function lintTemplate(template: DocumentTemplate): readonly EpikriseIssue[] {
  const issues: EpikriseIssue[] = [];
  if (!textOk(template.name)) {
    issues.push(EPIKRISE_ISSUES.issue("template_text", ["name"]));
  }
  const seen = new Set<string>();
  template.sections.forEach((section, i) => {
    if (section.heading !== undefined && !textOk(section.heading)) {
      issues.push(EPIKRISE_ISSUES.issue("template_text", ["sections", i, "heading"]));
    }
    if (section.show.length === 0) {
      issues.push(EPIKRISE_ISSUES.issue("template_empty_section", ["sections", i, "show"]));
    }
    section.show.forEach((key, j) => {
      const path = ["sections", i, "show", j] as const;
      if (!TEMPLATE_SECTIONS.includes(key)) {
        issues.push(EPIKRISE_ISSUES.issue("template_unknown_section", path));
      } else if (seen.has(key)) {
        issues.push(EPIKRISE_ISSUES.issue("template_duplicate_section", path, { section: key }));
      } else if (seen.size === 0 && key !== "header") {
        issues.push(EPIKRISE_ISSUES.issue("template_header_first", path));
      }
      seen.add(key);
    });
  });
  for (const key of REQUIRED_TEMPLATE_SECTIONS) {
    if (!seen.has(key)) {
      issues.push(EPIKRISE_ISSUES.issue("template_missing_section", ["sections"], { section: key }));
    }
  }
  return issues;
}

/**
 * A template text in a language: nb or nn, and en where given (else nb).
 * @example
 * ```ts
 * templateText({ nb: "Tiltak", nn: "Tiltak" }, "en"); // "Tiltak"
 * ```
 */
export const templateText = (t: TemplateText, lang: Lang): string => (lang === "en" ? (t.en ?? t.nb) : t[lang]);

/** A template section's lines: its heading, then each shown part (under its own heading when it shows several). */
function printTemplateSection(shown: readonly Section[], heading: string | undefined, width: number): string {
  let out = heading === undefined ? "" : `\n${headingLines(heading, width)}`;
  for (const s of shown) {
    const sub = shown.length > 1 && s.heading !== undefined ? `\n${headingLines(s.heading, width)}` : "";
    out += sub + printBlocks(s.blocks, "", width);
  }
  return out;
}

/**
 * Prints an assessment through a document template (issue 16 point 1): the render tree, built once with the
 * recipient view applied (issue 9), in the template's order under its headings. A part the tree leaves out (notes
 * the assessment does not have) prints nothing, and a template section that shows nothing else prints no heading.
 * Returns the lint's issues for a template that fails {@link lintTemplate}.
 * @throws {RangeError} when `width` is outside 40–200.
 * @example
 * ```ts
 * const result = renderWithTemplate(assessment, AHUS_TEMPLATE, { lang: "nn", delivery });
 * if (result.success) send(result.data);
 * ```
 */
export function renderWithTemplate(
  assessment: Assessment,
  template: DocumentTemplate,
  options: TextOptions = {},
): SafeResult<string, EpikriseIssue> {
  const width = checkWidth(options.width, 80, 200);
  const issues = lintTemplate(template);
  if (issues.length > 0) {
    return { success: false, error: new ValidationError(issues) };
  }
  const tree = buildRenderTree(assessment, options);
  const byId = new Map(tree.sections.map((s) => [s.id, s] as const));
  let lines = "";
  for (const section of template.sections) {
    const shown = section.show.map((key) => byId.get(key)).filter((s): s is Section => s !== undefined);
    if (shown.length > 0) {
      const heading = section.heading === undefined ? undefined : templateText(section.heading, tree.lang);
      lines += printTemplateSection(shown, heading, width);
    }
  }
  return { success: true, data: finish(lines) };
}
