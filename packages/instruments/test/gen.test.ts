import { expect, test } from "vitest";
import { describeGeneratedFiles } from "../../../tooling/generated-files.ts";
import { artifacts } from "../scripts/gen.ts";

describeGeneratedFiles("pnpm gen: instruments artifacts", artifacts);

test("the artifacts include every shipped form", async () => {
  expect((await artifacts()).map((a) => a.path)).toContain("schemas/forms/needs-assessment-sp1.json");
});
