import { arbAssessment, fc } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { amendAssessment, assessmentVersion, cancelAssessment, changedPaths, isCancelled } from "./amend.ts";
import type { Assessment } from "./assessment.ts";
import { isSdkError } from "./errors.ts";
import { redactAssessment } from "./redaction.ts";
import { safeParseAssessment } from "./validate.ts";

const base = fc.sample(arbAssessment({ outcome: "completed" }), { numRuns: 1, seed: 11 })[0] as Assessment;
const v1: Assessment = { ...base, topics: { nutrition: { status: "no-need" } }, notes: "Første versjon" };
const meta = { reason: "Feil registrert", by: "Kari Nordmann", at: "2099-01-01T10:00:00+01:00" };

describe("amendAssessment", () => {
  test("records who, when, why and the changed paths, and keeps the id", () => {
    const { assessment, amendment, version } = amendAssessment(
      v1,
      { topics: { nutrition: { status: "need" } }, notes: undefined },
      meta,
    );
    expect(assessment.id).toBe(v1.id);
    expect(assessment.topics.nutrition?.status).toBe("need");
    expect(assessment.notes).toBeUndefined();
    expect(amendment).toEqual({ kind: "change", ...meta, paths: ["topics.nutrition.status", "notes"] });
    expect(assessment.amendments).toEqual([amendment]);
    expect(version).toBe(2);
    expect(safeParseAssessment(assessment).success).toBe(true);
  });

  test("amendments pile up in order; version counts them", () => {
    const two = amendAssessment(v1, { notes: "Andre" }, meta).assessment;
    const three = amendAssessment(two, { notes: "Tredje" }, { ...meta, at: "2099-01-02T10:00:00+01:00" });
    expect(three.assessment.amendments?.map((m) => m.at)).toEqual([meta.at, "2099-01-02T10:00:00+01:00"]);
    expect(assessmentVersion(three.assessment)).toBe(3);
  });

  test.each([
    ["nothing changes", () => amendAssessment(v1, { notes: "Første versjon" }, meta)],
    ["the identity would change", () => amendAssessment(v1, { id: "x" } as never, meta)],
    ["the reason is empty", () => amendAssessment(v1, { notes: "x" }, { ...meta, reason: " " })],
    ["the time has no zone", () => amendAssessment(v1, { notes: "x" }, { ...meta, at: "2099-01-01T10:00" })],
    ["the previous is a redacted copy", () => amendAssessment(redactAssessment(v1, { withhold: ["notes"] }), {}, meta)],
    ["the previous is cancelled", () => amendAssessment(cancelAssessment(v1, meta).assessment, { notes: "x" }, meta)],
  ])("throws invalid_argument when %s", (_name, run) => {
    let caught: unknown;
    try {
      run();
    } catch (e) {
      caught = e;
    }
    expect(isSdkError(caught) && caught.code === "invalid_argument").toBe(true);
    expect(String((caught as Error).message)).not.toContain("Første versjon");
  });
});

describe("cancelAssessment", () => {
  test("appends a cancellation and keeps the content; isCancelled says so", () => {
    const { assessment, amendment } = cancelAssessment(v1, meta);
    expect(amendment.kind).toBe("cancellation");
    expect(amendment.paths).toEqual([]);
    expect(isCancelled(assessment)).toBe(true);
    expect(isCancelled(v1)).toBe(false);
    expect({ ...assessment, amendments: undefined }).toEqual({ ...v1, amendments: undefined });
    expect(safeParseAssessment(assessment).success).toBe(true);
  });
});

describe("changedPaths", () => {
  test("names leaf paths, never values, and ignores the history", () => {
    const next: Assessment = {
      ...v1,
      measures: [...v1.measures, { id: "n", description: "d", responsible: { kind: "gp" }, status: "planned" }],
    };
    const paths = changedPaths(v1, next);
    expect(paths.every((p) => p.startsWith(`measures[${v1.measures.length}]`))).toBe(true);
    expect(changedPaths(v1, { ...v1, amendments: [] })).toEqual([]);
  });
});
