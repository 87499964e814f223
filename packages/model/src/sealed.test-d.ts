import { describe, expectTypeOf, test } from "vitest";
import type { Assessment } from "./assessment.ts";
import type { SafeResult } from "./errors.ts";
import type { IssueCode } from "./issue-codes.ts";
import { isSealedAssessment, sealAssessment, type Validated } from "./sealed.ts";

describe("Validated<Assessment>", () => {
  test("a sealed assessment is an assessment", () => {
    expectTypeOf(sealAssessment({})).toEqualTypeOf<SafeResult<Validated<Assessment>, IssueCode>>();
    expectTypeOf<Validated<Assessment>>().toMatchTypeOf<Assessment>();
  });

  test("an assessment is not a sealed one without the check or a cast", () => {
    const plain = {} as Assessment;
    // @ts-expect-error: the brand is not on a plain assessment
    const sealed: Validated<Assessment> = plain;
    void sealed;
    // @ts-expect-error: the brand cannot be written as an object literal (its key is a private unique symbol)
    const literal: Validated<{ a: number }> = { a: 1, validated: true };
    void literal;
  });

  test("isSealedAssessment narrows", () => {
    const value: unknown = {};
    if (isSealedAssessment(value)) {
      expectTypeOf(value).toEqualTypeOf<Validated<Assessment>>();
    }
  });
});
