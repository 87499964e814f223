import { fc, test as propTest } from "@fast-check/vitest";
import { FORMAT_PATTERNS } from "@pakkeforlop-hjem/model";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { NATIONAL_PROFILE } from "./built-in-profiles.ts";
import { icd10InRanges, NATIONAL_ICD10_SCOPE, UNCERTAIN_BEHAVIOUR_ICD10 } from "./icd10.ts";
import type { PathwayEvent } from "./pathway-event.ts";
import { profileIssues } from "./profile.ts";
import { replay } from "./replay.ts";

const arbCode = fc
  .tuple(
    fc.constantFrom("C", "D"),
    fc.integer({ min: 0, max: 99 }),
    fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
  )
  .map(([l, n, sub]) => `${l}${String(n).padStart(2, "0")}${sub === undefined ? "" : `.${sub}`}`);

describe("ICD-10 scope (DOMAIN.md §5)", () => {
  propTest.prop([arbCode])("the national scope is C00–C97 and D00–D09, never benign, never D37–D48", (code) => {
    const n = Number(code.slice(1, 3));
    const want = code[0] === "C" ? n <= 97 : n <= 9;
    expect(icd10InRanges(code, NATIONAL_ICD10_SCOPE)).toBe(want);
  });

  propTest.prop([arbCode])("a code in any range is a cancer code the model accepts", (code) => {
    if (icd10InRanges(code, [...NATIONAL_ICD10_SCOPE, UNCERTAIN_BEHAVIOUR_ICD10])) {
      expect(FORMAT_PATTERNS["icd10-neoplasm"].test(code)).toBe(true);
    }
  });

  test.each([
    ["D12.6", false],
    ["D25.9", false],
    ["D47.1", true],
    ["C50.4", true],
  ])("%s with D37–D48 included: %s", (code, want) => {
    expect(icd10InRanges(code, [...NATIONAL_ICD10_SCOPE, UNCERTAIN_BEHAVIOUR_ICD10])).toBe(want);
  });

  test.each<[string, { from: string; to: string }, string[]]>([
    ["a range that runs backwards", { from: "C20", to: "C18" }, ["scope.icd10.0: icd10_range"]],
    ["a range across the benign D10–D36", { from: "D00", to: "D48" }, ["scope.icd10.0: icd10_range"]],
    ["a range that names a benign category", { from: "D12", to: "D12" }, ["scope.icd10.0.from", "scope.icd10.0.to"]],
    ["D37–D48", UNCERTAIN_BEHAVIOUR_ICD10, []],
  ])("a profile with %s", (_title, range, want) => {
    const issues = profileIssues({ ...NATIONAL_PROFILE, scope: { icd10: [range] } });
    expect(issues.map((i) => (i.code === "icd10_range" ? `${i.path.join(".")}: ${i.code}` : i.path.join(".")))).toEqual(
      want,
    );
  });
});

describe("replay warns about a diagnosis outside the profile's scope", () => {
  const events = (code: string): PathwayEvent[] => {
    const assessment = assessmentFixture({ municipalityConsent: "granted" });
    return [
      { type: "included", id: "e1", at: "2025-01-10T09:00:00+01:00", diagnosedOn: "2025-01-06" },
      {
        type: "completed",
        id: "e2",
        at: "2025-02-03T10:00:00+01:00",
        assessment: { ...assessment, diagnosis: { ...assessment.diagnosis, code } },
      },
    ];
  };

  test("D47.1 under the national profile: recorded, with a warning at the diagnosis", () => {
    const { state, issues } = replay(events("D47.1"), NATIONAL_PROFILE);
    expect(state.points[0].status).toBe("completed");
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["diagnosis_out_of_scope", ["events", "e2", "assessment", "diagnosis", "code"]],
    ]);
  });

  test("D47.1 under a profile that includes D37–D48: no warning", () => {
    const profile = { ...NATIONAL_PROFILE, scope: { icd10: [...NATIONAL_ICD10_SCOPE, UNCERTAIN_BEHAVIOUR_ICD10] } };
    expect(replay(events("D47.1"), profile).issues).toEqual([]);
  });

  test("C18.7 under the national profile: no warning", () => {
    expect(replay(events("C18.7"), NATIONAL_PROFILE).issues).toEqual([]);
  });
});
