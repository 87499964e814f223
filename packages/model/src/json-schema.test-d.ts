import { expectTypeOf, test } from "vitest";
import type { Assessment as CompiledFromJsonSchema } from "../test/golden/assessment-from-schema.ts";
import type { Assessment } from "./assessment.ts";

type DeepWritable<T> = T extends readonly (infer TItem)[]
  ? DeepWritable<TItem>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepWritable<T[K]> }
    : T;

test("the type json-schema-to-typescript compiles from the emitted schema equals the model's Assessment", () => {
  expectTypeOf<CompiledFromJsonSchema>().toEqualTypeOf<DeepWritable<Assessment>>();
});

test("a document of the compiled type is an Assessment and back", () => {
  expectTypeOf<CompiledFromJsonSchema>().toExtend<Assessment>();
  expectTypeOf<DeepWritable<Assessment>>().toExtend<CompiledFromJsonSchema>();
});
