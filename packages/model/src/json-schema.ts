/**
 * JSON Schema emission (ARCHITECTURE.md "Generated artifacts"). zod is the source of truth; `pnpm gen` writes the
 * result to `schemas/v1/`. Check digits and other rules JSON Schema cannot state appear as custom `format`s
 * (`no-fnr`, `no-orgnr`, ...) whose checks are exported as `createFormats`; the cross-field rules are described
 * in the schema's `description` and enforced by `safeParseAssessment`.
 */
import * as z from "zod";
import { structuralAssessmentSchema } from "./assessment.ts";
import { SCHEMA_ID_BASE, SCHEMA_VERSION } from "./constants.ts";
import { FORMAT_SHAPES } from "./formats.ts";
import { CROSS_FIELD_RULES } from "./rule-catalogue.ts";

/** The public documents with a JSON Schema. */
export type SchemaName = "assessment";

/**
 * Emits the JSON Schema (draft 2020-12) of a public document.
 * @example
 * ```ts
 * const schema = toJsonSchema("assessment");
 * ```
 */
export function toJsonSchema(name: SchemaName = "assessment"): Record<string, unknown> {
  const schema = withShapes(
    z.toJSONSchema(structuralAssessmentSchema(), { target: "draft-2020-12", unrepresentable: "throw" }),
  ) as Record<string, unknown>;
  const major = SCHEMA_VERSION.split(".")[0];
  return {
    ...schema,
    $id: `${SCHEMA_ID_BASE}/v${major}/${name}.schema.json`,
    title: "Assessment",
    description:
      "A needs-assessment conversation of Pakkeforløp hjem for pasienter med kreft. Custom formats: no-fnr, no-dnr, " +
      "no-fhn, no-duf, no-hpr, no-her-id, no-orgnr (Norwegian identifiers with check digits; synthetic test numbers " +
      "refused unless allowed), token, version, phone, lang, icd10-neoplasm, line, text (each also given as a " +
      "pattern), date and date-time (a real calendar day; date-time needs seconds and a zone, uppercase T and Z, no " +
      "leap second; their shape is also a pattern). Lengths count Unicode code points. Patterns mean the same in " +
      "ECMAScript, Python, .NET and Java: no $, no \\s. Cross-field rules, enforced by safeParseAssessment in " +
      `@pakkeforlop-hjem/model and run only on a document that is structurally valid: ${CROSS_FIELD_RULES.map(
        (r) => `${r.id} (${r.code}${r.path === "" ? "" : ` at ${r.path}`}): ${r.rule}`,
      ).join(" ")}`,
  };
}

/** Adds the shape pattern of code-checked formats (dates, identifiers) beside the format, everywhere in a schema. */
function withShapes(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.map(withShapes);
  }
  if (typeof node !== "object" || node === null) {
    return node;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = withShapes(v);
  }
  const format = out["format"];
  if (typeof format === "string" && FORMAT_SHAPES[format] !== undefined && out["pattern"] === undefined) {
    out["pattern"] = FORMAT_SHAPES[format];
  }
  return withScoreFlag(out);
}

/**
 * The thermometer's score and its threshold flag come together or not at all (DOMAIN.md §3; issue 16: the problem
 * list may be answered without a score, and then there is no flag): `dependentRequired` on the distress object, so
 * a validator in any language checks it from the schema alone (the SDK reports `required` or
 * `threshold_flag_without_score`).
 */
function withScoreFlag(node: Record<string, unknown>): Record<string, unknown> {
  const props = node["properties"] as Record<string, unknown> | undefined;
  if (node["type"] !== "object" || props?.["score"] === undefined || props["aboveThreshold"] === undefined) {
    return node;
  }
  return { ...node, dependentRequired: { score: ["aboveThreshold"], aboveThreshold: ["score"] } };
}
