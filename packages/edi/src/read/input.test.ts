import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { decodeBytes, inputSize } from "./input.ts";

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

describe("decodeBytes", () => {
  test("UTF-8 by default", () => {
    expect(decodeBytes(bytes("<a>ø</a>"))).toBe("<a>ø</a>");
  });

  test("ISO-8859-1 when the declaration says so", () => {
    const latin1 = Uint8Array.from(
      [...'<?xml version="1.0" encoding="ISO-8859-1"?><a>']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xf8],
          [..."</a>"].map((c) => c.charCodeAt(0)),
        ),
    );
    expect(decodeBytes(latin1)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>ø</a>');
  });

  test("an unknown encoding label reads as UTF-8", () => {
    expect(decodeBytes(bytes("<?xml version='1.0' encoding='x-unknown'?><a>ø</a>"))).toContain("ø");
  });
});
