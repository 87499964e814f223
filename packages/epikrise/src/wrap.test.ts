import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { keep, wrap } from "./wrap.ts";

const arbWords = fc
  .array(fc.string({ unit: fc.constantFrom(..."abcdefghij"), minLength: 1, maxLength: 30 }), { maxLength: 30 })
  .map((words) => words.join(" "));

describe("wrap", () => {
  test("writes each line after a line feed, with the label on the first line and the indent after", () => {
    expect(wrap("Ønsker kontakt med fysioterapeut", { width: 20, first: "Merknad: ", rest: "  " })).toBe(
      "\nMerknad: Ønsker\n  kontakt med\n  fysioterapeut",
    );
    expect(wrap("kort", { width: 40, first: "Sted: " })).toBe("\nSted: kort");
  });

  test("a first word that does not fit beside the label starts on the next line", () => {
    expect(wrap("abcdefghijklmnop", { width: 12, first: "Label: ", rest: "  " })).toBe(
      "\nLabel:\n  abcdefghij\n  klmnop",
    );
  });

  test("kept words stay on one line and come back as spaces", () => {
    expect(wrap(`Kari Nordmann, ${keep("tlf. 12 34 56 78")}`, { width: 20 })).toBe(
      "\nKari Nordmann,\ntlf. 12 34 56 78",
    );
  });

  test("a long word is broken, or in the letter overflows its line", () => {
    expect(wrap("a abcdefghijkl b", { width: 5 })).toBe("\na\nabcde\nfghij\nkl b");
    expect(wrap("a abcdefghijkl b", { width: 5, long: "overflow" })).toBe("\na\nabcdefghijkl\nb");
  });

  propTest.prop([arbWords, fc.integer({ min: 10, max: 60 }), fc.constantFrom("", "Merknad: "), fc.boolean()])(
    "keeps every word in order, breaks only at spaces (unless a word is longer than a line), ends no line in a space",
    (text, width, first, overflow) => {
      const out = wrap(text, { width, first, rest: "  ", long: overflow ? "overflow" : "break" });
      const lines = out.split("\n").slice(1);
      const words = text.split(" ").filter((w) => w !== "");
      const longest = Math.max(0, ...words.map((w) => w.length));
      for (const line of lines) {
        expect(line).toBe(line.trimEnd());
        if (overflow || longest + first.length <= width) {
          expect(line.length <= width || !line.trim().includes(" ")).toBe(true);
        }
      }
      const body = lines.map((l, i) => (i === 0 ? l.slice(first.trimEnd().length).trimStart() : l));
      if (overflow || longest + 2 <= width - first.length) {
        expect(
          body
            .join(" ")
            .split(" ")
            .filter((w) => w !== ""),
        ).toEqual(words);
      } else {
        expect(body.join("").replaceAll(" ", "")).toBe(words.join(""));
      }
    },
  );
});
