/**
 * NDJSON as batches of whole lines, on bytes: the reader finds line ends with `indexOf` and never decodes, so the
 * thread that reads stays cheap and a batch can be handed to a worker as one transferable buffer (`--jobs`). Memory
 * is bounded by the batch size plus the longest line: a line longer than the limit is skipped as it streams by and
 * reported by number, so one runaway line cannot exhaust memory.
 */
import type { Issue } from "@pakkeforlop-hjem/model/validator";
import { CLI_ISSUES } from "../cli-issues.ts";
import { decodeStrict } from "../input.ts";
import { type AssessmentParser, lineIssues } from "./check.ts";

/** About this many bytes of whole lines per batch. */
const BATCH_BYTES = 256 * 1024;

/** Whole lines starting at line `firstLine` (1-based), or one line that was too long and skipped. */
export type Batch =
  | { readonly kind: "lines"; readonly firstLine: number; readonly bytes: Uint8Array }
  | { readonly kind: "too-long"; readonly line: number };

/** A batch's verdicts: how many documents it held (blank lines are none) and the invalid ones by line number. */
export interface Verdicts {
  readonly documents: number;
  readonly invalid: readonly { readonly line: number; readonly issues: readonly Issue<string>[] }[];
}

const toBytes = (c: Uint8Array | string): Uint8Array => (typeof c === "string" ? Buffer.from(c, "utf8") : c);

/**
 * Splits a byte stream into batches of whole lines (LF or CRLF; the last line may lack its LF).
 * @example
 * ```ts
 * for await (const batch of batches(stream, 5_000_000)) console.log(batch.kind);
 * ```
 */
export async function* batches(chunks: AsyncIterable<Uint8Array | string>, maxLine: number): AsyncGenerator<Batch> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let firstLine = 1;
  let count = 0;
  let carry: Uint8Array[] = [];
  let carrySize = 0;
  let skipping = false;
  function* flush(): Generator<Batch> {
    if (count > 0) {
      yield { kind: "lines", firstLine, bytes: parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts) };
    }
    firstLine += count;
    parts = [];
    size = 0;
    count = 0;
  }
  function* tooLong(): Generator<Batch> {
    yield* flush();
    yield { kind: "too-long", line: firstLine };
    firstLine++;
    carry = [];
    carrySize = 0;
  }
  for await (const chunk of chunks) {
    const bytes = toBytes(chunk);
    let start = 0;
    for (let nl = bytes.indexOf(10, start); nl >= 0; nl = bytes.indexOf(10, start)) {
      if (skipping) {
        skipping = false;
      } else if (carrySize + nl - start > maxLine) {
        yield* tooLong();
      } else {
        parts.push(...carry, bytes.subarray(start, nl + 1));
        size += carrySize + nl + 1 - start;
        count++;
        carry = [];
        carrySize = 0;
        if (size >= BATCH_BYTES) {
          yield* flush();
        }
      }
      start = nl + 1;
    }
    if (!skipping && start < bytes.length) {
      carry.push(bytes.subarray(start));
      carrySize += bytes.length - start;
      if (carrySize > maxLine) {
        yield* tooLong();
        skipping = true;
      }
    }
  }
  if (!skipping && carrySize > 0) {
    parts.push(...carry);
    count++;
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

/** A line's text without its CR, and without a byte-order mark on line 1 (elsewhere a BOM is not JSON). */
function lineText(text: string, start: number, end: number, line: number): string {
  const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  return text.slice(line === 1 && text.charCodeAt(start) === 0xfeff ? start + 1 : start, stop);
}

/**
 * The verdicts of a batch of lines: each line parsed and validated. Bytes are decoded strictly: a line that is not
 * UTF-8 is `not_utf8`, never repaired (issue 21), and the other lines of its batch are read as usual.
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
  const whole = decodeStrict(bytes);
  if (whole !== undefined) {
    let line = firstLine;
    for (let start = 0; start < whole.length; line++) {
      const nl = whole.indexOf("\n", start);
      const end = nl < 0 ? whole.length : nl;
      tally.add(line, lineIssues(parse, options, lineText(whole, start, end, line)));
      start = end + 1;
    }
    return tally;
  }
  let line = firstLine;
  for (let start = 0; start < bytes.length; line++) {
    const nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    const text = decodeStrict(bytes.subarray(start, end));
    tally.add(
      line,
      text === undefined
        ? [CLI_ISSUES.issue("not_utf8", [])]
        : lineIssues(parse, options, lineText(text, 0, text.length, line)),
    );
    start = end + 1;
  }
  return tally;
}
