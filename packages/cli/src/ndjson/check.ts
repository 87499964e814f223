/**
 * One NDJSON line's verdict, the same on the main thread and in a worker (`--jobs`): parse the JSON, validate it as an
 * assessment (or migrate it first), and return its issues; an empty array when it is valid, `undefined` for a blank
 * line (skipped, not counted).
 */
import {
  type Assessment,
  type Issue,
  type ParseOptions,
  type SafeResult,
  safeParseAssessment,
} from "@pakkeforlop-hjem/model/validator";
import { CLI_ISSUES } from "../cli-issues.ts";

/** How a line is checked: what a worker needs to check as the main thread would (plain data, structured-cloneable). */
export interface LineCheckOptions {
  readonly parseOptions: ParseOptions;
  readonly migrate: boolean;
}

/** The parser a run uses: the precompiled validator, or the migrating parser (loads the model's zod schemas). */
export type AssessmentParser = (doc: unknown, options: ParseOptions) => SafeResult<Assessment>;

/**
 * The parser for the options: `--migrate` loads the model's main entry (zod) on demand.
 * @example
 * ```ts
 * const parse = await parserFor({ parseOptions: {}, migrate: false });
 * ```
 */
export async function parserFor(options: LineCheckOptions): Promise<AssessmentParser> {
  return options.migrate ? (await import("@pakkeforlop-hjem/model")).migrateAssessment : safeParseAssessment;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The issues of one document already parsed from JSON: `not_object` for anything but an object.
 * @example
 * ```ts
 * documentIssues(safeParseAssessment, {}, JSON.parse(text)).length === 0; // valid
 * ```
 */
export function documentIssues(parse: AssessmentParser, options: ParseOptions, doc: unknown): readonly Issue<string>[] {
  if (!isObject(doc)) {
    return [CLI_ISSUES.issue("not_object", [])];
  }
  const result = parse(doc, options);
  return result.success ? [] : result.error.issues;
}

/**
 * The issues of one NDJSON line; `undefined` for a blank line.
 * @example
 * ```ts
 * lineIssues(safeParseAssessment, {}, "{}"); // the issues of an empty object
 * ```
 */
export function lineIssues(
  parse: AssessmentParser,
  options: ParseOptions,
  text: string,
): readonly Issue<string>[] | undefined {
  if (text.trim() === "") {
    return undefined;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [CLI_ISSUES.issue("not_json", [])];
  }
  return documentIssues(parse, options, doc);
}
