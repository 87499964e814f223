/**
 * JSON Schema emission for the pathway's documents (ARCHITECTURE.md "Generated artifacts"): the zod schemas are the
 * source of truth; `pnpm gen` writes `schemas/v1/profile.schema.json` and `schemas/v1/pathway-event.schema.json`.
 */
import { SCHEMA_ID_BASE } from "@pakkeforlop-hjem/model";
import * as z from "zod";
import { EmbeddedAssessmentSchema, PathwayEventSchema, StructuralProfileSchema } from "./schemas.ts";

/** The pathway documents with a JSON Schema. */
export type PathwaySchemaName = "profile" | "pathway-event";

/**
 * Emits the JSON Schema (draft 2020-12) of a pathway document. The assessment inside a `completed` event is a
 * `$ref` to the model's `assessment.schema.json`. Cross-field rules (one rule per interaction point, windows in
 * order; impossible event sequences) are checked by `safeParseProfile` and `replay`.
 * @example
 * ```ts
 * const schema = toPathwayJsonSchema("profile");
 * ```
 */
export function toPathwayJsonSchema(name: PathwaySchemaName): Record<string, unknown> {
  const id = `${SCHEMA_ID_BASE}/v1/${name}.schema.json`;
  if (name === "profile") {
    return {
      ...z.toJSONSchema(StructuralProfileSchema, { target: "draft-2020-12", unrepresentable: "throw" }),
      $id: id,
      title: "Profile",
      description:
        "A regional profile of Pakkeforløp hjem for pasienter med kreft: where each interaction point is held, its " +
        "window in months from the anchor date, the municipality's single point of entry, message kinds by sender " +
        "system, GP copy, patient letters, SP1 on hospital transfer, relapse rule. Cross-field rules (one rule per " +
        "interaction point 1-3, windows for 2 and 3 in order, a message kind) are enforced by safeParseProfile in " +
        "@pakkeforlop-hjem/pathway.",
    };
  }
  return {
    ...z.toJSONSchema(PathwayEventSchema, {
      target: "draft-2020-12",
      unrepresentable: "any",
      override: (ctx) => {
        if (ctx.zodSchema === (EmbeddedAssessmentSchema as unknown)) {
          for (const key of Object.keys(ctx.jsonSchema)) {
            delete (ctx.jsonSchema as Record<string, unknown>)[key];
          }
          ctx.jsonSchema.$ref = `${SCHEMA_ID_BASE}/v1/assessment.schema.json`;
        }
      },
    }),
    $id: id,
    title: "PathwayEvent",
    description:
      "One event of a patient's Pakkeforløp hjem (included, offered, completed, declined, inclusion-declined, " +
      "consent-changed, hospital-transfer, relapse, deceased, closed, handoff), with a unique id and an ISO " +
      "date-time `at`. Events may arrive out of order and twice; replay in @pakkeforlop-hjem/pathway orders them " +
      "by time, removes duplicates by id and reports impossible sequences.",
  };
}
