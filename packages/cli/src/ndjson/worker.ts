/**
 * The worker of `pfh validate --ndjson` (started by `pool.ts`): receives batches of whole lines as bytes and answers
 * each with its verdicts; holds nothing between batches. Checks with the precompiled validator; `worker-migrate.ts`
 * starts it with the migrating parser instead.
 */
import { parentPort, workerData } from "node:worker_threads";
import { safeParseAssessment } from "@pakkeforlop-hjem/model/validator";
import { checkBatch, type Verdicts } from "./batches.ts";
import type { AssessmentParser, LineCheckOptions } from "./check.ts";

/** A batch of lines to check. */
export interface BatchRequest {
  readonly id: number;
  readonly firstLine: number;
  readonly bytes: Uint8Array;
}

/** The verdicts of a batch. */
export interface BatchResponse {
  readonly id: number;
  readonly verdicts: Verdicts;
}

/**
 * Answers the batches this thread receives, checked with `parse`.
 * @example
 * ```ts
 * serve(safeParseAssessment);
 * ```
 */
export function serve(parse: AssessmentParser): void {
  const options = workerData as LineCheckOptions;
  parentPort?.on("message", (r: BatchRequest) => {
    const verdicts = checkBatch(parse, options.parseOptions, r.firstLine, r.bytes);
    parentPort?.postMessage({ id: r.id, verdicts } satisfies BatchResponse);
  });
}

if (!(workerData as LineCheckOptions).migrate) {
  serve(safeParseAssessment);
}
