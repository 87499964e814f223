import { readFileSync } from "node:fs";
import { AHUS_PROFILE, type PathwayEvent } from "@pakkeforlop-hjem/pathway";
import { createReportAggregator, renderReportHtml, reportCsv, reportFigures } from "@pakkeforlop-hjem/report";
import { describe, expect, test } from "vitest";
import { jsonLines, put, run, tempDir } from "../../test/helpers.ts";

const included = (id: string, day: string): PathwayEvent => ({
  type: "included",
  id,
  at: `${day}T09:00:00+01:00`,
  diagnosedOn: day,
});

/** Six patients of Ahus pilot 3 (Lillestrøm) in one quarter, one line each. */
const LINES = Array.from({ length: 6 }, (_, i) => ({
  patient: `p${i}`,
  diagnosisCode: "C34",
  municipality: "3205",
  event: included("e1", `2023-02-0${i + 1}`),
}));
const NDJSON = `${LINES.map((l) => JSON.stringify(l)).join("\n")}\n`;

/** The figures the report package makes of the same lines. */
function expected() {
  const aggregator = createReportAggregator({ profile: AHUS_PROFILE });
  for (const [i, l] of LINES.entries()) {
    aggregator.add(l, i + 1);
  }
  return reportFigures(aggregator.finish());
}

describe("reportCommand", () => {
  test("--help says what it reads, the options and the exit codes", async () => {
    const r = await run(["report", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: pfh report/);
    for (const option of ["--profile", "--out", "--csv", "--stats", "--json", "--lang"]) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toMatch(/Exit: 0 .* 1 .*\n.*2 usage error/);
  });

  test("-o writes the page and --csv the figures, the same the report package makes; exit 0", async () => {
    const dir = tempDir();
    put(dir, "events.ndjson", NDJSON);
    const r = await run(["report", "events.ndjson", "--profile", "ahus", "-o", "report.html", "--csv", "report.csv"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("skrev report.html\nskrev report.csv\npfh: 6 linje(r) lest, 6 pasient(er) i rapporten\n");
    expect(readFileSync(`${dir}/report.csv`, "utf8")).toBe(reportCsv(expected()));
    expect(readFileSync(`${dir}/report.html`, "utf8")).toBe(
      await renderReportHtml(expected(), { lang: "nb", madeOn: "2026-03-10" }),
    );
  }, 60_000);

  test("reads stdin; bad lines are issues with their line number (exit 1), the rest is still reported", async () => {
    const stdin = `${NDJSON}{not json\n{"patient":"p9","event":{"type":"relapse","id":"x","at":"2023-03-01T09:00:00Z"}}\n`;
    const r = await run(["report", "--json", "--lang", "en", "--profile", "ahus"], { stdin });
    expect(r.code).toBe(1);
    const [rec] = jsonLines(r.stdout);
    expect(rec).toMatchObject({ valid: false, lines: 8, patients: 6 });
    expect(rec?.["issues"].map((i: { code: string; path: unknown[] }) => [i.code, i.path[0]])).toEqual([
      ["not_json", "line 7"],
      ["required", "line 8"],
    ]);
    expect(r.stdout).not.toMatch(/p9|not json/);
  });

  test("usage errors exit 2; empty input exits 1", async () => {
    expect((await run(["report", "--nope"])).code).toBe(2);
    expect((await run(["report", "missing.ndjson"])).code).toBe(2);
    expect((await run(["report", "a", "b"])).code).toBe(2);
    expect((await run(["report", "--today", "yesterday"], { stdin: NDJSON })).code).toBe(2);
    const empty = await run(["report"], { stdin: "\n" });
    expect(empty.code).toBe(1);
  });

  test("--stats prints lines, patients, seconds and peak memory on stderr", async () => {
    const r = await run(["report", "--json", "--stats"], { stdin: NDJSON });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^pfh stats: \{"lines":6,"patients":6,"seconds":[0-9.]+,"maxRssKb":1234\}\n$/);
  });
});
