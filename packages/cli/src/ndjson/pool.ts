/**
 * The verdicts of an NDJSON stream, batch by batch in input order. `--jobs N` is N threads checking: this thread, and
 * N - 1 worker threads. `--jobs 1` (the default) starts no worker: on one core a worker only adds its start-up, a
 * second warm-up of the validator and a hand-off per batch. With workers, this thread reads, hands each worker a few
 * batches ahead and checks a batch itself whenever every worker has enough to do.
 *
 * Memory (issue 19: peak RSS ≤ 100 MB, flat from 10⁴ to 10⁶ documents): parsing every line makes garbage fast, and V8
 * grows a thread's young generation to its maximum (32 MB on 64-bit) under such a load, whatever little survives. A
 * worker's heap is capped ({@link workerLimits}); this thread's young generation is held at its starting size by the
 * caller (`CliIo.holdYoungGeneration`). A few batches per worker are in flight and no result is held: a fast reader
 * never piles up lines and a slow writer holds the reader back (the caller consumes each batch's verdicts before
 * more are read).
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
  /** Threads that check: this one and `jobs - 1` workers, started after the first batch (at least 1). */
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

/**
 * Batches a worker may hold, being checked or waiting: enough that it never waits while this thread checks batches of
 * its own (this thread sees the workers' answers only between reads, and a read of 256 kB holds some four batches).
 */
const AHEAD = 8;

interface Pool {
  /** Hands the batch to the least busy worker, or `undefined` when every worker already holds {@link AHEAD}. */
  offer(firstLine: number, bytes: Uint8Array): Promise<Verdicts> | undefined;
  close(): Promise<void>;
}

/** Starts the workers; `node:worker_threads` is loaded only here, so a short input never loads it. */
async function startPool(options: CheckStreamOptions, count: number): Promise<Pool> {
  const { Worker: W } = await import("node:worker_threads");
  const workers = Array.from({ length: count }, () => startWorker(W, options));
  const held = workers.map(() => 0);
  const waiting = new Map<number, { done: (v: Verdicts) => void; fail: (e: unknown) => void }>();
  let failure: unknown;
  const failAll = (error: unknown): void => {
    failure = error;
    for (const w of waiting.values()) {
      w.fail(error);
    }
    waiting.clear();
  };
  workers.forEach((worker, i) => {
    worker.on("message", (r: BatchResponse) => {
      held[i] = (held[i] as number) - 1;
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
  });
  let next = 0;
  return {
    offer: (firstLine, bytes) => {
      if (failure !== undefined) {
        return Promise.reject(failure);
      }
      const least = held.indexOf(Math.min(...held));
      if ((held[least] as number) >= AHEAD) {
        return undefined;
      }
      held[least] = (held[least] as number) + 1;
      const id = next++;
      return new Promise((done, fail) => {
        waiting.set(id, { done, fail });
        // The batch owns its buffer (batches.ts): moved to the worker, not copied, and gone from this thread at once.
        const message: BatchRequest = { id, firstLine, bytes };
        (workers[least] as Worker).postMessage(message, [bytes.buffer as ArrayBuffer]);
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

/** A batch's verdicts in the queue: known at once (checked here), or when its worker answers. */
class Pending {
  verdicts: Verdicts | undefined;
  readonly promise: Promise<Verdicts> | undefined;
  constructor(v: Verdicts | Promise<Verdicts>) {
    if (v instanceof Promise) {
      this.promise = v;
      // Marks the answer as come; a failure is heard where the promise is awaited (in input order).
      v.then(
        (verdicts) => {
          this.verdicts = verdicts;
        },
        () => undefined,
      );
    } else {
      this.verdicts = v;
    }
  }
  async settled(): Promise<Verdicts> {
    return this.verdicts ?? (this.promise as Promise<Verdicts>);
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
export async function* checkStream(
  chunks: AsyncIterable<Uint8Array | string>,
  o: CheckStreamOptions,
): AsyncGenerator<Verdicts> {
  let pool: Pool | undefined;
  let first = true;
  const pending: Pending[] = [];
  // Verdicts waiting behind a batch a worker still holds: bounded, so a stalled worker holds the reader back.
  const most = o.jobs * AHEAD * 2;
  const place = async (batch: Batch): Promise<Pending> => {
    if (batch.kind === "too-long") {
      return new Pending(tooLongVerdict(batch, o));
    }
    if (!first && o.jobs > 1) {
      pool ??= await startPool(o, o.jobs - 1);
      const offered = pool.offer(batch.firstLine, batch.bytes);
      if (offered !== undefined) {
        return new Pending(offered);
      }
    }
    first = false;
    return new Pending(checkBatch(o.parse, o.parseOptions, batch.firstLine, batch.bytes));
  };
  try {
    for await (const batch of batches(chunks, o.maxLine)) {
      pending.push(await place(batch));
      while (pending.length > 0 && (pending[0] as Pending).verdicts !== undefined) {
        yield (pending.shift() as Pending).verdicts as Verdicts;
      }
      while (pending.length >= most) {
        yield await (pending.shift() as Pending).settled();
      }
    }
    while (pending.length > 0) {
      yield await (pending.shift() as Pending).settled();
    }
  } finally {
    // Settle what is still in flight (an early stop) before the workers go, so no promise rejects unheard.
    await Promise.allSettled(pending.map((p) => p.promise));
    await pool?.close();
  }
}
