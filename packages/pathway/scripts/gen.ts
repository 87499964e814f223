/** Artifacts of the pathway package: JSON Schemas of profiles and events, and the built-in profiles as JSON. */
import { BUILT_IN_PROFILES } from "@pakkeforlop-hjem/pathway";
import { toPathwayJsonSchema } from "@pakkeforlop-hjem/pathway/zod";
import { type Artifact, stableJson } from "../../../scripts/artifacts.ts";

export async function artifacts(): Promise<Artifact[]> {
  return [
    { path: "schemas/v1/profile.schema.json", content: stableJson(toPathwayJsonSchema("profile")) },
    { path: "schemas/v1/pathway-event.schema.json", content: stableJson(toPathwayJsonSchema("pathway-event")) },
    ...Object.entries(BUILT_IN_PROFILES).map(([id, profile]) => ({
      path: `schemas/profiles/${id}.json`,
      content: stableJson(profile),
    })),
  ];
}
