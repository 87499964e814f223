import { describe, expectTypeOf, test } from "vitest";
import { type Amendment, type Assessment, type AssessmentChanges, amendAssessment } from "./index.ts";

declare const previous: Assessment;
const meta = { reason: "Feil tiltak", by: "Kari Sykepleier", at: "2026-03-03T10:00:00+01:00" };

describe("amendAssessment", () => {
  test("returns the new version, the amendment and the version number", () => {
    const result = amendAssessment(previous, { notes: "Rettet" }, meta);
    expectTypeOf(result.assessment).toEqualTypeOf<Assessment>();
    expectTypeOf(result.amendment).toEqualTypeOf<Amendment>();
    expectTypeOf(result.version).toBeNumber();
  });

  test("cannot change who or what the assessment is about", () => {
    expectTypeOf<AssessmentChanges>().not.toHaveProperty("id");
    expectTypeOf<AssessmentChanges>().not.toHaveProperty("patient");
    expectTypeOf<AssessmentChanges>().not.toHaveProperty("interactionPoint");
    // @ts-expect-error: the patient is not a correction
    amendAssessment(previous, { patient: previous.patient }, meta);
    // @ts-expect-error: who, when and why are all required
    amendAssessment(previous, { notes: "Rettet" }, { reason: "Feil", by: "Kari" });
  });
});
