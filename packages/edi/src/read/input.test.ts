import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { declaredEncoding, decodeBytes, inputSize } from "./input.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("inputSize", () => {
  test("bytes are their length; a short string its length; a long one its UTF-8 length", () => {
    expect(inputSize(new Uint8Array(7), 1)).toBe(7);
    expect(inputSize("ø", 10)).toBe(1);
    expect(inputSize("ø😀", 5)).toBe(6);
  });

  propTest.prop([fc.string({ unit: "grapheme", maxLength: 50 })])(
    "a string over the limit is its UTF-8 length",
    (s) => {
      expect(inputSize(s, 0)).toBe(bytes(s).length);
    },
  );
});

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf16 = (s: string, order: "LE" | "BE", bom: boolean): Uint8Array => {
  const out: number[] = bom ? (order === "LE" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(order === "LE" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
};
const textOf = (b: Uint8Array): string | undefined => {
  const d = decodeBytes(b);
  return d.ok ? d.text : undefined;
};
const failureOf = (b: Uint8Array): string | undefined => {
  const d = decodeBytes(b);
  return d.ok ? undefined : d.code;
};

describe("decodeBytes (XML 1.0 appendix F; issue 15 point 6, issue 21 point 4)", () => {
  test("UTF-8 by default, with or without its byte order mark (which is not text)", () => {
    expect(textOf(bytes("<a>ø</a>"))).toBe("<a>ø</a>");
    expect(textOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("<a>ø</a>")]))).toBe("<a>ø</a>");
  });

  test("ISO-8859-1 when the declaration says so, every byte its code point (0x80–0x9f too)", () => {
    const head = '<?xml version="1.0" encoding="ISO-8859-1"?><a>';
    expect(textOf(Uint8Array.from([...latin1(head), 0xf8, 0x96, ...latin1("</a>")]))).toBe(`${head}ø\u0096</a>`);
  });

  test.each(["LE", "BE"] as const)(
    "UTF-16 %s with a byte order mark, and without one (by the first bytes)",
    (order) => {
      const xml = '<?xml version="1.0" encoding="UTF-16"?><a>ø😀</a>';
      expect(textOf(utf16(xml, order, true))).toBe(xml);
      expect(textOf(utf16(xml, order, false))).toBe(xml);
      expect(decodeBytes(utf16("<a/>", order, true))).toMatchObject({ ok: true, encoding: `UTF-16${order}` });
    },
  );

  test("invalid UTF-8 is invalid_encoding, never replaced", () => {
    expect(failureOf(Uint8Array.from([...bytes("<a>"), 0xc3, 0x28, ...bytes("</a>")]))).toBe("invalid_encoding");
    expect(failureOf(Uint8Array.from([...bytes("<a>"), 0xff, ...bytes("</a>")]))).toBe("invalid_encoding");
    expect(failureOf(Uint8Array.from([...bytes("<a>"), 0xed, 0xa0, 0x80, ...bytes("</a>")]))).toBe("invalid_encoding");
  });

  test("invalid UTF-16 (odd length, a lone surrogate) is invalid_encoding", () => {
    expect(failureOf(Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x61]))).toBe("invalid_encoding");
    expect(failureOf(Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x00, 0xd8, 0x3e, 0x00]))).toBe("invalid_encoding");
  });

  test("a declaration that contradicts the bytes is invalid_encoding", () => {
    expect(failureOf(utf16('<?xml version="1.0" encoding="UTF-8"?><a/>', "LE", true))).toBe("invalid_encoding");
    expect(failureOf(bytes('<?xml version="1.0" encoding="UTF-16"?><a/>'))).toBe("invalid_encoding");
    const bomLatin = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')]);
    expect(failureOf(bomLatin)).toBe("invalid_encoding");
  });

  test("an encoding it does not read is unsupported_encoding; its label reaches no params", () => {
    const d = decodeBytes(bytes("<?xml version='1.0' encoding='x-unknown\nlabel'?><a>ø</a>"));
    expect(d).toEqual({ ok: false, code: "unsupported_encoding" });
  });

  test("encoding= is read only from the XML declaration at the start, not sniffed elsewhere", () => {
    const body = "<a note='encoding=\"ISO-8859-1\"'>ø</a>";
    expect(textOf(bytes(body))).toBe(body);
    expect(declaredEncoding("<?xml version='1.0' encoding = 'Latin1' standalone='yes'?>")).toBe("latin1");
    expect(declaredEncoding(" <?xml version='1.0' encoding='latin1'?>")).toBe("");
    expect(declaredEncoding("<?xml version='1.0'?><a encoding='latin1'/>")).toBe("");
  });

  propTest.prop([fc.string({ unit: "grapheme", maxLength: 80 })])("any text round trips in UTF-8 and UTF-16", (s) => {
    expect(textOf(bytes(`<a>${s}</a>`))).toBe(`<a>${s}</a>`);
    expect(textOf(utf16(`<a>${s}</a>`, "LE", true))).toBe(`<a>${s}</a>`);
    expect(textOf(utf16(`<a>${s}</a>`, "BE", true))).toBe(`<a>${s}</a>`);
  });

  propTest.prop([fc.uint8Array({ maxLength: 300 })])("any bytes decode or fail with a code, never throw", (b) => {
    const d = decodeBytes(b);
    expect(d.ok ? typeof d.text : d.code).toMatch(/^(string|invalid_encoding|unsupported_encoding)$/);
    if (d.ok && d.encoding === "UTF-8") {
      expect(new TextEncoder().encode(d.text)).toEqual(
        b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b,
      );
    }
  });
});
