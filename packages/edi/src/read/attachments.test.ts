import { test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arbTree, el, type Node, ROOTS, read, readTree, STRUCTURE, vocabulary } from "../../test/read-events.ts";
import type { ParsedMessage } from "../parsed-message.ts";
import { ATTACHMENTS } from "./attachments.ts";

const payloadIssues = (m: ParsedMessage) => m.issues.filter((i) => i.code === "unsupported_payload");
const DIALOG_11 = "http://www.kith.no/xmlstds/dialog/2013-01-23";
const doc = (msgType: string, ...rest: Node[]): Node =>
  el("Document", {}, el("RefDoc", {}, el("MsgType", { V: msgType }), ...rest));
const pdf = doc(
  " A ",
  el("Id", {}, "v1"),
  el("MimeType", {}, "application/pdf"),
  el("Description", {}, "Brev"),
  el("Content", {}, el("Base64Container", {}, "JVBE\n  Ri0x")),
);

describe("documents and attachments", () => {
  test("the first Document's Dialogmelding is the payload; the other Documents are attachments", () => {
    const m = read(
      el("MsgHead", {}, doc("XML", el("Content", {}, el("d:Dialogmelding", { "xmlns:d": DIALOG_11 }))), pdf),
    );
    expect([m.kind, m.version, m.namespace, payloadIssues(m)]).toEqual(["dialogmelding", "1.1", DIALOG_11, []]);
    expect(m.attachments).toEqual([
      { msgType: "A", id: "v1", mimeType: "application/pdf", description: "Brev", base64: "JVBERi0x" },
    ]);
  });

  test.each([
    ["another element", el("PLO", { xmlns: "urn:plo" }), "PLO", "urn:plo"],
    ["a Dialogmelding in an unknown namespace", el("Dialogmelding", { xmlns: "urn:x" }), "Dialogmelding", "urn:x"],
  ])("%s as payload is reported, and the message stays msghead", (_title, payload, element, namespace) => {
    const m = read(el("MsgHead", {}, doc("XML", el("Content", {}, payload))));
    expect(m.kind).toBe("msghead");
    expect(payloadIssues(m)).toMatchObject([{ path: ["Document", 0], params: { element, namespace } }]);
  });

  test("only the first element of the first Document is the payload; a Base64Container is never one", () => {
    const m = read(
      el(
        "MsgHead",
        {},
        doc(
          "XML",
          el("Content", {}, el("Base64Container", {}, "AA=="), el("Dialogmelding", { xmlns: DIALOG_11 }), el("X")),
        ),
        doc("XML", el("Content", {}, el("Y"))),
      ),
    );
    expect([m.kind, payloadIssues(m)]).toEqual(["dialogmelding", []]);
  });

  test("a RefDoc with a FileReference is an attachment by reference", () => {
    const m = read(el("MsgHead", {}, doc("XML"), doc("REF", el("FileReference", {}, "cid:vedlegg-1"))));
    expect(m.attachments).toEqual([{ msgType: "REF", fileReference: "cid:vedlegg-1" }]);
  });

  test("in an Epikrise every RefDoc is an attachment, XML too", () => {
    const m = read(
      el(
        "Message",
        { xmlns: "http://www.kith.no/xmlstds/epikrise/2012-02-15" },
        el("RefDoc", {}, el("MsgType", { V: "XML" })),
      ),
    );
    expect(m.attachments).toEqual([{ msgType: "XML" }]);
  });

  propTest.prop([arbTree([...vocabulary(ATTACHMENTS), ...STRUCTURE], ROOTS)])(
    "never throws on any nesting of document elements with any attributes",
    (tree) => {
      const r = readTree(tree);
      expect(r.message?.kind ?? r.stop?.code).toBeDefined();
    },
  );
});
