/**
 * Argument parsing with `node:util` `parseArgs` (no dependency). Its errors become localized usage errors (exit 2);
 * the options every command shares (`--help`, `--json`, `--lang`, `--debug`) are added here.
 */
import { parseArgs } from "node:util";
import type { Lang } from "@pakkeforlop-hjem/model/validator";
import { usage } from "./errors.ts";

/**
 * The languages of `--lang`: the model's `LANGS` (a test holds them equal), written out so that argument parsing does
 * not load the model (start-up, issue 19).
 */
export const CLI_LANGS: readonly Lang[] = ["nb", "nn", "en"];

/** One option of a command. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
}

/** The options every command accepts. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  lang: { type: "string" },
  debug: { type: "boolean" },
};

/** Parsed arguments: option values by name and the positionals. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses a command's arguments; unknown options, missing values and extra arguments are usage errors. */
export function parse(
  argv: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  maxPositionals: number = Number.POSITIVE_INFINITY,
): Parsed {
  let parsed: Parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      strict: true,
      allowPositionals: true,
    }) as Parsed;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : "";
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
    const option = quoted.split(" ")[0] ?? quoted;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw usage("unknown_option", { option });
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw message.includes("does not take")
        ? usage("bad_value", { option, expected: "no-value" })
        : usage("missing_value", { option });
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      throw usage("unexpected_argument", { argument: quoted });
    }
    throw error;
  }
  if (parsed.positionals.length > maxPositionals) {
    throw usage("unexpected_argument", { argument: parsed.positionals[maxPositionals] as string });
  }
  return parsed;
}

/** A string option's value, or `undefined`. */
export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === "string" ? v : undefined;
}

/** A repeatable string option's values. */
export function strs(p: Parsed, name: string): readonly string[] {
  const v = p.values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
}

/** A boolean option. */
export function bool(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}

/** A string option restricted to a set of values. */
export function choice<T extends string>(p: Parsed, name: string, allowed: readonly T[], fallback: T): T;
export function choice<T extends string>(p: Parsed, name: string, allowed: readonly T[]): T | undefined;
export function choice<T extends string>(p: Parsed, name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const v = str(p, name);
  if (v === undefined) {
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(v)) {
    throw usage("bad_value", { option: `--${name}`, expected: allowed.join(" | ") });
  }
  return v as T;
}

/** A positive integer option. */
export function positiveInt(p: Parsed, name: string): number | undefined {
  const v = str(p, name);
  if (v === undefined) {
    return undefined;
  }
  if (!/^[1-9][0-9]{0,12}$/.test(v)) {
    throw usage("bad_value", { option: `--${name}`, expected: "positive-integer" });
  }
  return Number(v);
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `--msg-id`: a UUID (messages need one; AppRec E10). */
export function uuidOption(p: Parsed, name: string): string | undefined {
  const v = str(p, name);
  if (v !== undefined && !UUID.test(v)) {
    throw usage("bad_value", { option: `--${name}`, expected: "uuid" });
  }
  return v;
}

/** `--now`: an ISO date-time with seconds and zone. */
export function dateTimeOption(p: Parsed, name: string): string | undefined {
  const v = str(p, name);
  if (v !== undefined && (!DATE_TIME.test(v) || Number.isNaN(Date.parse(v)))) {
    throw usage("bad_value", { option: `--${name}`, expected: "date-time" });
  }
  return v;
}

/** `--today`: an ISO date. */
export function dateOption(p: Parsed, name: string): string | undefined {
  const v = str(p, name);
  if (v !== undefined && (!DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))) {
    throw usage("bad_value", { option: `--${name}`, expected: "date" });
  }
  return v;
}

/**
 * The language before full parsing, so that even a usage error is in the chosen language: `--lang`, then the
 * `PFH_LANG` environment variable, then nb. An unknown language is reported (in nb) as a usage error.
 */
export function preLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let value: string | undefined = env["PFH_LANG"];
  argv.forEach((a, i) => {
    if (a === "--lang") {
      value = argv[i + 1];
    } else if (a.startsWith("--lang=")) {
      value = a.slice("--lang=".length);
    }
  });
  if (value === undefined || value === "") {
    return "nb";
  }
  if (!(CLI_LANGS as readonly string[]).includes(value)) {
    throw usage("bad_value", { option: "--lang", expected: CLI_LANGS.join(" | ") });
  }
  return value as Lang;
}
