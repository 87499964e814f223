/**
 * `@pakkeforlop-hjem/model/zod`: the zod schemas of the model, for composing them in your own zod schemas, mapping
 * zod issues to the SDK's, and emitting JSON Schema. This is the only entry that loads zod: the main entry and
 * `/validator` validate with the precompiled validator (issue 19). zod stays the single source of truth: `pnpm gen`
 * emits the JSON Schema and the precompiled validator from these schemas.
 * @packageDocumentation
 */
export type { SchemaOptions } from "./assessment.ts";
export { structuralAssessmentSchema } from "./assessment.ts";
export { AssessmentSchema, createAssessmentSchema } from "./assessment-schema.ts";
export { SCHEMA_ID_BASE } from "./constants.ts";
export type { SchemaName } from "./json-schema.ts";
export { toJsonSchema } from "./json-schema.ts";
export { issuesFromZod, withRuleIssues } from "./zod-issues.ts";
