/**
 * Reads the vectors from disk: the manifest and every file it names. The only part of the package that touches the
 * file system; {@link runConformance} itself is pure.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Manifest, VectorSet } from "./manifest.ts";

/**
 * The `vectors/` folder shipped with this package. The module lives in `src/` (from source) or `dist/` (built), both
 * beside `vectors/`.
 * @example
 * ```ts
 * const manifestPath = join(defaultVectorsDir(), "manifest.json");
 * ```
 */
export function defaultVectorsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "vectors");
}

/**
 * Every file the manifest's entries name (inputs and expected files), relative to `vectors/`, sorted.
 * @example
 * ```ts
 * filesOf(loadVectors().manifest).filter((f) => f.endsWith(".xml"));
 * ```
 */
export function filesOf(manifest: Manifest): string[] {
  const out = new Set<string>();
  for (const v of manifest.vectors) {
    for (const path of Object.values(v.inputs ?? {})) {
      out.add(path);
    }
    if ("file" in v.expected) {
      out.add(v.expected.file);
    }
  }
  return [...out].sort();
}

/**
 * Loads a vector set: `manifest.json` and every input and expected file it names, read as UTF-8 without any change
 * (no line-ending conversion). Defaults to the vectors shipped with this package.
 * @example
 * ```ts
 * const vectors = loadVectors();
 * vectors.manifest.vectors.length; // every vector
 * ```
 */
export function loadVectors(dir: string = defaultVectorsDir()): VectorSet {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
  const files: Record<string, string> = {};
  for (const path of filesOf(manifest)) {
    files[path] = readFileSync(join(dir, path), "utf8");
  }
  return { manifest, files };
}
