/** `pfh render`: epicrisis text, dialogue-note text, XHTML note or patient letter from an assessment. */
import {
  POSTAL_LINES,
  renderEpicrisisText,
  renderNoteText,
  renderNoteXhtml,
  renderPatientLetter,
} from "@pakkeforlop-hjem/epikrise";
import { isCancelled } from "@pakkeforlop-hjem/model";
import { bool, choice, type Parsed, parse, positiveInt, str, strs } from "../args.ts";
import { loadAssessment } from "../assessment.ts";
import { invalid, usage } from "../errors.ts";
import { write } from "../io.ts";
import { t } from "../messages.ts";
import { writeOut } from "../output.ts";
import { loadProfile } from "../profile.ts";
import type { Command } from "./command.ts";

const KINDS = ["epicrisis", "note", "xhtml", "letter"] as const;

const OPTIONS = {
  as: { type: "string" },
  width: { type: "string" },
  budget: { type: "string" },
  profile: { type: "string" },
  "no-data": { type: "boolean" },
  out: { type: "string", short: "o" },
  "allow-test-numbers": { type: "boolean" },
  paper: { type: "boolean" },
  address: { type: "string", multiple: true },
  "sender-address": { type: "string", multiple: true },
} as const;

/** The letter's paper options: `--paper`, and the address lines (DOMAIN.md §1: paper for those not digital). */
function paperOptions(p: Parsed): { paper?: true; postal?: { address: string[]; senderAddress: string[] } } {
  const address = [...strs(p, "address")];
  const senderAddress = [...strs(p, "sender-address")];
  if (address.length > POSTAL_LINES.address) {
    throw usage("bad_value", { option: "--address", expected: "address-lines-4" });
  }
  if (senderAddress.length > POSTAL_LINES.senderAddress) {
    throw usage("bad_value", { option: "--sender-address", expected: "address-lines-3" });
  }
  return {
    ...(bool(p, "paper") ? { paper: true } : {}),
    ...(address.length + senderAddress.length > 0 ? { postal: { address, senderAddress } } : {}),
  };
}

const HELP = `Usage: pfh render [assessment.json] [options]

Renders text from a valid assessment (stdin when no file or "-"), in the language of --lang.

Options:
  --as <kind>             epicrisis (default): epicrisis text | note: dialogue-note text (with --budget)
                          | xhtml: XHTML note with the machine-readable data table | letter: patient letter
  --lang <nb|nn|en>       language of the text and of messages (default nb)
  --width <n>             wrap plain text at n characters
  --budget <n>            note: cut to fit n characters (topics with no need first; what matters, needs,
                          measures and children last); the note and --json say what was cut
  --profile <id|file>     regional profile for the next-step window: national (default), sondre-trondelag, ahus, or a file
  --no-data               xhtml: leave out the machine-readable data table
  --paper                 letter: lay out for paper (default for a patient who is not digital)
  --address <line>        letter on paper: a line of the reader's address (repeat, at most 4)
  --sender-address <line> letter on paper: a line of the sender's address (repeat, at most 3)
  --out, -o <file>        write to a file instead of stdout
  --allow-test-numbers    accept synthetic test identifiers
  --json                  print { valid, as, lang, text, ... } on stdout

Exit: 0 rendered, 1 invalid assessment, 2 usage error.

Examples:
  pfh render assessment.json --lang nn
  pfh render assessment.json --as letter --lang en --out letter.txt
  pfh render assessment.json --as letter --paper --address "Storgata 1" --address "2815 Gjøvik"
  pfh render assessment.json --as note --budget 2000
`;

/** The `render` command. */
export const renderCommand: Command = {
  name: "render",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS, 1);
    const as = choice(p, "as", KINDS, "epicrisis");
    const width = positiveInt(p, "width");
    const budget = positiveInt(p, "budget");
    const profile = str(p, "profile") === undefined ? undefined : await loadProfile(ctx, str(p, "profile"));
    const assessment = await loadAssessment(
      ctx,
      p.positionals[0],
      bool(p, "allow-test-numbers") ? { allowTestNumbers: true } : {},
    );
    const base = { lang: ctx.lang, ...(profile === undefined ? {} : { profile }) };
    const wrap = width === undefined ? {} : { width };
    let text: string;
    let extra: Record<string, unknown> = {};
    switch (as) {
      case "epicrisis":
        text = renderEpicrisisText(assessment, { ...base, ...wrap });
        break;
      case "note": {
        const note = renderNoteText(assessment, { ...base, ...wrap, ...(budget === undefined ? {} : { budget }) });
        text = note.text;
        extra = { shortened: note.shortened, leftOut: note.leftOut, cut: note.cut, withinBudget: note.withinBudget };
        if (!note.withinBudget && budget !== undefined) {
          // Never a silent overrun: the shortest note is printed, and stderr says it is over the budget.
          const minimum = note.text.length;
          await write(ctx.io.stderr, `pfh: ${t(ctx.lang, "over_budget", { budget, minimum })}\n`);
        }
        break;
      }
      case "xhtml":
        text = renderNoteXhtml(assessment, { ...base, includeData: !bool(p, "no-data") });
        break;
      case "letter":
        // Issue 21 (route rule 8): a cancelled assessment gets no patient letter; it would present a withdrawn result.
        if (isCancelled(assessment)) {
          throw invalid("cancelled_letter", {});
        }
        text = renderPatientLetter(assessment, { ...base, ...wrap, ...paperOptions(p) });
        break;
    }
    const out = str(p, "out");
    const content = text.endsWith("\n") ? text : `${text}\n`;
    if (bool(p, "json")) {
      await write(ctx.io.stdout, `${JSON.stringify({ valid: true, as, lang: ctx.lang, ...extra, text })}\n`);
    } else if (out === undefined) {
      await write(ctx.io.stdout, content);
    }
    if (out !== undefined) {
      await writeOut(ctx, out, content);
    }
    return 0;
  },
};
