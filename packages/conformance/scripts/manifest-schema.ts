/**
 * The JSON Schema of `vectors/manifest.json` (written by `pnpm gen` as `vectors/manifest.schema.json`), so that a
 * vendor in any language can check the manifest it reads. Kept beside the TypeScript types in `src/manifest.ts`; the
 * package's test validates the generated manifest against it.
 */
import { VECTOR_KINDS } from "@pakkeforlop-hjem/conformance";

const relPath = {
  type: "string",
  pattern: "^(inputs|expected)/[A-Za-z0-9._/-]+\\.(json|txt|xml)$",
  description: "A file relative to the vectors folder: JSON, text (UTF-8, LF) or XML.",
};

export const MANIFEST_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://pakkeforlop-hjem.github.io/sdk/conformance/manifest.schema.json",
  title: "Pakkeforløp hjem conformance vectors: manifest",
  description:
    "Every golden vector with its kind, inputs, options and expected result. Paths are relative to the folder of the manifest.",
  type: "object",
  required: ["format", "sdkVersion", "schemaVersion", "vectors"],
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    format: { const: 1, description: "Version of this manifest format." },
    sdkVersion: { type: "string", description: "The SDK version whose behaviour the expected results record." },
    schemaVersion: { type: "string", description: "The assessment schemaVersion the vectors are written for." },
    vectors: { type: "array", items: { $ref: "#/$defs/vector" } },
  },
  $defs: {
    issue: {
      type: "object",
      required: ["code", "path"],
      additionalProperties: false,
      properties: {
        code: { type: "string", pattern: "^[a-z][a-z0-9_]*$", description: "The stable snake_case issue code." },
        path: {
          type: "array",
          items: { type: ["string", "integer"] },
          description: "Object keys and array indexes from the root of the input to the value.",
        },
      },
    },
    expected: {
      oneOf: [
        {
          type: "object",
          required: ["file"],
          additionalProperties: false,
          properties: { file: relPath },
          description:
            "The result must equal this file: text and XML exactly (UTF-8, LF line endings, byte for byte); JSON as the same JSON value (key order and whitespace do not matter).",
        },
        {
          type: "object",
          required: ["json"],
          additionalProperties: false,
          properties: { json: {} },
          description: "The result must equal this JSON value (null stands for 'none').",
        },
        {
          type: "object",
          required: ["issues"],
          additionalProperties: false,
          properties: { issues: { type: "array", items: { $ref: "#/$defs/issue" } } },
          description:
            "The result is exactly these issues, compared as a multiset of code and path (order, messages and params do not matter). An empty list means valid.",
        },
      ],
    },
    vector: {
      type: "object",
      required: ["id", "kind", "description", "expected"],
      additionalProperties: false,
      properties: {
        id: {
          type: "string",
          pattern: "^[a-z0-9-]+/[A-Za-z0-9._/-]+$",
          description: "Unique and stable: <kind>/<case>.",
        },
        kind: { enum: [...VECTOR_KINDS] },
        description: { type: "string" },
        inputs: {
          type: "object",
          additionalProperties: relPath,
          propertyNames: {
            enum: [
              "document",
              "assessment",
              "delivery",
              "envelope",
              "message",
              "profile",
              "events",
              "sent",
              "assessments",
              "response",
              "template",
            ],
          },
          description: "Named input files.",
        },
        input: {
          type: "object",
          description:
            "A small inline input (identifier and code-mapping vectors; the shipped Questionnaire { form, dialect, lang } of a questionnaire-response vector).",
        },
        options: { type: "object", description: "Options of the function under test." },
        expected: { $ref: "#/$defs/expected" },
        source: { type: "string", description: "Where the input comes from." },
      },
    },
  },
} as const;
