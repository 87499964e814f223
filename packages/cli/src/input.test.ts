import { describe, expect, test } from "vitest";
import { type Line, lines } from "./input.ts";

async function collect(chunks: (string | Uint8Array)[], max?: number): Promise<Line[]> {
  async function* gen(): AsyncGenerator<string | Uint8Array> {
    yield* chunks;
  }
  const out: Line[] = [];
  for await (const l of lines(gen(), max)) {
    out.push(l);
  }
  return out;
}

describe("lines", () => {
  test.each([
    ["LF", ["a\nb\n"], ["a", "b"]],
    ["CRLF", ["a\r\nb\r\n"], ["a", "b"]],
    ["no final newline", ["a\nb"], ["a", "b"]],
    ["split across chunks", ["a", "b\nc", "d\n"], ["ab", "cd"]],
    ["empty lines keep their numbers", ["a\n\nb\n"], ["a", "", "b"]],
    ["byte-order mark", ["\uFEFFa\n"], ["a"]],
  ])("%s", async (_title, chunks, want) => {
    expect((await collect(chunks)).map((l) => l.text)).toEqual(want);
  });

  test("decodes a UTF-8 character split between two byte chunks", async () => {
    const bytes = Buffer.from("ø\n", "utf8");
    const got = await collect([bytes.subarray(0, 1), bytes.subarray(1)]);
    expect(got).toEqual([{ line: 1, text: "ø" }]);
  });

  test("skips a line longer than the limit and reports it, then reads on", async () => {
    const got = await collect(["x".repeat(10), "y".repeat(10), "\nok\n"], 15);
    expect(got).toEqual([
      { line: 1, issue: "line_too_long" },
      { line: 2, text: "ok" },
    ]);
  });
});
