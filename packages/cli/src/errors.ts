/**
 * How a command fails: a {@link CliError} with an exit code and a text key, printed on stderr in the chosen language
 * without a stack trace (only `--debug` shows one). Anything else that escapes a command is a bug in pfh.
 */
import {
  defineIssues,
  type Issue,
  type IssueMaker,
  type NoParams,
  type ParamsArg,
} from "@pakkeforlop-hjem/model/validator";
import type { CliMessageParams, MessageKey } from "./messages.ts";

/** Exit codes: 0 ok, 1 invalid input, 2 usage error (bad option, missing argument, unreadable file). */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** A failure the user can act on: usage (exit 2) or invalid input (exit 1), with a text and optional issues. */
export class CliError<TKey extends MessageKey = MessageKey> extends Error {
  override readonly name: string = "CliError";
  readonly exitCode: 1 | 2;
  readonly key: TKey;
  readonly params: CliMessageParams[TKey];
  readonly issues: readonly Issue<string>[];
  /** The command whose `--help` the usage hint names. */
  command?: string;
  constructor(exitCode: 1 | 2, key: TKey, params: CliMessageParams[TKey], issues: readonly Issue<string>[] = []) {
    super(key);
    this.exitCode = exitCode;
    this.key = key;
    this.params = params;
    this.issues = issues;
  }
}

/** Usage error (exit 2). */
export function usage<TKey extends MessageKey>(key: TKey, ...params: ParamsArg<CliMessageParams[TKey]>): CliError {
  return new CliError(2, key, params[0] ?? ({} as CliMessageParams[TKey]));
}

/** Invalid input (exit 1), with the issues that say why. */
export function invalid<TKey extends MessageKey>(
  key: TKey,
  params: CliMessageParams[TKey],
  issues: readonly Issue<string>[] = [],
): CliError {
  return new CliError(1, key, params, issues);
}

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
