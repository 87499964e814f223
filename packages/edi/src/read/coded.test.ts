import { describe, expect, test } from "vitest";
import { codeOf, setIdentType } from "./coded.ts";
import type { IdentDraft } from "./state.ts";

describe("codeOf", () => {
  test.each([
    [
      "all four, V and S trimmed",
      { V: " 6 ", DN: " Henvendelse ", S: " 2.16 ", OT: "fritt" },
      { v: "6", dn: " Henvendelse ", s: "2.16", ot: "fritt" },
    ],
    ["missing ones left out", { V: "1" }, { v: "1" }],
    ["nothing", {}, {}],
  ])("%s", (_title, attrs, want) => {
    expect(codeOf(attrs)).toEqual(want);
  });
});

describe("setIdentType", () => {
  test.each([
    [
      "FNR in 8116",
      { V: "FNR", S: "2.16.578.1.12.4.1.1.8116" },
      { type: "FNR", codeSystem: "2.16.578.1.12.4.1.1.8116", system: "urn:oid:2.16.578.1.12.4.1.4.1" },
    ],
    ["HER with no code list", { V: " HER " }, { type: "HER", system: "urn:oid:2.16.578.1.12.4.1.2" }],
    [
      "an unknown code, kept",
      { V: "LOP", S: "2.16.578.1.12.4.1.1.8268" },
      { type: "LOP", codeSystem: "2.16.578.1.12.4.1.1.8268" },
    ],
    ["an empty V and S", { V: " ", S: "" }, {}],
  ])("%s", (_title, attrs, want) => {
    const ident: IdentDraft = { id: "1" };
    setIdentType(ident, attrs);
    expect(ident).toEqual({ id: "1", ...want });
  });
});
