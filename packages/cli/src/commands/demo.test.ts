import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { EXAMPLES, jsonLines, MSG_ID, NOW, run, tempDir } from "../../test/helpers.ts";
import { SAMPLE_ASSESSMENT } from "../sample.ts";

describe("demoCommand", () => {
  test("writes every file it names into ./pfh-demo-out by default", async () => {
    const dir = tempDir();
    const r = await run(["demo", "--msg-id", MSG_ID, "--now", NOW], { cwd: dir });
    expect(r.code).toBe(0);
    const named = [...r.stdout.matchAll(/-> (\S+)/g)].map((m) => m[1] as string);
    expect(named).toEqual([
      "./pfh-demo-out/assessment.json",
      "./pfh-demo-out/invalid-issues.json",
      "./pfh-demo-out/routing.json",
      "./pfh-demo-out/epicrisis.nb.txt",
      "./pfh-demo-out/letter.nb.txt",
      "./pfh-demo-out/note.nb.xhtml",
      "./pfh-demo-out/message.xml",
      "./pfh-demo-out/message.parsed.json",
      "./pfh-demo-out/apprec.xml",
      "./pfh-demo-out/pathway.json",
    ]);
    for (const file of [...named, "./pfh-demo-out/envelope.json"]) {
      expect(existsSync(`${dir}/${file}`), file).toBe(true);
    }
    expect(readFileSync(`${dir}/pfh-demo-out/message.xml`, "utf8")).toContain(`<MsgId>${MSG_ID}</MsgId>`);
    expect(r.stdout).toContain("organisation.name: mangler og må fylles ut");
    expect(readFileSync(`${dir}/pfh-demo-out/apprec.xml`, "utf8")).toContain("4f6c3b2a-1d2e-4f00-8a00-000000000002");
  });

  test("is reproducible with --msg-id and --now; --out and --lang change folder and language", async () => {
    const a = tempDir();
    const b = tempDir();
    const args = ["demo", "--msg-id", MSG_ID, "--now", NOW, "--lang", "en", "--out", "x", "--json"];
    const ra = await run(args, { cwd: a });
    await run(args, { cwd: b });
    const rec = jsonLines(ra.stdout)[0];
    expect(rec?.["out"]).toBe("x");
    for (const step of rec?.["steps"] ?? []) {
      if (step.file !== undefined) {
        expect(readFileSync(`${a}/${step.file}`, "utf8"), step.file).toBe(readFileSync(`${b}/${step.file}`, "utf8"));
      }
    }
    expect(existsSync(`${a}/x/epicrisis.en.txt`)).toBe(true);
  });

  test("its sample is the example examples/data/sp1-consent-all.json", () => {
    expect(SAMPLE_ASSESSMENT).toEqual(JSON.parse(readFileSync(`${EXAMPLES}/sp1-consent-all.json`, "utf8")));
  });
});
