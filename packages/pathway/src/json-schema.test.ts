/// <reference types="node" />
import { readFileSync } from "node:fs";
import { test as propTest } from "@fast-check/vitest";
import { createFormats } from "@pakkeforlop-hjem/model";
import { toJsonSchema } from "@pakkeforlop-hjem/model/zod";
import { arbPathwayEvents, arbProfile, fc } from "@pakkeforlop-hjem/test-utils/pathway";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { BUILT_IN_PROFILES } from "./built-in-profiles.ts";
import { toPathwayJsonSchema } from "./json-schema.ts";
import { PathwayEventSchema, StructuralProfileSchema } from "./schemas.ts";

const committed = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../schemas/${path}`, import.meta.url), "utf8")) as Record<string, unknown>;

function ajv() {
  const instance = new Ajv2020({ allErrors: true, strict: true });
  for (const [name, check] of Object.entries(createFormats())) {
    instance.addFormat(name, check);
  }
  instance.addFormat("uri", /^https?:\/\/\S+$/);
  instance.addSchema(toJsonSchema("assessment"));
  return instance;
}

const validateProfile = ajv().compile(toPathwayJsonSchema("profile"));
const validateEvent = ajv().compile(toPathwayJsonSchema("pathway-event"));

// That the emitted schemas and profiles are the committed files is tested with every generated file of the package,
// in test/gen.test.ts.
describe("toPathwayJsonSchema", () => {
  test.each(Object.entries(BUILT_IN_PROFILES))(
    "ships the %s profile as JSON that the schema accepts",
    (id, profile) => {
      const json = committed(`profiles/${id}.json`);
      expect(json).toEqual(JSON.parse(JSON.stringify(profile)));
      expect(validateProfile(json) ? [] : validateProfile.errors).toEqual([]);
    },
  );

  test("refers to the model's assessment schema instead of copying it", () => {
    expect(JSON.stringify(toPathwayJsonSchema("pathway-event"))).toContain(
      '"$ref":"https://pakkeforlop-hjem.github.io/sdk/schemas/v1/assessment.schema.json"',
    );
  });

  const dropOne = (value: object) =>
    fc.option(fc.constantFrom(...Object.keys(value)), { nil: undefined }).map((key): unknown => {
      if (key === undefined) {
        return value;
      }
      const copy: Record<string, unknown> = { ...value };
      delete copy[key];
      return copy;
    });

  propTest.prop([arbProfile().chain(dropOne)], { numRuns: 200 })(
    "Ajv accepts a profile exactly when the zod schema does",
    (profile) => {
      expect(validateProfile(profile)).toBe(StructuralProfileSchema.safeParse(profile).success);
    },
  );

  propTest.prop([arbPathwayEvents().chain((events) => fc.constantFrom(...events))], { numRuns: 200 })(
    "Ajv accepts every generated event, and agrees with zod when a field is dropped",
    (event) => {
      expect(validateEvent(event) ? [] : validateEvent.errors).toEqual([]);
      for (const key of Object.keys(event)) {
        const copy: Record<string, unknown> = { ...event };
        delete copy[key];
        expect(validateEvent(copy)).toBe(PathwayEventSchema.safeParse(copy).success);
      }
    },
  );
});
