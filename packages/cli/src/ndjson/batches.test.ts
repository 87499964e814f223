import { test as propTest } from "@fast-check/vitest";
import { fc } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { type Batch, batches, checkBatch } from "./batches.ts";
import { workerLimits } from "./pool.ts";

const decoder = new TextDecoder();

async function* chunked(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(start, Math.max(start, Math.min(cut, bytes.length)));
    start = Math.max(start, Math.min(cut, bytes.length));
  }
  yield bytes.subarray(start);
}

/** Every line by number as the batches give them back: text, or `null` for a skipped line. */
async function linesOf(stream: AsyncIterable<Uint8Array>, maxLine: number): Promise<Map<number, string | null>> {
  const out = new Map<number, string | null>();
  for await (const b of batches(stream, maxLine) as AsyncGenerator<Batch>) {
    if (b.kind === "too-long") {
      out.set(b.line, null);
      continue;
    }
    const text = decoder.decode(b.bytes);
    const parts = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
    for (const [i, p] of parts.entries()) {
      out.set(b.firstLine + i, p);
    }
  }
  return out;
}

describe("batches", () => {
  const arbLine = fc.oneof(fc.string({ maxLength: 30 }), fc.constant(""), fc.string({ minLength: 40, maxLength: 60 }));

  propTest.prop([
    fc.array(
      arbLine.map((l) => l.replaceAll("\n", " ")),
      { minLength: 1, maxLength: 50 },
    ),
    fc.array(fc.nat(3000)),
  ])(
    "give back every line with its number, however the stream is cut; lines over the limit are skipped and named",
    async (lines, cuts) => {
      const bytes = Buffer.from(`${lines.join("\n")}\n`, "utf8");
      const got = await linesOf(chunked(bytes, cuts), 35);
      expect(got.size).toBe(lines.length);
      lines.forEach((l, i) => {
        expect(got.get(i + 1)).toBe(Buffer.byteLength(l) > 35 ? null : l);
      });
    },
  );

  test("a last line without a line end is a line; a runaway line without any line end is skipped", async () => {
    expect([...(await linesOf(chunked(Buffer.from("a\nb"), [1]), 10)).values()]).toEqual(["a", "b"]);
    expect([...(await linesOf(chunked(Buffer.from(`a\n${"x".repeat(50)}`), [3, 20, 30]), 10)).values()]).toEqual([
      "a",
      null,
    ]);
  });
});

describe("checkBatch", () => {
  const parse = (doc: unknown) =>
    (doc as { ok?: boolean }).ok === true
      ? ({ success: true, data: doc } as never)
      : ({ success: false, error: { issues: [{ code: "x", path: [], params: {}, message: "x" }] } } as never);

  test("counts documents (not blank lines), numbers invalid lines from the batch's first line, drops a BOM on line 1", () => {
    const v = checkBatch(parse, {}, 1, Buffer.from('\uFEFF{"ok":true}\r\n\n  \nnope\n{"ok":false}'));
    expect(v.documents).toBe(3);
    expect(v.invalid.map((i) => [i.line, i.issues[0]?.code])).toEqual([
      [4, "not_json"],
      [5, "x"],
    ]);
    expect(checkBatch(parse, {}, 7, Buffer.from("\uFEFF{}\n")).invalid[0]?.issues[0]?.code).toBe("not_json");
  });
});

describe("workerLimits", () => {
  test("the old generation has room for the longest line; the young generation stays small", () => {
    expect(workerLimits(5_000_000)).toEqual({ maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 128 });
    expect(workerLimits(50 * 2 ** 20).maxOldGenerationSizeMb).toBe(1200);
  });
});
