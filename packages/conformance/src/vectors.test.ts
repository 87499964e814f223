import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { BUILT_IN_PROFILES } from "@pakkeforlop-hjem/pathway";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { describeGeneratedFiles } from "../../../tooling/generated-files.ts";
import { artifacts } from "../scripts/gen.ts";
import { diffIssues, diffJson, diffText } from "./compare.ts";
import { defaultVectorsDir, filesOf, loadVectors } from "./load.ts";
import { VECTOR_KINDS } from "./manifest.ts";

const dir = defaultVectorsDir();
const vectors = loadVectors();
const { manifest } = vectors;

function walk(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? walk(p) : [relative(dir, p).split("\\").join("/")];
  });
}

/** Every issue code of the model (errors.ts `IssueCode`); each must appear in some vector. */
const MODEL_CODES = [
  "invalid_type",
  "required",
  "unrecognized_key",
  "invalid_value",
  "too_small",
  "too_big",
  "invalid_format",
  "invalid_identifier",
  "date_order",
  "threshold_flag_mismatch",
  "birth_date_mismatch",
  "age_group_mismatch",
  "children_inconsistent",
  "duplicate_consent",
  "duplicate_item",
  "next_step_order",
  "outcome_content_mismatch",
  "amendment_after_cancellation",
  "amendment_paths",
  "too_many_issues",
  "unsupported_version",
];

describe("the vectors", () => {
  test("the manifest matches its JSON Schema", () => {
    const schema = JSON.parse(readFileSync(join(dir, "manifest.schema.json"), "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test("records the SDK and schema version", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "..", "package.json"), "utf8")) as { version: string };
    expect(manifest.sdkVersion).toBe(pkg.version);
    expect(manifest.schemaVersion).toBe("1.0");
    expect(manifest.format).toBe(1);
  });

  test("ids are unique and every kind has vectors", () => {
    const ids = manifest.vectors.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of VECTOR_KINDS) {
      expect(
        manifest.vectors.some((v) => v.kind === kind),
        kind,
      ).toBe(true);
    }
  });

  test("the folder holds exactly the files the manifest names, as JSON, text or XML", () => {
    const onDisk = walk(dir).filter(
      (f) => !["manifest.json", "manifest.schema.json", ".gitattributes", "biome.json"].includes(f),
    );
    expect(onDisk.sort()).toEqual(filesOf(manifest));
    for (const f of onDisk) {
      expect(f).toMatch(/\.(json|txt|xml)$/);
    }
  });

  test("files are UTF-8 with LF line endings", () => {
    for (const [path, text] of Object.entries(vectors.files)) {
      expect(text.includes("\r"), path).toBe(false);
      expect(Buffer.from(text, "utf8").equals(readFileSync(join(dir, path))), path).toBe(true);
    }
  });

  test("cover every model issue code", () => {
    const seen = new Set(
      manifest.vectors.flatMap((v) => ("issues" in v.expected ? v.expected.issues.map((i) => i.code) : [])),
    );
    for (const code of MODEL_CODES) {
      expect(seen.has(code), code).toBe(true);
    }
  });

  test("cover every identifier failure, test-number family and the 2032 rule", () => {
    const results = manifest.vectors
      .filter((v) => v.kind === "identifier")
      .map((v) => ("json" in v.expected ? v.expected.json : undefined) as Record<string, unknown>);
    const reasons = new Set(results.map((r) => r["reason"]).filter((r) => r !== undefined));
    expect([...reasons].sort()).toEqual([
      "birth_date",
      "characters",
      "check_digit",
      "future_birth_date",
      "kind_mismatch",
      "length",
      "test_number_not_allowed",
    ]);
    expect(new Set(results.map((r) => r["testNumber"]))).toEqual(new Set(["none", "nav", "tenor", undefined]));
    expect(results.some((r) => r["rule2032"] === true)).toBe(true);
    expect(new Set(results.map((r) => r["kind"]))).toEqual(
      new Set(["fnr", "dnr", "hnr", "fhn", "duf", "hpr", "her", "orgnr"]),
    );
  });

  test("text vectors cover every renderer in nb, nn and en; XML covers both messages and both AppRec versions", () => {
    for (const kind of [
      "epicrisis-text",
      "note-text",
      "note-xhtml",
      "patient-letter",
      "helsefaglig-dialog",
      "epikrise",
      "epikrise-correction",
      "dialog-correction",
    ]) {
      const langs = new Set(manifest.vectors.filter((v) => v.kind === kind).map((v) => v.options?.["lang"]));
      expect([...langs].filter((l) => l !== undefined).sort(), kind).toEqual(["en", "nb", "nn"]);
    }
    const versions = new Set(manifest.vectors.filter((v) => v.kind === "apprec").map((v) => v.options?.["version"]));
    expect(versions).toEqual(new Set(["1.1", "1.0"]));
  });

  test("no held-back free text or held-back topic note appears in the expected output of a recipient's copy", () => {
    const held = manifest.vectors.filter((v) =>
      ((v.options?.["withhold"] as string[] | undefined) ?? []).includes("free-text"),
    );
    expect(held.length).toBeGreaterThan(12);
    for (const v of held) {
      const input = JSON.parse(vectors.files[v.inputs?.["assessment"] as string] as string);
      const secrets: string[] = [
        input.whatMatters,
        input.notes,
        input.distress?.otherConcerns,
        input.nextStep?.note,
        ...Object.values(input.topics as Record<string, { note?: string }>).map((t) => t.note),
        ...(input.measures as { description: string }[]).map((m) => m.description),
        ...((input.amendments ?? []) as { reason: string }[]).map((m) => m.reason),
      ].filter((x): x is string => typeof x === "string");
      expect(secrets.length, v.id).toBeGreaterThan(0);
      const out = "file" in v.expected ? (vectors.files[v.expected.file] as string) : JSON.stringify(v.expected);
      for (const secret of secrets) {
        expect(out.includes(secret), `${v.id} leaks a held-back value`).toBe(false);
      }
    }
  });

  test("questionnaire-response vectors cover every status, reference form, code and dialect (issue 20)", () => {
    const qr = manifest.vectors.filter((v) => v.kind === "questionnaire-response");
    const response = (v: (typeof qr)[number]) =>
      JSON.parse(vectors.files[v.inputs?.["response"] as string] as string) as Record<string, unknown>;
    const accepted = qr.filter((v) => "file" in v.expected);
    const refused = qr.filter((v) => "issues" in v.expected);
    expect(new Set(accepted.map((v) => response(v)["status"]))).toEqual(
      new Set(["completed", "amended", "in-progress"]),
    );
    for (const status of ["entered-in-error", "stopped", "cancelled", undefined, 7]) {
      expect(
        refused.some((v) => response(v)["status"] === status),
        String(status),
      ).toBe(true);
    }
    const references = accepted.map((v) => String(response(v)["questionnaire"]));
    expect(references.some((r) => r.startsWith("https://") && !r.includes("|"))).toBe(true);
    expect(references.some((r) => r.startsWith("https://") && r.includes("|"))).toBe(true);
    expect(references.some((r) => r.startsWith("Questionnaire/"))).toBe(true);
    expect(references).toContain("undefined");
    const codes = new Set(refused.flatMap((v) => ("issues" in v.expected ? v.expected.issues.map((i) => i.code) : [])));
    expect([...codes].sort()).toEqual([
      "answer_required",
      "not_a_response",
      "questionnaire_mismatch",
      "questionnaire_reference_invalid",
      "response_too_large",
      "status_not_importable",
      "too_many_issues",
      "unknown_code",
      "unknown_link_id",
      "version_mismatch",
      "wrong_answer_type",
    ]);
    const dialects = new Set(qr.map((v) => (v.input?.["questionnaire"] as { dialect?: string } | undefined)?.dialect));
    expect(dialects).toEqual(new Set(["refero", "sdc"]));
    const referoYesNo = qr.filter((v) => JSON.stringify(response(v)).includes("urn:oid:2.16.578.1.12.4.1.1101"));
    expect(referoYesNo.length).toBeGreaterThanOrEqual(4);
  });

  test("pathway scenarios run under every built-in profile", () => {
    const ids = Object.keys(BUILT_IN_PROFILES);
    for (const id of ids) {
      expect(
        manifest.vectors.filter((v) => v.kind === "pathway" && v.id.startsWith(`pathway/${id}/`)).length,
        id,
      ).toBeGreaterThan(10);
    }
  });
});

describeGeneratedFiles("pnpm gen reproduces every vector file", artifacts);

describe("diff summaries", () => {
  test("diffText names the line and column, never the text", () => {
    expect(diffText("a\nKari Testpasient\n", "a\nKari Testperson\n")).toBe(
      "line 2, column 11 differs (expected a line of 16 characters, got 15)",
    );
    expect(diffText("a\n", "a\n")).toBeUndefined();
    expect(diffText("a\nb", "a")).toBe("line 2: expected 2 lines, got 1");
  });

  test("diffJson shows codes but only the length of other strings", () => {
    expect(diffJson({ a: { birthDate: "1972-03-15" } }, { a: { birthDate: "1972-03-16" } })).toBe(
      ".a.birthDate: expected a string of 10 characters, got a string of 10 characters",
    );
    expect(diffJson({ reason: "check_digit" }, { reason: "length" })).toBe(
      '.reason: expected "check_digit", got "length"',
    );
    expect(diffJson([1, 2], [1])).toBe("(root): expected 2 entries, got 1");
    expect(diffJson(null, { valid: true })).toBe("(root): expected null, got an object");
  });

  test("diffIssues compares code and path as a multiset, in any order", () => {
    const a = { code: "required", path: ["patient", "birthDate"] };
    const b = { code: "invalid_value", path: ["measures", 1, "status"] };
    expect(diffIssues([a, b], [b, a])).toBeUndefined();
    expect(diffIssues([a, a], [a])).toBe("missing required at .patient.birthDate");
    expect(diffIssues([a], [a, b])).toBe("unexpected invalid_value at .measures[1].status");
  });
});
