import { test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arbTree, el, type Node, ROOTS, read, readTree, STRUCTURE, vocabulary } from "../../test/read-events.ts";
import { MSGHEAD } from "./msghead.ts";

const info = (...kids: Node[]): Node => el("MsgHead", {}, el("MsgInfo", {}, ...kids));

describe("MsgHead", () => {
  test("a MsgHead root in any namespace is MsgHead 1.2 until a payload is found", () => {
    const m = read(el("x:MsgHead", { "xmlns:x": "urn:misspelt" }));
    expect([m.kind, m.version, m.namespace]).toEqual(["msghead", "1.2", "urn:misspelt"]);
  });

  test("MsgInfo gives the type, id, generation date and conversation", () => {
    const m = read(
      info(
        el("Type", { V: " DIALOG_NOTAT ", DN: "Notat" }),
        el("MsgId", {}, " 6F2B1D3A-9C4E-4B7A-8E21-0A1B2C3D4E5F "),
        el("GenDate", {}, "2024-11-05T08:30:00"),
        el("ConversationRef", {}, el("RefToParent", {}, "p"), el("RefToConversation", {}, "c")),
      ),
    );
    expect([m.msgType, m.msgId, m.genDate, m.conversationRef]).toEqual([
      { v: "DIALOG_NOTAT", dn: "Notat" },
      "6F2B1D3A-9C4E-4B7A-8E21-0A1B2C3D4E5F",
      "2024-11-05T08:30:00",
      { refToParent: "p", refToConversation: "c" },
    ]);
  });

  test("a conversation with one reference keeps only that one", () => {
    expect(read(info(el("ConversationRef", {}, el("RefToParent", {}, "p")))).conversationRef).toEqual({
      refToParent: "p",
    });
    expect(read(info()).conversationRef).toBeUndefined();
  });

  test("a MsgId deeper than MsgInfo is not the message's", () => {
    const m = read(info(el("Sender", {}, el("MsgId", {}, "x"))));
    expect(m.msgId).toBeUndefined();
  });

  test("ProcessingStatus (8113) is read from MsgInfo only", () => {
    expect(read(info(el("ProcessingStatus", { V: " T " }))).processingStatus).toBe("T");
    expect(read(el("MsgHead", {}, el("ProcessingStatus", { V: "T" }))).processingStatus).toBeUndefined();
  });

  test("a MsgHead without MsgInfo/Type or Document is missing required parts (issue 15 point 5)", () => {
    expect(read(info()).issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["MsgInfo.Type", "Document"]),
    );
  });

  propTest.prop([arbTree([...vocabulary(MSGHEAD), ...STRUCTURE], ROOTS)])(
    "never throws on any nesting of MsgHead elements with any attributes",
    (tree) => {
      const r = readTree(tree);
      expect(r.message?.kind ?? r.stop?.code).toBeDefined();
    },
  );
});
