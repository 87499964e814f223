import { basename, dirname, resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * A CLI is one file per command (cold start, issue 19): each entry is bundled whole, and a relative dynamic
 * `import("./x.ts")` (a command, or a part loaded on demand) stays a dynamic import of the built `./x.js` beside it,
 * which must itself be an entry. Fails the build when it is not, so a new lazy module cannot be forgotten.
 */
function lazyEntries(entries: Record<string, string>, cwd: string): EsbuildPlugin {
  const built = new Map(Object.entries(entries).map(([name, file]) => [resolve(cwd, file), name]));
  return {
    name: "lazy-entries",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*\.ts$/ }, (args) => {
        if (args.kind !== "dynamic-import") {
          return undefined;
        }
        const target = resolve(args.resolveDir, args.path);
        const name = built.get(target);
        if (name === undefined || dirname(name) !== ".") {
          return {
            errors: [{ text: `${args.path} is imported lazily but is not a top-level entry of the CLI build` }],
          };
        }
        return { path: `./${basename(name)}.js`, external: true };
      });
    },
  };
}

/**
 * The one tsup factory every package calls (STYLE.md §5). Libraries: ESM + CJS + .d.ts/.d.cts, one bundled
 * file per entry (cold start: one file loads ~4x faster than many). A move to another bundler is a change here only.
 */
export function createTsupConfig(
  options: { entry?: Record<string, string>; cli?: boolean; inline?: readonly string[] } = {},
): Options {
  const entry = options.entry ?? { index: "src/index.ts" };
  if (options.cli) {
    // No chunks: what `pfh --help` or one command runs is one file (plus the packages it does not inline).
    return {
      entry,
      format: ["esm"],
      target: "node20",
      platform: "node",
      dts: false,
      sourcemap: true,
      clean: true,
      splitting: false,
      noExternal: [...(options.inline ?? [])],
      esbuildPlugins: [lazyEntries(entry, process.cwd())],
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
