import { buildHelsefagligDialog, parseMessage } from "@pakkeforlop-hjem/edi";
import { parseAssessment } from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, route } from "@pakkeforlop-hjem/pathway";
import { describe, expect, test } from "vitest";
import { EXAMPLES, example, jsonLines, MSG_ID, NOW, put, run, tempDir } from "../../test/helpers.ts";
import { SAMPLE_ENVELOPE } from "../sample.ts";

const T = "--allow-test-numbers";
const file = `${EXAMPLES}/sp1-consent-all.json`;

function envelopeFile(content: unknown = SAMPLE_ENVELOPE): string {
  return put(tempDir(), "envelope.json", content);
}

describe("buildCommand", () => {
  test("builds the Helsefaglig dialog the edi package builds for the routed delivery (fixed id and clock)", async () => {
    const r = await run(["build", file, "-e", envelopeFile(), T, "--msg-id", MSG_ID, "--now", NOW]);
    expect(r.code).toBe(0);
    const assessment = parseAssessment(example("sp1-consent-all.json"), { allowTestNumbers: true });
    const delivery = route(assessment, NATIONAL_PROFILE).deliveries[0];
    const want = buildHelsefagligDialog(assessment, delivery!, SAMPLE_ENVELOPE, {
      msgId: MSG_ID,
      genDate: NOW,
      validate: false,
    });
    expect(want.success && r.stdout).toBe(want.success ? `${want.data.xml}\n` : "");
  });

  test("is reproducible with --msg-id and --now, and uses the clock and a random id without them", async () => {
    const args = ["build", file, "-e", envelopeFile(), T, "--msg-id", MSG_ID, "--now", NOW];
    expect((await run(args)).stdout).toBe((await run(args)).stdout);
    const r = await run(["build", file, "-e", envelopeFile(), T, "--json"]);
    expect(jsonLines(r.stdout)[0]).toMatchObject({
      msgId: "00000000-0000-4000-8000-000000000000",
      genDate: "2026-03-10T11:00:00Z",
      msgType: "DIALOG_HELSEFAGLIG",
      delivery: { recipient: { kind: "municipality" }, role: "primary", messageKind: "helsefaglig-dialog" },
    });
  });

  test("--kind epikrise builds an Epikrise 1.2 that parses back", async () => {
    const r = await run(["build", file, "-e", envelopeFile(), T, "--kind", "epikrise", "--json", "--now", NOW]);
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec?.["msgType"]).toBe("EPIKRISE");
    const parsed = parseMessage(rec?.["xml"] as string);
    expect(parsed.success && parsed.data.kind).toBe("epikrise");
  });

  test("the Ahus profile with a DIPS sender builds the regional template as an Epikrise 1.2 (issue 16 point 1)", async () => {
    const args = ["build", file, "-e", envelopeFile(), T, "--profile", "ahus", "--sender-system", "dips", "--json"];
    const r = await run([...args, "--now", NOW]);
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec?.["msgType"]).toBe("EPIKRISE");
    expect(rec?.["delivery"]).toMatchObject({ messageKind: "dips-edi-template" });
    expect(rec?.["xml"]).toContain("TILTAK OG VIDERE OPPFØLGING");
    const parsed = parseMessage(rec?.["xml"] as string);
    expect(parsed.success && parsed.data.kind).toBe("epikrise");
  });

  test("--kind template --template picks another built-in template", async () => {
    const args = [
      "build",
      file,
      "-e",
      envelopeFile(),
      T,
      "--kind",
      "template",
      "--template",
      "sondre-trondelag-huskeliste",
    ];
    const r = await run([...args, "--json", "--now", NOW]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]?.["xml"]).toContain("PUNKTENE FRA SAMTALEN");
    expect((await run([...args.slice(0, -1), "nowhere"])).code).toBe(2);
  });

  test("a declined SP1 builds the GP notice", async () => {
    const r = await run(["build", `${EXAMPLES}/sp1-declined.json`, "-e", envelopeFile(), T, "--json", "--now", NOW]);
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec?.["delivery"]).toMatchObject({ messageKind: "gp-decline-notice" });
    expect(rec?.["msgType"]).toBe("DIALOG_HELSEFAGLIG");
  });

  test("nothing to send when consent withholds every delivery (exit 1, with the reason)", async () => {
    const r = await run([
      "build",
      `${EXAMPLES}/sp1-declines-municipality.json`,
      "-e",
      envelopeFile(),
      T,
      "--recipient",
      "municipality",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no message over Norsk Helsenett is to be sent");
    expect(r.stderr).toContain("the patient said no to sharing with the municipality");
    expect(r.stderr, "the reason in words, not its code").not.toContain("municipality_consent_declined");
  });

  test("a bad envelope is exit 1 naming the field and rule", async () => {
    const bad = { ...SAMPLE_ENVELOPE, receiver: { ...SAMPLE_ENVELOPE.receiver, service: { name: "X", herId: "abc" } } };
    const r = await run(["build", file, "-e", envelopeFile(bad), T, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the envelope is invalid: envelope.receiver.service.herId");
    expect((await run(["build", file, "-e", envelopeFile("[]"), T])).code).toBe(1);
  });

  test("an invalid assessment is exit 1 with its issues", async () => {
    const r = await run(["build", `${EXAMPLES}/invalid-sp1.json`, "-e", envelopeFile(), T]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[required] organisation.name");
  });
});
