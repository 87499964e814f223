import { describe, expect, test } from "vitest";
import { finishMessage, freezeNote, freezeParty } from "./finish.ts";
import { createState, type PartyDraft } from "./state.ts";

describe("freezeParty", () => {
  test("the HER-id is the first identifier typed HER (any case), trimmed; a person gets one name", () => {
    const p = freezeParty({
      name: "Kommunen",
      ids: [
        { id: "1", type: "ENH" },
        { id: " 85231 ", type: "her" },
        { id: "2", type: "HER" },
      ],
      person: { given: "Kari", family: "Lege", ids: [] },
      role: "COP",
    });
    expect(p).toEqual({
      ids: [
        { id: "1", type: "ENH" },
        { id: " 85231 ", type: "her" },
        { id: "2", type: "HER" },
      ],
      name: "Kommunen",
      herId: "85231",
      person: { name: "Kari Lege", ids: [] },
      role: "COP",
    });
  });

  test("a person's Name wins over its parts; a person with no name has none", () => {
    expect(freezeParty({ ids: [], person: { name: "Dr. X", given: "Y", ids: [] } }).person).toEqual({
      name: "Dr. X",
      ids: [],
    });
    expect(freezeParty({ ids: [], person: { ids: [] } }).person).toEqual({ ids: [] });
  });

  test("a chain of 200 000 services is frozen without recursion", () => {
    let draft: PartyDraft = { name: "innerst", ids: [] };
    for (let i = 0; i < 200_000; i++) {
      draft = { ids: [], service: draft };
    }
    let p = freezeParty(draft);
    let n = 0;
    while (p.service !== undefined) {
      p = p.service;
      n++;
    }
    expect([n, p.name]).toEqual([200_000, "innerst"]);
  });
});

describe("freezeNote", () => {
  test("parts become trimmed lines, blank runs one line, ends trimmed", () => {
    const note = freezeNote({ kind: "notat", parts: ["\n  a ", "b\n\n\n", "  c  ", "\n\n"], xhtml: true });
    expect(note).toEqual({ kind: "notat", text: "a b\n\nc", xhtml: true });
  });
});

describe("finishMessage", () => {
  test("conversationRef and appRec only when there is something to say", () => {
    const s = createState();
    const m = finishMessage({ ...s.message, kind: "msghead" });
    expect(Object.keys(m)).toEqual(["kind", "version", "namespace", "copyReceivers", "notes", "attachments", "issues"]);
    const r = finishMessage({ ...s.message, kind: "apprec", refToConversation: "c" });
    expect([r.conversationRef, r.appRec]).toEqual([{ refToConversation: "c" }, { errors: [], originalMsgId: {} }]);
  });
});
