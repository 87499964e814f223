/**
 * The zod schemas of the pathway's documents (issue 19: only the `/zod` entry loads zod), made from the shapes the
 * main entry checks without zod.
 */
import { withRuleIssues } from "@pakkeforlop-hjem/model/zod";
import type * as z from "zod";
import { toZod } from "./internal/shape-zod.ts";
import { EMBEDDED_ASSESSMENT, type PathwayEvent, pathwayEventShape } from "./pathway-event.ts";
import { type Profile, profileRuleIssues, profileShape } from "./profile.ts";

/**
 * The structural zod schema of a profile (no cross-field rules), as emitted to `schemas/v1/profile.schema.json`.
 * @internal
 */
export const StructuralProfileSchema: z.ZodType<Profile> = toZod(profileShape()) as z.ZodType<Profile>;

/**
 * The zod schema of a {@link Profile}, with its cross-field rules. Compose it in your own schemas; for SDK issues
 * with nb/nn/en texts use `safeParseProfile` of the main entry, which gives the same issues without zod.
 * @example
 * ```ts
 * ProfileSchema.safeParse(JSON.parse(text)).success;
 * ```
 */
export const ProfileSchema: z.ZodType<Profile> = withRuleIssues(StructuralProfileSchema, profileRuleIssues);

/**
 * The embedded assessment of a `completed` event: an object here; in JSON Schema a `$ref` to `assessment.schema.json`.
 * @internal
 */
export const EmbeddedAssessmentSchema: z.ZodType = toZod(EMBEDDED_ASSESSMENT);

/**
 * The zod schema of a {@link PathwayEvent}. The embedded assessment of a `completed` event is only checked to be an
 * object here; `safeParsePathwayEvent` of the main entry runs the model's full validator on it.
 * @example
 * ```ts
 * PathwayEventSchema.safeParse({ type: "deceased", id: "e9", at: "2025-03-01T10:00:00+01:00" }).success; // true
 * ```
 */
export const PathwayEventSchema: z.ZodType<PathwayEvent> = toZod(pathwayEventShape()) as z.ZodType<PathwayEvent>;
