import { test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arbTree, el, type Node, ROOTS, read, readTree, STRUCTURE, vocabulary } from "../../test/read-events.ts";
import { EPIKRISE } from "./epikrise.ts";

const EPIKRISE_12 = "http://www.kith.no/xmlstds/epikrise/2012-02-15";
const message = (ns: string, ...rprt: Node[]): Node => el("Message", { xmlns: ns }, el("ServRprt", {}, ...rprt));
const infItem = (type: string, description: Node): Node =>
  el("InfItem", {}, el("Observation", {}, el("Description", {}, description)), el("Type", { V: type, DN: "Funn" }));

describe("Epikrise", () => {
  test.each([
    ["1.2", EPIKRISE_12],
    ["1.1", "http://www.kith.no/xmlstds/epikrise/2006-09-23"],
  ])("a Message root in the Epikrise %s namespace is an Epikrise", (version, ns) => {
    expect(read(el("Message", { xmlns: ns }))).toMatchObject({ kind: "epikrise", version, namespace: ns });
  });

  test("a Message root in another namespace is not a message this package reads", () => {
    expect(readTree(el("Message", { xmlns: "urn:henvisning" })).stop?.code).toBe("unsupported_message");
  });

  test("each InfItem is a note: its Type the code, MsgDescr the theme, Observation/Description the body", () => {
    const m = read(
      message(
        EPIKRISE_12,
        el("MsgDescr", {}, " Poliklinisk notat "),
        el("Event", {}, infItem("FUNN", "Kontroll uten funn."), infItem("OPPL", el("p", {}, "XHTML"))),
      ),
    );
    expect(m.notes).toEqual([
      {
        kind: "infitem",
        code: { v: "FUNN", dn: "Funn" },
        theme: "Poliklinisk notat",
        text: "Kontroll uten funn.",
        xhtml: false,
      },
      { kind: "infitem", code: { v: "OPPL", dn: "Funn" }, theme: "Poliklinisk notat", text: "XHTML", xhtml: true },
    ]);
  });

  test("a Description outside an Observation is not the body; a MsgDescr outside ServRprt is not the theme", () => {
    const m = read(
      message(
        EPIKRISE_12,
        el("Event", {}, el("MsgDescr", {}, "x"), el("InfItem", {}, el("Description", {}, "not the body"))),
      ),
    );
    expect(m.notes).toEqual([{ kind: "infitem", text: "", xhtml: false }]);
  });

  test("an InfItem in another kind of message is not a note", () => {
    expect(read(el("AppRec", {}, infItem("FUNN", "x"))).notes).toEqual([]);
  });

  test("ServRprt/ServType and ServProvId are read (issue 15 point 3); Event's ServType is not the report's", () => {
    const m = read(
      message(
        EPIKRISE_12,
        el("ServType", { V: "C", DN: "Kansellering" }),
        el("ServProvId", {}, " EPI-1 "),
        el("Event", {}, el("ServType", { V: "N" })),
      ),
    );
    expect([m.servType, m.documentId]).toEqual([{ v: "C", dn: "Kansellering" }, "EPI-1"]);
  });

  test("Message/Status (8323) is the processing status; ServRprt/Status (7306) is not", () => {
    const m = read(
      el("Message", { xmlns: EPIKRISE_12 }, el("Status", { V: "TEST" }), el("ServRprt", {}, el("Status", { V: "F" }))),
    );
    expect(m.processingStatus).toBe("TEST");
  });

  test("a coded InfItem with an empty Description keeps its codes, and its text is the codes (issue 15 point 4)", () => {
    const coded = (description: Node[], ...concepts: Node[]): Node =>
      el(
        "InfItem",
        {},
        el("Observation", {}, el("Description", {}, ...description), el("CodedDescr", {}, ...concepts)),
        el("Type", { V: "H" }),
      );
    const concept = el("Concept", { V: "C50.4", DN: "Ondartet svulst i bryst", S: "2.16.578.1.12.4.1.1.7110" });
    const m = read(message(EPIKRISE_12, el("Event", {}, coded([], concept), coded(["Skrevet"], concept))));
    expect(m.notes[0]).toMatchObject({
      text: "Ondartet svulst i bryst (C50.4)",
      codes: [{ v: "C50.4", dn: "Ondartet svulst i bryst", s: "2.16.578.1.12.4.1.1.7110" }],
    });
    expect(m.notes[1]?.text).toBe("Skrevet");
    expect(read(message(EPIKRISE_12, el("Concept", { V: "X" }))).notes).toEqual([]);
  });

  propTest.prop([arbTree([...vocabulary(EPIKRISE), "Event", ...STRUCTURE], ROOTS)])(
    "never throws on any nesting of Epikrise elements with any attributes",
    (tree) => {
      const r = readTree(tree);
      expect(r.message?.kind ?? r.stop?.code).toBeDefined();
    },
  );
});
