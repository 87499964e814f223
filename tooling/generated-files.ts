/**
 * Golden tests for generated files (STYLE.md §6 and §8). A package's generator (`scripts/gen.ts`, `artifacts()`) must
 * give the same files on a second run, and each file must equal its committed copy byte for byte, compared through
 * vitest's `toMatchFileSnapshot`. `pnpm gen` is the one writer of these files: when a test here fails, run it and
 * commit (or review the diff: a change you did not mean is a bug).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { Artifact } from "../scripts/artifacts.ts";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");

/** Declares the golden tests of one generator: determinism, then one test per generated file. */
export function describeGeneratedFiles(title: string, generate: () => Promise<readonly Artifact[]>): void {
  describe(title, async () => {
    const first = await generate();

    test("a second run generates the same files", async () => {
      expect(await generate()).toEqual(first);
    });

    test.each(first.map((a) => [a.path, a] as const))(
      "%s is committed as generated (run pnpm gen and commit)",
      async (_path, artifact) => {
        await expect(artifact.content).toMatchFileSnapshot(join(root, artifact.path));
      },
    );
  });
}
