import { describe, expect, test } from "vitest";
import type { CodeList } from "./code-lists.ts";
import * as lists from "./code-lists.ts";

const all = Object.entries(lists as Record<string, unknown>).filter(
  (e): e is [string, CodeList<string>] => typeof e[1] === "object" && e[1] !== null && "codes" in e[1],
);

describe("code lists", () => {
  test.each(all)("%s has unique codes and a non-empty nb, nn and en text for each", (_name, list) => {
    expect(new Set(list.codes).size).toBe(list.codes.length);
    for (const code of list.codes) {
      for (const lang of lists.LANGS) {
        expect(lists.displayOf(list, code, lang).trim().length).toBeGreaterThan(0);
      }
    }
  });

  test("topics are the guideline's thirteen plus late effects (DOMAIN.md §2)", () => {
    expect(lists.TOPICS.codes).toHaveLength(14);
    expect(lists.TOPICS.codes.at(-1)).toBe("late-effects");
  });

  test("roles include KITH 9034 codes 6, 17 and 24 with their national names", () => {
    expect(lists.displayOf(lists.ROLES, "6", "nb")).toBe("Fastlege");
    expect(lists.displayOf(lists.ROLES, "17", "nb")).toBe("Forløpskoordinator kreft");
    expect(lists.displayOf(lists.ROLES, "24", "nb")).toBe("Kontakt hos mottaker");
    expect(lists.ROLES.kith).toBe("9034");
    expect(lists.PROFESSIONS.kith).toBe("9060");
  });

  test("nynorsk differs from bokmål where the languages differ", () => {
    expect(lists.displayOf(lists.TOPICS, "work-school", "nn")).toBe("Arbeid, skule og utdanning");
  });
});
