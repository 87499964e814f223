import { describe, expect, test } from "vitest";
import { example, jsonLines, run } from "../../test/helpers.ts";

const assessment = example("sp1-consent-all.json");
const included = { type: "included", id: "e1", at: "2026-02-20T12:00:00+01:00", diagnosedOn: "2026-02-20" };
const completed = { type: "completed", id: "e2", at: "2026-03-10T10:30:00+01:00", assessment };
const T = "--allow-test-numbers";

describe("pathwayCommand", () => {
  test("replays NDJSON events and lists what is due on --today", async () => {
    const r = await run(["pathway", T, "--today", "2026-04-20", "--lang", "en"], {
      stdin: `${JSON.stringify(included)}\n${JSON.stringify(completed)}\n`,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Status: ");
    expect(r.stdout).toContain("Date: 2026-04-20");
    expect(r.stdout).toMatch(/interaction point 2: (not due yet|open now|overdue)/);
  });

  test("a JSON array works the same, and --json gives state, actions and issues", async () => {
    const r = await run(["pathway", T, "--today", "2026-04-20", "--json"], {
      stdin: JSON.stringify([completed, included]),
    });
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec).toMatchObject({ valid: true, today: "2026-04-20", issues: [] });
    expect(rec?.["state"].points[0].status).toBe("completed");
    expect(rec?.["actions"].length).toBeGreaterThan(0);
  });

  test("impossible events and bad lines are reported (exit 1) and the rest still applies", async () => {
    const early = { ...completed, id: "e0", at: "2026-01-01T10:00:00+01:00" };
    const r = await run(["pathway", T, "--today", "2026-04-20", "--json"], {
      stdin: `${JSON.stringify(included)}\n{oops\n${JSON.stringify(early)}\n`,
    });
    expect(r.code).toBe(1);
    const [rec] = jsonLines(r.stdout);
    const codes = rec?.["issues"].map((i: { code: string }) => i.code);
    expect(codes).toContain("not_json");
    expect(rec?.["state"].status).not.toBe("not-included");
  });

  test("--today defaults to the clock's date", async () => {
    const r = await run(["pathway", T, "--json"], { stdin: JSON.stringify([included]) });
    expect(jsonLines(r.stdout)[0]?.["today"]).toBe("2026-03-10");
  });

  test("an unknown profile file is a usage error", async () => {
    expect((await run(["pathway", "--profile", "nowhere.json"], { stdin: "[]" })).code).toBe(2);
  });
});
