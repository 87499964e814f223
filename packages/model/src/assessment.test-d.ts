import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod";
import type {
  Assessment,
  ConsentEntry,
  IDENTIFIER_SYSTEMS,
  Outcome,
  PatientIdentifier,
  TopicKey,
  Topics,
} from "./index.ts";
import { AssessmentSchema, createAssessmentSchema } from "./zod.ts";

describe("AssessmentSchema", () => {
  test("infers exactly the documented Assessment", () => {
    expectTypeOf<z.infer<typeof AssessmentSchema>>().toEqualTypeOf<Assessment>();
    expectTypeOf(createAssessmentSchema({ allowTestNumbers: true })).toEqualTypeOf(AssessmentSchema);
  });

  test("takes schema options as an object of known keys", () => {
    // @ts-expect-error: unknown option
    createAssessmentSchema({ allowTestNumber: true });
  });
});

describe("Assessment", () => {
  test("an outcome narrows on its status: only a declined one has a reason", () => {
    const outcome = {} as Outcome;
    if (outcome.status === "declined") {
      expectTypeOf(outcome.reason).toBeString();
    } else {
      expectTypeOf(outcome).not.toHaveProperty("reason");
    }
  });

  test("a patient identifier names one of the four person-number systems", () => {
    expectTypeOf<PatientIdentifier["system"]>().toEqualTypeOf<
      | typeof IDENTIFIER_SYSTEMS.fnr
      | typeof IDENTIFIER_SYSTEMS.dnr
      | typeof IDENTIFIER_SYSTEMS.fhn
      | typeof IDENTIFIER_SYSTEMS.duf
    >();
    expectTypeOf<typeof IDENTIFIER_SYSTEMS.hpr>().not.toExtend<PatientIdentifier["system"]>();
  });

  test("topics are keyed by the topic code list and every topic is optional", () => {
    expectTypeOf<keyof Topics>().toEqualTypeOf<TopicKey>();
    expectTypeOf<Record<never, never>>().toExtend<Topics>();
    expectTypeOf<{ nutrition: { status: "need" } }>().toExtend<Topics>();
    expectTypeOf<{ "not-a-topic": { status: "need" } }>().not.toExtend<Topics>();
  });

  test("consent for another recipient needs its description; for the municipality or GP it has none", () => {
    const entry = {} as ConsentEntry;
    if (entry.recipient === "other") {
      expectTypeOf(entry.description).toBeString();
    } else {
      expectTypeOf(entry.recipient).toEqualTypeOf<"municipality" | "gp">();
    }
  });

  test("is read-only all the way down", () => {
    const a = {} as Assessment;
    // @ts-expect-error: readonly
    a.id = "x";
    // @ts-expect-error: readonly arrays
    a.measures.push(a.measures[0]!);
  });
});
