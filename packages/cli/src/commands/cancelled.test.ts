import { cancelAssessment, parseAssessment } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { EXAMPLES, example, MSG_ID, NOW, put, run, tempDir } from "../../test/helpers.ts";
import { SAMPLE_ENVELOPE } from "../sample.ts";

const T = "--allow-test-numbers";
const meta = { reason: "Feil pasient", by: "Kari Nordmann", at: "2026-03-13T08:00:00+01:00" };

function files(doc: unknown, envelope: unknown = SAMPLE_ENVELOPE): { assessment: string; envelope: string } {
  const dir = tempDir();
  return { assessment: put(dir, "a.json", doc), envelope: put(dir, "envelope.json", envelope) };
}

const cancelled = () =>
  cancelAssessment(parseAssessment(example("sp1-corrected.json"), { allowTestNumbers: true }), meta).assessment;

describe("pfh and a cancelled assessment (issue 21)", () => {
  test("pfh build refuses to send it as new (exit 1, assessment_cancelled)", async () => {
    for (const kind of ["dialog", "epikrise"]) {
      const f = files(cancelled());
      const r = await run([
        "build",
        f.assessment,
        "-e",
        f.envelope,
        T,
        "--kind",
        kind,
        "--msg-id",
        MSG_ID,
        "--now",
        NOW,
      ]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("[assessment_cancelled]");
      expect(r.stderr).toContain("kan bare sendes som en annullering");
    }
  });

  test("pfh build --cancellation sends Epikrise ServType C", async () => {
    const f = files(cancelled());
    const r = await run([
      "build",
      f.assessment,
      "-e",
      f.envelope,
      T,
      "--kind",
      "epikrise",
      "--cancellation",
      "--now",
      NOW,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<ServType V="C" DN="Kansellering"/>');
    expect(r.stdout).not.toContain('<ServRprt><ServType V="N"');
  });

  test("pfh build --cancellation of a dialog needs the thread, and replies in it", async () => {
    const without = files(cancelled());
    const r1 = await run([
      "build",
      without.assessment,
      "-e",
      without.envelope,
      T,
      "--kind",
      "dialog",
      "--cancellation",
    ]);
    expect(r1.code).toBe(1);
    const conversation = { refToParent: MSG_ID, refToConversation: MSG_ID };
    const f = files(cancelled(), { ...SAMPLE_ENVELOPE, conversation });
    const r2 = await run([
      "build",
      f.assessment,
      "-e",
      f.envelope,
      T,
      "--kind",
      "dialog",
      "--cancellation",
      "--now",
      NOW,
    ]);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toContain("<ConversationRef>");
  });

  test("pfh build --cancellation of an assessment that is not cancelled is refused", async () => {
    const r = await run(["build", `${EXAMPLES}/sp1-corrected.json`, "-e", files({}).envelope, T, "--cancellation"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("er ikke annullert");
  });

  test("pfh render --as letter refuses a cancelled assessment; the epicrisis text still shows the cancellation", async () => {
    const f = files(cancelled());
    const letter = await run(["render", f.assessment, T, "--as", "letter"]);
    expect(letter.code).toBe(1);
    expect(letter.stderr).toContain("annullert");
    const epicrisis = await run(["render", f.assessment, T]);
    expect(epicrisis.code).toBe(0);
  });
});
