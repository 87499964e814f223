/** `pfh parse`: an XML message (MsgHead + Dialogmelding, Epikrise, AppRec) as JSON, with the assessment it carries. */
import { DEFAULT_MAX_BYTES, extractAssessment, type ParsedMessage, parseMessage } from "@pakkeforlop-hjem/edi";
import { bool, parse, positiveInt, str, strs } from "../args.ts";
import { invalid } from "../errors.ts";
import { openSource, readAll } from "../input.ts";
import { type Context, write } from "../io.ts";
import { issueJson } from "../issues.ts";
import { word } from "../messages.ts";
import { writeOut } from "../output.ts";
import type { Command } from "./command.ts";

const OPTIONS = {
  "own-her-id": { type: "string", multiple: true },
  "max-bytes": { type: "string" },
  out: { type: "string", short: "o" },
  "allow-test-numbers": { type: "boolean" },
} as const;

const HELP = `Usage: pfh parse [message.xml] [options]

Reads an XML message leniently (MsgHead 1.2 + Dialogmelding 1.0/1.1, Epikrise 1.1/1.2, AppRec 1.0/1.1; stdin
when no file or "-") and prints it as JSON: { message, assessment, issues }. "assessment" is what a message
written by this SDK carries (its data attachment, or the data table of older messages): { success: true, data:
{ assessment, noteIndex, attachmentIndex?, redacted } }, { success: true, data: null } when it carries no data of
this SDK, or { success: false, noteIndex, attachmentIndex?, issues } when the carried data is broken or its copies
disagree. DOCTYPE and entities are refused unread.

Options:
  --own-her-id <id>       your HER-id (repeatable): a message to another receiver gets unknown_receiver
  --max-bytes <n>         largest accepted message (default 5000000)
  --out, -o <file>        write the JSON to a file instead of stdout
  --allow-test-numbers    accept synthetic test identifiers in the carried assessment
  --json                  one line of JSON instead of indented JSON
  --lang <nb|nn|en>       language of issue texts (default nb)

Exit: 0 read (findings are in "issues"), 1 the message could not be read, 2 usage error.

Example:
  pfh parse message.xml --own-her-id 8139433
`;

/** The `parse` command. */
export const parseCommand: Command = {
  name: "parse",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS, 1);
    const message = await readMessage(ctx, p.positionals[0], positiveInt(p, "max-bytes"), strs(p, "own-her-id"));
    const found = extractAssessment(message, bool(p, "allow-test-numbers") ? { allowTestNumbers: true } : {});
    const out = {
      message: { ...message, issues: undefined },
      // The library's SafeResult, with the error's issues printed as every other issue is.
      assessment: found.success
        ? found
        : {
            success: false,
            noteIndex: found.noteIndex,
            ...(found.attachmentIndex === undefined ? {} : { attachmentIndex: found.attachmentIndex }),
            issues: found.error.issues.map((i) => issueJson(i, ctx.lang)),
          },
      issues: message.issues.map((i) => issueJson(i, ctx.lang)),
    };
    const json = bool(p, "json") ? `${JSON.stringify(out)}\n` : `${JSON.stringify(out, null, 2)}\n`;
    const file = str(p, "out");
    if (file === undefined) {
      await write(ctx.io.stdout, json);
    } else {
      await writeOut(ctx, file, json);
    }
    return 0;
  },
};

/** Reads and parses a message; one that cannot be read at all is exit 1 with the parser's issues. */
export async function readMessage(
  ctx: Context,
  file: string | undefined,
  maxBytes: number | undefined,
  ownHerIds: readonly string[],
): Promise<ParsedMessage> {
  const source = await openSource(ctx, file);
  const where = source.name === "-" ? word(ctx.lang, "stdin") : source.name;
  const limit = maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readAll(source, limit);
  const parsed = parseMessage(bytes, { maxBytes: limit, ...(ownHerIds.length > 0 ? { ownHerIds } : {}) });
  if (!parsed.success) {
    throw invalid("message_not_read", { where }, parsed.error.issues);
  }
  return parsed.data;
}
