/**
 * The model's constants, apart from the zod schemas so that every entry can use them without loading zod.
 */

/**
 * The schema version this package writes. Older documents are brought here by `migrateAssessment`.
 * @example
 * ```ts
 * if (doc.schemaVersion !== SCHEMA_VERSION) doc = migrateAssessment(doc);
 * ```
 */
export const SCHEMA_VERSION = "1.0" as const;

/**
 * Limits on free text, so that a document stays renderable and a message stays within its size budget. Lengths are
 * counted in Unicode code points (`codePointLength`), as JSON Schema's `maxLength` counts them.
 * @example
 * ```ts
 * const fits = codePointLength(whatMatters) <= LIMITS.longText;
 * ```
 */
export const LIMITS: {
  readonly name: number;
  readonly shortText: number;
  readonly longText: number;
  readonly listItems: number;
} = { name: 200, shortText: 500, longText: 10_000, listItems: 200 };

/**
 * The `$id` base of the emitted schemas.
 * @example
 * ```ts
 * toJsonSchema("assessment").$id; // `${SCHEMA_ID_BASE}/v1/assessment.schema.json`
 * ```
 */
export const SCHEMA_ID_BASE = "https://pakkeforlop-hjem.github.io/sdk/schemas";
