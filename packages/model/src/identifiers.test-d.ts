import { describe, expectTypeOf, test } from "vitest";
import {
  type IdentifierFailure,
  type NorwegianIdKind,
  type TestNumberFamily,
  validateIdentifier,
  validateNorwegianId,
} from "./index.ts";

describe("validateNorwegianId", () => {
  test("narrows on valid: a valid check has the kind and test-number family, an invalid one the reason", () => {
    const check = validateNorwegianId("fnr", "13116900216");
    if (check.valid) {
      expectTypeOf(check.kind).toEqualTypeOf<NorwegianIdKind>();
      expectTypeOf(check.testNumber).toEqualTypeOf<TestNumberFamily>();
      expectTypeOf(check).not.toHaveProperty("reason");
    } else {
      expectTypeOf(check.reason).toEqualTypeOf<IdentifierFailure>();
    }
  });

  test("accepts only the kinds it knows and options as an object", () => {
    // @ts-expect-error: not a Norwegian identifier kind
    validateNorwegianId("ssn", "123");
    // @ts-expect-error: unknown option
    validateNorwegianId("fnr", "13116900216", { allowTestNumber: true });
    validateNorwegianId("fnr", "13116900216", { allowTestNumbers: true, today: "2026-01-01" });
  });

  test("validateIdentifier returns the same check for a { system, value } identifier", () => {
    expectTypeOf(validateIdentifier).returns.toEqualTypeOf<ReturnType<typeof validateNorwegianId>>();
    expectTypeOf(validateIdentifier).parameter(0).toEqualTypeOf<{ readonly system: string; readonly value: string }>();
  });
});
