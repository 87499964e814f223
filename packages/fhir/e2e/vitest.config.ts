import { defineConfig } from "vitest/config";

// The Refero end-to-end test, run on its own: `pnpm --dir packages/fhir/e2e test` (after installing this folder).
export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: ["@pakkeforlop-hjem/source"] },
  ssr: { resolve: { conditions: ["@pakkeforlop-hjem/source"] } },
  test: { include: ["*.e2e.test.ts"], testTimeout: 120_000, hookTimeout: 180_000 },
});
