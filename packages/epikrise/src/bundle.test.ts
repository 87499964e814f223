/**
 * Issue 19: the browser bundle of the text renderers carries no zod, so no `eval`/`new Function` (zod's JIT probe),
 * and stays within its brotli budget (`.size-limit.json` checks the built dist; this checks the sources).
 */
import { brotliCompressSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";

describe("the epikrise browser bundle (issue 19)", () => {
  test("renderEpicrisisText + renderPatientLetter: no zod, no eval, ≤ 20 kB brotli (size-limit's kB: 1000 B)", async () => {
    const result = await build({
      stdin: {
        contents:
          "import { renderEpicrisisText, renderPatientLetter } from '@pakkeforlop-hjem/epikrise'; globalThis.r = [renderEpicrisisText, renderPatientLetter];",
        resolveDir: new URL(".", import.meta.url).pathname,
        loader: "ts",
      },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      conditions: ["@pakkeforlop-hjem/source"],
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    const inputs = Object.entries(result.metafile.outputs)[0]?.[1].inputs ?? {};
    expect(Object.keys(inputs).filter((f) => f.includes("node_modules"))).toEqual([]);
    expect(code).not.toMatch(/new Function|\beval\(|Function\(/);
    expect(brotliCompressSync(code).length).toBeLessThanOrEqual(20 * 1000);
  });
});
