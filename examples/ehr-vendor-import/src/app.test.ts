import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { formatReport, importEncounter } from "./app.ts";
import type { EhrEncounter } from "./ehr-record.ts";
import { isoDate } from "./to-assessment.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(root, "fixtures", `${name}.json`), "utf8")) as EhrEncounter;

describe("importEncounter", () => {
  test("maps the EHR record to a valid assessment, routes it nationally and renders the epicrisis text", () => {
    const r = importEncounter(fixture("encounter-sp1"), { allowTestNumbers: true });
    if (!r.ok) {
      throw new Error(JSON.stringify(r.problems));
    }
    expect(r.notes).toEqual([]);
    expect(r.assessment.interactionPoint).toBe(1);
    expect(r.assessment.distress?.aboveThreshold).toBe(true);
    expect(r.assessment.measures.map((m) => m.id)).toEqual(["ENC-2026-0042-t1", "ENC-2026-0042-t2"]);
    expect(r.deliveries.map((d) => `${d.recipient.kind}:${d.messageKind}:${d.role}`)).toEqual([
      "municipality:helsefaglig-dialog:primary",
      "gp:helsefaglig-dialog:copy",
    ]);
    expect(r.text).toContain("PAKKEFORLØP HJEM FOR PASIENTER MED KREFT");
    expect(r.text).toContain("Skår: 6 av 10");
    expect(r.text).toContain("Tidsvindu: 20.05.2026–20.06.2026");
  });

  test("the region's profile decides the message kind and the patient letter", () => {
    const r = importEncounter(fixture("encounter-sp1"), {
      allowTestNumbers: true,
      profile: "ahus",
      senderSystem: "dips",
    });
    expect(r.ok && r.deliveries.map((d) => `${d.recipient.kind}:${d.messageKind}:${d.channel}`)).toEqual([
      "municipality:dips-edi-template:nhn",
      "gp:dips-edi-template:nhn",
      "patient:patient-letter:helsenorge",
    ]);
  });

  test("no consent to the municipality: the delivery is withheld with a reason", () => {
    const r = importEncounter(fixture("encounter-no-municipality-consent"), { allowTestNumbers: true });
    expect(r.ok && r.withheld.map((w) => w.reason)).toEqual(["municipality_consent_declined"]);
    expect(r.ok && r.deliveries.map((d) => d.recipient.kind)).toEqual(["gp"]);
  });

  test("bad EHR data gives issues in the chosen language that never repeat the value", () => {
    const r = importEncounter(fixture("encounter-invalid"), { allowTestNumbers: true, lang: "en" });
    expect(r.ok).toBe(false);
    if (r.ok) {
      return;
    }
    expect(r.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      "invalid_format conductedBy.phone",
      "invalid_format diagnosis.diagnosedOn",
    ]);
    const report = formatReport(r);
    expect(report).toContain("INVALID: 2 problem(s)");
    expect(report).not.toContain("ring meg");
    expect(report).not.toContain("31.02.2026");
  });

  test("synthetic test numbers are refused unless allowed", () => {
    const r = importEncounter(fixture("encounter-sp1"));
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(["invalid_identifier"]);
  });
});

describe("isoDate", () => {
  test.each([
    ["20.02.2026", "2026-02-20"],
    [" 01.06.2026 ", "2026-06-01"],
    ["2026-06-01", "2026-06-01"],
    ["1.6.2026", "1.6.2026"],
  ])("%s → %s", (input, expected) => expect(isoDate(input)).toBe(expected));
});

describe("main (the command)", () => {
  test("prints the routing and the text and exits 0; exits 1 on invalid input", async () => {
    const run = promisify(execFile);
    const args = ["--import", "tsx", "--conditions=@pakkeforlop-hjem/source", "src/main.ts"];
    const ok = await run(process.execPath, [...args, "--lang", "nn"], { cwd: root });
    expect(ok.stdout).toContain("valid: SP1, completed, profile national");
    expect(ok.stdout).toContain("Samhandlingspunkt 1");
    const bad = await run(process.execPath, [...args, "fixtures/encounter-invalid.json"], { cwd: root }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect("code" in bad && bad.code).toBe(1);
    expect(bad.stdout).toContain("INVALID");
  });
});
