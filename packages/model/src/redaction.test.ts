import { test as propTest } from "@fast-check/vitest";
import { arbAssessment, fc } from "@pakkeforlop-hjem/test-utils";
import { arbRedactionCase } from "@pakkeforlop-hjem/test-utils/privacy";
import { describe, expect, test } from "vitest";
import type { Assessment } from "./assessment.ts";
import { SHARABLE_PARTS, type SharablePart } from "./code-lists.ts";
import { toJsonSchema } from "./json-schema.ts";
import {
  consentWithhold,
  expandParts,
  FREE_TEXT_FIELDS,
  HELD_BACK_TEXT,
  isRedacted,
  partsNotNeeded,
  recipientView,
  redactAssessment,
  visibleAmendmentPaths,
} from "./redaction.ts";
import { safeParseAssessment } from "./validate.ts";

/** Paths (note-data notation with `*` and `[]`) of every property typed `format: text` in the JSON Schema. */
function textFields(schema: unknown, path: string, out: Set<string>, defs: Record<string, unknown>): void {
  if (schema === null || typeof schema !== "object") {
    return;
  }
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === "string") {
    textFields(defs[s.$ref.split("/").at(-1) as string], path, out, defs);
    return;
  }
  if (s.format === "text") {
    out.add(path);
  }
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    for (const sub of (s[key] as unknown[] | undefined) ?? []) {
      textFields(sub, path, out, defs);
    }
  }
  if (s.items !== undefined) {
    textFields(s.items, `${path}[]`, out, defs);
  }
  for (const [k, v] of Object.entries((s.properties as Record<string, unknown> | undefined) ?? {})) {
    const seg = path.startsWith("topics") && path.split(".").length === 1 ? "*" : k;
    textFields(v, path === "" ? k : `${path}.${seg}`, out, defs);
  }
}

const withSystem = (a: Assessment) => safeParseAssessment(a, { allowTestNumbers: true });

describe("FREE_TEXT_FIELDS", () => {
  test("covers every field the JSON Schema types as free text", () => {
    const schema = toJsonSchema("assessment") as Record<string, unknown>;
    const out = new Set<string>();
    textFields(schema, "", out, ((schema.$defs ?? schema.definitions ?? {}) as Record<string, unknown>) ?? {});
    expect(out.size).toBeGreaterThan(5);
    for (const field of out) {
      expect(FREE_TEXT_FIELDS).toContain(field);
    }
  });
});

describe("redactAssessment", () => {
  propTest.prop([arbAssessment(), fc.subarray([...SHARABLE_PARTS.codes]), fc.subarray([...SHARABLE_PARTS.codes])])(
    "a redacted copy is a valid assessment marked as redacted, without consent withhold lists",
    (a, withhold, leaveOut) => {
      const copy = redactAssessment(a, { withhold, leaveOut });
      if (withhold.length === 0 && leaveOut.length === 0) {
        expect(copy).toBe(a);
        return;
      }
      const result = withSystem(copy);
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(isRedacted(copy)).toBe(true);
      expect(copy.redaction?.reasons).toEqual([
        ...(withhold.length > 0 ? ["consent"] : []),
        ...(leaveOut.length > 0 ? ["minimisation"] : []),
      ]);
      for (const c of copy.consent) {
        expect(c.withhold).toBeUndefined();
      }
    },
  );

  propTest.prop([arbRedactionCase()])("no held-back sentinel is left in the copy, and the rest is", (c) => {
    const json = JSON.stringify(redactAssessment(c.assessment, { withhold: c.withhold }));
    for (const s of c.hidden) {
      expect(json).not.toContain(s);
    }
    for (const s of c.shown) {
      expect(json).toContain(s);
    }
  });

  test("a held-back topic takes the measures about it along; free text leaves required text as a marker", () => {
    const a = fc.sample(arbAssessment({ outcome: "completed" }), { numRuns: 1, seed: 9 })[0] as Assessment;
    const doc: Assessment = {
      ...a,
      topics: { "mental-health": { status: "need", note: "x" }, nutrition: { status: "no-need" } },
      measures: [
        { id: "m1", description: "a", topic: "mental-health", responsible: { kind: "gp" }, status: "planned" },
        { id: "m2", description: "b", topic: "nutrition", responsible: { kind: "gp" }, status: "planned" },
      ],
    };
    const copy = redactAssessment(doc, { withhold: ["topic:mental-health", "free-text"] });
    expect(Object.keys(copy.topics)).toEqual(["nutrition"]);
    expect(copy.measures.map((m) => [m.id, m.description])).toEqual([["m2", HELD_BACK_TEXT]]);
  });
});

describe("expandParts and partsNotNeeded", () => {
  test("topics covers every topic; what is not needed is every other part", () => {
    expect(expandParts(["topics"]).has("topic:oral-health")).toBe(true);
    const all: SharablePart[] = [...SHARABLE_PARTS.codes];
    expect(partsNotNeeded(all)).toEqual([]);
    expect(partsNotNeeded(["topics", "distress-score"])).not.toContain("topic:nutrition");
    expect(partsNotNeeded(["topic:nutrition"])).toContain("topics");
    expect(partsNotNeeded(["topic:nutrition"])).not.toContain("topic:nutrition");
  });
});

describe("consentWithhold", () => {
  test("is the withhold list of the latest entry for the recipient", () => {
    const a = fc.sample(arbAssessment(), { numRuns: 1, seed: 3 })[0] as Assessment;
    const doc: Assessment = {
      ...a,
      consent: [
        {
          recipient: "gp",
          value: "granted",
          recordedAt: "2025-01-01T10:00:00+01:00",
          recordedBy: "X",
          withhold: ["notes"],
        },
      ],
    };
    expect(consentWithhold(doc, "gp")).toEqual(["notes"]);
    expect(consentWithhold(doc, "municipality")).toEqual([]);
  });
});

describe("visibleAmendmentPaths", () => {
  test("coarsens paths and drops those into hidden parts", () => {
    const a = fc.sample(arbAssessment(), { numRuns: 1, seed: 4 })[0] as Assessment;
    expect(
      visibleAmendmentPaths(
        ["topics.mental-health.note", "topics.nutrition.status", "whatMatters", "notes"],
        { ...a, measures: [] },
        expandParts(["topic:mental-health", "notes"]),
      ),
    ).toEqual(["topics.nutrition", "whatMatters"]);
  });
});

describe("recipientView", () => {
  propTest.prop([arbAssessment()], { numRuns: 50 })("is the assessment itself when nothing is left out", (a) => {
    expect(recipientView(a, {})).toBe(a);
    expect(recipientView(a, { delivery: {}, include: ["notes"] })).toBe(a);
  });

  propTest.prop([arbAssessment()], { numRuns: 100 })(
    "holds back the delivery's and the caller's withhold, and include never brings back what consent holds back",
    (a) => {
      const view = recipientView(a, {
        delivery: { withhold: ["notes"] },
        withhold: ["what-matters"],
        include: ["notes"],
      });
      expect(view).toEqual(redactAssessment(a, { withhold: ["notes", "what-matters"], leaveOut: [] }));
      expect(view.notes).toBeUndefined();
      expect(view.whatMatters).toBeUndefined();
    },
  );

  propTest.prop([arbAssessment()], { numRuns: 100 })("include brings back what the profile leaves out", (a) => {
    const left = recipientView(a, { delivery: { leaveOut: ["notes", "what-matters"] } });
    const more = recipientView(a, { delivery: { leaveOut: ["notes", "what-matters"] }, include: ["notes"] });
    expect(left.notes).toBeUndefined();
    expect(more.notes).toEqual(a.notes);
    expect(more.whatMatters).toBeUndefined();
    expect(safeParseAssessment(more).success).toBe(true);
  });
});
