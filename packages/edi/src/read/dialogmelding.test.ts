import { test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { arbTree, el, type Node, ROOTS, read, readTree, STRUCTURE, vocabulary } from "../../test/read-events.ts";
import { DIALOGMELDING, dialogVersion } from "./dialogmelding.ts";

const DIALOG_10 = "http://www.kith.no/xmlstds/dialog/2006-10-11";
const DIALOG_11 = "http://www.kith.no/xmlstds/dialog/2013-01-23";
const msgHead = (ns: string, ...payload: Node[]): Node =>
  el(
    "MsgHead",
    {},
    el(
      "Document",
      {},
      el("RefDoc", {}, el("MsgType", { V: "XML" }), el("Content", {}, el("Dialogmelding", { xmlns: ns }, ...payload))),
    ),
  );

describe("dialogVersion", () => {
  test.each([
    [DIALOG_10, "1.0"],
    [DIALOG_11, "1.1"],
    ["", "1.1"],
    ["http://www.kith.no/xmlstds/dialog/2015-05-04", undefined],
  ])("%s is %s", (ns, version) => {
    expect(dialogVersion(ns)).toBe(version);
  });
});

describe("Dialogmelding", () => {
  test("a Notat: code, theme, body, document id and date", () => {
    const m = read(
      msgHead(
        DIALOG_11,
        el(
          "Notat",
          {},
          el("TemaKodet", { V: "6", DN: "Henvendelse om pasient", S: "2.16.578.1.12.4.1.1.7322" }),
          el("Tema", {}, "Oppfølging"),
          el("TekstNotatInnhold", {}, "Tekst"),
          el("DokIdNotat", {}, "a-1"),
          el("DatoNotat", {}, "2024-11-05"),
        ),
      ),
    );
    expect([m.kind, m.version]).toEqual(["dialogmelding", "1.1"]);
    expect(m.notes).toEqual([
      {
        kind: "notat",
        code: { v: "6", dn: "Henvendelse om pasient", s: "2.16.578.1.12.4.1.1.7322" },
        theme: "Oppfølging",
        text: "Tekst",
        xhtml: false,
        docId: "a-1",
        date: "2024-11-05",
      },
    ]);
  });

  test("a Foresporsel: TypeForesp, EmneSporsmal and Sporsmal", () => {
    const m = read(
      msgHead(
        DIALOG_10,
        el(
          "Foresporsel",
          {},
          el("TypeForesp", { V: "1" }),
          el("EmneSporsmal", {}, "Spørsmål"),
          el("Sporsmal", {}, "Hvordan går det?"),
        ),
      ),
    );
    expect(m.notes).toEqual([
      { kind: "foresporsel", code: { v: "1" }, theme: "Spørsmål", text: "Hvordan går det?", xhtml: false },
    ]);
  });

  test("a code is the note's that holds it directly; a body only of its own kind of note", () => {
    const m = read(
      msgHead(
        DIALOG_11,
        el("Notat", {}, el("TypeForesp", { V: "1" }), el("Sporsmal", {}, "x"), el("TekstNotatInnhold", {}, "y")),
        el("Foresporsel", {}, el("X", {}, el("TypeForesp", { V: "2" })), el("TekstNotatInnhold", {}, "z")),
      ),
    );
    expect(m.notes).toEqual([
      { kind: "notat", code: { v: "1" }, text: "y", xhtml: false },
      { kind: "foresporsel", text: "", xhtml: false },
    ]);
  });

  test("notes are read only from a Dialogmelding payload", () => {
    expect(read(el("MsgHead", {}, el("Notat", {}, el("TekstNotatInnhold", {}, "x")))).notes).toEqual([]);
    expect(read(msgHead("urn:other", el("Notat", {}, el("TekstNotatInnhold", {}, "x")))).notes).toEqual([]);
  });

  test("a Svar echoes its question: Notat/Foresporsel is the note's question (issue 15 point 4)", () => {
    const m = read(
      msgHead(
        DIALOG_10,
        el(
          "Notat",
          {},
          el("TemaKodet", { V: "1", S: "2.16.578.1.12.4.1.1.9069" }),
          el("TekstNotatInnhold", {}, "Svaret"),
          el(
            "Foresporsel",
            {},
            el("TypeForesp", { V: "1", DN: "Generell forespørsel" }),
            el("EmneSporsmal", {}, "Blodsukker"),
            el("Sporsmal", {}, "Kan du sende verdiene?"),
          ),
        ),
      ),
    );
    expect(m.notes).toHaveLength(1);
    expect(m.notes[0]).toMatchObject({
      kind: "notat",
      text: "Svaret",
      question: {
        kind: "foresporsel",
        code: { v: "1", dn: "Generell forespørsel" },
        theme: "Blodsukker",
        text: "Kan du sende verdiene?",
      },
    });
  });

  test("the first note's DokIdNotat is the message's document id", () => {
    const m = read(
      msgHead(DIALOG_11, el("Notat", {}, el("DokIdNotat", {}, "a-1")), el("Notat", {}, el("DokIdNotat", {}, "b"))),
    );
    expect(m.documentId).toBe("a-1");
  });

  propTest.prop([arbTree([...vocabulary(DIALOGMELDING), "Document", "RefDoc", ...STRUCTURE], ROOTS)])(
    "never throws on any nesting of Dialogmelding elements with any attributes",
    (tree) => {
      const r = readTree(tree);
      expect(r.message?.kind ?? r.stop?.code).toBeDefined();
    },
  );
});
