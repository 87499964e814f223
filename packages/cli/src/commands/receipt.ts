/**
 * `pfh receipt`: the AppRec for an incoming message: OK, or Avvist with the kodeverk 8221 errors the parser found
 * (unreadable parts, unknown receiver, missing patient identification, ...).
 */
import { appRecOutcomeFor, createAppRec } from "@pakkeforlop-hjem/edi";
import { bool, choice, dateTimeOption, parse, positiveInt, str, strs, uuidOption } from "../args.ts";
import { invalid, usage } from "../errors.ts";
import { idSource, nowOf } from "../ids.ts";
import { write } from "../io.ts";
import { t } from "../messages.ts";
import { writeOut } from "../output.ts";
import type { Command } from "./command.ts";
import { readMessage } from "./parse.ts";

const OPTIONS = {
  "apprec-version": { type: "string" },
  "msg-id": { type: "string" },
  now: { type: "string" },
  "own-her-id": { type: "string", multiple: true },
  as: { type: "string" },
  "max-bytes": { type: "string" },
  out: { type: "string", short: "o" },
} as const;

const HELP = `Usage: pfh receipt [message.xml] [options]

Answers an incoming message with an AppRec (stdin when no file or "-"): status 1 OK, or 2 Avvist with the
kodeverk 8221 errors found while reading it (T01, T02, T10, T99, E10, E21, E36).

Options:
  --apprec-version <v>    1.1 (default) | 1.0
  --own-her-id <id>       your HER-id (repeatable): a message to another receiver is rejected with E21
  --as <who>              primary (default) or the index of the copy receiver you are (0, 1, ...)
  --msg-id <uuid>         the AppRec's id (default: a random UUID)
  --now <date-time>       its GenDate (default: the clock)
  --max-bytes <n>         largest accepted message (default 5000000)
  --out, -o <file>        write the AppRec to a file instead of stdout
  --json                  print { valid, status, errors, id, genDate, xml } on stdout
  --lang <nb|nn|en>       language of messages (default nb)

Exit: 0 the receipt says OK, 1 it rejects the message (the AppRec is still written) or the message could not
be read at all, 2 usage error.

Example:
  pfh receipt message.xml --own-her-id 8139433 --msg-id 4f6c3b2a-1d2e-4f00-8a00-000000000002 --out apprec.xml
`;

/** The `receipt` command. */
export const receiptCommand: Command = {
  name: "receipt",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS, 1);
    const version = choice(p, "apprec-version", ["1.1", "1.0"] as const, "1.1");
    const msgId = uuidOption(p, "msg-id");
    const now = dateTimeOption(p, "now");
    const asValue = str(p, "as") ?? "primary";
    if (asValue !== "primary" && !/^(0|[1-9][0-9]{0,3})$/.test(asValue)) {
      throw usage("bad_value", { option: "--as", expected: "primary | 0 | 1 | ..." });
    }
    const message = await readMessage(ctx, p.positionals[0], positiveInt(p, "max-bytes"), strs(p, "own-her-id"));
    if (asValue !== "primary" && message.copyReceivers[Number(asValue)] === undefined) {
      throw usage("bad_value", { option: "--as", expected: `primary | 0..${message.copyReceivers.length - 1}` });
    }
    const outcome = appRecOutcomeFor(message);
    const result = createAppRec(message, outcome, {
      version,
      ids: idSource(ctx, msgId),
      now: () => nowOf(ctx, now),
      as: asValue === "primary" ? "primary" : Number(asValue),
    });
    if (!result.success) {
      throw invalid("message_not_read", { where: p.positionals[0] ?? "-" }, result.error.issues);
    }
    const r = result.data;
    const errors = outcome.status === "rejected" ? outcome.errors.map((e) => e.code) : [];
    const out = str(p, "out");
    if (bool(p, "json")) {
      const record = { valid: r.status === "1", status: r.status, errors, id: r.id, genDate: r.genDate, xml: r.xml };
      await write(ctx.io.stdout, `${JSON.stringify(record)}\n`);
    } else if (out === undefined) {
      await write(ctx.io.stdout, `${r.xml}\n`);
    }
    if (out !== undefined) {
      await writeOut(ctx, out, `${r.xml}\n`);
    }
    if (r.status !== "1") {
      await write(ctx.io.stderr, `pfh: ${t(ctx.lang, "receipt_rejected", { codes: errors.join(", ") })}\n`);
      return 1;
    }
    return 0;
  },
};
