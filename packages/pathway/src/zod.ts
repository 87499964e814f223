/**
 * `@pakkeforlop-hjem/pathway/zod`: the zod schemas of profiles and pathway events, for composing them in your own zod
 * schemas, and the JSON Schema emission. This is the only entry of the package that loads zod (issue 19): the main
 * entry validates profiles and events with the same rules, checked without zod. Map zod's issues to the SDK's with
 * `issuesFromZod` of `@pakkeforlop-hjem/model/zod`.
 * @packageDocumentation
 */
export type { PathwaySchemaName } from "./json-schema.ts";
export { toPathwayJsonSchema } from "./json-schema.ts";
export { PathwayEventSchema, ProfileSchema } from "./schemas.ts";
