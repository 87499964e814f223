import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { jsonLines, MSG_ID, NOW, ROOT, run, tempDir } from "../../test/helpers.ts";

const SLOPPY = `${ROOT}/packages/edi/test/fixtures/dialog-1.0-sloppy.xml`;

async function demoMessage(): Promise<string> {
  const dir = tempDir();
  await run(["demo", "--out", dir, "--msg-id", MSG_ID, "--now", NOW]);
  return `${dir}/message.xml`;
}

describe("parseCommand", () => {
  test("prints a message as JSON with the assessment it carries", async () => {
    const r = await run(["parse", await demoMessage(), "--allow-test-numbers"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.message).toMatchObject({ kind: "dialogmelding", version: "1.1", msgId: MSG_ID });
    expect(out.assessment).toMatchObject({
      success: true,
      data: { assessment: { id: "sp1-kari-2026" }, noteIndex: 0, redacted: false },
    });
    expect(out.issues).toEqual([]);
  });

  test("reads a sloppy Dialogmelding 1.0 leniently; a message not from this SDK is not-ours", async () => {
    const r = await run(["parse", SLOPPY, "--json"]);
    expect(r.code).toBe(0);
    const [out] = jsonLines(r.stdout);
    expect(out?.["message"].version).toBe("1.0");
    expect(out?.["assessment"]).toEqual({ success: true, data: null });
  });

  test("unreadable input is exit 1 with the parser's code, in the chosen language", async () => {
    const r = await run(["parse", "--lang", "nn"], { stdin: "not xml at all" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("meldinga kunne ikkje lesast");
    expect(r.stderr).toContain("[not_xml] (root): er ikkje gyldig XML");
  });

  test("--max-bytes refuses larger messages", async () => {
    const r = await run(["parse", SLOPPY, "--max-bytes", "100"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("er større enn grensen på 100 byte");
  });
});

describe("receiptCommand", () => {
  test("answers a good message with AppRec status 1 (exit 0), reproducibly", async () => {
    const xml = await demoMessage();
    const r = await run(["receipt", xml, "--msg-id", "4f6c3b2a-1d2e-4f00-8a00-000000000009", "--now", NOW, "--json"]);
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec).toMatchObject({
      valid: true,
      status: "1",
      errors: [],
      id: "4f6c3b2a-1d2e-4f00-8a00-000000000009",
      genDate: NOW,
    });
    expect(rec?.["xml"]).toContain(`<OriginalMsgId>`);
  });

  test("rejects a message to another receiver with E21 (exit 1) and still writes the AppRec", async () => {
    const dir = tempDir();
    const r = await run(
      [
        "receipt",
        await demoMessage(),
        "--own-her-id",
        "1",
        "--out",
        "apprec.xml",
        "--apprec-version",
        "1.0",
        "--now",
        NOW,
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("wrote apprec.xml".replace("wrote", "skrev"));
    expect(r.stderr).toContain("kvitteringen avviser meldingen (E21)");
    expect(readFileSync(`${dir}/apprec.xml`, "utf8")).toContain("E21");
  });

  test("--as must name an existing copy receiver", async () => {
    const r = await run(["receipt", SLOPPY, "--as", "3"]);
    expect(r.code).toBe(2);
  });
});
