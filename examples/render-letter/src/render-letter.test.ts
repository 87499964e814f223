import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { renderEpicrisisText, renderPatientLetter } from "@pakkeforlop-hjem/epikrise";
import { parseAssessment } from "@pakkeforlop-hjem/model";
import { AHUS_PROFILE } from "@pakkeforlop-hjem/pathway";
import { afterAll, describe, expect, test } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const data = join(root, "..", "data");
const out = mkdtempSync(join(tmpdir(), "render-letter-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the script as a user would: a separate Node process (from source through tsx, so no build is needed). */
async function run(...args: string[]): Promise<Run> {
  const node = ["--import", "tsx", "--conditions=@pakkeforlop-hjem/source", "src/render-letter.ts"];
  try {
    const r = await promisify(execFile)(process.execPath, [...node, ...args], { cwd: root });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const load = (name: string) =>
  parseAssessment(JSON.parse(readFileSync(join(data, `${name}.json`), "utf8")), { allowTestNumbers: true });

describe("render-letter (child process)", () => {
  test.each(["nb", "nn", "en"] as const)("writes the letter and the epicrisis text in %s", async (lang) => {
    const r = await run(join(data, "sp1-consent-all.json"), "--lang", lang, "--out", out, "--allow-test-numbers");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const letterFile = join(out, `sp1-kari-2026.letter.${lang}.txt`);
    const textFile = join(out, `sp1-kari-2026.epikrise.${lang}.txt`);
    expect(r.stdout).toBe(`${letterFile}\n${textFile}\n`);
    const a = load("sp1-consent-all");
    expect(readFileSync(letterFile, "utf8")).toBe(renderPatientLetter(a, { lang, width: 72 }));
    expect(readFileSync(textFile, "utf8")).toBe(renderEpicrisisText(a, { lang, width: 72 }));
    expect(readFileSync(letterFile, "utf8")).toContain(
      { nb: "takk for samtalen", nn: "takk for samtalen", en: "thank you for talking with" }[lang],
    );
  });

  test("a child's letter goes to the guardians; profile and width are passed on", async () => {
    const r = await run(
      join(data, "child-patient-guardian.json"),
      "--out",
      out,
      "--profile",
      "ahus",
      "--width",
      "60",
      "--allow-test-numbers",
    );
    expect(r.code).toBe(0);
    const a = load("child-patient-guardian");
    const letter = readFileSync(join(out, `${a.id}.letter.nb.txt`), "utf8");
    expect(letter).toBe(renderPatientLetter(a, { lang: "nb", profile: AHUS_PROFILE, width: 60 }));
    expect(letter).toContain("Til foresatte for");
  });

  test("an invalid assessment: exit 1, issues in the chosen language on stderr, no personal value, no file", async () => {
    const r = await run(join(data, "invalid-sp1.json"), "--lang", "nn", "--out", out, "--allow-test-numbers");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("4 issue(s)");
    expect(r.stderr).toContain("[invalid_identifier] patient.identifier.value:");
    expect(r.stderr).not.toMatch(/15837210095|Kari|Testpasient/);
    expect(() => readFileSync(join(out, "sp1-invalid.letter.nn.txt"))).toThrow();
  });

  test("synthetic test numbers are refused without --allow-test-numbers", async () => {
    const r = await run(join(data, "sp1-consent-all.json"), "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("syntetisk testnummer");
  });

  test("usage errors exit 2: unknown language, missing file, not JSON, no argument", async () => {
    const notJson = join(out, "not.json");
    writeFileSync(notJson, "{ nope");
    const results = await Promise.all([
      run(join(data, "sp1-consent-all.json"), "--lang", "de"),
      run(join(out, "missing.json")),
      run(notJson),
      run(),
    ]);
    expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2]);
    expect(results[0]?.stderr).toContain("--lang");
    expect(results[1]?.stderr).toContain("ENOENT");
    expect(results[3]?.stderr).toContain("usage: render-letter");
  });
});
