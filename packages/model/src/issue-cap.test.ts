import { readFileSync } from "node:fs";
import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { capIssues, MAX_ISSUES } from "./issue-cap.ts";
import { migrateAssessment } from "./migrations.ts";
import { assessmentIssues } from "./validate.ts";

const example = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL("../../../examples/data/sp1-consent-all.json", import.meta.url), "utf8"));

describe("capIssues (issue 21)", () => {
  propTest.prop([fc.array(fc.integer(), { maxLength: 400 }), fc.integer({ min: 0, max: 150 })])(
    "keeps the first `limit` issues and adds one summary that counts the rest",
    (issues, limit) => {
      const capped = capIssues(issues, (omitted) => -omitted, limit);
      if (issues.length <= limit) {
        expect(capped).toEqual(issues);
      } else {
        expect(capped).toEqual([...issues.slice(0, limit), -(issues.length - limit)]);
      }
    },
  );

  test("safeParseAssessment reports at most MAX_ISSUES issues and a too_many_issues summary", () => {
    const doc = example();
    doc.measures = Array.from({ length: 150 }, (_, i) => ({ ...doc.measures[0], id: `m${i}`, status: "maybe" }));
    const issues = assessmentIssues(doc, { allowTestNumbers: true });
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toMatchObject({ code: "too_many_issues", path: [], params: { omitted: 50, limit: 100 } });
  });

  test("so does migrateAssessment on a broken 0.9 draft", () => {
    const draft = { schemaVersion: "0.9", measures: Array.from({ length: 150 }, () => ({ text: 1 })) };
    const r = migrateAssessment(draft);
    expect(r.success ? [] : r.error.issues).toHaveLength(MAX_ISSUES + 1);
  });
});
