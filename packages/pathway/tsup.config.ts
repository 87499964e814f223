import { createTsupConfig, defineConfig } from "../../tooling/tsup.ts";

export default defineConfig(createTsupConfig({ entry: { index: "src/index.ts", zod: "src/zod.ts" } }));
