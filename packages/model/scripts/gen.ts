/**
 * Artifacts of the model package, run through `pnpm gen`: the JSON Schema, the precompiled validator, and the
 * TypeScript type that json-schema-to-typescript compiles from the emitted schema (a type test proves it equals
 * the model's `Assessment`, so vendors who use only the JSON Schema get the same types).
 */
import { type Artifact, BANNER, formatTs, stableJson } from "../../../scripts/artifacts.ts";
// By file, not through the package entry: the entry loads the generated validator, and this script must run even
// when that file is stale or broken (it is what rewrites it).
import { structuralAssessmentSchema } from "../src/assessment.ts";
import { toJsonSchema } from "../src/json-schema.ts";
import { generateValidatorSource } from "./gen-validator.ts";
import { compileSchemaToTs } from "./schema-to-ts.ts";

export async function artifacts(): Promise<Artifact[]> {
  const schema = toJsonSchema("assessment");
  return [
    { path: "schemas/v1/assessment.schema.json", content: stableJson(schema) },
    {
      path: "packages/model/src/generated/validate-assessment.ts",
      content: formatTs(
        generateValidatorSource(structuralAssessmentSchema(), {
          banner: BANNER,
          exportName: "validateAssessmentStructure",
        }),
      ),
    },
    {
      path: "packages/model/test/golden/assessment-from-schema.ts",
      content: await compileSchemaToTs(JSON.parse(stableJson(schema))),
    },
  ];
}
