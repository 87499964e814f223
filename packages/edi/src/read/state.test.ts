import { describe, expect, test } from "vitest";
import { el, read } from "../../test/read-events.ts";
import { createState, namespaceOf, prefixOf } from "./state.ts";

describe("the read state", () => {
  test("a prefix resolves to the innermost declaration; an unbound prefix to no namespace", () => {
    const s = createState();
    s.scopes.push({ "": "urn:outer", a: "urn:a" }, undefined, { "": "urn:inner" });
    expect([namespaceOf(s, ""), namespaceOf(s, "a"), namespaceOf(s, "b")]).toEqual(["urn:inner", "urn:a", ""]);
  });

  test.each([
    ["fk1:Id", "fk1"],
    ["Id", ""],
    [":Id", ""],
  ])("the prefix of %s is %j", (name, prefix) => {
    expect(prefixOf(name)).toBe(prefix);
  });

  test("a prefix named like an Object.prototype member resolves to what the document declares, or to nothing", () => {
    const declared = read(el("__proto__:MsgHead", { "xmlns:__proto__": "urn:p" }));
    const undeclared = read(el("constructor:MsgHead", { xmlns: "urn:d" }));
    expect([declared.namespace, undeclared.namespace]).toEqual(["urn:p", ""]);
  });
});
