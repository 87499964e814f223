/**
 * `pfh report` streams (issue 18 point 3): 10⁵ generated events (about 37 MB of NDJSON, 27 000 patients) go through
 * the command as a child process with the V8 heap capped at 24 MB, far below the input, and the peak resident memory
 * the command reports (`--stats`) is the same as for 10⁴ events. `--json` without `-o` skips drawing, so this times
 * the fold (measured here on a loaded 2-core machine: 10⁴ events 7 s, 102 MB peak RSS; 10⁵ events 19 s,
 * 110 MB); drawing depends on the number of cells, not of events.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { writeInput } from "./write-input.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const BIN = join(root, "packages", "cli", "src", "bin.ts");
const dir = mkdtempSync(join(tmpdir(), "pfh-report-memory-"));

interface Stats {
  readonly lines: number;
  readonly patients: number;
  readonly seconds: number;
  readonly maxRssKb: number;
}

/** Runs `pfh report` on a file with a capped heap; returns the exit code and the stats it printed. */
function report(file: string): { code: number | null; stats: Stats; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [
      "--max-old-space-size=24",
      "--max-semi-space-size=1",
      "--conditions=@pakkeforlop-hjem/source",
      "--import",
      "tsx",
      BIN,
      "report",
      file,
      "--profile",
      "ahus",
      "--json",
      "--csv",
      `${file}.csv`,
      "--stats",
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const line = r.stderr.split("\n").find((l) => l.startsWith("pfh stats: ")) ?? "pfh stats: {}";
  return { code: r.status, stats: JSON.parse(line.slice("pfh stats: ".length)) as Stats, stderr: r.stderr };
}

describe("pfh report on 10⁵ events", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("streams: a 24 MB heap is enough, and peak memory is flat from 10⁴ to 10⁵ events", async () => {
    const small = join(dir, "e4.ndjson");
    const large = join(dir, "e5.ndjson");
    await writeInput(small, 10_000);
    const patients = await writeInput(large, 100_000);
    expect(statSync(large).size).toBeGreaterThan(30 * 1024 * 1024);
    const a = report(small);
    const b = report(large);
    expect([a.code, b.code], `${a.stderr}\n${b.stderr}`.slice(0, 2000)).toEqual([0, 0]);
    expect(b.stats.lines).toBeGreaterThanOrEqual(100_000);
    expect(b.stats.patients).toBe(patients);
    expect(b.stats.maxRssKb / a.stats.maxRssKb).toBeLessThan(1.25);
  }, 240_000);
});
