/**
 * The public zod schema of an assessment: the structural schema of `assessment.ts` with the cross-field rules of
 * `rules.ts` (DOMAIN.md §1–§3). Kept apart from both so that the rules can name the `Assessment` type without an
 * import cycle.
 */
import type * as z from "zod";
import { type Assessment, type SchemaOptions, structuralAssessmentSchema } from "./assessment.ts";
import { assessmentRuleIssues } from "./rules.ts";
import { withRuleIssues } from "./zod-issues.ts";

/**
 * Builds the assessment schema with cross-field rules. Use it for options; {@link AssessmentSchema} is the strict
 * default (synthetic test numbers refused).
 * @example
 * ```ts
 * const TestAssessmentSchema = createAssessmentSchema({ allowTestNumbers: true });
 * TestAssessmentSchema.safeParse(doc);
 * ```
 */
export function createAssessmentSchema(options: SchemaOptions = {}): z.ZodType<Assessment> {
  return withRuleIssues(structuralAssessmentSchema(options), assessmentRuleIssues);
}

/**
 * The zod schema of an {@link Assessment}, with cross-field rules. Compose it in your own zod schemas; for fast,
 * CSP-safe validation with SDK issues use `safeParseAssessment`.
 * @example
 * ```ts
 * const result = AssessmentSchema.safeParse(json);
 * ```
 */
// Pure: a bundle that does not use the zod schema drops it (and zod with it).
export const AssessmentSchema: z.ZodType<Assessment> = /* @__PURE__ */ createAssessmentSchema();
