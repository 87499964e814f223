/**
 * NDJSON as batches of whole lines, on bytes: the reader finds line ends with `indexOf` and never decodes, so the
 * thread that reads stays cheap and a batch can be handed to a worker as one transferable buffer (`--jobs`). Memory
 * is bounded by the batch size plus the longest line: a line longer than the limit is skipped as it streams by and
 * reported by number, so one runaway line cannot exhaust memory.
 */
import { isUtf8 } from "node:buffer";
import type { Issue } from "@pakkeforlop-hjem/model/validator";
import { CLI_ISSUES } from "../cli-issues.ts";
import { decodeStrict } from "../input.ts";
import { type AssessmentParser, lineIssues } from "./check.ts";

/**
 * About this many bytes of whole lines per batch: small enough that a batch's text stays out of V8's large-object
 * space (over 128 kB a string is allocated there and freed only by a full collection), large enough that handing a
 * batch to a worker costs nothing next to checking it.
 */
const BATCH_BYTES = 64 * 1024;

/**
 * Whole lines starting at line `firstLine` (1-based), or one line that was too long and skipped. A batch's bytes are
 * a copy that owns its `ArrayBuffer` from offset 0: nothing else refers to them, so a worker can be handed the buffer
 * (transferred, not copied) and the chunks read can be reused or dropped at once.
 */
export type Batch =
  | { readonly kind: "lines"; readonly firstLine: number; readonly bytes: Uint8Array }
  | { readonly kind: "too-long"; readonly line: number };

/** A batch's verdicts: how many documents it held (blank lines are none) and the invalid ones by line number. */
export interface Verdicts {
  readonly documents: number;
  readonly invalid: readonly { readonly line: number; readonly issues: readonly Issue<string>[] }[];
}

const toBytes = (c: Uint8Array | string): Uint8Array => (typeof c === "string" ? Buffer.from(c, "utf8") : c);

/** The bytes of the batch being filled: whole lines, then the start of a line still being read. */
class Filling {
  buffer = new Uint8Array(BATCH_BYTES * 2);
  /** Bytes in use; whole lines end at `whole`. */
  size = 0;
  whole = 0;
  lines = 0;
  append(bytes: Uint8Array): void {
    if (this.size + bytes.length > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.size + bytes.length));
      bigger.set(this.buffer.subarray(0, this.size));
      this.buffer = bigger;
    }
    this.buffer.set(bytes, this.size);
    this.size += bytes.length;
  }
  /** The line being read ends here (its bytes, LF included, are appended). */
  endLine(): void {
    this.whole = this.size;
    this.lines++;
  }
  /** Drops the line being read (too long). */
  dropLine(): void {
    this.size = this.whole;
  }
  /** The whole lines as a batch of their own; the line being read (if any) moves to a fresh buffer. */
  take(): Uint8Array {
    const rest = this.buffer.subarray(this.whole, this.size);
    const taken = new Uint8Array(this.buffer.buffer, 0, this.whole);
    this.buffer = new Uint8Array(Math.max(BATCH_BYTES * 2, rest.length * 2));
    this.buffer.set(rest);
    this.size = rest.length;
    this.whole = 0;
    this.lines = 0;
    return taken;
  }
}

/**
 * Splits a byte stream into batches of whole lines (LF or CRLF; the last line may lack its LF). Every byte is copied
 * into the batch before the next chunk is asked for, so a reader may reuse its buffer.
 * @example
 * ```ts
 * for await (const batch of batches(stream, 5_000_000)) console.log(batch.kind);
 * ```
 */
export async function* batches(chunks: AsyncIterable<Uint8Array | string>, maxLine: number): AsyncGenerator<Batch> {
  const filling = new Filling();
  let firstLine = 1;
  let skipping = false;
  function* flush(): Generator<Batch> {
    const count = filling.lines;
    if (count > 0) {
      yield { kind: "lines", firstLine, bytes: filling.take() };
    }
    firstLine += count;
  }
  function* tooLong(): Generator<Batch> {
    filling.dropLine();
    yield* flush();
    yield { kind: "too-long", line: firstLine };
    firstLine++;
  }
  for await (const chunk of chunks) {
    const bytes = toBytes(chunk);
    let start = 0;
    for (let nl = bytes.indexOf(10, start); nl >= 0; nl = bytes.indexOf(10, start)) {
      if (skipping) {
        skipping = false;
      } else if (filling.size - filling.whole + nl - start > maxLine) {
        yield* tooLong();
      } else {
        filling.append(bytes.subarray(start, nl + 1));
        filling.endLine();
        if (filling.whole >= BATCH_BYTES) {
          yield* flush();
        }
      }
      start = nl + 1;
    }
    if (!skipping && start < bytes.length) {
      if (filling.size - filling.whole + bytes.length - start > maxLine) {
        yield* tooLong();
        skipping = true;
      } else {
        filling.append(bytes.subarray(start));
      }
    }
  }
  if (!skipping && filling.size > filling.whole) {
    filling.endLine();
  }
  yield* flush();
}

/** Collects a batch's verdicts line by line. */
class Tally {
  documents = 0;
  readonly invalid: { line: number; issues: readonly Issue<string>[] }[] = [];
  add(line: number, issues: readonly Issue<string>[] | undefined): void {
    if (issues === undefined) {
      return;
    }
    this.documents++;
    if (issues.length > 0) {
      this.invalid.push({ line, issues });
    }
  }
}

/** Where a line's text ends: before its CR. */
const lineEnd = (bytes: Uint8Array, start: number, end: number): number =>
  end > start && bytes[end - 1] === 13 ? end - 1 : end;

/** Where line 1's text starts: after a byte-order mark (elsewhere a BOM is not JSON). */
const lineStart = (bytes: Uint8Array, start: number, end: number, line: number): number =>
  line === 1 && end - start >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf
    ? start + 3
    : start;

/**
 * The verdicts of a batch of lines: each line parsed and validated. Bytes are decoded strictly: a line that is not
 * UTF-8 is `not_utf8`, never repaired (issue 21), and the other lines of its batch are read as usual. Each line is
 * decoded on its own (the batch is checked for UTF-8 once, without decoding it): a line's text dies young, where one
 * string of the whole batch would outlive several collections of a worker's small young generation (pool.ts) and
 * fill its old generation.
 * @example
 * ```ts
 * const v = checkBatch(safeParseAssessment, {}, 1, Buffer.from("{}\n"));
 * v.invalid[0]?.line; // 1
 * ```
 */
export function checkBatch(
  parse: AssessmentParser,
  options: Parameters<AssessmentParser>[1],
  firstLine: number,
  bytes: Uint8Array,
): Verdicts {
  const tally = new Tally();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const utf8 = isUtf8(buffer);
  let line = firstLine;
  for (let start = 0; start < bytes.length; line++) {
    const nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    const from = lineStart(bytes, start, end, line);
    const to = lineEnd(bytes, from, end);
    const text = utf8 ? buffer.toString("utf8", from, to) : decodeStrict(bytes.subarray(from, to));
    tally.add(line, text === undefined ? [CLI_ISSUES.issue("not_utf8", [])] : lineIssues(parse, options, text));
    start = end + 1;
  }
  return tally;
}
