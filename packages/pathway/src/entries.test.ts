/**
 * Issue 19: zod is loaded only by the entry that asks for it. The main entry reaches no zod module at run time (type
 * imports aside), neither its own nor the model's `/zod`, so `import`ing it builds no schema and a browser bundle has
 * no zod and no `eval` probe; `/zod` is where the schemas are.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";

/** The files an entry loads at run time (esbuild follows value imports only; type imports are erased). */
async function runtimeInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    conditions: ["@pakkeforlop-hjem/source"],
    treeShaking: false,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("entries (issue 19)", () => {
  test("./index.ts loads no zod", async () => {
    const inputs = await runtimeInputs("./index.ts");
    expect(inputs.some((f) => f.endsWith("profile.ts"))).toBe(true);
    expect(inputs.filter((f) => /node_modules[\\/](\.pnpm[\\/])?zod/.test(f))).toEqual([]);
    expect(inputs.filter((f) => /(^|[\\/])(schemas|shape-zod|json-schema|zod-issues|zod)\.ts$/.test(f))).toEqual([]);
  });

  test("./zod.ts is the entry that loads zod", async () => {
    const inputs = await runtimeInputs("./zod.ts");
    expect(inputs.some((f) => /node_modules[\\/].*zod/.test(f))).toBe(true);
  });
});
