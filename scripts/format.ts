import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Formats generated TypeScript with the pinned Biome, so output is stable across machines. */
export async function format(source: string): Promise<string> {
  const bin = require.resolve("@biomejs/biome/bin/biome");
  return execFileSync(process.execPath, [bin, "format", "--stdin-file-path=generated.ts"], {
    input: source,
    encoding: "utf8",
  });
}
