/**
 * Start-up (issue 19): `pfh --help` and `pfh validate` on JSON must not load every package. The static import graph
 * of the entry (what runs before a command is chosen) and of the JSON path of `validate` is walked from the sources:
 * the entry reaches no package at all (not even the model), and `validate` only the model's lean validator entry,
 * never zod, the model's main entry or another package. The other packages are loaded by `import()` when a command
 * or a format needs them. The build bundles each lazily loaded module into one file (tooling/tsup.ts). Timings are in
 * `pnpm bench`.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_MAX_BYTES as EDI_DEFAULT_MAX_BYTES } from "@pakkeforlop-hjem/edi";
import { LANGS } from "@pakkeforlop-hjem/model/validator";
import { describe, expect, test } from "vitest";
import { CLI_LANGS } from "./args.ts";
import { isCliError, usage } from "./errors.ts";
import { DEFAULT_MAX_BYTES } from "./input.ts";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The packages (and, with `builtins`, the node: modules) a file's static (not type-only, not dynamic) imports reach,
 * following relative imports.
 */
function staticPackages(entry: string, builtins = false): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) {
      return;
    }
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^import\s+(?!type\s)[^;]*?\sfrom\s+"([^"]+)";/gms)) {
      const spec = m[1] as string;
      if (spec.startsWith(".")) {
        visit(resolve(dirname(file), spec));
      } else if (builtins || !spec.startsWith("node:")) {
        packages.add(spec);
      }
    }
  };
  visit(resolve(here, entry));
  return packages;
}

describe("start-up loads only what the command uses", () => {
  test("the entry (pfh --help, argument parsing, errors) imports no package, no node:crypto, no worker threads", () => {
    // The texts and issue formatter of a failure are loaded when something failed; the version is built in.
    expect([...staticPackages("main.ts")]).toEqual([]);
    const builtins = staticPackages("main.ts", true);
    expect(builtins).not.toContain("node:crypto");
    expect(builtins).not.toContain("node:worker_threads");
  });

  test("validate reaches worker threads only for --jobs", () => {
    expect(staticPackages("commands/validate.ts", true)).not.toContain("node:worker_threads");
  });

  test("a CliError is recognised by its brand: each built command carries its own copy of the class", () => {
    const error = usage("unknown_command", { command: "frob" });
    expect(isCliError(error)).toBe(true);
    expect(isCliError({ ...error, "~cli": "error" })).toBe(true);
    expect(isCliError(new Error("unknown_command"))).toBe(false);
    expect(isCliError(undefined)).toBe(false);
  });

  test("the languages of --lang are the model's", () => {
    expect(CLI_LANGS).toEqual(LANGS);
  });

  test("validate imports only the model's validator entry; XML, FHIR and --migrate load theirs on demand", () => {
    expect([...staticPackages("commands/validate.ts")]).toEqual(["@pakkeforlop-hjem/model/validator"]);
    expect(staticPackages("commands/validate-xml.ts")).toContain("@pakkeforlop-hjem/edi");
    expect(staticPackages("commands/validate-fhir.ts")).toContain("@pakkeforlop-hjem/fhir");
  });

  test("report loads the report package; the report package loads Vega only by import() when it draws", () => {
    expect(staticPackages("commands/report.ts")).toContain("@pakkeforlop-hjem/report");
    const report = [...staticPackages("../../report/src/index.ts")];
    expect(report.filter((p) => p.startsWith("vega"))).toEqual([]);
    expect(readFileSync(resolve(here, "../../report/src/charts.ts"), "utf8")).toMatch(/import\("vega"\)/);
  });

  test("the walk sees a package import (so the checks above are not vacuous)", () => {
    expect(staticPackages("commands/render.ts").size).toBeGreaterThan(1);
  });

  test("the default size limit is the message reader's", () => {
    expect(DEFAULT_MAX_BYTES).toBe(EDI_DEFAULT_MAX_BYTES);
  });
});
