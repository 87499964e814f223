import { test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arbTree, el, type Node, ROOTS, read, readTree, STRUCTURE, vocabulary } from "../../test/read-events.ts";
import { IDENTITY } from "./identity.ts";

const FNR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.1";
const msgHead = (...info: Node[]): Node => el("MsgHead", {}, el("MsgInfo", {}, ...info));
const epikrise = (...rprt: Node[]): Node =>
  el("Message", { xmlns: "http://www.kith.no/xmlstds/epikrise/2012-02-15" }, el("ServRprt", {}, ...rprt));

describe("identity", () => {
  test("the MsgHead patient: names in parts, birth date from V or text, sex from V, Ident with Id and TypeId", () => {
    const m = read(
      msgHead(
        el(
          "Patient",
          {},
          el("FamilyName", {}, " Nordmann "),
          el("MiddleName", {}, "M"),
          el("GivenName", {}, "Kari"),
          el("DateOfBirth", { V: "1969-11-13" }),
          el("Sex", { V: " 2 " }),
          el("Ident", {}, el("Id", {}, "13116900216"), el("TypeId", { V: "FNR", S: "2.16.578.1.12.4.1.1.8116" })),
        ),
      ),
    );
    expect(m.patient).toEqual({
      familyName: "Nordmann",
      middleName: "M",
      givenName: "Kari",
      dateOfBirth: "1969-11-13",
      sex: "2",
      ids: [{ id: "13116900216", type: "FNR", codeSystem: "2.16.578.1.12.4.1.1.8116", system: FNR_SYSTEM }],
    });
  });

  test("the Epikrise patient: one Name, OffId typed by the TypeOffId after it; an empty OffId is dropped", () => {
    const m = read(
      epikrise(
        el(
          "Patient",
          {},
          el("Name", {}, "Nordmann, Kari"),
          el("OffId", {}, ""),
          el("OffId", {}, "13116900216"),
          el("TypeOffId", { V: "FNR" }),
        ),
      ),
    );
    expect(m.patient).toEqual({
      name: "Nordmann, Kari",
      ids: [{ id: "13116900216", type: "FNR", system: FNR_SYSTEM }],
    });
  });

  test("a Patient outside MsgInfo or ServRprt is not the patient", () => {
    const m = read(msgHead(el("Other", {}, el("Patient", {}, el("FamilyName", {}, "X")))));
    expect(m.patient).toBeUndefined();
  });

  test.each([
    [
      "a typed Ident",
      [el("Id", {}, "1"), el("TypeId", { V: "HER" })],
      [{ id: "1", type: "HER", system: "urn:oid:2.16.578.1.12.4.1.2" }],
    ],
    [
      "a Type where TypeId belongs",
      [el("Id", {}, "9"), el("Type", { V: "ENH" })],
      [{ id: "9", type: "ENH", system: "urn:oid:2.16.578.1.12.4.1.4.101" }],
    ],
    [
      "an unknown type, kept as written",
      [el("Id", {}, "7"), el("TypeId", { V: " LOP ", S: "x" })],
      [{ id: "7", type: "LOP", codeSystem: "x" }],
    ],
    ["an empty V, no type", [el("Id", {}, "7"), el("TypeId", { V: " " })], [{ id: "7" }]],
    ["an Ident without Id, dropped", [el("TypeId", { V: "HER" })], []],
  ] as const)("an identifier of a party: %s", (_title, kids, ids) => {
    const m = read(msgHead(el("Sender", {}, el("Organisation", {}, el("Ident", {}, ...kids)))));
    expect(m.sender?.ids).toEqual(ids);
  });

  test("Epikrise and AppRec write Id and TypeId straight into the party; TypeId types the last Id", () => {
    const m = read(
      el(
        "AppRec",
        {},
        el(
          "Sender",
          {},
          el(
            "HCP",
            {},
            el(
              "Inst",
              {},
              el("Id", {}, "1"),
              el("TypeId", { V: "HER" }),
              el("Id", {}, "2"),
              el("TypeId", { V: "ENH" }),
            ),
          ),
        ),
      ),
    );
    expect(m.sender?.ids.map((i) => [i.id, i.type])).toEqual([
      ["1", "HER"],
      ["2", "ENH"],
    ]);
    expect(m.sender?.herId).toBe("1");
  });

  test("an AdditionalId joins the person it is in", () => {
    const m = read(
      el(
        "AppRec",
        {},
        el(
          "Sender",
          {},
          el(
            "HCP",
            {},
            el(
              "Inst",
              {},
              el(
                "HCPerson",
                {},
                el("Name", {}, "Lege"),
                el("AdditionalId", {}, el("Id", {}, "9144897"), el("Type", { V: "HPR" })),
              ),
            ),
          ),
        ),
      ),
    );
    expect(m.sender?.person).toEqual({
      name: "Lege",
      ids: [{ id: "9144897", type: "HPR", system: "urn:oid:2.16.578.1.12.4.1.4.4" }],
    });
  });

  propTest.prop([arbTree([...vocabulary(IDENTITY), ...STRUCTURE], ROOTS)])(
    "never throws on any nesting of identity elements with any attributes",
    (tree) => {
      const r = readTree(tree);
      expect(r.message?.kind ?? r.stop?.code).toBeDefined();
    },
  );
});
