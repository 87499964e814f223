/** Reading one assessment for `render`, `build` and `demo`: parse the JSON, validate it, stop with its issues. */
import { type Assessment, type ParseOptions, safeParseAssessment } from "@pakkeforlop-hjem/model";
import { invalid } from "./errors.ts";
import { decode, openSource, parseJson, readAll } from "./input.ts";
import type { Context } from "./io.ts";
import { word } from "./messages.ts";

/** Reads and validates an assessment file (or stdin); invalid data is exit 1 with every issue. */
export async function loadAssessment(
  ctx: Context,
  file: string | undefined,
  options: ParseOptions,
): Promise<Assessment> {
  const source = await openSource(ctx, file);
  const where = source.name === "-" ? word(ctx.lang, "stdin") : source.name;
  const text = decode(await readAll(source, 20_000_000), where);
  if (text.trim() === "") {
    throw invalid("empty_input", { where });
  }
  return validAssessment(ctx, parseJson(text, where), where, options);
}

/** Validates a parsed document as an assessment; invalid data is exit 1 with every issue. */
export function validAssessment(ctx: Context, doc: unknown, where: string, options: ParseOptions): Assessment {
  const result = safeParseAssessment(doc, options);
  if (!result.success) {
    const what = word(ctx.lang, "assessment");
    throw invalid("invalid", { where, what, count: result.error.issues.length }, result.error.issues);
  }
  return result.data;
}
