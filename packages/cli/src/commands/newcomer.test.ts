import { fc, test as propTest } from "@fast-check/vitest";
import { formatIssue, MODEL_ISSUES } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { example, jsonLines, run } from "../../test/helpers.ts";
import { osloDate } from "./pathway.ts";

const included = { type: "included", id: "e1", at: "2026-02-20T12:00:00+01:00", diagnosedOn: "2026-02-20" };
const completed = {
  type: "completed",
  id: "e2",
  at: "2026-03-10T10:30:00+01:00",
  assessment: example("sp1-consent-all.json"),
};
const stdin = `${JSON.stringify(included)}\n${JSON.stringify(completed)}\n`;

describe("newcomer slips (issue 21)", () => {
  test.each([
    ["just after midnight in winter (UTC is still yesterday)", "2026-01-14T23:30:00Z", "2026-01-15"],
    ["just after midnight in summer", "2026-06-14T22:30:00Z", "2026-06-15"],
    ["before midnight in Norway", "2026-06-14T21:59:59Z", "2026-06-14"],
    ["the spring-forward night", "2026-03-29T01:30:00Z", "2026-03-29"],
  ])("osloDate: %s", (_title, at, want) => {
    expect(osloDate(new Date(at))).toBe(want);
  });

  propTest.prop([fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })])(
    "osloDate is the UTC date or the next day, and the next day only late in the UTC evening",
    (at) => {
      const utc = at.toISOString().slice(0, 10);
      const oslo = osloDate(at);
      const next = new Date(Date.parse(`${utc}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect([utc, next]).toContain(oslo);
      if (oslo === next) {
        expect(at.getUTCHours()).toBeGreaterThanOrEqual(22);
      }
    },
  );

  test("pfh pathway takes today in Europe/Oslo when --today is not given", async () => {
    const r = await run(["pathway", "--allow-test-numbers", "--json"], {
      stdin,
      io: { now: () => new Date("2026-04-19T22:30:00Z") },
    });
    expect(jsonLines(r.stdout)[0]?.["today"]).toBe("2026-04-20");
  });

  test("pfh pathway's Norwegian output has no English status words", async () => {
    const r = await run(["pathway", "--allow-test-numbers", "--today", "2026-09-20"], { stdin });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\b(overdue|open|not-due|completed|active|pending|offered|inform-gp[a-z-]*)\b/);
    expect(r.stdout).toMatch(/SP1 gjennomført/);
    expect(r.stdout).toMatch(/samhandlingspunkt 2: (ikke aktuelt ennå|åpent nå|over tiden)/);
  });

  test("pfh demo's route line has words and a count-aware noun in Norwegian", async () => {
    const r = await run(["demo"]);
    expect(r.code).toBe(0);
    const line = r.stdout.split("\n").find((l) => l.includes("rutet")) ?? "";
    expect(line).toMatch(/\d+ leveringe?r? \(/);
    expect(line).not.toMatch(/levering\(er\)|municipality|primary|helsefaglig-dialog/);
  });

  test("invalid_type says the expected type in Norwegian", () => {
    const i = MODEL_ISSUES.issue("invalid_type", ["distress", "score"], { expected: "number", received: "string" });
    expect(formatIssue(i, "nb")).toBe("distress.score: har feil type (forventet tall)");
    expect(formatIssue(i, "nn")).toBe("distress.score: har feil type (venta tal)");
  });
});
