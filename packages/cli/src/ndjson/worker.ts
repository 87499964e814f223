/**
 * The worker of `pfh validate --ndjson --jobs N`: receives batches of whole lines as bytes and answers each with its
 * verdicts. Started by `pool.ts`; holds nothing between batches.
 */
import { parentPort, workerData } from "node:worker_threads";
import { migrateAssessment } from "@pakkeforlop-hjem/model";
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

const options = workerData as LineCheckOptions;
// Static imports only (run from the sources this module is loaded as CommonJS, see `pool.ts`): a worker is started
// for long runs, where loading the migrations' zod schemas once per worker costs nothing worth saving.
const parse: AssessmentParser = options.migrate ? migrateAssessment : safeParseAssessment;
parentPort?.on("message", (r: BatchRequest) => {
  const verdicts = checkBatch(parse, options.parseOptions, r.firstLine, r.bytes);
  parentPort?.postMessage({ id: r.id, verdicts } satisfies BatchResponse);
});
