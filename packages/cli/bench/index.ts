/**
 * CLI benchmark (issue 8: NDJSON validation streams with flat memory): `pfh validate --ndjson --stats` as a child
 * process over 10⁴ and 10⁵ generated assessments (fast-check `arbAssessment`, fixed seed), reporting documents/s and
 * the peak resident memory the CLI measures itself (`process.resourceUsage().maxRSS`). The files are generated once
 * and cached in the temp folder. `BENCH_QUICK=1` runs 10³ and 10⁴.
 *
 * Start-up (issue 19): `pfh --help` and `pfh validate one.json` on the built `dist` bin, whole process, against
 * `node -e 0` in the same run (interleaved, median wall time), with the goal beside each ratio.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchInputs } from "../../../bench/harness.ts";

const QUICK = process.env["BENCH_QUICK"] === "1";
const SEED = 42;
const BATCH = 1000;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const BIN = join(here, "..", "src", "bin.ts");
const TSX = pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;

/**
 * A cached file is only as good as the generator and the rules it was made under: a hash of both is in its name, so
 * a change to either makes new files (a stale file once held diagnoses the model now refuses).
 */
const STAMP = createHash("sha256")
  .update(readFileSync(join(root, "packages", "test-utils", "src", "index.ts")))
  .update(readFileSync(join(root, "packages", "model", "src", "generated", "validate-assessment.ts")))
  .digest("hex")
  .slice(0, 12);

/** Writes `count` documents (batches of 1000 from seeds SEED, SEED+1, ...) once; later runs reuse the file. */
async function generate(inputs: BenchInputs, count: number): Promise<string> {
  const file = join(tmpdir(), `pfh-bench-assessments-seed${SEED}-${STAMP}-${count}.ndjson`);
  if (existsSync(file)) {
    return file;
  }
  const t0 = performance.now();
  const part = `${file}.${process.pid}.part`;
  const out = createWriteStream(part);
  for (let b = 0; b * BATCH < count; b++) {
    const docs = inputs.assessments(Math.min(BATCH, count - b * BATCH), { seed: SEED + b });
    const chunk = `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`;
    if (!out.write(chunk)) {
      await new Promise<void>((done) => out.once("drain", () => done()));
    }
  }
  await new Promise<void>((done, fail) => out.end((e?: Error | null) => (e ? fail(e) : done())));
  renameSync(part, file);
  console.log(
    `  generated ${count.toLocaleString("en")} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${file}`,
  );
  return file;
}

interface Stats {
  readonly documents: number;
  readonly seconds: number;
  readonly docsPerSecond: number;
  readonly maxRssKb: number;
}

function pfh(
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): { status: number | null; stats?: Stats; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [...nodeFlags, "--import", TSX, "--conditions=@pakkeforlop-hjem/source", BIN, ...args],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const line = /^pfh stats: (.*)$/m.exec(r.stderr)?.[1];
  return { status: r.status, ...(line === undefined ? {} : { stats: JSON.parse(line) as Stats }), stderr: r.stderr };
}

const mb = (kb: number): string => `${(kb / 1024).toFixed(1)} MB`;

const DIST_BIN = join(here, "..", "dist", "bin.js");
const SAMPLE = join(root, "examples", "data", "sp1-consent-all.json");

/** Median wall milliseconds of each command, run in turn (A B C A B C ...) so a drifting machine hits all alike. */
function medians(commands: readonly (readonly string[])[], runs: number): number[] {
  const times: number[][] = commands.map(() => []);
  for (let r = 0; r < runs + 1; r++) {
    commands.forEach((args, i) => {
      const t0 = performance.now();
      const child = spawnSync(process.execPath, args, { encoding: "utf8" });
      const ms = performance.now() - t0;
      if (child.status !== 0) {
        throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr.slice(0, 300)}`);
      }
      if (r > 0) {
        (times[i] as number[]).push(ms); // the first round warms the file cache
      }
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)] as number);
}

function startup(): void {
  console.log("\npfh start-up (built dist/bin.js, whole process, median wall vs node -e 0 in the same run)");
  if (!existsSync(DIST_BIN)) {
    console.log("  skipped: packages/cli/dist/bin.js is missing; run `pnpm build` first");
    return;
  }
  const [base, help, validate] = medians(
    [
      ["-e", "0"],
      [DIST_BIN, "--help"],
      [DIST_BIN, "validate", "--allow-test-numbers", SAMPLE],
    ],
    QUICK ? 5 : 21,
  ) as [number, number, number];
  const row = (what: string, ms: number, goal: number): void =>
    console.log(
      `  ${what.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / base).toFixed(2)}× node -e 0 (goal ≤ ${goal}×)`,
    );
  console.log(`  ${"node -e 0 (baseline)".padEnd(34)} ${base.toFixed(0).padStart(5)} ms`);
  row("pfh --help", help, 1.5);
  row("pfh validate one.json", validate, 2.0);
}

export async function bench(inputs: BenchInputs): Promise<void> {
  startup();
  const sizes = QUICK ? [1_000, 10_000] : [10_000, 100_000];
  console.log(`\npfh validate --ndjson (child process, tsx + source condition), arbAssessment seed ${SEED}`);
  const files = new Map<number, string>();
  for (const n of sizes) {
    files.set(n, await generate(inputs, n));
  }
  const floor = spawnSync(process.execPath, ["-e", "console.log(process.resourceUsage().maxRSS)"], {
    encoding: "utf8",
  });
  const rows: [number, Stats][] = [];
  for (const n of sizes) {
    const r = pfh(["validate", "--ndjson", "--stats", "--no-progress", files.get(n) as string]);
    if (r.status !== 0 || r.stats === undefined) {
      throw new Error(`pfh validate exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    }
    rows.push([n, r.stats]);
    console.log(
      `  ${n.toLocaleString("en").padStart(8)} documents  ${Math.round(r.stats.docsPerSecond).toLocaleString("en").padStart(8)} docs/s  ${r.stats.seconds.toFixed(2).padStart(7)} s  peak RSS ${mb(r.stats.maxRssKb).padStart(9)}`,
    );
  }
  // Proof that nothing accumulates: the largest run again with the V8 heap capped far below the file's size.
  const largest = sizes[sizes.length - 1] as number;
  const capped = pfh(
    ["validate", "--ndjson", "--stats", "--no-progress", files.get(largest) as string],
    ["--max-old-space-size=40", "--max-semi-space-size=1"],
  );
  if (capped.status !== 0 || capped.stats === undefined) {
    throw new Error(`pfh validate with a 40 MB heap exited ${capped.status}`);
  }
  console.log(
    `  ${largest.toLocaleString("en").padStart(8)} documents  ${Math.round(capped.stats.docsPerSecond).toLocaleString("en").padStart(8)} docs/s  ${capped.stats.seconds.toFixed(2).padStart(7)} s  peak RSS ${mb(capped.stats.maxRssKb).padStart(9)}  (heap capped: --max-old-space-size=40)`,
  );
  const [small, large] = rows;
  if (small !== undefined && large !== undefined) {
    console.log(
      `  peak RSS ratio ${large[0] / small[0]}x documents: ${(large[1].maxRssKb / small[1].maxRssKb).toFixed(2)}x (the rest is GC slack: the capped run completes); a bare node process: ${mb(Number(floor.stdout.trim()))}`,
    );
  }
}
