/**
 * `pfh schema`: prints or writes the JSON Schemas the SDK publishes (`schemas/v1/`), or checks a folder of them
 * (`--check`, exit 1 when stale). The content is exactly what `pnpm gen` commits: the packages' `toJsonSchema`
 * functions, keys sorted, two-space indent, LF and a trailing newline (root `scripts/artifacts.ts` `stableJson`).
 */
import { toJsonSchema } from "@pakkeforlop-hjem/model/zod";
import { toPathwayJsonSchema } from "@pakkeforlop-hjem/pathway/zod";
import { bool, parse, str } from "../args.ts";
import { usage } from "../errors.ts";
import { write } from "../io.ts";
import { t } from "../messages.ts";
import { writeOut } from "../output.ts";
import type { Command } from "./command.ts";

/** The published schemas by name, and how each is made. */
export const SCHEMAS: Readonly<Record<string, () => unknown>> = {
  assessment: () => toJsonSchema("assessment"),
  profile: () => toPathwayJsonSchema("profile"),
  "pathway-event": () => toPathwayJsonSchema("pathway-event"),
};

/** The file name of a schema in `schemas/v1/`. */
export const schemaFile = (name: string): string => `${name}.schema.json`;

/** Recursively sorts object keys (a copy of `sortKeys` in the root `scripts/artifacts.ts`). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Deterministic JSON as `pnpm gen` writes it: sorted keys, two-space indent, LF, trailing newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

const OPTIONS = {
  out: { type: "string", short: "o" },
  check: { type: "boolean" },
} as const;

const DEFAULT_DIR = "schemas/v1";

const HELP = `Usage: pfh schema [name ...] [options]

The JSON Schemas (draft 2020-12) of the SDK: ${Object.keys(SCHEMAS).join(", ")}.
Byte for byte what the repository commits in schemas/v1/ (sorted keys, LF).

  pfh schema                    list the names
  pfh schema assessment         print one schema
  pfh schema --out <dir>        write them (all, or the names given) as <dir>/<name>.schema.json
  pfh schema --check [--out <dir>]
                                exit 1 when a file in <dir> (default ${DEFAULT_DIR}) is missing or stale

Options:
  --out, -o <dir>         the folder to write or check
  --check                 compare instead of writing
  --json                  print { valid, dir, fresh, stale, missing } (with --check) or the names
  --lang <nb|nn|en>       language of messages (default nb)

Exit: 0 ok / up to date, 1 stale (with --check), 2 usage error.
`;

/** The `schema` command. */
export const schemaCommand: Command = {
  name: "schema",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS);
    for (const name of p.positionals) {
      if (!Object.hasOwn(SCHEMAS, name)) {
        throw usage("bad_value", { option: "name", expected: Object.keys(SCHEMAS).join(" | ") });
      }
    }
    const names = p.positionals.length === 0 ? Object.keys(SCHEMAS) : p.positionals;
    const content = (name: string): string => stableJson((SCHEMAS[name] as () => unknown)());
    const dir = str(p, "out");
    const json = bool(p, "json");
    if (bool(p, "check")) {
      const folder = dir ?? DEFAULT_DIR;
      const fresh: string[] = [];
      const stale: string[] = [];
      const missing: string[] = [];
      for (const name of names) {
        const file = `${folder.replace(/\/+$/, "")}/${schemaFile(name)}`;
        let old: string | undefined;
        try {
          old = Buffer.from(await ctx.fs.readFile(ctx.path(file))).toString("utf8");
        } catch {
          old = undefined;
        }
        (old === undefined ? missing : old === content(name) ? fresh : stale).push(file);
      }
      const ok = stale.length === 0 && missing.length === 0;
      if (json) {
        await write(ctx.io.stdout, `${JSON.stringify({ valid: ok, dir: folder, fresh, stale, missing })}\n`);
      } else if (ok) {
        await write(ctx.io.stdout, `${t(ctx.lang, "schema_fresh", { count: fresh.length, dir: folder })}\n`);
      } else {
        const linesOut = [
          ...stale.map((file) => t(ctx.lang, "schema_stale", { file, dir: folder })),
          ...missing.map((file) => t(ctx.lang, "schema_missing", { file, dir: folder })),
        ];
        await write(ctx.io.stderr, linesOut.map((l) => `pfh: ${l}\n`).join(""));
      }
      return ok ? 0 : 1;
    }
    if (dir !== undefined) {
      for (const name of names) {
        await writeOut(ctx, `${dir.replace(/\/+$/, "")}/${schemaFile(name)}`, content(name), json);
      }
      if (json) {
        const files = names.map((n) => `${dir.replace(/\/+$/, "")}/${schemaFile(n)}`);
        await write(ctx.io.stdout, `${JSON.stringify({ valid: true, dir, written: files })}\n`);
      }
      return 0;
    }
    if (p.positionals.length === 0) {
      await write(ctx.io.stdout, json ? `${JSON.stringify(names)}\n` : names.map((n) => `${n}\n`).join(""));
      return 0;
    }
    if (p.positionals.length > 1) {
      throw usage("unexpected_argument", { argument: p.positionals[1] as string });
    }
    await write(ctx.io.stdout, content(names[0] as string));
    return 0;
  },
};
