import { test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arbTree, el, ROOTS, read, readTree, STRUCTURE, vocabulary } from "../../test/read-events.ts";
import { ROOT_HEADER } from "./header.ts";

const EPIKRISE_11 = "http://www.kith.no/xmlstds/epikrise/2006-09-23";

describe("the header under the root", () => {
  test("Epikrise 1.1: Type E reads as EPIKRISE; MsgId; GenDate from its V attribute", () => {
    const m = read(
      el(
        "Message",
        { xmlns: EPIKRISE_11 },
        el("Type", { V: "E", DN: "Epikrise" }),
        el("GenDate", { V: "2023-02-01T12:00:00" }),
        el("MsgId", {}, "not-a-uuid"),
      ),
    );
    expect([m.msgType, m.genDate, m.msgId]).toEqual([
      { v: "EPIKRISE", dn: "Epikrise" },
      "2023-02-01T12:00:00",
      "not-a-uuid",
    ]);
  });

  test("AppRec: GenDate as text", () => {
    expect(read(el("AppRec", {}, el("GenDate", {}, " 2024-11-05T08:31:00 "))).genDate).toBe("2024-11-05T08:31:00");
  });

  test("a Type, MsgId or GenDate below the first level is not the header", () => {
    const m = read(
      el(
        "Message",
        { xmlns: EPIKRISE_11 },
        el("ServRprt", {}, el("Type", { V: "X" }), el("MsgId", {}, "x"), el("GenDate", {}, "d")),
      ),
    );
    expect([m.msgType, m.msgId, m.genDate]).toEqual([undefined, undefined, undefined]);
  });

  propTest.prop([arbTree([...vocabulary(ROOT_HEADER), ...STRUCTURE], ROOTS)])(
    "never throws on any nesting of header elements with any attributes",
    (tree) => {
      const r = readTree(tree);
      expect(r.message?.kind ?? r.stop?.code).toBeDefined();
    },
  );
});
