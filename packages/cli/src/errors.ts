/**
 * How a command fails: a {@link CliError} with an exit code and a text key, printed on stderr in the chosen language
 * without a stack trace (only `--debug` shows one). Anything else that escapes a command is a bug in pfh.
 */
import { createIssueFormatter, type Issue, type IssueFormatter } from "@pakkeforlop-hjem/model";
import type { MessageKey } from "./messages.ts";

/** Exit codes: 0 ok, 1 invalid input, 2 usage error (bad option, missing argument, unreadable file). */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** A failure the user can act on: usage (exit 2) or invalid input (exit 1), with a text and optional issues. */
export class CliError extends Error {
  override readonly name: string = "CliError";
  readonly exitCode: 1 | 2;
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly issues: readonly Issue<string>[];
  /** The command whose `--help` the usage hint names. */
  command?: string;
  constructor(
    exitCode: 1 | 2,
    key: MessageKey,
    params: Readonly<Record<string, string | number>> = {},
    issues: readonly Issue<string>[] = [],
  ) {
    super(key);
    this.exitCode = exitCode;
    this.key = key;
    this.params = params;
    this.issues = issues;
  }
}

/** Usage error (exit 2). */
export function usage(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): CliError {
  return new CliError(2, key, params);
}

/** Invalid input (exit 1). */
export function invalid(
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
  issues: readonly Issue<string>[] = [],
): CliError {
  return new CliError(1, key, params, issues);
}

/** Issue codes of the CLI itself (a line of an NDJSON stream that is not JSON, too long, or not an object). */
export type CliIssueCode = "not_json" | "line_too_long" | "not_object" | "not_an_array";

/** Makes and formats the CLI's own issues. */
export const CLI_ISSUES: IssueFormatter<CliIssueCode> = createIssueFormatter<CliIssueCode>({
  not_json: {
    en: () => "is not valid JSON",
    nb: () => "er ikke gyldig JSON",
    nn: () => "er ikkje gyldig JSON",
  },
  line_too_long: {
    en: (p) => `is longer than the limit of ${String(p["limit"])} bytes`,
    nb: (p) => `er lengre enn grensen på ${String(p["limit"])} byte`,
    nn: (p) => `er lengre enn grensa på ${String(p["limit"])} byte`,
  },
  not_object: {
    en: () => "expected a JSON object",
    nb: () => "forventet et JSON-objekt",
    nn: () => "venta eit JSON-objekt",
  },
  not_an_array: {
    en: () => "expected a JSON array or NDJSON (one JSON object per line)",
    nb: () => "forventet en JSON-liste eller NDJSON (ett JSON-objekt per linje)",
    nn: () => "venta ei JSON-liste eller NDJSON (eitt JSON-objekt per linje)",
  },
});
