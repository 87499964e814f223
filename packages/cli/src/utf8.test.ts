import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { example, run, tempDir } from "../test/helpers.ts";
import { decodeStrict, type Line, lines } from "./input.ts";

/** The example assessment as UTF-8 bytes with one byte of its patient's given name replaced by `bad`. */
function brokenExample(bad: number[]): Buffer {
  const text = JSON.stringify(example("sp1-consent-all.json"), null, 2);
  const at = Buffer.from(text.slice(0, text.indexOf('"given"') + 10), "utf8").length;
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]);
}

async function collect(chunks: Uint8Array[]): Promise<Line[]> {
  async function* gen(): AsyncGenerator<Uint8Array> {
    yield* chunks;
  }
  const out: Line[] = [];
  for await (const l of lines(gen())) {
    out.push(l);
  }
  return out;
}

describe("invalid UTF-8 (issue 21)", () => {
  test.each<[string, number[]]>([
    ["a Latin-1 ø", [0xf8]],
    ["a lone continuation byte", [0x80]],
    ["a truncated two-byte sequence", [0xc3]],
    ["an overlong encoding of /", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
  ])("pfh validate refuses JSON with %s (exit 1, not_utf8), never says gyldig", async (_title, bad) => {
    const dir = tempDir();
    const file = join(dir, "a.json");
    writeFileSync(file, brokenExample(bad));
    const r = await run(["validate", "--allow-test-numbers", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("gyldig");
    expect(r.stderr).toContain("er ikke gyldig UTF-8");
  });

  test("the same document in valid UTF-8 is valid", async () => {
    const dir = tempDir();
    const file = join(dir, "a.json");
    writeFileSync(file, brokenExample([]));
    const r = await run(["validate", "--allow-test-numbers", file]);
    expect(r.code).toBe(0);
  });

  test("an NDJSON line that is not UTF-8 is reported by number; the others are read", async () => {
    const good = Buffer.from(`${JSON.stringify(example("sp1-consent-all.json"))}\n`, "utf8");
    const dir = tempDir();
    const file = join(dir, "a.ndjson");
    writeFileSync(
      file,
      Buffer.concat([good, Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a]), good]),
    );
    const r = await run(["validate", "--allow-test-numbers", "--json", file]);
    expect(r.code).toBe(1);
    const records = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records[0]).toMatchObject({ line: 2, valid: false, issues: [{ code: "not_utf8" }] });
    expect(records.at(-1)).toMatchObject({ documents: 3, invalid: 1 });
  });

  propTest.prop([fc.string({ unit: "grapheme-composite" }), fc.integer({ min: 1, max: 7 })], { numRuns: 200 })(
    "lines decodes valid UTF-8 the same whatever the chunk size",
    async (s, size) => {
      const bytes = Buffer.from(`${s.replace(/[\r\n]/g, "")}\n`, "utf8");
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) {
        chunks.push(bytes.subarray(i, i + size));
      }
      const got = await collect(chunks);
      const want = s.replace(/[\r\n]/g, "").replace(/^\uFEFF/, "");
      expect(got).toEqual([{ line: 1, text: want }]);
    },
  );

  propTest.prop([fc.uint8Array({ maxLength: 64 })], { numRuns: 500 })(
    "decodeStrict agrees with Node's round trip: text only when the bytes are well-formed UTF-8",
    (bytes) => {
      const text = decodeStrict(bytes);
      const roundTrips = Buffer.from(Buffer.from(bytes).toString("utf8"), "utf8").equals(Buffer.from(bytes));
      expect(text !== undefined).toBe(roundTrips);
    },
  );
});
