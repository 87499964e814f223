import { createTsupConfig, defineConfig } from "../../tooling/tsup.ts";

export default defineConfig(createTsupConfig());
