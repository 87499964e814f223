/**
 * The guides whose code blocks run in CI (issue 21): the root README, docs/, and the READMEs of the packages and
 * examples. One list for the TypeScript, shell and other-block tests.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Absolute paths of every guide, in a stable order. */
export const GUIDE_FILES: readonly string[] = [
  join(root, "README.md"),
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => join(root, "docs", f)),
  ...["packages", "examples"].flatMap((dir) =>
    readdirSync(join(root, dir))
      .sort()
      .map((d) => join(root, dir, d, "README.md"))
      .filter((f) => existsSync(f)),
  ),
];
