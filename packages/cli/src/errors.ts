/**
 * How a command fails: a {@link CliError} with an exit code and a text key, printed on stderr in the chosen language
 * without a stack trace (only `--debug` shows one). Anything else that escapes a command is a bug in pfh.
 */
import type { Issue, ParamsArg } from "@pakkeforlop-hjem/model/validator";
import type { CliMessageParams, MessageKey } from "./messages.ts";

/** Exit codes: 0 ok, 1 invalid input, 2 usage error (bad option, missing argument, unreadable file). */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** A failure the user can act on: usage (exit 2) or invalid input (exit 1), with a text and optional issues. */
export class CliError<TKey extends MessageKey = MessageKey> extends Error {
  override readonly name: string = "CliError";
  /** The brand {@link isCliError} checks: each command is bundled on its own, so `instanceof` cannot tell. */
  readonly "~cli" = "error" as const;
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

/**
 * Whether a thrown value is a {@link CliError} (a failure the user can act on) rather than a bug. By brand, not
 * `instanceof`: the built bin and each command are separate bundles with their own copy of the class.
 * @example
 * ```ts
 * isCliError(usage("unknown_command", { command: "frob" })); // true
 * ```
 */
export function isCliError(error: unknown): error is CliError {
  return typeof error === "object" && error !== null && (error as { "~cli"?: unknown })["~cli"] === "error";
}
