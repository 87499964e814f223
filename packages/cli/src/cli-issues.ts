/**
 * The CLI's own issue codes (an NDJSON line that is not JSON, not UTF-8, too long or not an object) and their nb, nn
 * and en texts, registered with the model's `formatIssue` like every package's. Apart from `errors.ts` so that the
 * start-up path (`pfh --help`, argument errors) does not load the model (issue 19).
 */
import { defineIssues, type IssueMaker, type NoParams } from "@pakkeforlop-hjem/model/validator";

/** The params of the CLI's own issue codes (a line of an NDJSON stream that is not JSON, too long, or not an object). */
export type CliIssueParams = {
  readonly not_json: NoParams;
  readonly not_utf8: NoParams;
  readonly line_too_long: { readonly limit: number };
  readonly not_object: NoParams;
  readonly not_an_array: NoParams;
};

/** Codes of the CLI's own issues. */
export type CliIssueCode = keyof CliIssueParams;

/** Makes the CLI's own issues; their texts are registered with `formatIssue` like every package's. */
export const CLI_ISSUES: IssueMaker<CliIssueParams> = defineIssues<CliIssueParams>({
  not_json: {
    en: "is not valid JSON",
    nb: "er ikke gyldig JSON",
    nn: "er ikkje gyldig JSON",
  },
  not_utf8: {
    en: "is not valid UTF-8",
    nb: "er ikke gyldig UTF-8",
    nn: "er ikkje gyldig UTF-8",
  },
  line_too_long: {
    en: (p) => `is longer than the limit of ${p.limit} bytes`,
    nb: (p) => `er lengre enn grensen på ${p.limit} byte`,
    nn: (p) => `er lengre enn grensa på ${p.limit} byte`,
  },
  not_object: {
    en: "expected a JSON object",
    nb: "forventet et JSON-objekt",
    nn: "venta eit JSON-objekt",
  },
  not_an_array: {
    en: "expected a JSON array or NDJSON (one JSON object per line)",
    nb: "forventet en JSON-liste eller NDJSON (ett JSON-objekt per linje)",
    nn: "venta ei JSON-liste eller NDJSON (eitt JSON-objekt per linje)",
  },
});
