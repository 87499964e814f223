import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { el, type Node, read } from "../../test/read-events.ts";
import { bodyCdata, bodyText, closeInBody, openInBody, startBody } from "./body.ts";
import { freezeNote } from "./finish.ts";
import { createState, type NoteDraft } from "./state.ts";

const DIALOG = "http://www.kith.no/xmlstds/dialog/2013-01-23";

/** A Helsefaglig dialog whose one note has the given body children. */
const dialog = (...body: Node[]): Node =>
  el(
    "MsgHead",
    {},
    el(
      "Document",
      {},
      el(
        "RefDoc",
        {},
        el("MsgType", { V: "XML" }),
        el(
          "Content",
          {},
          el("Dialogmelding", { xmlns: DIALOG }, el("Notat", {}, el("TekstNotatInnhold", {}, ...body))),
        ),
      ),
    ),
  );
const noteOf = (...body: Node[]) => read(dialog(...body)).notes[0];

describe("note bodies", () => {
  test.each([
    ["plain text is the text, trimmed", ["  Pasienten har det bra.  "], "Pasienten har det bra.", false],
    ["block elements end lines", [el("p", {}, "Én"), el("div", {}, "To"), "Tre"], "Én\nTo\nTre", true],
    ["<br> ends a line", ["a", el("br"), "b"], "a\nb", true],
    [
      "lines are trimmed and blank runs kept to one",
      [el("p", {}, " a "), el("p"), el("p"), el("p", {}, "b")],
      "a\n\nb",
      true,
    ],
    ["a CDATA section is text", [{ cdata: "5 < 7 & alt vel" }], "5 < 7 & alt vel", false],
    ["a table that is not the data carrier is text", [el("table", {}, el("tr", {}, el("td", {}, "x")))], "x", true],
  ] as const)("%s", (_title, body, text, xhtml) => {
    expect(noteOf(...body)).toMatchObject({ text, xhtml });
  });

  test("the pfh-data table gives rows of its first two cells, and no text", () => {
    const table = el(
      "table",
      { class: "data pfh-data" },
      el("tr", {}, el("td", {}, "patient.name"), el("td", {}, '"Kari"'), el("td", {}, "ignored")),
      el("tr", {}, el("td", {}, "one cell only")),
      el("tr", {}, "text outside a cell", el("td", {}, "a"), el("td", {}, "b")),
    );
    const note = noteOf(el("p", {}, "Til lesing"), table);
    expect(note?.text).toBe("Til lesing");
    expect(note?.dataRows).toEqual([
      ["patient.name", '"Kari"'],
      ["a", "b"],
    ]);
  });

  test("each body starts fresh: a cell left open by a broken table does not swallow the next note's text", () => {
    const broken = el("table", { class: "pfh-data" }, el("tr", {}, el("td", {}, el("tr", {}), "lost")));
    const msg = read(
      el(
        "Message",
        { xmlns: "http://www.kith.no/xmlstds/epikrise/2012-02-15" },
        el("InfItem", {}, el("Observation", {}, el("Description", {}, broken))),
        el("InfItem", {}, el("Observation", {}, el("Description", {}, "Neste notat"))),
      ),
    );
    expect(msg.notes.map((n) => n.text)).toEqual(["", "Neste notat"]);
  });

  test("the end of the body element leaves the body and clears the text", () => {
    const s = createState();
    const note: NoteDraft = { kind: "notat", parts: [], xhtml: false };
    startBody(s, note, 3);
    const body = s.body;
    if (body === undefined) {
      throw new Error("no body");
    }
    openInBody(body, "p", {}, 4);
    bodyText(body, "x");
    closeInBody(s, body, "p", 4);
    bodyCdata(body, "y");
    s.text = "stale";
    closeInBody(s, body, "TekstNotatInnhold", 3);
    expect([s.body, s.text, note.parts, note.xhtml]).toEqual([undefined, "", ["x", "\n", "y"], true]);
  });

  const events = fc.array(
    fc.oneof(
      fc.record({ t: fc.constant("open" as const), name: fc.constantFrom("p", "br", "table", "tr", "td", "div", "x") }),
      fc.record({ t: fc.constant("close" as const) }),
      fc.record({ t: fc.constantFrom("text" as const, "cdata" as const), text: fc.string({ maxLength: 8 }) }),
      fc.record({ t: fc.constant("data" as const) }),
    ),
    { maxLength: 60 },
  );
  test("a data cell written as CDATA is read (issue 15 point 4)", () => {
    const table = el(
      "table",
      { class: "pfh-data" },
      el("tr", {}, el("td", {}, { cdata: "topics.nutrition.status" }), el("td", {}, { cdata: '"need"' })),
      el("tr", {}, el("td", {}, "a", { cdata: "<b>" }), el("td", {}, "1")),
    );
    expect(noteOf(table)?.dataRows).toEqual([
      ["topics.nutrition.status", '"need"'],
      ["a<b>", "1"],
    ]);
  });

  propTest.prop([events])("never throws on any sequence of body events, and the text is trimmed lines", (evs) => {
    const s = createState();
    const note: NoteDraft = { kind: "notat", parts: [], xhtml: false };
    startBody(s, note, 0);
    const open: string[] = [];
    for (const e of evs) {
      const b = s.body;
      if (b === undefined) {
        break;
      }
      if (e.t === "open" || e.t === "data") {
        const name = e.t === "data" ? "table" : e.name;
        open.push(name);
        openInBody(b, name, e.t === "data" ? { class: "pfh-data" } : {}, open.length);
      } else if (e.t === "close") {
        closeInBody(s, b, open.pop() ?? "TekstNotatInnhold", open.length + 1);
      } else if (e.t === "text") {
        bodyText(b, e.text);
      } else {
        bodyCdata(b, e.text);
      }
    }
    const text = freezeNote(note).text;
    expect(text.split("\n").every((l) => l === l.trim())).toBe(true);
    expect(note.dataRows?.every((r) => r.length === 2) ?? true).toBe(true);
  });
});
