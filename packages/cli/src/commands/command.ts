/** The shape of a command: a name, its `--help` text and a function that returns an exit code (its one-line summary is in `catalogue.ts`). */
import type { Context } from "../io.ts";

/** One `pfh` command. */
export interface Command {
  readonly name: string;
  readonly help: string;
  /** Runs with the arguments after the command name; returns the exit code or throws a `CliError`. */
  readonly run: (ctx: Context, argv: readonly string[]) => Promise<number>;
}
