/**
 * Reading input: a file or stdin (`-` or no file) as a stream of chunks, peeked for format detection without
 * reading everything, collected with a size limit, or split into lines with flat memory (NDJSON).
 */
import { invalid, usage } from "./errors.ts";
import type { Context } from "./io.ts";

/** An input source: its display name and its chunks. */
export interface Source {
  /** The path as the user wrote it, or `-` for stdin. */
  readonly name: string;
  readonly chunks: AsyncIterable<Uint8Array | string>;
}

/**
 * The largest document `pfh` reads by default (`--max-bytes`; per line for NDJSON): the same as the message
 * reader's `DEFAULT_MAX_BYTES` (a test holds them equal), kept here so reading JSON does not load the message reader.
 * @example
 * ```ts
 * const limit = DEFAULT_MAX_BYTES * 2;
 * ```
 */
export const DEFAULT_MAX_BYTES = 5_000_000;

const toBytes = (c: Uint8Array | string): Uint8Array => (typeof c === "string" ? Buffer.from(c, "utf8") : c);

/** Opens a file (or stdin for `-`/undefined). A file that cannot be opened is a usage error (exit 2). */
export async function openSource(ctx: Context, file: string | undefined): Promise<Source> {
  if (file === undefined || file === "-") {
    return { name: "-", chunks: ctx.io.stdin };
  }
  const path = ctx.path(file);
  if (await ctx.fs.isDirectory(path)) {
    throw usage("cannot_read", { file });
  }
  const stream = ctx.fs.readStream(path);
  // Open eagerly, so a missing file fails here (usage) and not in the middle of a run.
  const iterator = stream[Symbol.asyncIterator]();
  let first: IteratorResult<Uint8Array | string>;
  try {
    first = await iterator.next();
  } catch {
    throw usage("cannot_read", { file });
  }
  return { name: file, chunks: prepend(first, iterator) };
}

async function* prepend(
  first: IteratorResult<Uint8Array | string>,
  rest: AsyncIterator<Uint8Array | string>,
): AsyncGenerator<Uint8Array | string> {
  if (first.done === true) {
    return;
  }
  yield first.value;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) {
      return;
    }
    yield next.value;
  }
}

/** The first bytes of a source (at least `min` unless it is shorter), and the source with them put back. */
export async function peek(source: Source, min = 4096): Promise<{ head: string; source: Source }> {
  const iterator = source.chunks[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < min) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    // A copy: the reader may reuse its buffer for the next chunk (io.ts).
    const bytes = Buffer.from(toBytes(next.value));
    taken.push(bytes);
    size += bytes.length;
  }
  const head = Buffer.concat(taken).toString("utf8");
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (!done) {
      for (;;) {
        const next = await iterator.next();
        if (next.done === true) {
          return;
        }
        yield toBytes(next.value);
      }
    }
  }
  return { head, source: { name: source.name, chunks: replay() } };
}

/** Reads a whole source into memory, refusing more than `limit` bytes (exit 1, `too_large`). */
export async function readAll(source: Source, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source.chunks) {
    const bytes = toBytes(chunk);
    size += bytes.length;
    if (size > limit) {
      throw invalid("too_large", { where: source.name, limit });
    }
    parts.push(Buffer.from(bytes)); // a copy: the reader may reuse its buffer (io.ts)
  }
  return Buffer.concat(parts);
}

/**
 * Decodes UTF-8 strictly and drops a byte-order mark. Bytes that are not UTF-8 are refused (exit 1, `not_utf8`),
 * never replaced by U+FFFD: a document that lost characters must not pass as valid (issue 21).
 */
export function decode(bytes: Uint8Array, where: string): string {
  const text = decodeStrict(bytes);
  if (text === undefined) {
    throw invalid("not_utf8", { where });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-8 bytes as text, or `undefined` when they are not well-formed UTF-8. Keeps a byte-order mark. */
export function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Parses JSON. A syntax error becomes the `not_json` text, never the engine's message (which can quote the
 * document).
 */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid("not_json", { where });
  }
}

/** One line of a stream: its 1-based number and text, or a marker that it was too long (and skipped). */
export type Line =
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly text?: undefined; readonly issue: "line_too_long" | "not_utf8" };

/**
 * Splits a stream into lines (LF or CRLF) with memory bounded by the longest line; a line longer than `maxLine`
 * bytes is skipped and reported, so one runaway line cannot exhaust memory. Lines are split on the byte 0x0A (which
 * never occurs inside a multi-byte UTF-8 sequence) and each is decoded strictly: a line that is not UTF-8 is
 * reported as `not_utf8`, never repaired.
 */
export async function* lines(
  chunks: AsyncIterable<Uint8Array | string>,
  maxLine: number = 16 * 1024 * 1024,
): AsyncGenerator<Line> {
  let carry: Uint8Array[] = [];
  let carrySize = 0;
  let line = 0;
  let skipping = false;
  const emit = (parts: Uint8Array[]): Line => {
    line++;
    const text = decodeStrict(parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts));
    if (text === undefined) {
      return { line, issue: "not_utf8" };
    }
    const clean = text.endsWith("\r") ? text.slice(0, -1) : text;
    return line === 1 && clean.charCodeAt(0) === 0xfeff ? { line, text: clean.slice(1) } : { line, text: clean };
  };
  for await (const chunk of chunks) {
    const bytes = toBytes(chunk);
    let start = 0;
    for (;;) {
      const nl = bytes.indexOf(0x0a, start);
      if (nl < 0) {
        break;
      }
      if (skipping) {
        skipping = false;
      } else {
        yield emit([...carry, bytes.subarray(start, nl)]);
      }
      carry = [];
      carrySize = 0;
      start = nl + 1;
    }
    if (!skipping && start < bytes.length) {
      carry.push(Buffer.from(bytes.subarray(start))); // a copy: the reader may reuse its buffer (io.ts)
      carrySize += bytes.length - start;
      if (carrySize > maxLine) {
        line++;
        yield { line, issue: "line_too_long" };
        carry = [];
        carrySize = 0;
        skipping = true;
      }
    }
  }
  if (!skipping && carrySize > 0) {
    yield emit(carry);
  }
}
