import { defaultClientConditions, defineConfig } from "vite";

// A static page: `vite build` writes dist/, `vite preview` serves it on 127.0.0.1. The SDK is bundled from its
// TypeScript source (the workspace's source condition), so the page builds without building the packages first.
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  resolve: { conditions: ["@pakkeforlop-hjem/source", ...defaultClientConditions] },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  logLevel: "warn",
});
