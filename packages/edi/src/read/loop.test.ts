import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arbTree, el, ROOTS, read, readTree, STRUCTURE, vocabulary } from "../../test/read-events.ts";
import { ADDRESSING } from "./addressing.ts";
import { APPREC } from "./apprec.ts";
import { ATTACHMENTS } from "./attachments.ts";
import { DIALOGMELDING } from "./dialogmelding.ts";
import { EPIKRISE } from "./epikrise.ts";
import { ROOT_HEADER } from "./header.ts";
import { IDENTITY } from "./identity.ts";
import { readXml } from "./loop.ts";
import { MSGHEAD } from "./msghead.ts";
import { ReadStop } from "./state.ts";

const ALL = [APPREC, ADDRESSING, IDENTITY, ROOT_HEADER, MSGHEAD, EPIKRISE, DIALOGMELDING, ATTACHMENTS].flatMap(
  vocabulary,
);

const stopOf = (xml: string): string | undefined => {
  try {
    readXml(xml, undefined);
    return undefined;
  } catch (e) {
    return e instanceof ReadStop ? e.code : "other";
  }
};

describe("the event loop", () => {
  test.each([
    ["a DOCTYPE", "<!DOCTYPE MsgHead><MsgHead/>", "doctype_forbidden"],
    ["an entity declaration", '<!DOCTYPE m [<!ENTITY x "y">]><MsgHead/>', "entity_forbidden"],
    ["XML that is not well-formed", "<MsgHead><a></MsgHead>", "not_xml"],
    ["an unknown root", "<Henvisning/>", "unsupported_message"],
  ])("ends the pass on %s", (_title, xml, code) => {
    expect(stopOf(xml)).toBe(code);
  });

  test("the unknown root's name and namespace are shortened in the issue params", () => {
    const r = readTree(el(`${"R".repeat(60)}`, { xmlns: `urn:${"n".repeat(100)}` }));
    expect(r.stop?.params).toEqual({ element: "R".repeat(40), namespace: `urn:${"n".repeat(76)}` });
  });

  test("GenDate, DateOfBirth and IssueDate take their value from V when it is there", () => {
    const m = read(
      el(
        "MsgHead",
        {},
        el(
          "MsgInfo",
          {},
          el("GenDate", { V: "2025-01-01" }),
          el("Patient", {}, el("DateOfBirth", { V: "1969-11-13" })),
        ),
      ),
    );
    expect([m.genDate, m.patient?.dateOfBirth]).toEqual(["2025-01-01", "1969-11-13"]);
  });

  test("an element's value is its own text, trimmed, not its children's", () => {
    const m = read(el("MsgHead", {}, el("MsgInfo", {}, el("MsgId", {}, " a ", el("x", {}, "child"), " b "))));
    expect(m.msgId).toBe("b");
  });

  test("rules for a shared name run in reader order: AppRec's own Id before an identifier's or a RefDoc's", () => {
    const m = read(
      el(
        "AppRec",
        {},
        el("Id", {}, "receipt"),
        el("Sender", {}, el("HCP", {}, el("Inst", {}, el("Id", {}, "42")))),
        el("RefDoc", {}, el("Id", {}, "doc")),
      ),
    );
    expect([m.msgId, m.sender?.ids, m.attachments]).toEqual(["receipt", [{ id: "42" }], [{ id: "doc" }]]);
  });

  test("inside a note body, element rules do not run", () => {
    const m = read(
      el(
        "Message",
        { xmlns: "http://www.kith.no/xmlstds/epikrise/2012-02-15" },
        el(
          "InfItem",
          {},
          el("Observation", {}, el("Description", {}, el("Patient", {}, el("Name", {}, "Ikke pasienten")))),
        ),
      ),
    );
    expect([m.patient, m.notes[0]?.text]).toEqual([undefined, "Ikke pasienten"]);
  });

  test("a sender nested 100 000 organisations deep is read without overflowing the stack", () => {
    const n = 100_000;
    const party = `${"<Organisation>".repeat(n)}<OrganisationName>innerst</OrganisationName>${"</Organisation>".repeat(n)}`;
    const m = readXml(`<MsgHead><MsgInfo><Sender>${party}</Sender></MsgInfo></MsgHead>`, undefined);
    let depth = 1;
    let p = m.sender;
    while (p?.service !== undefined) {
      p = p.service;
      depth++;
    }
    expect([depth, p?.name]).toEqual([n, "innerst"]);
  });

  propTest.prop([arbTree([...ALL, ...STRUCTURE], ROOTS)], { numRuns: 500 })(
    "any nesting of every element any reader reads, with any attributes, is read or stopped, never thrown",
    (tree) => {
      const r = readTree(tree);
      expect(r.message?.kind ?? r.stop?.code).toBeDefined();
      if (r.message !== undefined) {
        expect([r.state.names, r.state.holders, r.state.scopes, r.state.body]).toEqual([[], [], [], undefined]);
      }
    },
  );

  propTest.prop([fc.string({ maxLength: 200 })])("any text either reads or stops with a code", (xml) => {
    expect(stopOf(`<MsgHead>${xml}</MsgHead>`)).not.toBe("other");
  });
});
