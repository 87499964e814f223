/** What `pfh validate` decided for one document, and the settings it ran with: shared by the format readers. */
import type { Questionnaire } from "@pakkeforlop-hjem/fhir";
import type { Assessment, Issue, ParseOptions, SafeResult } from "@pakkeforlop-hjem/model/validator";

type Format = "assessment" | "ndjson" | "fhir" | "xml" | "array";

export interface Result {
  readonly format: Format;
  readonly issues: readonly Issue<string>[];
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface Settings {
  readonly parseOptions: ParseOptions;
  /** The migrating parser when `--migrate` is given (it loads the model's zod schemas). */
  readonly migrate?: (doc: unknown, options: ParseOptions) => SafeResult<Assessment>;
  readonly json: boolean;
  readonly maxBytes: number;
  readonly ownHerIds: readonly string[];
  readonly questionnaire?: Questionnaire;
  readonly stats: boolean;
  readonly progress: boolean;
}
