import { readFileSync } from "node:fs";
import { createTsupConfig, defineConfig } from "../../tooling/tsup.ts";

// The version goes into the bin at build time, so `pfh` reads no package.json at start-up (src/version.ts).
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

/** What `import()` loads on demand: every command, the XML and FHIR readers of `validate`, and the error printer. */
const LAZY = ["validate", "validate-xml", "validate-fhir", "render", "build", "parse", "receipt", "pathway", "schema"]
  .concat(["guide", "demo", "report"])
  .map((name) => [name, `src/commands/${name}.ts`]);

export default defineConfig({
  ...createTsupConfig({
    entry: {
      bin: "src/bin.ts",
      "ndjson-worker": "src/ndjson/worker.ts",
      "ndjson-worker-migrate": "src/ndjson/worker-migrate.ts",
      messages: "src/messages.ts",
      issues: "src/issues.ts",
      ...Object.fromEntries(LAZY),
    },
    cli: true,
    // The model's lean validator is bundled into each file, so `pfh validate one.json` loads two files and resolves
    // no package (issue 19). Its issue-text registry lives on globalThis and its errors are recognised by a brand,
    // so a second copy (a command that also loads the model's main entry) behaves as one.
    inline: ["@pakkeforlop-hjem/model/validator"],
  }),
  define: { __PFH_VERSION__: JSON.stringify(version) },
});
