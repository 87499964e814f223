import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { jsonLines, ROOT, run, tempDir } from "../../test/helpers.ts";
import { SCHEMAS, stableJson } from "./schema.ts";

describe("schemaCommand", () => {
  test.each(Object.keys(SCHEMAS))("prints %s byte for byte as committed in schemas/v1", async (name) => {
    const r = await run(["schema", name]);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`${ROOT}/schemas/v1/${name}.schema.json`);
  });

  test("--check passes on the repository's committed schemas", async () => {
    const r = await run(["schema", "--check"], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("3 skjemaer i schemas/v1 er oppdatert\n");
  });

  test("--out writes them; --check is fresh, then stale after an edit, then missing after a delete", async () => {
    const dir = tempDir();
    expect((await run(["schema", "--out", "out"], { cwd: dir })).code).toBe(0);
    expect((await run(["schema", "--check", "--out", "out"], { cwd: dir })).code).toBe(0);
    writeFileSync(`${dir}/out/profile.schema.json`, `${readFileSync(`${dir}/out/profile.schema.json`, "utf8")} `);
    const stale = await run(["schema", "--check", "--out", "out", "--lang", "en"], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toBe('pfh: stale: out/profile.schema.json; run "pfh schema --out out"\n');
    const json = await run(["schema", "--check", "--out", "out", "--json"], { cwd: dir });
    expect(jsonLines(json.stdout)).toEqual([
      {
        valid: false,
        dir: "out",
        fresh: ["out/assessment.schema.json", "out/pathway-event.schema.json"],
        stale: ["out/profile.schema.json"],
        missing: [],
      },
    ]);
    const missing = await run(["schema", "--check", "--out", "elsewhere", "assessment", "--json"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(jsonLines(missing.stdout)[0]?.["missing"]).toEqual(["elsewhere/assessment.schema.json"]);
  });

  test("without a name it lists the schemas", async () => {
    expect((await run(["schema"])).stdout).toBe("assessment\nprofile\npathway-event\n");
  });

  test("stableJson sorts keys recursively and ends with a newline", () => {
    expect(stableJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(
      '{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    }\n  ],\n  "b": 1\n}\n',
    );
  });
});
