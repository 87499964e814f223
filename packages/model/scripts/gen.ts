/** Artifacts of the model package: JSON Schemas and the precompiled validator. Run through `pnpm gen`. */
import { structuralAssessmentSchema, toJsonSchema } from "@pakkeforlop-hjem/model";
import { type Artifact, BANNER, formatTs, stableJson } from "../../../scripts/artifacts.ts";
import { generateValidatorSource } from "./gen-validator.ts";

export async function artifacts(): Promise<Artifact[]> {
  return [
    { path: "schemas/v1/assessment.schema.json", content: stableJson(toJsonSchema("assessment")) },
    {
      path: "packages/model/src/generated/validate-assessment.ts",
      content: formatTs(
        generateValidatorSource(structuralAssessmentSchema(), { banner: BANNER, exportName: "validateAssessmentStructure" }),
      ),
    },
  ];
}
