import { describe, expect, test } from "vitest";
import { LANGS } from "./code-lists.ts";
import { FORMAT_PATTERNS } from "./formats.ts";
import { LANGUAGE_NAMES, languageName, OTHER_LANGUAGE } from "./languages.ts";

describe("LANGUAGE_NAMES and languageName (one table for the SDK)", () => {
  test("holds every language the SDK writes, named in nb, nn and en", () => {
    expect(LANGS.map((l) => LANGUAGE_NAMES[l]?.nb)).toEqual(["norsk bokmål", "nynorsk", "engelsk"]);
    expect(LANGS.map((l) => LANGUAGE_NAMES[l]?.en)).toEqual(["Norwegian Bokmål", "Norwegian Nynorsk", "English"]);
  });

  test("every key is a primary subtag the model's language pattern allows; no name is a tag", () => {
    for (const [tag, names] of Object.entries(LANGUAGE_NAMES)) {
      expect(FORMAT_PATTERNS.lang.test(tag)).toBe(true);
      for (const lang of LANGS) {
        expect(names[lang]).not.toBe(tag);
        expect(names[lang].length).toBeGreaterThan(3);
      }
    }
  });

  test("names a tag by its primary subtag, in any case", () => {
    expect(languageName("nb", "nb")).toBe("norsk bokmål");
    expect(languageName("nn", "nb")).toBe("nynorsk");
    expect(languageName("en-GB", "nb")).toBe("engelsk");
    expect(languageName("SE", "en")).toBe("Northern Sami");
    expect(languageName("sgn", "nn")).toBe("teiknspråk");
  });

  test("a tag not in the table, or an inherited key, is another language", () => {
    for (const lang of LANGS) {
      expect(languageName("xx", lang)).toBe(OTHER_LANGUAGE[lang]);
      expect(languageName("constructor", lang)).toBe(OTHER_LANGUAGE[lang]);
      expect(languageName("", lang)).toBe(OTHER_LANGUAGE[lang]);
      expect(languageName(undefined as unknown as string, lang)).toBe(OTHER_LANGUAGE[lang]);
    }
  });
});
