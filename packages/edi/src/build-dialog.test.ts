import { IDENTIFIER_SYSTEMS, isSdkError } from "@pakkeforlop-hjem/model";
import { deliveryFor, ENVELOPE, fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { buildHelsefagligDialog } from "./build-dialog.ts";
import { buildEpikrise } from "./build-epikrise.ts";
import type { Envelope } from "./envelope.ts";

const a = assessmentFixture({ municipalityConsent: "granted" });
const envelope = ENVELOPE as Envelope;
const opts = () => ({ ids: sequentialIds(), now: fixedNow(), note: { text: "Notat <1> & 2" } });

describe("buildHelsefagligDialog", () => {
  test("writes the Helsefaglig dialog profile: type, 7322 code 6, marked theme, author with phone, role 24 on a new thread", () => {
    const r = buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), envelope, opts());
    const xml = r.success ? r.data.xml : "";
    expect(xml).toContain('<Type V="DIALOG_HELSEFAGLIG" DN="Helsefaglig dialog"/>');
    expect(xml).toContain('<TemaKodet V="6" DN="Henvendelse om pasient" S="2.16.578.1.12.4.1.1.7322"/>');
    expect(xml).toContain("<Tema>Pakkeforløp hjem for pasienter med kreft – samhandlingspunkt 1</Tema>");
    expect(xml).toContain("<TekstNotatInnhold>Notat &lt;1&gt; &amp; 2</TekstNotatInnhold>");
    expect(xml).toContain('<RoleToPatient V="24" DN="Kontakt hos mottaker" S="2.16.578.1.12.4.1.1.9034"/>');
    expect(xml).toMatch(/<fk1:TeleAddress V="tel:\+\d+"\/>/);
    expect(xml).toMatch(/<TypeId V="FNR" DN="Fødselsnummer" S="2.16.578.1.12.4.1.1.8116"\/>/);
    expect(xml).not.toContain("urn:oid");
    expect(xml).not.toContain("<ConversationRef>");
  });

  test("the author's role to the patient (9034) stands beside RolleNotat, not inside HealthcareProfessional (issue 15 point 8)", () => {
    const withRole = { ...a, conductedBy: { ...a.conductedBy, role: "17" } } as typeof a;
    const r = buildHelsefagligDialog(withRole, deliveryFor(withRole, "helsefaglig-dialog"), envelope, opts());
    const xml = r.success ? r.data.xml : "";
    expect(xml).toContain(
      '<RollerRelatertNotat><RolleNotat V="1" DN="Forfatter" S="2.16.578.1.12.4.1.1.9057"/><RoleToPatient V="17"',
    );
    expect(xml).not.toMatch(/<HealthcareProfessional>(?:(?!<\/HealthcareProfessional>).)*<RoleToPatient/);
  });

  test("a reply carries ConversationRef and no role 24; copy receivers become OtherReceiver", () => {
    const conversation = {
      refToParent: "00000000-0000-4000-8000-00000000000a",
      refToConversation: "00000000-0000-4000-8000-000000000009",
    };
    const r = buildHelsefagligDialog(
      a,
      deliveryFor(a, "helsefaglig-dialog"),
      { ...envelope, conversation, copyReceivers: [envelope.sender] },
      opts(),
    );
    const xml = r.success ? r.data.xml : "";
    expect(xml).toContain(`<ConversationRef><RefToParent>${conversation.refToParent}</RefToParent>`);
    expect(xml).not.toContain('V="24"');
    expect(xml).toContain('<OtherReceiver><RoleReceiver V="COP" DN="Kopimottaker"/>');
  });

  test("returns missing_phone when neither the professional nor the sender service has a phone", () => {
    const noPhone = { ...a, conductedBy: { name: "Kari Nordmann", profession: "SP" as const } };
    const bare = { ...envelope, sender: { ...envelope.sender, service: { name: "Kreft", herId: "1" } } };
    const r = buildHelsefagligDialog(noPhone, deliveryFor(a, "helsefaglig-dialog"), bare, opts());
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(["missing_phone"]);
  });

  test("returns insufficient_patient_identification for a DUF-nummer without sex, and the model's issues for an invalid assessment", () => {
    const duf = {
      ...a,
      patient: { ...a.patient, identifier: { system: IDENTIFIER_SYSTEMS.duf, value: "123456789012" } },
    };
    const r = buildEpikrise(duf, deliveryFor(a, "epikrise"), envelope, { ...opts(), validate: false });
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(["insufficient_patient_identification"]);
    const bad = { ...a, mode: "telepathy" } as unknown as typeof a;
    const v = buildEpikrise(bad, deliveryFor(a, "epikrise"), envelope, opts());
    expect(v.success).toBe(false);
  });

  test.each([
    ["a delivery of another kind", () => buildHelsefagligDialog(a, deliveryFor(a, "epikrise"), envelope, opts())],
    [
      "a HER-id that is not digits",
      () =>
        buildHelsefagligDialog(
          a,
          deliveryFor(a, "helsefaglig-dialog"),
          { ...envelope, receiver: { ...envelope.receiver, service: { name: "X", herId: "HER-1" } } },
          opts(),
        ),
    ],
    [
      "no id source",
      () =>
        buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), envelope, {
          now: fixedNow(),
          note: { text: "x" },
        }),
    ],
    [
      "an id that is not a UUID",
      () =>
        buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), envelope, {
          msgId: "42",
          now: fixedNow(),
          note: { text: "x" },
        }),
    ],
    [
      "no clock",
      () =>
        buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), envelope, {
          ids: sequentialIds(),
          note: { text: "x" },
        }),
    ],
  ])("throws invalid_argument for %s", (_title, run) => {
    expect(run).toThrow();
    try {
      run();
    } catch (e) {
      expect(isSdkError(e) && e.code).toBe("invalid_argument");
    }
  });
});

describe("defineEnvelope", () => {
  test("freezes a checked copy that builds the same message", async () => {
    const { defineEnvelope } = await import("./envelope.ts");
    const defined = defineEnvelope(envelope);
    expect(Object.isFrozen(defined)).toBe(true);
    expect(Object.isFrozen(defined.sender.organisation)).toBe(true);
    expect(defined).toEqual(envelope);
    const plain = buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), envelope, opts());
    const fast = buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), defined, opts());
    expect(fast.success && fast.data.xml).toBe(plain.success && plain.data.xml);
    expect(() => defineEnvelope({ sender: null } as never)).toThrow(/envelope/);
  });

  test("a plain envelope is read on every build, so a change to it is seen", () => {
    const mutable = structuredClone(envelope) as { sender: { organisation: { name: string } } } & Envelope;
    const first = buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), mutable, opts());
    mutable.sender.organisation.name = "Renamed HF";
    const second = buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), mutable, opts());
    expect(first.success && first.data.xml).not.toContain("Renamed HF");
    expect(second.success && second.data.xml).toContain("Renamed HF");
  });
});

describe("test environments", () => {
  test("refuse a synthetic test number by default and accept it with allowTestNumbers", async () => {
    const { readFileSync } = await import("node:fs");
    const example = JSON.parse(
      readFileSync(new URL("../../../examples/data/sp1-consent-all.json", import.meta.url), "utf8"),
    ) as typeof a;
    const strict = buildHelsefagligDialog(example, deliveryFor(example, "helsefaglig-dialog"), envelope, opts());
    expect(strict.success ? [] : strict.error.issues.map((i) => i.code)).toEqual(["invalid_identifier"]);
    const test = buildHelsefagligDialog(example, deliveryFor(example, "helsefaglig-dialog"), envelope, {
      ...opts(),
      allowTestNumbers: true,
    });
    expect(test.success).toBe(true);
  });
});

describe("buildEpikrise: test messages (issue 15 point 8)", () => {
  test.each([
    ["T", true],
    ["D", true],
    ["P", false],
    [undefined, false],
  ] as const)("processingStatus %s → Message/Status TEST: %s", (status, marked) => {
    const env = status === undefined ? envelope : { ...envelope, processingStatus: status };
    const r = buildEpikrise(a, deliveryFor(a, "epikrise"), env, opts());
    const xml = r.success ? r.data.xml : "";
    expect(xml.includes('</MsgId><Status V="TEST" DN="Testmelding"/><ServRprt>')).toBe(marked);
  });
});
