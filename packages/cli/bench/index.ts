/**
 * CLI benchmark (issues 8 and 19), on the built `dist` bin (run `pnpm build` first), every row with its baseline
 * measured in the same run and its goal beside it:
 * - start-up: `pfh --help` and `pfh validate one.json`, whole process, against `node -e 0` (interleaved, median wall);
 * - `pfh validate --ndjson --stats` as a child process over 10⁴ and 10⁵ generated assessments (fast-check
 *   `arbAssessment`, fixed seed): peak resident memory as the CLI measures it (`process.resourceUsage().maxRSS`, all
 *   threads) against a bare node process, and documents/s against this process's own `JSON.parse` + validate rate on
 *   the same documents (the CLI pinned to one core with `taskset` where there is one, and `--jobs 2` unpinned).
 * The files are generated once and cached in the temp folder. `BENCH_QUICK=1` runs 10³ and 10⁴ and fewer rounds. The
 * machine's load average is printed: ratios on a busy machine are read, not trusted.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, readFileSync, renameSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { safeParseAssessment } from "@pakkeforlop-hjem/model/validator";
import type { BenchInputs } from "../../../bench/harness.ts";

const QUICK = process.env["BENCH_QUICK"] === "1";
const SEED = 42;
const BATCH = 1000;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const DIST_BIN = join(here, "..", "dist", "bin.js");

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

/** `pfh` from the built bin; `pin` runs it on one core (`taskset -c 0`). */
function pfh(args: readonly string[], pin = false): { status: number | null; stats?: Stats; stderr: string } {
  const command = pin ? "taskset" : process.execPath;
  const r = spawnSync(command, [...(pin ? ["-c", "0", process.execPath] : []), DIST_BIN, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = /^pfh stats: (.*)$/m.exec(r.stderr)?.[1];
  return { status: r.status, ...(line === undefined ? {} : { stats: JSON.parse(line) as Stats }), stderr: r.stderr };
}

function ndjson(file: string, options: { jobs?: number; pin?: boolean } = {}): Stats {
  const jobs = options.jobs === undefined ? [] : ["--jobs", String(options.jobs)];
  const r = pfh(["validate", "--ndjson", "--stats", "--no-progress", ...jobs, file], options.pin);
  if (r.status !== 0 || r.stats === undefined) {
    throw new Error(`pfh validate exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  }
  return r.stats;
}

/** This process's rate on the same documents: read the lines (not timed), then `JSON.parse` + validate each. */
function inProcessRate(file: string): number {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l !== "");
  const t0 = performance.now();
  let valid = 0;
  for (const line of lines) {
    valid += safeParseAssessment(JSON.parse(line)).success ? 1 : 0;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (valid !== lines.length) {
    throw new Error("bench: a generated document is not valid");
  }
  return lines.length / seconds;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const mb = (kb: number): string => `${(kb / 1024).toFixed(1)} MB`;

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
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(1));
  console.log(`\nload average ${one} ${five} ${fifteen} on ${availableParallelism()} cores`);
  if (!existsSync(DIST_BIN)) {
    console.log("  skipped: packages/cli/dist/bin.js is missing; run `pnpm build` first");
    return;
  }
  startup();
  const sizes = QUICK ? [1_000, 10_000] : [10_000, 100_000];
  const files = new Map<number, string>();
  for (const n of sizes) {
    files.set(n, await generate(inputs, n));
  }
  memory(sizes, files);
  throughput(files.get(sizes[0] as number) as string);
}

function memory(sizes: readonly number[], files: ReadonlyMap<number, string>): void {
  const floor = spawnSync(process.execPath, ["-e", "console.log(process.resourceUsage().maxRSS)"], {
    encoding: "utf8",
  });
  console.log(`\npfh validate --ndjson: peak RSS (built dist/bin.js, arbAssessment seed ${SEED})`);
  console.log(`  ${"bare node process (baseline)".padEnd(34)} ${mb(Number(floor.stdout.trim())).padStart(9)}`);
  const peaks: number[] = [];
  for (const n of sizes) {
    const stats = ndjson(files.get(n) as string);
    peaks.push(stats.maxRssKb);
    console.log(
      `  ${`${n.toLocaleString("en")} documents`.padEnd(34)} ${mb(stats.maxRssKb).padStart(9)}  (goal ≤ 100 MB)  ${Math.round(stats.docsPerSecond).toLocaleString("en")} docs/s`,
    );
  }
  const [small, large] = peaks;
  if (small !== undefined && large !== undefined) {
    console.log(
      `  ${`peak ratio ${(sizes[1] as number) / (sizes[0] as number)}× the documents`.padEnd(34)} ${`${(large / small).toFixed(2)}×`.padStart(9)}  (goal: flat, ≈ 1.0×; 10⁶ is measured by hand)`,
    );
  }
}

/** Documents/s of the CLI against this process's own rate, interleaved over a few rounds (medians). */
function throughput(file: string): void {
  const pin = spawnSync("taskset", ["-c", "0", process.execPath, "-e", "0"]).status === 0;
  const rounds = QUICK ? 1 : 3;
  const base: number[] = [];
  const single: number[] = [];
  const two: number[] = [];
  for (let r = 0; r < rounds; r++) {
    base.push(inProcessRate(file));
    single.push(ndjson(file, { pin }).docsPerSecond);
    two.push(ndjson(file, { jobs: 2 }).docsPerSecond);
  }
  const b = median(base);
  const row = (what: string, rate: number, goal: string): void =>
    console.log(
      `  ${what.padEnd(44)} ${Math.round(rate).toLocaleString("en").padStart(8)} docs/s  ${(rate / b).toFixed(2)}× (goal ${goal})`,
    );
  console.log(`\npfh validate --ndjson: throughput, the same documents, median of ${rounds} interleaved round(s)`);
  console.log(
    `  ${"JSON.parse + safeParseAssessment here (baseline)".padEnd(44)} ${Math.round(b).toLocaleString("en").padStart(8)} docs/s`,
  );
  row(
    pin ? "pfh, default (--jobs 1), on one core (taskset)" : "pfh, default (--jobs 1; no taskset: unpinned)",
    median(single),
    "≥ 0.9×",
  );
  row(`pfh --jobs 2 (${availableParallelism()} cores)`, median(two), "≥ 1.7× on 2 cores");
}
