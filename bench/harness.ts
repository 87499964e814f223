/**
 * Shared benchmark helpers: every comparison runs its contenders in one process on the same inputs and prints
 * throughput and the ratio to a named baseline. Ratios are read, never asserted in unit tests: timings on a shared
 * machine are too noisy to gate on.
 */
import { spawnSync } from "node:child_process";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Assessment } from "@pakkeforlop-hjem/model";
import { build } from "esbuild";
import { Bench } from "tinybench";

const QUICK = process.env["BENCH_QUICK"] === "1";

/**
 * What the runner (`bench/run.ts`) hands every package benchmark. Generated inputs come from test-utils' arbitraries
 * through the runner, so a package's bench never imports test-utils: test-utils depends on most packages, and an
 * import from their bench/ would run upward (the boundary test checks this).
 */
export interface BenchInputs {
  /**
   * `count` generated valid assessments (fast-check `arbAssessment`), the same for the same seed. `testNumbers`:
   * patients identified by synthetic test numbers of their birth dates (valid with `allowTestNumbers` only).
   */
  readonly assessments: (
    count: number,
    options: { readonly seed: number; readonly outcome?: "completed"; readonly testNumbers?: boolean },
  ) => Assessment[];
}

export interface Contender {
  readonly name: string;
  /** Processes every input once. */
  readonly run: () => void;
}

/**
 * Runs the contenders on a batch of `batchSize` items per iteration and prints items/s and the ratio to the
 * baseline (the first contender). Returns the ratios by name.
 */
export async function compare(
  title: string,
  unit: string,
  batchSize: number,
  contenders: readonly Contender[],
): Promise<Record<string, number>> {
  const bench = new Bench({ time: QUICK ? 150 : 1500, warmupTime: QUICK ? 50 : 300 });
  for (const c of contenders) {
    bench.add(c.name, c.run);
  }
  await bench.run();
  const rows: { name: string; perSecond: number }[] = [];
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== "completed") {
      throw new Error(`${title}: ${task.name} did not complete (${r.state})`);
    }
    rows.push({ name: task.name, perSecond: r.throughput.mean * batchSize });
  }
  const base = rows[0] as { name: string; perSecond: number };
  console.log(`\n${title}`);
  const ratios: Record<string, number> = {};
  for (const row of rows) {
    ratios[row.name] = row.perSecond / base.perSecond;
    console.log(
      `  ${row.name.padEnd(44)} ${Math.round(row.perSecond).toLocaleString("en").padStart(12)} ${unit}/s   ${(row.perSecond / base.perSecond).toFixed(2)}x ${row === base ? "(baseline)" : `vs ${base.name}`}`,
    );
  }
  return ratios;
}

/**
 * Minified, gzipped and brotli sizes of a browser bundle of `code` (resolved like a user's bundler would: the dist),
 * and whether it uses `eval`/`new Function` (which a strict Content-Security-Policy forbids).
 */
export async function bundleSize(
  code: string,
  resolveDir: string,
): Promise<{ min: number; gzip: number; brotli: number; evals: boolean }> {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const out = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    min: out.length,
    gzip: gzipSync(out, { level: 9 }).length,
    brotli: brotliCompressSync(out).length,
    evals: /new Function|\beval\(|Function\(/.test(new TextDecoder().decode(out)),
  };
}

/** Median wall time (ms) of running `node` with the given arguments, over `runs` runs. */
export function medianNodeMs(args: readonly string[], runs = QUICK ? 5 : 25): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) {
      throw new Error(`node ${args.join(" ")} failed`);
    }
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
