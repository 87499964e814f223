import { deliveryFor, ENVELOPE, fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { appRecErrorsFor, appRecOutcomeFor, createAppRec } from "./apprec.ts";
import { buildHelsefagligDialog } from "./build-dialog.ts";
import type { Envelope } from "./envelope.ts";
import { EDI_ISSUES, type EdiIssueCode } from "./issues.ts";
import { parseMessage } from "./parse.ts";

const a = assessmentFixture({ municipalityConsent: "granted" });
const envelope: Envelope = { ...(ENVELOPE as Envelope), copyReceivers: [ENVELOPE.sender as Envelope["sender"]] };
const built = buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), envelope, {
  ids: sequentialIds(),
  now: fixedNow(),
});
const parsed = built.success ? parseMessage(built.data.xml) : undefined;
const message = parsed?.success ? parsed.data : undefined;
const opts = { ids: sequentialIds(100), now: fixedNow("2025-03-01T10:05:00+01:00") };

describe("createAppRec", () => {
  test("answers OK with the original's type, date and id, from the primary receiver to the sender", () => {
    if (message === undefined) {
      throw new Error("fixture did not parse");
    }
    const r = createAppRec(message, { status: "ok" }, { ...opts, version: "1.1" });
    expect(r.success).toBe(true);
    const back = r.success ? parseMessage(r.data.xml) : undefined;
    expect(back?.success && back.data).toMatchObject({
      kind: "apprec",
      version: "1.1",
      msgId: "00000000-0000-4000-8000-000000000064",
      appRec: {
        status: { v: "1", dn: "OK" },
        errors: [],
        originalMsgId: { msgType: "DIALOG_HELSEFAGLIG", issueDate: "2025-03-01T10:00:00+01:00", id: message.msgId },
      },
      sender: { herId: "85231", role: "PRIM", service: { herId: "8139433" } },
      receiver: { herId: "59", role: "AVS", service: { herId: "8142518" } },
    });
  });

  test("answers as a copy receiver, in AppRec 1.0, with errors and their free text", () => {
    if (message === undefined) {
      throw new Error("fixture did not parse");
    }
    const r = createAppRec(
      message,
      { status: "rejected", errors: [{ code: "E21", text: "Ukjent tjeneste" }] },
      { ...opts, version: "1.0", as: 0 },
    );
    const back = r.success ? parseMessage(r.data.xml) : undefined;
    expect(
      back?.success && [
        back.data.version,
        back.data.sender?.role,
        back.data.appRec?.status?.v,
        back.data.appRec?.errors,
      ],
    ).toEqual([
      "1.0",
      "COP",
      "2",
      [{ v: "E21", s: "2.16.578.1.12.4.1.1.8221", dn: "Mottaker finnes ikke", ot: "Ukjent tjeneste" }],
    ]);
  });

  test("refuses misuse: no id source, a copy receiver that does not exist", () => {
    if (message === undefined) {
      throw new Error("fixture did not parse");
    }
    expect(() => createAppRec(message, { status: "ok" }, { version: "1.1", now: fixedNow() })).toThrow(/ids/);
    expect(() => createAppRec(message, { status: "ok" }, { ...opts, version: "1.1", as: 5 })).toThrow(/copy receiver/);
  });
});

describe("appRecErrorsFor", () => {
  test.each<[EdiIssueCode, string]>([
    ["not_xml", "T01"],
    ["missing_element", "T02"],
    ["unsupported_message", "T10"],
    ["unsupported_payload", "T10"],
    ["doctype_forbidden", "T99"],
    ["entity_forbidden", "T99"],
    ["too_large", "T99"],
    ["invalid_msg_id", "E10"],
    ["unknown_receiver", "E21"],
    ["insufficient_patient_identification", "E36"],
  ])("maps %s to 8221 %s", (issueCode, appRecCode) => {
    expect(appRecErrorsFor([EDI_ISSUES.issue(issueCode, [])])).toEqual([{ code: appRecCode }]);
  });

  test("a message without the patient's public identifier is rejected with E36, and an unknown receiver with E21", () => {
    const xml = built.success
      ? built.data.xml.replace(/<Patient>.*<\/Patient>/, "<Patient><FamilyName>X</FamilyName></Patient>")
      : "";
    const r = parseMessage(xml, { ownHerIds: ["1"] });
    expect(r.success && appRecOutcomeFor(r.data)).toEqual({
      status: "rejected",
      errors: [{ code: "E36" }, { code: "E21" }],
    });
  });
});
