import { test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arbTree, el, type Node, ROOTS, read, readTree, STRUCTURE, vocabulary } from "../../test/read-events.ts";
import { ADDRESSING } from "./addressing.ts";
import { IDENTITY } from "./identity.ts";

const her = (id: string): Node => el("Ident", {}, el("Id", {}, id), el("TypeId", { V: "HER" }));
const org = (name: string, id: string, ...kids: Node[]): Node =>
  el("Organisation", {}, el("OrganisationName", {}, name), her(id), ...kids);
const inst = (tag: "Inst" | "Dept", name: string, id: string, ...kids: Node[]): Node =>
  el(tag, {}, el("Name", {}, name), el("Id", {}, id), el("TypeId", { V: "HER" }), ...kids);
const msgHead = (...info: Node[]): Node => el("MsgHead", {}, el("MsgInfo", {}, ...info));
const epikrise = (...rprt: Node[]): Node =>
  el("Message", { xmlns: "http://www.kith.no/xmlstds/epikrise/2012-02-15" }, el("ServRprt", {}, ...rprt));
const appRec = (...kids: Node[]): Node => el("AppRec", {}, ...kids);

describe("addressing", () => {
  test("MsgHead: Sender, Receiver and OtherReceiver with its RoleReceiver; the nested Organisation is the service", () => {
    const m = read(
      msgHead(
        el("Sender", {}, org("Sykehuset", "59", org("Kreftklinikken", "8142518"))),
        el("Receiver", {}, org("Kommunen", "85231", org("Kreftkoordinator", "8139433"))),
        el("OtherReceiver", {}, el("RoleReceiver", { V: " COP " }), org("Legekontoret", "112233")),
      ),
    );
    expect([m.sender?.herId, m.sender?.service?.herId, m.receiver?.service?.name]).toEqual([
      "59",
      "8142518",
      "Kreftkoordinator",
    ]);
    expect(m.copyReceivers).toMatchObject([{ name: "Legekontoret", herId: "112233", role: "COP" }]);
  });

  test("Epikrise: ServProvider and Requester through HCP (Inst with Dept, or a person), CopyDest as copy", () => {
    const m = read(
      epikrise(
        el(
          "ServProvider",
          {},
          el("HCP", {}, inst("Inst", "Sykehuset", "4001031", inst("Dept", "Poliklinikk", "4001999"))),
        ),
        el("Requester", {}, el("HCP", {}, el("HCProf", {}, el("Name", {}, "Dr. Fastlege")))),
        el("CopyDest", {}, el("HCP", {}, inst("Inst", "Kommunen", "85231"))),
      ),
    );
    expect(m.sender).toMatchObject({ herId: "4001031", service: { name: "Poliklinikk", herId: "4001999" } });
    expect(m.receiver).toEqual({ ids: [], person: { name: "Dr. Fastlege", ids: [] } });
    expect(m.copyReceivers.map((p) => p.herId)).toEqual(["85231"]);
  });

  test("AppRec: the Role written before the party is the party's; a person straight under HCP takes it too", () => {
    const m = read(
      appRec(
        el("Sender", {}, el("Role", { V: "PRIM" }), el("HCP", {}, el("HCProf", {}, el("Name", {}, "Lege")))),
        el("Receiver", {}, el("Role", { V: "AVS" }), el("HCP", {}, inst("Inst", "Kommunen", "81234"))),
      ),
    );
    expect([m.sender?.role, m.sender?.person?.name, m.receiver?.role, m.receiver?.herId]).toEqual([
      "PRIM",
      "Lege",
      "AVS",
      "81234",
    ]);
  });

  test("a person in an organisation is its person; only the first service and the first person count", () => {
    const m = read(
      msgHead(
        el(
          "Receiver",
          {},
          org(
            "Kommunen",
            "1",
            org(
              "Første",
              "2",
              el("HealthcareProfessional", {}, el("GivenName", {}, "Kari"), el("FamilyName", {}, "Lege")),
            ),
            org("Andre", "3"),
            el("HealthcareProfessional", {}, el("FamilyName", {}, "Nordmann")),
          ),
        ),
      ),
    );
    expect(m.receiver?.service).toMatchObject({ name: "Første", person: { name: "Kari Lege" } });
    expect(m.receiver?.person?.name).toBe("Nordmann");
  });

  test("a person written straight under OtherReceiver is a copy receiver with its role", () => {
    const m = read(
      msgHead(
        el(
          "OtherReceiver",
          {},
          el("RoleReceiver", { V: "COP" }),
          el("HealthcareProfessional", {}, el("FamilyName", {}, "Fastlege")),
        ),
      ),
    );
    expect(m.copyReceivers).toEqual([{ ids: [], person: { name: "Fastlege", ids: [] }, role: "COP" }]);
  });

  test("organisations outside the addressing are read and dropped; a later Sender replaces an earlier one", () => {
    const m = read(
      msgHead(
        el("Sender", {}, org("Først", "1")),
        el("Sender", {}, org("Sist", "2")),
        el("TilknyttetEnhet", {}, el("Kontaktenhet", {}, org("Sykehjemmet", "3"))),
      ),
    );
    expect([m.sender?.name, m.receiver, m.copyReceivers]).toEqual(["Sist", undefined, []]);
  });

  test("an owner named like an Object.prototype member is no slot", () => {
    const m = read(msgHead(el("constructor", {}, org("X", "1")), el("__proto__", {}, org("Y", "2"))));
    expect([m.sender, m.receiver, m.copyReceivers]).toEqual([undefined, undefined, []]);
  });

  propTest.prop([arbTree([...vocabulary(ADDRESSING), ...vocabulary(IDENTITY), ...STRUCTURE], ROOTS)])(
    "never throws on any nesting of addressing elements with any attributes",
    (tree) => {
      const r = readTree(tree);
      expect(r.message?.kind ?? r.stop?.code).toBeDefined();
    },
  );
});
