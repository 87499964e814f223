/**
 * The safe entries of the renderers (issue 21 point 7): input that has not been validated (JSON from a file, a
 * request, a message) and options from outside (a command line, a configuration) give a typed error, never a thrown
 * `TypeError` or `RangeError`. The input is validated with the model (`safeParseAssessment`, the same issues as
 * everywhere), the language, width and budget are checked, and only then is the renderer called.
 */
import {
  type Assessment,
  type Issue,
  type IssueCode,
  LANGS,
  type Lang,
  MODEL_ISSUES,
  type ParseOptions,
  type SafeResult,
  safeParseAssessment,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import { type LetterOptions, POSTAL_LINES, renderPatientLetter } from "./letter.ts";
import { type NoteText, type NoteTextOptions, renderEpicrisisText, renderNoteText, type TextOptions } from "./text.ts";
import { renderNoteXhtml, type XhtmlOptions } from "./xhtml.ts";

/**
 * The result of a safe renderer: the rendering, or a `ValidationError` whose issues are the model's (paths into the
 * input, or `["options", name]` for an option out of range).
 */
export type RenderResult<T> = SafeResult<T, IssueCode>;

/** A whole-number option within a range, as issues at `["options", name]`. */
function checkRange(name: string, value: unknown, minimum: number, maximum: number): Issue[] {
  const path = ["options", name];
  if (value === undefined) {
    return [];
  }
  if (typeof value !== "number" || !Number.isInteger(value)) {
    const received = typeof value === "number" ? "number" : value === null ? "null" : typeof value;
    return [MODEL_ISSUES.issue("invalid_type", path, { expected: "integer", received })];
  }
  if (value < minimum) {
    return [MODEL_ISSUES.issue("too_small", path, { origin: "number", minimum })];
  }
  return value > maximum ? [MODEL_ISSUES.issue("too_big", path, { origin: "number", maximum })] : [];
}

/** The options the safe renderers check, as they may arrive from outside. */
interface Checked extends ParseOptions {
  readonly lang?: Lang;
  readonly width?: number;
  readonly budget?: number;
}

/** The options' issues: the language, and the width and budget when the renderer has them. */
function optionIssues(options: Checked, maxWidth: number): Issue[] {
  const issues: Issue[] = [];
  if (options.lang !== undefined && !LANGS.includes(options.lang as Lang)) {
    issues.push(MODEL_ISSUES.issue("invalid_value", ["options", "lang"], { expected: [...LANGS] }));
  }
  issues.push(...checkRange("width", options.width, 40, maxWidth));
  issues.push(...checkRange("budget", options.budget, 1, Number.MAX_SAFE_INTEGER));
  return issues;
}

/** Checks the options and the input, then renders. */
function safely<TOptions extends Checked, T>(
  input: unknown,
  options: TOptions,
  maxWidth: number,
  render: (assessment: Assessment, options: TOptions) => T,
): RenderResult<T> {
  const issues = optionIssues(options, maxWidth);
  if (issues.length > 0) {
    return { success: false, error: new ValidationError(issues) };
  }
  const parsed = safeParseAssessment(input, options);
  return parsed.success ? { success: true, data: render(parsed.data, options) } : parsed;
}

/**
 * {@link renderEpicrisisText} for input that has not been validated: the text, or the issues of the input and the
 * options. Never throws on data.
 * @example
 * ```ts
 * const r = safeRenderEpicrisisText(JSON.parse(body), { lang: "nn" });
 * if (r.success) output(r.data);
 * else for (const issue of r.error.issues) show(formatIssue(issue, "nn"));
 * ```
 */
export function safeRenderEpicrisisText(
  input: unknown,
  options: TextOptions & ParseOptions = {},
): RenderResult<string> {
  return safely(input, options, 200, renderEpicrisisText);
}

/**
 * {@link renderNoteText} for input that has not been validated. Never throws on data.
 * @example
 * ```ts
 * const r = safeRenderNoteText(input, { budget: 2000 });
 * if (r.success) send(r.data.text);
 * ```
 */
export function safeRenderNoteText(
  input: unknown,
  options: NoteTextOptions & ParseOptions = {},
): RenderResult<NoteText> {
  return safely(input, options, 200, renderNoteText);
}

/**
 * {@link renderNoteXhtml} for input that has not been validated. Never throws on data.
 * @example
 * ```ts
 * const r = safeRenderNoteXhtml(input, { lang: "en" });
 * ```
 */
export function safeRenderNoteXhtml(input: unknown, options: XhtmlOptions & ParseOptions = {}): RenderResult<string> {
  return safely(input, options, 200, renderNoteXhtml);
}

/** The paper letter's address lines: no more than a window envelope holds (issues at `["options", "postal", name]`). */
function postalIssues(options: LetterOptions): Issue[] {
  const issues: Issue[] = [];
  for (const name of ["address", "senderAddress"] as const) {
    const lines = options.postal?.[name];
    if (lines !== undefined && lines.length > POSTAL_LINES[name]) {
      const maximum = POSTAL_LINES[name];
      issues.push(MODEL_ISSUES.issue("too_big", ["options", "postal", name], { origin: "array", maximum }));
    }
  }
  return issues;
}

/**
 * {@link renderPatientLetter} for input that has not been validated. Never throws on data; too many address lines
 * (see `POSTAL_LINES`) are an issue at `["options", "postal", …]`.
 * @example
 * ```ts
 * const r = safeRenderPatientLetter(input, { lang: "nb", width: 60 });
 * ```
 */
export function safeRenderPatientLetter(
  input: unknown,
  options: LetterOptions & ParseOptions = {},
): RenderResult<string> {
  const issues = postalIssues(options);
  if (issues.length > 0) {
    return { success: false, error: new ValidationError(issues) };
  }
  return safely(input, options, 120, renderPatientLetter);
}
