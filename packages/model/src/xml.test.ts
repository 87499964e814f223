import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { escapeXml } from "./xml.ts";

/** What an XML parser makes of escaped text: the five entities and decimal character references. */
const readBack = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+);/g, (_m, e: string) =>
    e.startsWith("#")
      ? String.fromCharCode(Number(e.slice(1)))
      : ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[e] as string),
  );

const arbText = fc.string({ unit: fc.constantFrom(..."ab &<>\"'\r\n\t æ😀") });

describe("escapeXml", () => {
  test("escapes the markup characters, in content and in attributes", () => {
    expect(escapeXml("Kari & <Per> 'x' \"y\"")).toBe("Kari &amp; &lt;Per&gt; &apos;x&apos; &quot;y&quot;");
    expect(escapeXml("a 'b' \"c\"", { quotes: false })).toBe("a 'b' \"c\"");
    expect(escapeXml("a\r\nb")).toBe("a&#13;\nb");
    expect(escapeXml("a \"b\"\t'c'\r\n", { in: "attribute" })).toBe("a &quot;b&quot;&#9;'c'&#13;&#10;");
    expect(escapeXml("plain text æøå")).toBe("plain text æøå");
  });

  propTest.prop([arbText, fc.constantFrom("content", "attribute" as const), fc.boolean()])(
    "gives back the text when read, and leaves no character that would end or change the value",
    (text, where, quotes) => {
      const escaped = escapeXml(text, { in: where, quotes });
      expect(readBack(escaped)).toBe(text);
      expect(escaped).not.toMatch(/[<>\r]|&(?!(lt|gt|quot|apos|amp|#\d+);)/);
      if (where === "attribute") {
        expect(escaped).not.toMatch(/["\n\t]/);
      } else if (quotes) {
        expect(escaped).not.toMatch(/["']/);
      }
    },
  );
});
