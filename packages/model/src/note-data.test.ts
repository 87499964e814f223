import { fc, test as propTest } from "@fast-check/vitest";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { LANGS } from "./code-lists.ts";
import { formatIssue } from "./messages.ts";
import {
  assessmentToNoteData,
  NOTE_DATA_CLASS,
  NOTE_DATA_ISSUES,
  NOTE_DATA_VERSION,
  type NoteDataRow,
  readNoteData,
} from "./note-data.ts";
import { redactAssessment } from "./redaction.ts";

describe("assessmentToNoteData and readNoteData", () => {
  propTest.prop([arbAssessment()], { numRuns: 200 })("rows → readNoteData gives back the same assessment", (a) => {
    const read = readNoteData(assessmentToNoteData(a));
    expect(read).toEqual({ success: true, data: { assessment: a, redacted: false } });
  });

  propTest.prop([arbAssessment({ outcome: "completed" })], { numRuns: 100 })(
    "a recipient's copy reads back as redacted, never as the complete document",
    (a) => {
      const copy = redactAssessment(a, { withhold: ["free-text"] });
      const read = readNoteData(assessmentToNoteData(copy));
      expect(read.success && read.data).toEqual({ assessment: copy, redacted: true });
    },
  );

  propTest.prop([arbAssessment(), fc.integer({ min: 0, max: 10_000 })], { numRuns: 100 })(
    "a row sent twice conflicts, at that row",
    (a, n) => {
      const rows = assessmentToNoteData(a);
      const i = n % rows.length;
      const read = readNoteData([...rows, rows[i] as NoteDataRow]);
      expect(read.success ? [] : read.error.issues.map((x) => [x.code, x.path])).toEqual([
        ["note_data_conflict", ["rows", rows.length, 0]],
      ]);
    },
  );

  test("writes the carrier format this SDK reads", () => {
    expect([NOTE_DATA_CLASS, NOTE_DATA_VERSION]).toEqual(["pfh-data", "1"]);
  });

  test.each([
    ["a path it does not write", [["patient..name", '"x"']], "note_data_path", ["rows", 0, 0]],
    ["a value that is not JSON", [["id", "x"]], "note_data_value", ["rows", 0, 1]],
    ["an object literal with content", [["topics", '{"a":1}']], "note_data_value", ["rows", 0, 1]],
    [
      "a list and an object at one place",
      [
        ["measures[0].id", '"a"'],
        ["measures.id", '"b"'],
      ],
      "note_data_conflict",
      ["rows", 1, 0],
    ],
  ] as const)("reports %s with its code and cell", (_t, rows, code, path) => {
    const read = readNoteData(rows);
    expect(read.success ? [] : read.error.issues.map((i) => [i.code, i.path])).toEqual([[code, path]]);
  });

  test("rows that rebuild an invalid assessment give the model's issues", () => {
    const read = readNoteData([["schemaVersion", '"1.0"']]);
    expect(!read.success && read.error.issues.some((i) => i.code === "required")).toBe(true);
  });
});

describe("NOTE_DATA_ISSUES", () => {
  test.each(NOTE_DATA_ISSUES.codes)("%s has a text in nb, nn and en", (code) => {
    const issue = NOTE_DATA_ISSUES.issue(code, ["rows", 3, 0]);
    const texts = LANGS.map((lang) => formatIssue(issue, lang));
    expect(texts[2]).toBe(issue.message);
    for (const text of texts) {
      expect(text).toMatch(/^rows\[3\]\[0\]: \S/);
    }
    expect(new Set(texts).size).toBe(3);
  });
});
