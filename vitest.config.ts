import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@pakkeforlop-hjem/source"] },
  ssr: { resolve: { conditions: ["@pakkeforlop-hjem/source"] } },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "scripts/**/*.test.ts",
      "examples/*/src/**/*.test.ts",
    ],
    setupFiles: ["./tooling/vitest.setup.ts"],
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts", "packages/*/test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 60_000,
  },
});
