import { describe, expect, test } from "vitest";
import { checkMessage, partyHasHer, sufficientlyIdentified } from "./checks.ts";
import { createState, type PartyDraft, type PatientDraft } from "./state.ts";

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
    });
    checkMessage(s.message, ["2"]);
    expect(s.message.issues.map((i) => i.code)).toEqual(["invalid_msg_id", "unknown_receiver"]);
  });
});
