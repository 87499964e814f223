/**
 * The version `pfh --version` prints: the package's own (one version for the SDK, STYLE.md §10). The build writes it
 * into the bin (`tsup.config.ts` defines `__PFH_VERSION__`), so start-up reads no package.json (issue 19); run from
 * the sources it is read from package.json.
 */
import { createRequire } from "node:module";

declare const __PFH_VERSION__: string | undefined;

export const VERSION: string =
  typeof __PFH_VERSION__ === "string"
    ? __PFH_VERSION__
    : // src/version.ts sits one folder below package.json.
      (createRequire(import.meta.url)("../package.json") as { version: string }).version;
