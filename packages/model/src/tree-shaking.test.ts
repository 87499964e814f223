/**
 * Issue 19: the built entry is one file, so what a bundle of it leaves out depends on pure top-level code, not on
 * `sideEffects: false`. This bundles the main entry into one file as the build does, then bundles a user of it:
 * a text renderer's imports leave the issue texts, patterns and KITH tables out, and `formatIssue` alone still
 * knows the model's codes (the model's issue maker is marked pure; the formatter names it).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pfh-model-shake-"));
  await build({
    entryPoints: [fileURLToPath(new URL("./index.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: join(dir, "model.js"),
    logLevel: "silent",
  });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A minified bundle of `code`, which imports from the one-file model as `./model.js`. */
async function bundleOf(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: dir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("tree shaking of the one-file main entry (issue 19)", () => {
  test("a renderer's imports leave out issue texts, format patterns and KITH tables", async () => {
    const code = await bundleOf(
      "import { LANGS, TOPICS, displayOf, recipientView, IDENTIFIER_SYSTEMS } from './model.js'; globalThis.r = [LANGS, TOPICS, displayOf, recipientView, IDENTIFIER_SYSTEMS];",
    );
    expect(code).toContain("Familie og nettverk");
    expect(code).not.toContain("mangler og må fylles ut");
    expect(code).not.toContain("uFDD0");
    expect(code).not.toContain("Enhetsregisteret");
  });

  test("formatIssue alone still formats the model's codes", async () => {
    const code = await bundleOf(
      "import { formatIssue } from './model.js'; export const text = formatIssue({ code: 'required', path: ['patient'], message: '', params: {} }, 'nb');",
    );
    const file = join(dir, "format.mjs");
    writeFileSync(file, code);
    const { text } = (await import(pathToFileURL(file).href)) as { text: string };
    expect(text).toBe("patient: mangler og må fylles ut");
  });
});
