import { readFileSync } from "node:fs";
import { test as propTest } from "@fast-check/vitest";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { compileSchemaToTs } from "../scripts/schema-to-ts.ts";
import { createFormats } from "./formats.ts";

const committed = JSON.parse(
  readFileSync(new URL("../../../schemas/v1/assessment.schema.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

function ajvFor(options: { allowTestNumbers?: boolean } = {}) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const [name, check] of Object.entries(createFormats(options))) {
    ajv.addFormat(name, check);
  }
  return ajv.compile(committed);
}

// That the emitted schema and the type compiled from it are the committed files is tested with every generated file
// of the package, in test/gen.test.ts.
describe("toJsonSchema", () => {
  test("names check-digit rules as custom formats", () => {
    const text = JSON.stringify(committed);
    for (const format of ["no-fnr", "no-dnr", "no-fhn", "no-duf", "no-hpr", "no-her-id", "no-orgnr"]) {
      expect(text).toContain(`"format":"${format}"`);
    }
  });

  const validate = ajvFor();
  propTest.prop([arbAssessment()], { numRuns: 500 })(
    "Ajv on the emitted schema accepts every document zod accepts",
    (doc) => {
      expect(validate(doc) ? [] : validate.errors).toEqual([]);
    },
  );

  test("Ajv rejects what the formats forbid: a wrong check digit", () => {
    const doc = JSON.parse(
      readFileSync(new URL("../../../examples/data/sp1-consent-all.json", import.meta.url), "utf8"),
    );
    const lenient = ajvFor({ allowTestNumbers: true });
    expect(lenient(doc)).toBe(true);
    doc.patient.identifier.value = `${doc.patient.identifier.value.slice(0, 10)}${(Number(doc.patient.identifier.value[10]) + 1) % 10}`;
    expect(lenient(doc)).toBe(false);
    expect(lenient.errors?.map((e) => e.instancePath)).toContain("/patient/identifier/value");
  });

  test("json-schema-to-typescript compiles the committed schema to the golden type", async () => {
    await expect(await compileSchemaToTs(committed)).toMatchFileSnapshot("../test/golden/assessment-from-schema.ts");
  });
});
