/** The version `pfh --version` prints: the package's own (one version for the SDK, STYLE.md §10). */
import { createRequire } from "node:module";

// src/version.ts and dist/bin.js both sit one folder below package.json.
export const VERSION: string = (createRequire(import.meta.url)("../package.json") as { version: string }).version;
