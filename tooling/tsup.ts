import { defineConfig, type Options } from "tsup";

/**
 * The one tsup factory every package calls (STYLE.md §5). Libraries: ESM + CJS + .d.ts/.d.cts, one bundled
 * file per entry (cold start: one file loads ~4x faster than many). A move to another bundler is a change here only.
 */
export function createTsupConfig(options: { entry?: Record<string, string>; cli?: boolean } = {}): Options {
  const entry = options.entry ?? { index: "src/index.ts" };
  if (options.cli) {
    return {
      entry,
      format: ["esm"],
      target: "node20",
      platform: "node",
      dts: false,
      sourcemap: true,
      clean: true,
      banner: { js: "#!/usr/bin/env node" },
    };
  }
  return {
    entry,
    format: ["esm", "cjs"],
    target: "es2022",
    platform: "neutral",
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    // Several entries share code through chunks (ESM), so a lean entry stays lean and classes exist once.
    splitting: Object.keys(entry).length > 1,
    outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  };
}

export { defineConfig };
