import { createTsupConfig, defineConfig } from "../../tooling/tsup.ts";

export default defineConfig(
  createTsupConfig({ entry: { bin: "src/bin.ts", "ndjson-worker": "src/ndjson/worker.ts" }, cli: true }),
);
