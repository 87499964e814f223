import { describe, expect, test } from "vitest";
import { type Line, lines, peek, readAll } from "./input.ts";
import { batches } from "./ndjson/batches.ts";

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

describe("a reader that reuses its buffer (io.ts: the real file reader does)", () => {
  /** The text in chunks of `size` bytes, each read into the same buffer (overwritten by the next read). */
  function reusing(text: string, size: number): AsyncIterable<Uint8Array> {
    const bytes = Buffer.from(text, "utf8");
    const buffer = new Uint8Array(size);
    return (async function* () {
      for (let at = 0; at < bytes.length; at += size) {
        const n = bytes.copy(buffer, 0, at, at + size);
        yield buffer.subarray(0, n);
        buffer.fill(0x21); // what the next read would leave behind
      }
    })();
  }
  const text = `${Array.from({ length: 50 }, (_, i) => `{"n":${i},"ø":"${"x".repeat(i)}"}`).join("\n")}\n`;

  test("peek, readAll and lines copy what they keep", async () => {
    const { head, source } = await peek({ name: "f", chunks: reusing(text, 7) }, 20);
    expect(text.startsWith(head)).toBe(true);
    expect(Buffer.from(await readAll(source, 1e6)).toString("utf8")).toBe(text);
    const got: Line[] = [];
    for await (const l of lines(reusing(text, 5))) {
      got.push(l);
    }
    expect(got.map((l) => l.text)).toEqual(text.slice(0, -1).split("\n"));
  });

  test("NDJSON batches copy what they keep, and each owns its buffer (it can be moved to a worker)", async () => {
    const out: string[] = [];
    for await (const b of batches(reusing(text, 3), 1000)) {
      if (b.kind === "lines") {
        expect(b.bytes.byteOffset).toBe(0);
        out.push(Buffer.from(b.bytes).toString("utf8"));
      }
    }
    expect(out.join("")).toBe(text);
  });
});
