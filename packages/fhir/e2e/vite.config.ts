import { defineConfig } from "vite";

// The e2e page: built once, served on 127.0.0.1 only by the test.
export default defineConfig({
  root: "page",
  base: "./",
  build: { outDir: "../dist", emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
  server: { host: "127.0.0.1", fs: { allow: ["../../.."] } },
  // The design system's Sass uses deprecated syntax; its warnings are not ours.
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ["if-function", "import", "global-builtin"] },
    },
  },
  logLevel: "warn",
});
