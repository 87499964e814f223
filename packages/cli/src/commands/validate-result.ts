/** What `pfh validate` decided for one document, and the settings it ran with: shared by the format readers. */
import type { Questionnaire } from "@pakkeforlop-hjem/fhir";
import type { Issue, ParseOptions } from "@pakkeforlop-hjem/model/validator";
import type { AssessmentParser } from "../ndjson/check.ts";

type Format = "assessment" | "ndjson" | "fhir" | "xml" | "array";

export interface Result {
  readonly format: Format;
  readonly issues: readonly Issue<string>[];
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface Settings {
  readonly parseOptions: ParseOptions;
  /** `--migrate`: older documents are migrated first (the parser then loads the model's zod schemas). */
  readonly migrate: boolean;
  /** The precompiled validator, or the migrating parser with `--migrate`. */
  readonly parse: AssessmentParser;
  /** `--jobs`: worker threads for NDJSON (1: this thread, no worker). */
  readonly jobs: number;
  readonly json: boolean;
  readonly maxBytes: number;
  readonly ownHerIds: readonly string[];
  readonly questionnaire?: Questionnaire;
  readonly stats: boolean;
  readonly progress: boolean;
}
