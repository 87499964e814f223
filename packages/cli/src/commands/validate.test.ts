import { test as propTest } from "@fast-check/vitest";
import { toQuestionnaire, toQuestionnaireResponse } from "@pakkeforlop-hjem/fhir";
import { THERMOMETER_LEGACY_FORM } from "@pakkeforlop-hjem/instruments";
import { arbAssessment, fc } from "@pakkeforlop-hjem/test-utils";
import { arbAnswers } from "@pakkeforlop-hjem/test-utils/instruments";
import { describe, expect, test } from "vitest";
import { EXAMPLES, example, jsonLines, put, run, tempDir } from "../../test/helpers.ts";

const valid = example("sp1-consent-all.json");
const T = ["--allow-test-numbers"];

describe("validateCommand", () => {
  test("accepts a valid assessment (exit 0, one line on stdout)", async () => {
    const dir = tempDir();
    const r = await run(["validate", ...T, put(dir, "a.json", valid)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^gyldig: .*a\.json \(vurdering\)\n$/);
    expect(r.stderr).toBe("");
  });

  test("refuses synthetic test identifiers unless --allow-test-numbers is given", async () => {
    const dir = tempDir();
    const r = await run(["validate", put(dir, "a.json", valid)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[invalid_identifier]");
    expect(r.stderr).toContain("syntetisk testnummer");
  });

  test("reports every issue of an invalid assessment in the chosen language, without personal values", async () => {
    const file = `${EXAMPLES}/invalid-sp1.json`;
    const nb = await run(["validate", ...T, file]);
    const nn = await run(["validate", ...T, file, "--lang", "nn"]);
    const en = await run(["validate", ...T, file, "--lang", "en"]);
    expect([nb.code, nn.code, en.code]).toEqual([1, 1, 1]);
    expect(nb.stderr).toContain("organisation.name: mangler og må fylles ut");
    expect(nn.stderr).toContain("ugyldig:");
    expect(en.stderr).toContain("organisation.name: is required");
    for (const r of [nb, nn, en]) {
      expect(r.stderr).not.toMatch(/Testpasient|\d{11}|at .*\.ts:\d+/);
    }
  });

  test("--json prints one record per file with the issue shape and localized text", async () => {
    const r = await run([
      "validate",
      ...T,
      "--json",
      "--lang",
      "en",
      `${EXAMPLES}/invalid-sp1.json`,
      `${EXAMPLES}/sp1-declined.json`,
    ]);
    expect(r.code).toBe(1);
    const [bad, good] = jsonLines(r.stdout);
    expect(bad).toMatchObject({ format: "assessment", valid: false });
    expect(bad?.["issues"][0]).toEqual({
      code: expect.any(String),
      path: expect.any(Array),
      message: expect.any(String),
      params: expect.any(Object),
      text: expect.any(String),
    });
    expect(bad?.["issues"].map((i: { code: string }) => i.code)).toEqual([
      "invalid_identifier",
      "required",
      "invalid_value",
      "invalid_format",
    ]);
    expect(good).toEqual({ file: `${EXAMPLES}/sp1-declined.json`, format: "assessment", valid: true, issues: [] });
  });

  test("reads stdin when no file is given", async () => {
    const r = await run(["validate", ...T], { stdin: JSON.stringify(valid) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("standard inn");
  });

  test("malformed JSON is invalid input (exit 1) and the text quotes nothing from it", async () => {
    const r = await run(["validate"], { stdin: '{"patient": "Kari Nordmann", ' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("pfh: standard inn: er ikke gyldig JSON\n");
  });

  test("empty input and unknown formats are invalid input", async () => {
    expect((await run(["validate"], { stdin: "  \n" })).code).toBe(1);
    const r = await run(["validate", "--lang", "en"], { stdin: "hello" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unrecognised format");
  });

  test("a JSON array is validated element by element, paths start with the index", async () => {
    const broken = { ...valid, mode: "telepathy" };
    const r = await run(["validate", ...T, "--json"], { stdin: JSON.stringify([valid, broken]) });
    expect(r.code).toBe(1);
    const [rec] = jsonLines(r.stdout);
    expect(rec).toMatchObject({ format: "array", documents: 2, valid: false });
    expect(rec?.["issues"].map((i: { path: unknown[] }) => i.path)).toEqual([[1, "mode"]]);
  });

  test("--migrate accepts a document of an older schema version", async () => {
    const r = await run(["validate", ...T, "--migrate", "--lang", "en"], {
      stdin: JSON.stringify({ ...valid, schemaVersion: "7.0" }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[unsupported_version]");
  });

  propTest.prop([arbAssessment()], { numRuns: 25 })("exits 0 for every valid assessment", async (assessment) => {
    const r = await run(["validate", "--json"], { stdin: JSON.stringify(assessment) });
    expect(r.stderr).toBe("");
    expect(jsonLines(r.stdout)[0]).toMatchObject({ valid: true, issues: [] });
    expect(r.code).toBe(0);
  });
});

describe("validateCommand with NDJSON", () => {
  const line = JSON.stringify(valid);

  test("reports a bad line in the middle by number, carries on, and exits 1", async () => {
    const dir = tempDir();
    const lines = [line, line, "{not json", line, JSON.stringify({ ...valid, mode: "telepathy" }), "", line];
    const file = put(dir, "batch.ndjson", `${lines.join("\n")}\n`);
    const r = await run(["validate", ...T, file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("linje 3: ugyldig, 1 feil:\n  - [not_json] (root): er ikke gyldig JSON");
    expect(r.stderr).toContain("linje 5: ugyldig, 1 feil:\n  - [invalid_value] mode:");
    expect(r.stdout).toContain("6 dokumenter: 4 gyldige, 2 ugyldige");
  });

  test("is detected from the content without the .ndjson name, and CRLF lines work", async () => {
    const r = await run(["validate", ...T, "--json"], { stdin: `${line}\r\n${line}\r\n` });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([{ file: "-", format: "ndjson", valid: true, documents: 2, invalid: 0 }]);
  });

  test("--json streams a record per invalid line and a summary; --stats adds throughput and memory", async () => {
    const r = await run(["validate", ...T, "--json", "--stats", "--format", "ndjson"], {
      stdin: `${line}\n[]\n${line}\n`,
    });
    expect(r.code).toBe(1);
    const [bad, summary] = jsonLines(r.stdout);
    expect(bad).toMatchObject({ format: "ndjson", line: 2, valid: false, issues: [{ code: "not_object" }] });
    expect(summary).toMatchObject({ format: "ndjson", valid: false, documents: 3, invalid: 1 });
    expect(summary?.["stats"]).toMatchObject({ documents: 3, maxRssKb: 1234 });
    expect(r.stderr).toMatch(/^pfh stats: \{"documents":3,/m);
  });

  test("prints a progress line on stderr during a long run, and none with --no-progress", async () => {
    const many = `${Array.from({ length: 2100 }, () => line).join("\n")}\n`;
    const io = { progressEveryMs: 0 };
    const r = await run(["validate", ...T, "--format", "ndjson", "--lang", "en"], { stdin: many, io });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^pfh: \d+ documents read \(\d+\/s\), 0 invalid$/m);
    const quiet = await run(["validate", ...T, "--format", "ndjson", "--no-progress"], { stdin: many, io });
    expect(quiet.stderr).toBe("");
  });

  const mixed = fc.array(
    fc.oneof(
      fc.constant(line),
      fc.constant(""),
      fc.constant("{not json"),
      fc.constant("[]"),
      fc.constant(JSON.stringify({ ...valid, mode: "telepathy" })),
      fc.constant(`{"a":"${"x".repeat(300)}"}`),
    ),
    { maxLength: 40 },
  );

  propTest.prop([mixed, fc.integer({ min: 2, max: 3 })], { numRuns: 8 })(
    "--jobs N prints exactly what one thread prints, in input order",
    async (lines, jobs) => {
      const stdin = `${lines.join("\n")}\n`;
      const args = ["validate", ...T, "--format", "ndjson", "--max-bytes", "200", "--json", "--lang", "en"];
      const one = await run(args, { stdin });
      const many = await run([...args, "--jobs", String(jobs)], { stdin });
      expect(many.stdout).toBe(one.stdout);
      expect(many.code).toBe(one.code);
    },
  );

  test("--jobs 3 over many batches: the workers check them, output in input order", async () => {
    // ~1 MB: some 15 batches of 64 kB, so the workers start (the first batch is checked on this thread).
    const lines = Array.from({ length: 400 }, (_, i) =>
      i % 37 === 5 ? JSON.stringify({ ...valid, mode: "telepathy" }) : i % 53 === 7 ? "{bad" : line,
    );
    const stdin = `${lines.join("\n")}\n`;
    const args = ["validate", ...T, "--format", "ndjson", "--json", "--lang", "en"];
    const one = await run(args, { stdin });
    const many = await run([...args, "--jobs", "3"], { stdin });
    expect(jsonLines(one.stdout).at(-1)).toMatchObject({ documents: 400, invalid: 11 + 8 });
    expect(many.stdout).toBe(one.stdout);
    expect(many.code).toBe(1);
  });

  test("--jobs with --migrate migrates in the workers as one thread does", async () => {
    const stdin = `${JSON.stringify({ ...valid, schemaVersion: "7.0" })}\n${line}\n`;
    const args = ["validate", ...T, "--migrate", "--format", "ndjson", "--json", "--lang", "en"];
    const one = await run(args, { stdin });
    expect(one.stdout).toContain("unsupported_version");
    expect((await run([...args, "--jobs", "2"], { stdin })).stdout).toBe(one.stdout);
  });

  test.each(["0", "65", "two"])("--jobs %s is a usage error", async (jobs) => {
    const r = await run(["validate", ...T, "--format", "ndjson", "--jobs", jobs], { stdin: `${line}\n` });
    expect(r.code).toBe(2);
  });

  test("a line over --max-bytes is skipped and reported, and the next line is read", async () => {
    const r = await run(["validate", ...T, "--format", "ndjson", "--max-bytes", "100", "--json"], {
      stdin: `{"a":"${"x".repeat(5000)}"}\n{}\n`,
    });
    const [first, second] = jsonLines(r.stdout);
    expect(first).toMatchObject({ line: 1, issues: [{ code: "line_too_long" }] });
    expect(second).toMatchObject({ line: 2, valid: false });
    expect(second?.["issues"][0].code).toBe("required");
  });
});

describe("validateCommand with FHIR and XML", () => {
  const [answers] = fc.sample(arbAnswers(THERMOMETER_LEGACY_FORM), { numRuns: 1, seed: 7 });

  test.each(["refero", "sdc"] as const)("accepts a QuestionnaireResponse in the %s dialect", async (dialect) => {
    const q = toQuestionnaire(THERMOMETER_LEGACY_FORM, dialect === "refero" ? { dialect, lang: "nb" } : { dialect });
    const response = toQuestionnaireResponse(q, answers ?? {}, { authored: "2026-03-10T10:00:00+01:00" });
    const r = await run(["validate", "--json"], { stdin: JSON.stringify(response) });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ format: "fhir", valid: true, form: THERMOMETER_LEGACY_FORM.id });
  });

  test("reports a response item the Questionnaire does not have (fhir texts)", async () => {
    const q = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "sdc" });
    const response = toQuestionnaireResponse(q, answers ?? {}, { authored: "2026-03-10T10:00:00+01:00" });
    const broken = { ...response, item: [...(response.item ?? []), { linkId: "nope", text: "x" }] };
    const r = await run(["validate", "--lang", "en"], { stdin: JSON.stringify(broken) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[unknown_link_id]");
  });

  test("a response to an unknown Questionnaire needs --questionnaire (exit 1)", async () => {
    const r = await run(["validate", "--lang", "en"], {
      stdin: JSON.stringify({
        resourceType: "QuestionnaireResponse",
        questionnaire: "https://example.org/q",
        status: "completed",
      }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--questionnaire");
  });

  test("validates XML messages: a good one, one for another receiver, and one with a DOCTYPE", async () => {
    const demoDir = tempDir();
    await run([
      "demo",
      "--out",
      demoDir,
      "--msg-id",
      "4f6c3b2a-1d2e-4f00-8a00-000000000001",
      "--now",
      "2026-03-10T12:00:00+01:00",
    ]);
    const xml = `${demoDir}/message.xml`;
    const ok = await run(["validate", ...T, "--json", xml]);
    expect(ok.code).toBe(0);
    expect(jsonLines(ok.stdout)[0]).toMatchObject({
      format: "xml",
      kind: "dialogmelding",
      msgType: "DIALOG_HELSEFAGLIG",
      assessment: "valid",
    });
    const other = await run(["validate", ...T, "--own-her-id", "1", xml]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("[unknown_receiver]");
    const evil = await run(["validate"], { stdin: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>' });
    expect(evil.code).toBe(1);
    expect(evil.stderr).toMatch(/\[(doctype|entity)_forbidden\]/);
  });

  test("--format overrides detection", async () => {
    const r = await run(["validate", "--format", "xml", "--lang", "en"], { stdin: JSON.stringify(valid) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[not_xml]");
  });
});
