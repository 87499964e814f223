import { describe, expect, test } from "vitest";
import { checkMessage, partyHasHer, receiverMatch, sufficientlyIdentified } from "./checks.ts";
import { createState, MAX_ISSUES, type PartyDraft, type PatientDraft } from "./state.ts";

const fnr = { id: "13116900216", type: "fnr" };

describe("sufficientlyIdentified (AppRec E36)", () => {
  test.each<[string, PatientDraft | undefined, boolean]>([
    ["no patient", undefined, false],
    ["name and FNR (any case)", { familyName: "Nordmann", ids: [fnr] }, true],
    ["one name string and D-nummer", { name: "Nordmann, Kari", ids: [{ id: "41116900216", type: "DNR" }] }, true],
    ["given name and FH-nummer", { givenName: "Kari", ids: [{ id: "81234567890", type: "FHN" }] }, true],
    ["name, birth date and sex", { familyName: "Nordmann", dateOfBirth: "1969-11-13", sex: "2", ids: [] }, true],
    ["name and birth date only", { familyName: "Nordmann", dateOfBirth: "1969-11-13", ids: [] }, false],
    ["FNR without a name", { ids: [fnr] }, false],
    ["name and an HPR number", { familyName: "Nordmann", ids: [{ id: "9144897", type: "HPR" }] }, false],
    ["name and an empty FNR", { familyName: "Nordmann", ids: [{ id: "", type: "FNR" }] }, false],
  ])("%s: %s", (_title, patient, want) => {
    expect(sufficientlyIdentified(patient)).toBe(want);
  });
});

describe("partyHasHer (AppRec E21)", () => {
  const party: PartyDraft = {
    ids: [{ id: "85231", type: "HER" }],
    service: { ids: [{ id: "8139433", type: "her" }] },
  };
  test.each([
    [["85231"], true],
    [["8139433"], true],
    [["1"], false],
  ])("own HER-ids %j: %s", (own, want) => {
    expect(partyHasHer(party, own)).toBe(want);
  });
});

describe("checkMessage", () => {
  test("an empty message: every finding, in a fixed order", () => {
    const s = createState();
    s.message.kind = "msghead";
    checkMessage(s.message, undefined);
    expect(s.message.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["missing_element", "MsgId"],
      ["missing_element", "GenDate"],
      ["missing_element", "Sender"],
      ["missing_element", "Receiver"],
      ["missing_element", "MsgInfo.Type"],
      ["missing_element", "Document"],
      ["insufficient_patient_identification", "Patient"],
    ]);
  });

  test("a MsgId that is not a UUID; a receiver that is not ours, only when our HER-ids are given", () => {
    const s = createState();
    Object.assign(s.message, {
      kind: "apprec",
      msgId: "12345",
      genDate: "2025-01-01",
      sender: { ids: [] },
      receiver: { ids: [{ id: "1", type: "HER" }] },
      appStatus: { v: "1" },
      originalSeen: true,
      original: { id: "x" },
    });
    checkMessage(s.message, ["2"]);
    expect(s.message.issues.map((i) => i.code)).toEqual(["invalid_msg_id", "unknown_receiver"]);
  });
});

describe("receiverMatch (issue 15 point 1: organisation → service → person)", () => {
  const gpOffice: PartyDraft = {
    ids: [{ id: "85231", type: "HER" }],
    service: {
      ids: [{ id: "8139433", type: "HER" }],
      person: {
        ids: [
          { id: "9144897", type: "HPR" },
          { id: " 565501 ", type: "her" },
        ],
      },
    },
  };
  test.each<[string[], ReturnType<typeof receiverMatch>]>([
    [["85231"], { level: "organisation", herId: "85231" }],
    [["8139433"], { level: "service", herId: "8139433" }],
    [["565501"], { level: "person", herId: "565501" }],
    [["565501", "8139433"], { level: "service", herId: "8139433" }],
    [["9144897"], undefined],
  ])("own HER-ids %j: %j", (own, want) => {
    expect(receiverMatch(gpOffice, own)).toEqual(want);
  });

  test("a person at the organisation level matches too", () => {
    expect(receiverMatch({ ids: [], person: { ids: [{ id: "7", type: "HER" }] } }, ["7"])).toEqual({
      level: "person",
      herId: "7",
    });
  });

  test("checkMessage records the match, and a person-level match is no unknown_receiver", () => {
    const s = createState();
    Object.assign(s.message, { kind: "msghead", receiver: gpOffice });
    checkMessage(s.message, ["565501"]);
    expect(s.message.receiverMatch).toEqual({ level: "person", herId: "565501" });
    expect(s.message.issues.map((i) => i.code)).not.toContain("unknown_receiver");
  });
});

describe("required parts (issue 15 point 5)", () => {
  const findings = (draft: object): string[] => {
    const s = createState();
    Object.assign(s.message, { msgId: "6f2b1d3a-9c4e-4b7a-8e21-0a1b2c3d4e5f", genDate: "2025-01-01" }, draft);
    s.message.sender = { ids: [] };
    s.message.receiver = { ids: [] };
    s.message.patient = { familyName: "N", ids: [{ id: "13116900216", type: "FNR" }] };
    checkMessage(s.message, undefined);
    return s.message.issues.map((i) => `${i.code} ${i.path.join(".")}`);
  };

  test("a MsgHead without MsgInfo/Type or Document", () => {
    expect(findings({ kind: "msghead" })).toEqual(["missing_element MsgInfo.Type", "missing_element Document"]);
    expect(findings({ kind: "msghead", msgType: { v: "DIALOG_NOTAT" }, documents: 1 })).toEqual([]);
  });

  test("a Dialogmelding without notes, or with a note without its code", () => {
    const base = { kind: "dialogmelding", msgType: { v: "DIALOG_NOTAT" }, documents: 1 };
    expect(findings(base)).toEqual(["missing_element Dialogmelding.Notat"]);
    const notes = [
      { kind: "notat", parts: [], xhtml: false },
      { kind: "foresporsel", parts: [], xhtml: false, code: { v: "1" } },
      { kind: "foresporsel", parts: [], xhtml: false, code: { v: " ".trim() } },
    ];
    expect(findings({ ...base, notes })).toEqual([
      "missing_element Dialogmelding.Notat.0.TemaKodet",
      "missing_element Dialogmelding.Foresporsel.2.TypeForesp",
    ]);
  });

  test("an Epikrise without ServRprt/ServType", () => {
    expect(findings({ kind: "epikrise" })).toEqual(["missing_element ServRprt.ServType"]);
    expect(findings({ kind: "epikrise", servType: { v: "C" } })).toEqual([]);
  });

  test("an AppRec without Status or OriginalMsgId, or a rejection without an error", () => {
    expect(findings({ kind: "apprec" })).toEqual(["missing_element Status", "missing_element OriginalMsgId.Id"]);
    expect(findings({ kind: "apprec", appStatus: { v: "2" }, originalSeen: true, original: { id: "x" } })).toEqual([
      "missing_element Error",
    ]);
  });

  test("findings are capped at MAX_ISSUES; the message counts the rest", () => {
    const s = createState();
    s.message.kind = "dialogmelding";
    for (let i = 0; i < 250; i++) {
      s.message.notes.push({ kind: "notat", parts: [], xhtml: false });
    }
    checkMessage(s.message, undefined);
    expect([s.message.issues.length, s.message.omittedIssues]).toEqual([MAX_ISSUES, 250 + 7 - MAX_ISSUES]);
  });
});
