import { describe, expectTypeOf, test } from "vitest";
import {
  type Assessment,
  assessmentIssues,
  type IssueCode,
  isAssessment,
  migrateAssessment,
  parseAssessment,
  safeParseAssessment,
  type ValidationError,
} from "./index.ts";
import * as lean from "./validator.ts";

declare const input: unknown;

describe("safeParseAssessment", () => {
  test("narrows on success: the data is an Assessment, the error a ValidationError with the model's codes", () => {
    const result = safeParseAssessment(input);
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<Assessment>();
      expectTypeOf(result).not.toHaveProperty("error");
    } else {
      expectTypeOf(result.error).toExtend<ValidationError>();
      expectTypeOf(result.error.issues[0]!.code).toEqualTypeOf<IssueCode>();
      expectTypeOf(result).not.toHaveProperty("data");
    }
  });

  test("issue codes are a closed union, not any string", () => {
    expectTypeOf<"required">().toExtend<IssueCode>();
    expectTypeOf<"check_digit_wrong">().not.toExtend<IssueCode>();
    expectTypeOf<string>().not.toExtend<IssueCode>();
  });

  test("takes options as an object of known keys", () => {
    safeParseAssessment(input, { allowTestNumbers: true });
    // @ts-expect-error: unknown option
    safeParseAssessment(input, { allowTestNumber: true });
    // @ts-expect-error: options are an object, never a positional flag
    safeParseAssessment(input, true);
    // @ts-expect-error: exactOptionalPropertyTypes: leave the key out instead of passing undefined
    safeParseAssessment(input, { allowTestNumbers: undefined });
  });

  test("the lean entry has the same signatures as the main entry", () => {
    expectTypeOf(lean.safeParseAssessment).toEqualTypeOf(safeParseAssessment);
    expectTypeOf(lean.parseAssessment).toEqualTypeOf(parseAssessment);
    expectTypeOf(lean.isAssessment).toEqualTypeOf(isAssessment);
    expectTypeOf(lean.assessmentIssues).toEqualTypeOf(assessmentIssues);
  });
});

describe("parseAssessment, isAssessment, assessmentIssues, migrateAssessment", () => {
  test("parseAssessment returns the Assessment itself", () => {
    expectTypeOf(parseAssessment(input)).toEqualTypeOf<Assessment>();
  });

  test("isAssessment is a type guard", () => {
    if (isAssessment(input)) {
      expectTypeOf(input).toEqualTypeOf<Assessment>();
    }
  });

  test("assessmentIssues lists issues with the model's codes", () => {
    expectTypeOf(assessmentIssues(input)[0]!.code).toEqualTypeOf<IssueCode>();
  });

  test("migrateAssessment returns the same result shape as safeParseAssessment", () => {
    expectTypeOf(migrateAssessment).returns.toEqualTypeOf<ReturnType<typeof safeParseAssessment>>();
  });
});
