/**
 * The verdicts of an NDJSON stream, batch by batch in input order. By default every batch is checked on this thread:
 * on one core a worker only adds its start-up, a second warm-up of the validator and a hand-off per batch. With
 * `--jobs N` (N ≥ 2) the first batch is checked here (a short input starts no worker) and the rest on N worker threads.
 *
 * Memory (issue 19: peak RSS ≤ 100 MB, flat from 10⁴ to 10⁶ documents): parsing every line makes garbage fast, and V8
 * grows a thread's young generation to its maximum (32 MB on 64-bit) under such a load, whatever little survives. A
 * worker's heap is capped ({@link workerLimits}); this thread's young generation is held at its starting size by the
 * caller (`CliIo.holdYoungGeneration`), and with workers it only reads and writes. At most two
 * batches per worker are in flight and no result is held: a fast reader never piles up lines and a slow writer holds
 * the reader back (the caller awaits each batch's verdicts before more are read).
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ResourceLimits, Worker } from "node:worker_threads";
import type { Issue } from "@pakkeforlop-hjem/model/validator";
import { type Batch, batches, checkBatch, type Verdicts } from "./batches.ts";
import type { AssessmentParser, LineCheckOptions } from "./check.ts";
import type { BatchRequest, BatchResponse } from "./worker.ts";

/** How to check a stream. */
export interface CheckStreamOptions extends LineCheckOptions {
  /** The parser on this thread (workers build their own from `parseOptions` and `migrate`). */
  readonly parse: AssessmentParser;
  /** `--jobs`: 1 checks every batch on this thread; N ≥ 2 starts N worker threads after the first batch. */
  readonly jobs: number;
  /** The longest line in bytes; a longer line is skipped and reported with `tooLong`. */
  readonly maxLine: number;
  readonly tooLong: () => readonly Issue<string>[];
}

/**
 * A worker's heap: the young generation small (semi-spaces of 2 MB: a batch's documents die young, and a small
 * nursery is swept as fast per document as a large one); the old generation capped too, which makes V8 collect it
 * before garbage piles up, with room for the longest line (a parsed document takes several times its text).
 * @example
 * ```ts
 * workerLimits(5_000_000); // { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 128 }
 * ```
 */
export function workerLimits(maxLine: number): ResourceLimits {
  return { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: Math.max(128, 24 * Math.ceil(maxLine / 2 ** 20)) };
}

/**
 * The worker module beside this one: `ndjson-worker.js` (or `ndjson-worker-migrate.js`, which also loads the model's
 * migrations and zod) in the built bin. Run from the sources (tests, `pnpm bench`) it is `worker.ts`, started through
 * tsx's loader with the source condition, as the main thread was.
 */
function startWorker(W: typeof Worker, options: CheckStreamOptions): Worker {
  const workerData: LineCheckOptions = { parseOptions: options.parseOptions, migrate: options.migrate };
  const resourceLimits = workerLimits(options.maxLine);
  if (!import.meta.url.endsWith(".ts")) {
    const file = options.migrate ? "./ndjson-worker-migrate.js" : "./ndjson-worker.js";
    return new W(new URL(file, import.meta.url), { workerData, resourceLimits });
  }
  // tsx's CommonJS hooks work in a worker thread on Node 20 (its ESM loader hooks do not reach a worker there).
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const worker = fileURLToPath(new URL(options.migrate ? "./worker-migrate.ts" : "./worker.ts", import.meta.url));
  return new W(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(worker)});`, {
    eval: true,
    workerData,
    resourceLimits,
    execArgv: ["--conditions=@pakkeforlop-hjem/source"],
  });
}

interface Pool {
  check(firstLine: number, bytes: Uint8Array): Promise<Verdicts>;
  close(): Promise<void>;
}

/** Starts the workers; `node:worker_threads` is loaded only here, so a short input never loads it. */
async function startPool(options: CheckStreamOptions): Promise<Pool> {
  const { Worker: W } = await import("node:worker_threads");
  const workers = Array.from({ length: options.jobs }, () => startWorker(W, options));
  const waiting = new Map<number, { done: (v: Verdicts) => void; fail: (e: unknown) => void }>();
  let failure: unknown;
  const failAll = (error: unknown): void => {
    failure = error;
    for (const w of waiting.values()) {
      w.fail(error);
    }
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on("message", (r: BatchResponse) => {
      waiting.get(r.id)?.done(r.verdicts);
      waiting.delete(r.id);
    });
    worker.on("error", failAll);
    // A worker that stops (out of memory ends it with a code, not always an error event) fails what it owed.
    worker.on("exit", (code) => {
      if (waiting.size > 0) {
        failAll(new Error(`an NDJSON worker stopped with exit code ${code}`));
      }
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
        // The batch owns its buffer (batches.ts): moved to the worker, not copied, and gone from this thread at once.
        const message: BatchRequest = { id, firstLine, bytes };
        (workers[id % workers.length] as Worker).postMessage(message, [bytes.buffer as ArrayBuffer]);
      });
    },
    close: async () => {
      for (const worker of workers) {
        worker.removeAllListeners("exit");
      }
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

const tooLongVerdict = (batch: Extract<Batch, { kind: "too-long" }>, o: CheckStreamOptions): Verdicts => ({
  documents: 1,
  invalid: [{ line: batch.line, issues: o.tooLong() }],
});

/**
 * The verdicts of an NDJSON stream, a batch at a time, in input order.
 * @example
 * ```ts
 * for await (const v of checkStream(chunks, { parse, parseOptions: {}, migrate: false, jobs: 2, maxLine, tooLong }))
 *   total += v.documents;
 * ```
 */
export async function* checkStream(
  chunks: AsyncIterable<Uint8Array | string>,
  o: CheckStreamOptions,
): AsyncGenerator<Verdicts> {
  let pool: Pool | undefined;
  let here = true;
  const pending: Promise<Verdicts>[] = [];
  try {
    for await (const batch of batches(chunks, o.maxLine)) {
      if (batch.kind === "too-long") {
        pending.push(Promise.resolve(tooLongVerdict(batch, o)));
      } else if (here) {
        here = o.jobs === 1;
        pending.push(Promise.resolve(checkBatch(o.parse, o.parseOptions, batch.firstLine, batch.bytes)));
      } else {
        pool ??= await startPool(o);
        pending.push(pool.check(batch.firstLine, batch.bytes));
      }
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
    await pool?.close();
  }
}
