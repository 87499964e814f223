import { test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arbTree, el, ROOTS, read, readTree, STRUCTURE, vocabulary } from "../../test/read-events.ts";
import { APPREC } from "./apprec.ts";

describe("AppRec (reading)", () => {
  test.each([
    ["http://www.kith.no/xmlstds/apprec/2004-11-21", "1.0"],
    ["http://www.kith.no/xmlstds/apprec/2012-02-15", "1.1"],
    ["", "1.1"],
  ])("an AppRec root in %j is version %s", (ns, version) => {
    expect(read(el("AppRec", { xmlns: ns }))).toMatchObject({ kind: "apprec", version });
  });

  test("MsgType, its own Id, Status, every Error and the original message", () => {
    const m = read(
      el(
        "AppRec",
        {},
        el("MsgType", { V: "APPREC" }),
        el("Id", {}, " 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b "),
        el("Status", { V: "2", DN: "Avvist" }),
        el("Error", { V: "E36", S: "2.16.578.1.12.4.1.1.8221", OT: "fritekst" }),
        el("Error", { V: "E10" }),
        el(
          "OriginalMsgId",
          {},
          el("MsgType", { V: " DIALOG_NOTAT " }),
          el("IssueDate", {}, "2024-11-05"),
          el("Id", {}, "orig"),
        ),
      ),
    );
    expect([m.msgType, m.msgId]).toEqual([{ v: "APPREC" }, "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b"]);
    expect(m.appRec).toEqual({
      status: { v: "2", dn: "Avvist" },
      errors: [{ v: "E36", s: "2.16.578.1.12.4.1.1.8221", ot: "fritekst" }, { v: "E10" }],
      originalMsgId: { msgType: "DIALOG_NOTAT", issueDate: "2024-11-05", id: "orig" },
    });
  });

  test("Status and Error deeper than the root are not the receipt's", () => {
    const m = read(el("AppRec", {}, el("Sender", {}, el("Status", { V: "1" }), el("Error", { V: "X" }))));
    expect(m.appRec).toEqual({ errors: [], originalMsgId: {} });
  });

  test("an AppRec has no patient check; every other kind has", () => {
    expect(read(el("AppRec", {})).issues.map((i) => i.code)).not.toContain("insufficient_patient_identification");
  });

  test("an AppRec without Status or OriginalMsgId is missing required parts (issue 15 point 5)", () => {
    const m = read(el("AppRec", {}, el("Id", {}, "x")));
    expect(m.issues.filter((i) => i.code === "missing_element").map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["Status", "OriginalMsgId.Id"]),
    );
  });

  test("a Status outside AppRec is not its status", () => {
    expect(read(el("AppRec", {}, el("X", {}, el("Status", { V: "2" })))).appRec?.status).toBeUndefined();
  });

  propTest.prop([arbTree([...vocabulary(APPREC), ...STRUCTURE], ROOTS)])(
    "never throws on any nesting of AppRec elements with any attributes",
    (tree) => {
      const r = readTree(tree);
      expect(r.message?.kind ?? r.stop?.code).toBeDefined();
    },
  );
});
