import { createTsupConfig, defineConfig } from "../../tooling/tsup.ts";

// The loader reads the vectors next to the module: `shims` gives the CJS build an `import.meta.url`.
export default defineConfig({ ...createTsupConfig(), platform: "node", shims: true });
