import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { artifacts } from "../scripts/gen.ts";

describe("artifacts", () => {
  test("is deterministic and matches the committed files (run pnpm gen and commit)", async () => {
    const first = await artifacts();
    const second = await artifacts();
    expect(second).toEqual(first);
    for (const a of first) {
      expect(readFileSync(new URL(`../../../${a.path}`, import.meta.url), "utf8"), a.path).toBe(a.content);
    }
    expect(first.map((a) => a.path)).toContain("schemas/forms/needs-assessment-sp1.json");
  });
});
