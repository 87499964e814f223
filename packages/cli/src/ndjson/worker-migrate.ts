/**
 * The worker of `pfh validate --ndjson --migrate`: `worker.ts` with the migrating parser, which loads the model's main
 * entry (zod). A module of its own, so a worker without `--migrate` never loads it. Static imports only: run from the
 * sources, a worker is loaded as CommonJS (see `pool.ts`).
 */
import { migrateAssessment } from "@pakkeforlop-hjem/model";
import { serve } from "./worker.ts";

serve(migrateAssessment);
