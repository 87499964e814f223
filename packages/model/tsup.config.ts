import { createTsupConfig, defineConfig } from "../../tooling/tsup.ts";

export default defineConfig(
  createTsupConfig({ entry: { index: "src/index.ts", validator: "src/validator.ts", zod: "src/zod.ts" } }),
);
