import { compile } from "json-schema-to-typescript";
import { BANNER, formatTs } from "../../../scripts/artifacts.ts";

/** Compiles an emitted JSON Schema to TypeScript the way a vendor that uses only the schema would. */
export async function compileSchemaToTs(schema: Record<string, unknown>): Promise<string> {
  const ts = await compile(structuredClone(schema) as Parameters<typeof compile>[0], "Assessment", {
    bannerComment: BANNER,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: false,
  });
  return formatTs(ts);
}
