/**
 * The verdicts of an NDJSON stream, batch by batch in input order: checked on this thread, or with `--jobs N` on N
 * worker threads. At most two batches per worker are in flight, so a fast reader never piles up lines (memory stays
 * flat) and a slow writer holds the reader back (the caller awaits each batch's verdicts before more are read).
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { Issue } from "@pakkeforlop-hjem/model/validator";
import { type Batch, batches, checkBatch, type Verdicts } from "./batches.ts";
import type { AssessmentParser, LineCheckOptions } from "./check.ts";
import type { BatchRequest, BatchResponse } from "./worker.ts";

/** How to check a stream. */
export interface CheckStreamOptions extends LineCheckOptions {
  /** The parser on this thread (workers build their own from `parseOptions` and `migrate`). */
  readonly parse: AssessmentParser;
  /** Worker threads; 1 checks on this thread. */
  readonly jobs: number;
  /** The longest line in bytes; a longer line is skipped and reported with `tooLong`. */
  readonly maxLine: number;
  readonly tooLong: () => readonly Issue<string>[];
}

/**
 * The worker module beside this one: `ndjson-worker.js` in the built bin. Run from the sources (tests, `pnpm bench`)
 * it is `worker.ts`, started through tsx's loader with the source condition, as the main thread was.
 */
function startWorker(W: typeof Worker, options: LineCheckOptions): Worker {
  const workerData: LineCheckOptions = { parseOptions: options.parseOptions, migrate: options.migrate };
  if (!import.meta.url.endsWith(".ts")) {
    return new W(new URL("./ndjson-worker.js", import.meta.url), { workerData });
  }
  // tsx's CommonJS hooks work in a worker thread on Node 20 (its ESM loader hooks do not reach a worker there).
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const worker = fileURLToPath(new URL("./worker.ts", import.meta.url));
  return new W(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(worker)});`, {
    eval: true,
    workerData,
    execArgv: ["--conditions=@pakkeforlop-hjem/source"],
  });
}

interface Pool {
  check(firstLine: number, bytes: Uint8Array): Promise<Verdicts>;
  close(): Promise<void>;
}

/** Starts the workers; `node:worker_threads` is loaded only here, so one document or `--jobs 1` never loads it. */
async function startPool(options: CheckStreamOptions): Promise<Pool> {
  const { Worker: W } = await import("node:worker_threads");
  const workers = Array.from({ length: options.jobs }, () => startWorker(W, options));
  const waiting = new Map<number, { done: (v: Verdicts) => void; fail: (e: unknown) => void }>();
  let failure: unknown;
  for (const worker of workers) {
    worker.on("message", (r: BatchResponse) => {
      waiting.get(r.id)?.done(r.verdicts);
      waiting.delete(r.id);
    });
    worker.on("error", (error) => {
      failure = error;
      for (const w of waiting.values()) {
        w.fail(error);
      }
      waiting.clear();
    });
  }
  let next = 0;
  return {
    check: (firstLine, bytes) => {
      if (failure !== undefined) {
        return Promise.reject(failure);
      }
      const id = next++;
      return new Promise((done, fail) => {
        waiting.set(id, { done, fail });
        (workers[id % workers.length] as Worker).postMessage({ id, firstLine, bytes } satisfies BatchRequest);
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

const tooLongVerdict = (batch: Extract<Batch, { kind: "too-long" }>, o: CheckStreamOptions): Verdicts => ({
  documents: 1,
  invalid: [{ line: batch.line, issues: o.tooLong() }],
});

async function* onThisThread(chunks: AsyncIterable<Uint8Array | string>, o: CheckStreamOptions) {
  for await (const batch of batches(chunks, o.maxLine)) {
    yield batch.kind === "too-long"
      ? tooLongVerdict(batch, o)
      : checkBatch(o.parse, o.parseOptions, batch.firstLine, batch.bytes);
  }
}

async function* onWorkers(chunks: AsyncIterable<Uint8Array | string>, o: CheckStreamOptions) {
  const pool = await startPool(o);
  const pending: Promise<Verdicts>[] = [];
  try {
    for await (const batch of batches(chunks, o.maxLine)) {
      pending.push(
        batch.kind === "too-long"
          ? Promise.resolve(tooLongVerdict(batch, o))
          : pool.check(batch.firstLine, batch.bytes),
      );
      while (pending.length >= o.jobs * 2) {
        yield await (pending.shift() as Promise<Verdicts>);
      }
    }
    while (pending.length > 0) {
      yield await (pending.shift() as Promise<Verdicts>);
    }
  } finally {
    // Settle what is still in flight (an early stop) before the workers go, so no promise rejects unheard.
    await Promise.allSettled(pending);
    await pool.close();
  }
}

/**
 * The verdicts of an NDJSON stream, a batch at a time, in input order.
 * @example
 * ```ts
 * for await (const v of checkStream(chunks, { parse, parseOptions: {}, migrate: false, jobs: 2, maxLine, tooLong }))
 *   total += v.documents;
 * ```
 */
export function checkStream(
  chunks: AsyncIterable<Uint8Array | string>,
  options: CheckStreamOptions,
): AsyncGenerator<Verdicts> {
  return options.jobs > 1 ? onWorkers(chunks, options) : onThisThread(chunks, options);
}
