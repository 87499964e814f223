/**
 * JSON Schema emission (ARCHITECTURE.md "Generated artifacts"). zod is the source of truth; `pnpm gen` writes the
 * result to `schemas/v1/`. Check digits and other rules JSON Schema cannot state appear as custom `format`s
 * (`no-fnr`, `no-orgnr`, ...) whose checks are exported as `createFormats`; the cross-field rules are described
 * in the schema's `description` and enforced by `safeParseAssessment`.
 */
import * as z from "zod";
import { SCHEMA_VERSION, structuralAssessmentSchema } from "./assessment.ts";

/**
 * The `$id` base of the emitted schemas.
 * @example
 * ```ts
 * toJsonSchema("assessment").$id; // `${SCHEMA_ID_BASE}/v1/assessment.schema.json`
 * ```
 */
export const SCHEMA_ID_BASE = "https://pakkeforlop-hjem.github.io/sdk/schemas";

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
  const schema = z.toJSONSchema(structuralAssessmentSchema(), { target: "draft-2020-12", unrepresentable: "throw" });
  const major = SCHEMA_VERSION.split(".")[0];
  return {
    ...schema,
    $id: `${SCHEMA_ID_BASE}/v${major}/${name}.schema.json`,
    title: "Assessment",
    description:
      "A needs-assessment conversation of Pakkeforløp hjem for pasienter med kreft. Custom formats: no-fnr, no-dnr, " +
      "no-fhn, no-duf, no-hpr, no-her-id, no-orgnr (Norwegian identifiers with check digits), token, version, phone, " +
      "lang, icd10-neoplasm, date, date-time. Cross-field rules (dates in order, threshold flag, birth date from " +
      "identifier, age group, § 10a children, unique consent per recipient, next step order) are enforced by " +
      "safeParseAssessment in @pakkeforlop-hjem/model.",
  };
}
