/**
 * `pnpm bench`: runs every package's benchmark (`packages/<name>/bench/index.ts` exporting `bench(inputs)`), in
 * dependency order, handing each the generated inputs it may ask for. `BENCH_QUICK=1` shortens the runs (used by CI
 * to prove the benchmarks still run).
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { arbAssessment, fc } from "@pakkeforlop-hjem/test-utils";
import type { BenchInputs } from "./harness.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ORDER = ["model", "instruments", "pathway", "epikrise", "edi", "fhir", "form", "conformance", "cli"];
const only = process.argv[2];
const inputs: BenchInputs = {
  assessments: (count, { seed, outcome, testNumbers }) =>
    fc.sample(
      arbAssessment({
        ...(outcome === undefined ? {} : { outcome }),
        ...(testNumbers === true ? { testNumbers } : {}),
      }),
      { numRuns: count, seed },
    ),
};
const dirs = readdirSync(join(root, "packages"))
  .filter((d) => existsSync(join(root, "packages", d, "bench", "index.ts")) && (only === undefined || d === only))
  .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
for (const dir of dirs) {
  console.log(`\n=== @pakkeforlop-hjem/${dir} ===`);
  const mod = (await import(pathToFileURL(join(root, "packages", dir, "bench", "index.ts")).href)) as {
    bench: (inputs: BenchInputs) => Promise<void>;
  };
  await mod.bench(inputs);
}
