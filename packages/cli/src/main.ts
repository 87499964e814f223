/**
 * `pfh`: dispatches to a command with injected I/O and returns the exit code. User errors print one line on stderr in
 * the chosen language (plus issues) and, with `--json`, a JSON object on stdout; stack traces only with `--debug`.
 */
import type { Lang } from "@pakkeforlop-hjem/model/validator";
import { preLang } from "./args.ts";
import { COMMANDS } from "./commands/catalogue.ts";
import { EXIT, isCliError, usage } from "./errors.ts";
import { type CliIo, createContext, write } from "./io.ts";
import { VERSION } from "./version.ts";

export { COMMANDS } from "./commands/catalogue.ts";

const HELP = `pfh ${VERSION}: the command line of the Pakkeforløp hjem SDK (pasienter med kreft)

Usage: pfh <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Every command takes --help, --json, --lang <nb|nn|en> (default nb, or PFH_LANG) and --debug.
Exit codes: 0 ok, 1 invalid input, 2 usage error.
Start with: pfh demo
`;

/**
 * Runs `pfh` with the given arguments and I/O; returns the exit code (never calls `process.exit`).
 * @example
 * ```ts
 * const code = await main({ argv: ["validate", "a.json"], stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function main(io: CliIo): Promise<number> {
  const argv = io.argv;
  const debug = argv.includes("--debug");
  const json = argv.includes("--json");
  let lang: Lang = "nb";
  let command: string | undefined;
  try {
    lang = preLang(argv, io.env ?? {});
    const ctx = createContext(io, lang, debug);
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      const topic = first === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      await write(io.stdout, topic === undefined ? HELP : (await topic.load()).help);
      return EXIT.ok;
    }
    if (first === "--version" || first === "-v") {
      await write(io.stdout, `${VERSION}\n`);
      return EXIT.ok;
    }
    const found = COMMANDS.find((c) => c.name === first);
    if (found === undefined) {
      throw usage("unknown_command", { command: first });
    }
    command = found.name;
    const loaded = await found.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      await write(io.stdout, loaded.help);
      return EXIT.ok;
    }
    return await loaded.run(ctx, rest);
  } catch (error) {
    return fail(io, error, { lang, debug, json, command });
  }
}

async function fail(
  io: CliIo,
  error: unknown,
  o: { lang: Lang; debug: boolean; json: boolean; command: string | undefined },
): Promise<number> {
  // The texts and the issue formatter (which loads the model) only when something failed: start-up stays lean.
  const [{ t }, { issueJson, issueLines }] = await Promise.all([import("./messages.ts"), import("./issues.ts")]);
  if (isCliError(error)) {
    const text = t(o.lang, error.key, error.params);
    const hint =
      error.exitCode === 2
        ? ` ${t(o.lang, "see_help", { command: o.command === undefined ? "" : `${o.command} ` })}`
        : "";
    await write(io.stderr, `pfh: ${text}${hint === "" ? "" : `.${hint}`}\n${issueLines(error.issues, o.lang)}`);
    if (o.debug && error.stack !== undefined) {
      await write(io.stderr, `${error.stack}\n`);
    }
    if (o.json) {
      const record = {
        valid: false,
        error: { code: error.key, exitCode: error.exitCode, text },
        issues: error.issues.map((i) => issueJson(i, o.lang)),
      };
      await write(io.stdout, `${JSON.stringify(record)}\n`);
    }
    return error.exitCode;
  }
  await write(io.stderr, `pfh: ${t(o.lang, "internal_error")}\n`);
  if (o.debug) {
    await write(io.stderr, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  return EXIT.internal;
}
