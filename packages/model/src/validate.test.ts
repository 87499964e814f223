import { readFileSync } from "node:fs";
import { fc, test as propTest } from "@fast-check/vitest";
import { arbAssessment, leaves } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { AssessmentSchema, createAssessmentSchema } from "./assessment-schema.ts";
import { formatPath, isSdkError, isValidationError, ValidationError } from "./errors.ts";
import { assessmentIssues, isAssessment, parseAssessment, safeParseAssessment } from "./validate.ts";
import { issuesFromZod } from "./zod-issues.ts";

const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../../examples/data/${name}.json`, import.meta.url), "utf8"));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every node of a JSON value with its path (objects and arrays too, not only leaves). */
function nodes(value: Json, path: (string | number)[] = []): { path: (string | number)[]; value: Json }[] {
  const here = { path, value };
  if (Array.isArray(value)) {
    return [here, ...value.flatMap((v, i) => nodes(v, [...path, i]))];
  }
  if (value !== null && typeof value === "object") {
    return [here, ...Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k]))];
  }
  return [here];
}

function setAt(
  root: Json,
  path: (string | number)[],
  mutate: (parent: Json[] | { [k: string]: Json }, key: string | number) => void,
): Json {
  const copy = structuredClone(root);
  if (path.length === 0) {
    return copy;
  }
  let cur = copy as { [k: string]: Json };
  for (const seg of path.slice(0, -1)) {
    cur = cur[seg] as { [k: string]: Json };
  }
  mutate(cur, path[path.length - 1] as string | number);
  return copy;
}

const oddValues: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 11, 1e21, "", " ", "x", "\u0001", "2024-02-30", "1.0", [], {}),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** A valid assessment with one random mutation: a value replaced, a key removed, or an unknown key added. */
const arbMutated: fc.Arbitrary<Json> = arbAssessment().chain((doc) => {
  const all = nodes(doc as unknown as Json);
  return fc
    .tuple(fc.constantFrom(...all), fc.constantFrom("replace", "delete", "add"), oddValues)
    .map(([node, how, value]) => {
      if (how === "add" && node.value !== null && typeof node.value === "object" && !Array.isArray(node.value)) {
        return setAt(doc as unknown as Json, [...node.path, "x"], (parent, key) => {
          (parent as { [k: string]: Json })[key as string] = value;
        }) as Json;
      }
      if (node.path.length === 0) {
        return value;
      }
      return setAt(doc as unknown as Json, node.path, (parent, key) => {
        if (how === "delete" && !Array.isArray(parent)) {
          delete (parent as { [k: string]: Json })[key as string];
        } else {
          (parent as { [k: string]: Json })[key as string] = value;
        }
      });
    });
});

const pathSet = (issues: readonly { path: readonly (string | number)[] }[]): string[] =>
  [...new Set(issues.map((i) => formatPath(i.path)))].sort();

describe("safeParseAssessment", () => {
  propTest.prop([arbAssessment()], { numRuns: 300 })(
    "accepts every valid assessment and returns it unchanged",
    (doc) => {
      const result = safeParseAssessment(doc);
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(result.success && result.data).toBe(doc);
    },
  );

  propTest.prop([arbAssessment()], { numRuns: 200 })("agrees with the zod schema on valid documents", (doc) => {
    expect(AssessmentSchema.safeParse(doc).success).toBe(true);
  });

  propTest.prop([arbMutated], { numRuns: 1500 })(
    "agrees with the zod schema on mutated documents: same verdict, same issue paths",
    (doc) => {
      const ours = assessmentIssues(doc);
      const zod = AssessmentSchema.safeParse(doc);
      expect(ours.length === 0).toBe(zod.success);
      if (!zod.success) {
        const theirs = issuesFromZod(zod.error.issues, doc);
        expect(pathSet(ours)).toEqual(pathSet(theirs));
        // Codes agree too, except under a union of leaf types (`1 | 2 | 3`, `"yes" | "no" | 0–10`), where zod
        // reports the closest branch's issue and the precompiled validator reports `invalid_value`.
        const union = (p: string) => /(interactionPoint|items\[\d+\]\.value)$/.test(p);
        const codes = (xs: readonly { code: string; path: readonly (string | number)[] }[]) =>
          [
            ...new Set(xs.filter((i) => !union(formatPath(i.path))).map((i) => `${i.code} ${formatPath(i.path)}`)),
          ].sort();
        // zod also runs length checks after a type error on a value with a length (an array given for a string).
        const typeErrors = new Set(theirs.filter((i) => i.code === "invalid_type").map((i) => formatPath(i.path)));
        const theirsClean = theirs.filter((i) => i.code === "invalid_type" || !typeErrors.has(formatPath(i.path)));
        expect(codes(ours)).toEqual(codes(theirsClean));
      }
    },
  );

  propTest.prop([arbMutated], { numRuns: 500 })("agrees with the zod schema with test numbers allowed", (doc) => {
    const zod = createAssessmentSchema({ allowTestNumbers: true }).safeParse(doc);
    expect(assessmentIssues(doc, { allowTestNumbers: true }).length === 0).toBe(zod.success);
  });

  propTest.prop([fc.jsonValue()])("never throws on any JSON value", (value) => {
    expect(typeof safeParseAssessment(value).success).toBe("boolean");
  });

  test("accepts the example assessments (synthetic test numbers allowed)", () => {
    for (const name of [
      "sp1-consent-all",
      "sp1-declines-municipality",
      "sp2-with-children",
      "sp3-palliative",
      "child-patient-guardian",
      "sp1-declined",
    ]) {
      expect(safeParseAssessment(example(name), { allowTestNumbers: true }).success, name).toBe(true);
    }
  });

  test("refuses the examples' synthetic test numbers by default, saying why", () => {
    const result = safeParseAssessment(example("sp1-consent-all"));
    expect(result.success).toBe(false);
    expect(
      result.success
        ? []
        : result.error.issues.map((i) => [
            i.code,
            formatPath(i.path),
            i.code === "invalid_identifier" ? i.params.reason : undefined,
          ]),
    ).toEqual([["invalid_identifier", "patient.identifier.value", "test_number_not_allowed"]]);
  });

  test("collects every structural issue of the invalid example", () => {
    const result = safeParseAssessment(example("invalid-sp1"), { allowTestNumbers: true });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual([
      "invalid_identifier patient.identifier.value",
      "required organisation.name",
      "invalid_value topics.sexual-health.status",
      "invalid_format measures[0].dueOn",
    ]);
  });

  test.each<[string, unknown, string[]]>([
    ["not an object", 42, ["invalid_type (root)"]],
    ["null", null, ["invalid_type (root)"]],
    ["an array", [], ["invalid_type (root)"]],
  ])("reports %s at the root", (_t, input, want) => {
    expect(assessmentIssues(input).map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual(want);
  });

  test("reports an unknown field without echoing its key, but suggests a near-miss field", () => {
    const doc = { ...example("sp1-consent-all"), "01015000232": "x", whatMatter: "y" };
    const issues = assessmentIssues(doc, { allowTestNumbers: true });
    expect(
      issues.map((i) => [i.code, formatPath(i.path), i.code === "unrecognized_key" ? i.params.didYouMean : "-"]),
    ).toEqual([
      ["unrecognized_key", "(root)", undefined],
      ["unrecognized_key", "(root)", "whatMatters"],
    ]);
    expect(issues.map((i) => i.message).join(" ")).not.toContain("01015000232");
  });
});

describe("regressions found by the equivalence property (kept as tests)", () => {
  type Doc = Record<string, any>;
  test.each<[string, (d: Doc) => void, string]>([
    [
      "an integer beyond the safe range is too big, not a type error",
      (d) => {
        d.distress.thresholdRule.cutoff = 1e21;
      },
      "too_big distress.thresholdRule.cutoff",
    ],
    [
      "a consent entry without its recipient is missing it",
      (d) => {
        delete d.consent[0].recipient;
      },
      "required consent[0].recipient",
    ],
    [
      "a list given for a text is a type error only",
      (d) => {
        d.contactPoint.role = [];
      },
      "invalid_type contactPoint.role",
    ],
    [
      "a missing enum field is required",
      (d) => {
        delete d.mode;
      },
      "required mode",
    ],
  ])("%s", (_title, mutate, want) => {
    const doc = structuredClone(example("sp1-consent-all")) as Doc;
    mutate(doc);
    expect(assessmentIssues(doc, { allowTestNumbers: true }).map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual([
      want,
    ]);
  });
});

describe("parseAssessment", () => {
  test("returns the document when valid", () => {
    const doc = example("sp2-with-children");
    expect(parseAssessment(doc, { allowTestNumbers: true })).toBe(doc);
    expect(isAssessment(doc, { allowTestNumbers: true })).toBe(true);
  });

  test("throws a ValidationError with every issue when invalid", () => {
    let caught: unknown;
    try {
      parseAssessment(example("invalid-sp1"), { allowTestNumbers: true });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(isSdkError(caught) && caught.code).toBe("validation_failed");
    expect(isValidationError(caught) && caught.issues.length).toBe(4);
    expect((caught as Error).message).toMatchInlineSnapshot(
      `"4 validation issues: patient.identifier.value: identifier (fnr) has wrong check digits; organisation.name: is required; add the field; topics.sexual-health.status: expected one of "not-discussed", "no-need", "need"; and 1 more"`,
    );
  });
});

describe("cross-field rules", () => {
  type Doc = Record<string, any>;
  const base = (): Doc => structuredClone(example("sp1-consent-all"));
  test.each<[string, (d: Doc) => void, string, string]>([
    [
      "the birth date must agree with the FNR",
      (d) => {
        d.patient.birthDate = "1972-03-16";
      },
      "birth_date_mismatch",
      "patient.birthDate",
    ],
    [
      "a child patient must be under 18",
      (d) => {
        d.patient.ageGroup = "child";
      },
      "age_group_mismatch",
      "patient.ageGroup",
    ],
    [
      "the diagnosis cannot precede birth",
      (d) => {
        d.diagnosis.diagnosedOn = "1970-01-01";
      },
      "date_order",
      "diagnosis.diagnosedOn",
    ],
    [
      "the conversation cannot precede the diagnosis",
      (d) => {
        d.diagnosis.diagnosedOn = "2026-03-11";
      },
      "date_order",
      "conductedAt",
    ],
    [
      "the flag must agree with score and cut-off",
      (d) => {
        d.distress.aboveThreshold = false;
      },
      "threshold_flag_mismatch",
      "distress.aboveThreshold",
    ],
    [
      "a lower cut-off changes what the flag must be",
      (d) => {
        d.distress.score = 3;
        d.distress.thresholdRule.cutoff = 3;
        d.distress.aboveThreshold = false;
      },
      "threshold_flag_mismatch",
      "distress.aboveThreshold",
    ],
    [
      "problem-list codes are unique",
      (d) => {
        d.distress.items.push({ code: d.distress.items[0].code, value: "no" });
      },
      "duplicate_item",
      "distress.items[6].code",
    ],
    [
      "measure ids are unique",
      (d) => {
        d.measures[1].id = "m1";
      },
      "duplicate_item",
      "measures[1].id",
    ],
    [
      "minors are listed when there are some (§ 10a)",
      (d) => {
        d.children.minors = [];
      },
      "children_inconsistent",
      "children.minors",
    ],
    [
      "no minors are listed when there are none",
      (d) => {
        d.children.hasMinorChildrenOrSiblings = false;
      },
      "children_inconsistent",
      "children.minors",
    ],
    [
      "consent is recorded once per recipient",
      (d) => {
        d.consent.push({ ...d.consent[0], value: "declined" });
      },
      "duplicate_consent",
      "consent[2].recipient",
    ],
    [
      "the next point comes after this one",
      (d) => {
        d.nextStep.interactionPoint = 1;
      },
      "next_step_order",
      "nextStep.interactionPoint",
    ],
    [
      "a next point must be named",
      (d) => {
        delete d.nextStep.interactionPoint;
      },
      "next_step_order",
      "nextStep.interactionPoint",
    ],
    [
      "there is no point after SP3",
      (d) => {
        d.interactionPoint = 3;
        d.nextStep.interactionPoint = 3;
      },
      "next_step_order",
      "nextStep.interactionPoint",
    ],
    [
      "a plan cannot be dated before the conversation",
      (d) => {
        d.nextStep.plannedOn = "2026-03-09";
      },
      "date_order",
      "nextStep.plannedOn",
    ],
    [
      "a declined conversation has no thermometer",
      (d) => {
        d.outcome = { status: "declined", reason: "not-now" };
      },
      "outcome_content_mismatch",
      "distress",
    ],
    [
      "a re-offer comes after the conversation",
      (d) => {
        delete d.distress;
        d.outcome = { status: "declined", reason: "not-now", reofferOn: "2026-03-01" };
      },
      "date_order",
      "outcome.reofferOn",
    ],
  ])("%s", (_title, mutate, code, path) => {
    const doc = base();
    mutate(doc);
    const issues = assessmentIssues(doc, { allowTestNumbers: true });
    expect(issues.map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual([`${code} ${path}`]);
    const zod = createAssessmentSchema({ allowTestNumbers: true }).safeParse(doc);
    expect(
      zod.success ? [] : issuesFromZod(zod.error.issues, doc).map((i) => `${i.code} ${formatPath(i.path)}`),
    ).toEqual([`${code} ${path}`]);
  });

  test("a structurally invalid document reports structure first and skips the cross-field rules", () => {
    const doc = base();
    doc.distress.aboveThreshold = false;
    doc.organisation.name = "";
    expect(assessmentIssues(doc, { allowTestNumbers: true }).map((i) => i.code)).toEqual([
      "invalid_format",
      "too_small",
    ]);
  });
});

describe("leaves helper (test-utils)", () => {
  test("lists leaves with paths", () => {
    expect(leaves({ a: [1, { b: "x" }] })).toEqual([
      { path: ["a", 0], value: 1 },
      { path: ["a", 1, "b"], value: "x" },
    ]);
  });
});
