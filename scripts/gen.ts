/**
 * `pnpm gen`: regenerates every committed artifact from its one source of truth (STYLE.md §8). Deterministic:
 * sorted keys, LF, no timestamps. Each package that generates something has `scripts/gen.ts` exporting
 * `artifacts()`; this script runs them all in dependency order and writes the files. `pnpm gen:check` fails when
 * git then sees a change.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Artifact } from "./artifacts.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Packages in dependency order (ARCHITECTURE.md); any other package with a generator runs after them. */
const ORDER = ["model", "instruments", "pathway", "epikrise", "edi", "fhir", "conformance", "cli"];

const dirs = readdirSync(join(root, "packages"))
  .filter((d) => existsSync(join(root, "packages", d, "scripts", "gen.ts")))
  .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));

const written: string[] = [];
let total = 0;
for (const dir of dirs) {
  const mod = (await import(pathToFileURL(join(root, "packages", dir, "scripts", "gen.ts")).href)) as {
    artifacts: () => Promise<readonly Artifact[]>;
  };
  for (const artifact of await mod.artifacts()) {
    total++;
    const path = join(root, artifact.path);
    mkdirSync(dirname(path), { recursive: true });
    const old = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (old !== artifact.content) {
      writeFileSync(path, artifact.content);
      written.push(artifact.path);
    }
  }
}

console.log(
  written.length === 0
    ? `pnpm gen: ${total} artifacts, all up to date`
    : `pnpm gen: ${total} artifacts, wrote ${written.length}:\n  ${written.join("\n  ")}`,
);
