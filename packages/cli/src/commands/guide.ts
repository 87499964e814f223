/**
 * `pfh guide`: the conversation guide on paper (hjelpeark) for an interaction point or any shipped form, or, with
 * `--assessment`, a filled assessment printed for the paper record. Both are one self-contained HTML page (A4 print
 * CSS) from the paper package; print them from a browser or to PDF.
 */
import { createNeedsAssessmentForm, DT_REVISED, FORMS, type FormDefinition } from "@pakkeforlop-hjem/instruments";
import { renderAssessmentRecord, renderConversationGuide } from "@pakkeforlop-hjem/paper";
import { bool, choice, parse, positiveInt, str } from "../args.ts";
import { loadAssessment } from "../assessment.ts";
import { usage } from "../errors.ts";
import { write } from "../io.ts";
import { writeOut } from "../output.ts";
import { loadProfile, PROFILE_IDS } from "../profile.ts";
import type { Command } from "./command.ts";

const OPTIONS = {
  sp: { type: "string" },
  form: { type: "string" },
  "problem-list": { type: "string" },
  profile: { type: "string" },
  entries: { type: "string" },
  assessment: { type: "string" },
  "allow-test-numbers": { type: "boolean" },
  out: { type: "string", short: "o" },
} as const;

const HELP = `Usage: pfh guide [--sp <1|2|3>] [options]
       pfh guide --assessment <assessment.json> [options]

Writes a print-ready conversation guide (hjelpeark) for the needs assessment of an interaction point (default 1), or
for another shipped form; with --assessment, the filled assessment printed for the paper record. One self-contained
HTML page for A4 (no external requests): open it in a browser and print, or print it to PDF.

Options:
  --sp <1|2|3>                interaction point of the needs assessment (default 1)
  --form <id>                 another shipped form instead: ${FORMS.map((f) => f.id).join(", ")}
  --problem-list <kind>       legacy (default): yes/no per problem | revised: mark all that apply (with --sp)
  --lang <nb|nn|en>           language of the page and of messages (default nb)
  --profile <id|file>         the region: ${PROFILE_IDS.join(", ")}, or a profile file; its name marks every page
  --entries <n>               blank entries per repeating group (participants, children, measures; default 3)
  --assessment <file>         print this valid assessment for the paper record instead of a guide ("-" = stdin)
  --allow-test-numbers        accept synthetic test identifiers (with --assessment)
  --out, -o <file>            write to a file instead of stdout
  --json                      print { kind, lang, html } on stdout

Exit: 0 written, 1 invalid assessment, 2 usage error.

Examples:
  pfh guide --sp 1 --lang nb -o hjelpeark.html
  pfh guide --sp 2 --lang nn --profile sondre-trondelag -o hjelpeark-sp2.html
  pfh guide --form distress-thermometer-revised --lang en -o thermometer.html
  pfh guide --assessment assessment.json --profile ahus -o journal.html
`;

/** The form a guide is for, from `--sp`, `--form` and `--problem-list`. */
function formOf(sp: "1" | "2" | "3" | undefined, id: string | undefined, revised: boolean): FormDefinition {
  if (id !== undefined) {
    if (sp !== undefined) {
      throw usage("unexpected_argument", { argument: "--sp" });
    }
    const form = FORMS.find((f) => f.id === id);
    if (form === undefined) {
      throw usage("bad_value", { option: "--form", expected: FORMS.map((f) => f.id).join(" | ") });
    }
    return form;
  }
  const point = Number(sp ?? "1") as 1 | 2 | 3;
  return revised
    ? createNeedsAssessmentForm(point, { instrument: DT_REVISED })
    : (FORMS.find((f) => f.kind === "needs-assessment" && f.interactionPoint === point) as FormDefinition);
}

/** The `guide` command. */
export const guideCommand: Command = {
  name: "guide",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS, 0);
    const sp = choice(p, "sp", ["1", "2", "3"] as const);
    const list = choice(p, "problem-list", ["legacy", "revised"] as const, "legacy");
    const entries = positiveInt(p, "entries");
    const record = str(p, "assessment");
    const profile = str(p, "profile") === undefined ? undefined : await loadProfile(ctx, str(p, "profile"));
    const withProfile = profile === undefined ? {} : { profile };
    let html: string;
    if (record !== undefined) {
      for (const option of ["sp", "form", "problem-list", "entries"]) {
        if (p.values[option] !== undefined) {
          throw usage("unexpected_argument", { argument: `--${option}` });
        }
      }
      const assessment = await loadAssessment(
        ctx,
        record,
        bool(p, "allow-test-numbers") ? { allowTestNumbers: true } : {},
      );
      html = renderAssessmentRecord(assessment, { lang: ctx.lang, ...withProfile });
    } else {
      const form = formOf(sp, str(p, "form"), list === "revised");
      if (list === "revised" && str(p, "form") !== undefined) {
        throw usage("unexpected_argument", { argument: "--problem-list" });
      }
      html = renderConversationGuide(form, {
        lang: ctx.lang,
        ...withProfile,
        ...(entries === undefined ? {} : { entries }),
      });
    }
    const out = str(p, "out");
    if (bool(p, "json")) {
      await write(
        ctx.io.stdout,
        `${JSON.stringify({ kind: record === undefined ? "guide" : "record", lang: ctx.lang, html })}\n`,
      );
    } else if (out === undefined) {
      await write(ctx.io.stdout, html);
    }
    if (out !== undefined) {
      await writeOut(ctx, out, html);
    }
    return 0;
  },
};
