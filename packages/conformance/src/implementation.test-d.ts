import { describe, expectTypeOf, test } from "vitest";
import {
  type ConformanceReport,
  type Expected,
  type ExpectedIssue,
  type Implementation,
  type IssueLike,
  loadVectors,
  type ResponseImportOutcome,
  runConformance,
  sdkImplementation,
  type VectorKind,
  type VectorResult,
} from "./index.ts";

describe("Implementation", () => {
  test("every function is optional and may answer synchronously or with a promise", () => {
    const partial: Implementation = {
      classifyPersonNumber: (value) => (value.length === 11 ? "fnr" : null),
      validateAssessment: async () => [],
    };
    expectTypeOf(partial).toExtend<Implementation>();
    expectTypeOf<Record<never, never>>().toExtend<Implementation>();
    expectTypeOf(sdkImplementation).toEqualTypeOf<Required<Implementation>>();
  });

  test("a function with the wrong result or an unknown name does not compile", () => {
    // @ts-expect-error: issues are a list of { code, path }
    const wrong: Implementation = { validateAssessment: () => "valid" };
    // @ts-expect-error: not a function the vectors call
    const unknown: Implementation = { validate: () => [] };
    void wrong;
    void unknown;
    expectTypeOf<{ code: "required"; path: ["patient", 0] }>().toExtend<IssueLike>();
  });
});

describe("ResponseImportOutcome", () => {
  test("is the imported data or the issues, and only a readable status imports", () => {
    const draft: ResponseImportOutcome = {
      ok: true,
      status: "in-progress",
      draft: true,
      questionnaire: "https://example.org/Questionnaire/x|1.0",
      answers: {},
    };
    const refused: ResponseImportOutcome = { ok: false, issues: [{ code: "status_not_importable", path: ["status"] }] };
    const wrong: ResponseImportOutcome = {
      ok: true,
      // @ts-expect-error: entered-in-error is never imported
      status: "entered-in-error",
      draft: false,
      questionnaire: "https://example.org/Questionnaire/x|1.0",
      answers: {},
    };
    void [draft, refused, wrong];
    expectTypeOf(sdkImplementation.importQuestionnaireResponse).returns.toEqualTypeOf<
      ResponseImportOutcome | Promise<ResponseImportOutcome>
    >();
  });
});

describe("runConformance", () => {
  test("resolves to a report with one result per vector", async () => {
    const report = runConformance(sdkImplementation, { vectors: loadVectors() });
    expectTypeOf(report).toEqualTypeOf<Promise<ConformanceReport>>();
    expectTypeOf((await report).results[0]!).toEqualTypeOf<VectorResult>();
    expectTypeOf((await report).results[0]!.kind).toEqualTypeOf<VectorKind>();
    expectTypeOf((await report).results[0]!.status).toEqualTypeOf<"passed" | "failed" | "skipped">();
  });

  test("takes the vectors and an optional filter, nothing else", () => {
    runConformance(sdkImplementation, { vectors: loadVectors(), filter: (v) => v.kind === "identifier" });
    // @ts-expect-error: the vectors are required
    runConformance(sdkImplementation, {});
    // @ts-expect-error: unknown option
    runConformance(sdkImplementation, { vectors: loadVectors(), only: "identifier" });
    // @ts-expect-error: not a vector kind
    runConformance(sdkImplementation, { vectors: loadVectors(), filter: (v) => v.kind === "identifiers" });
  });

  test("an expected result is a file, a JSON value or a list of issues", () => {
    const expected = {} as Expected;
    if ("issues" in expected) {
      expectTypeOf(expected.issues).toEqualTypeOf<readonly ExpectedIssue[]>();
    } else if ("file" in expected) {
      expectTypeOf(expected.file).toBeString();
    }
  });
});
