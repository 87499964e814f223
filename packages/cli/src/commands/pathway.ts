/**
 * `pfh pathway`: pathway events (a JSON array or NDJSON) → state and next actions on a day, with a regional profile.
 * Events that cannot apply (before inclusion, out of order, ...) are reported and left out (exit 1); the state of
 * the rest is still printed.
 */
import type { Issue, Lang, MessageCatalogue, NoParams } from "@pakkeforlop-hjem/model";
import { type NextAction, nextActions, type PathwayEvent, type PathwayState, replay } from "@pakkeforlop-hjem/pathway";
import { bool, dateOption, parse, str } from "../args.ts";
import { CLI_ISSUES, invalid } from "../errors.ts";
import { decode, lines, openSource, parseJson, peek, readAll } from "../input.ts";
import { type Context, write } from "../io.ts";
import { issueJson, issueLines } from "../issues.ts";
import { inLang, t, word } from "../messages.ts";
import { loadProfile } from "../profile.ts";
import type { Command } from "./command.ts";

const OPTIONS = {
  today: { type: "string" },
  profile: { type: "string" },
  "allow-test-numbers": { type: "boolean" },
} as const;

const HELP = `Usage: pfh pathway [events.json|events.ndjson] [options]

Replays pathway events (included, offered, completed, declined, inclusion-declined, consent-changed,
hospital-transfer, relapse, deceased, closed, handoff; a JSON array or one event per line; stdin when no file)
with a regional profile, and prints the state and what is due on --today.

Options:
  --today <date>          the day to judge windows on, e.g. 2026-04-20 (default: today's date, UTC)
  --profile <id|file>     national (default), sondre-trondelag, ahus, or a profile file
  --allow-test-numbers    accept synthetic test identifiers in embedded assessments
  --json                  print { valid, today, state, actions, issues } on stdout
  --lang <nb|nn|en>       language of messages (default nb)

Exit: 0 every event applied, 1 some events were invalid or impossible (the rest is still shown), 2 usage error.

Example:
  pfh pathway events.ndjson --today 2026-04-20 --profile sondre-trondelag
`;

/** The `pathway` command. */
export const pathwayCommand: Command = {
  name: "pathway",
  summary: "replay pathway events and list the next actions (--today)",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS, 1);
    const today = dateOption(p, "today") ?? ctx.now().toISOString().slice(0, 10);
    const profile = await loadProfile(ctx, str(p, "profile"));
    const { events, issues: readIssues } = await readEvents(ctx, p.positionals[0]);
    const { state, issues } = replay(events, profile, bool(p, "allow-test-numbers") ? { allowTestNumbers: true } : {});
    const actions = nextActions(state, { today });
    const all: Issue<string>[] = [...readIssues, ...issues];
    if (bool(p, "json")) {
      const record = { valid: all.length === 0, today, state, actions, issues: all.map((i) => issueJson(i, ctx.lang)) };
      await write(ctx.io.stdout, `${JSON.stringify(record)}\n`);
    } else {
      await write(ctx.io.stdout, describe(state, actions, today, ctx.lang));
      if (all.length > 0) {
        await write(
          ctx.io.stderr,
          `pfh: ${t(ctx.lang, "pathway_issues", { count: all.length })}\n${issueLines(all, ctx.lang)}`,
        );
      }
    }
    return all.length === 0 ? 0 : 1;
  },
};

async function readEvents(
  ctx: Context,
  file: string | undefined,
): Promise<{ events: PathwayEvent[]; issues: Issue<string>[] }> {
  const source = await openSource(ctx, file);
  const where = source.name === "-" ? word(ctx.lang, "stdin") : source.name;
  const peeked = await peek(source, 64 * 1024);
  const head = peeked.head.replace(/^\uFEFF/, "").trimStart();
  if (head === "") {
    throw invalid("empty_input", { where });
  }
  if (!head.startsWith("{") && !head.startsWith("[")) {
    throw invalid("not_json", { where }, [CLI_ISSUES.issue("not_an_array", [])]);
  }
  const nl = head.indexOf("\n");
  if (!head.startsWith("{") || !isWholeJson(nl < 0 ? head : head.slice(0, nl))) {
    // A JSON array, or one pretty-printed event.
    const doc = parseJson(decode(await readAll(peeked.source, 100_000_000), where), where);
    if (typeof doc !== "object" || doc === null) {
      throw invalid("not_json", { where }, [CLI_ISSUES.issue("not_an_array", [])]);
    }
    return { events: (Array.isArray(doc) ? doc : [doc]) as PathwayEvent[], issues: [] };
  }
  // NDJSON: a bad line is reported with its number and left out.
  const events: PathwayEvent[] = [];
  const issues: Issue<string>[] = [];
  for await (const line of lines(peeked.source.chunks)) {
    if (line.text === undefined) {
      issues.push(
        line.issue === "line_too_long"
          ? CLI_ISSUES.issue(line.issue, [`line ${line.line}`], { limit: 16 * 1024 * 1024 })
          : CLI_ISSUES.issue("not_utf8", [`line ${line.line}`]),
      );
    } else if (line.text.trim() !== "") {
      try {
        events.push(JSON.parse(line.text) as PathwayEvent);
      } catch {
        issues.push(CLI_ISSUES.issue("not_json", [`line ${line.line}`]));
      }
    }
  }
  return { events, issues };
}

function isWholeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

type PathwayWord =
  | "status"
  | "today"
  | "anchor"
  | "actions"
  | "none"
  | "interaction-point"
  | "reoffer"
  | "notice"
  | "close-pathway"
  | "include-patient"
  | "window"
  | "due";

const L: MessageCatalogue<Record<PathwayWord, NoParams>> = {
  status: { nb: "Status", nn: "Status", en: "Status" },
  today: { nb: "Dato", nn: "Dato", en: "Date" },
  anchor: { nb: "Ankerdato", nn: "Ankerdato", en: "Anchor date" },
  actions: { nb: "Neste", nn: "Neste", en: "Next" },
  none: { nb: "ingen", nn: "ingen", en: "none" },
  "interaction-point": { nb: "samhandlingspunkt", nn: "samhandlingspunkt", en: "interaction point" },
  reoffer: {
    nb: "nytt tilbud om samhandlingspunkt",
    nn: "nytt tilbod om samhandlingspunkt",
    en: "offer again: interaction point",
  },
  notice: { nb: "melding", nn: "melding", en: "notice" },
  "close-pathway": { nb: "avslutt forløpet", nn: "avslutt forløpet", en: "close the pathway" },
  "include-patient": { nb: "inkluder pasienten", nn: "inkluder pasienten", en: "include the patient" },
  window: { nb: "vindu", nn: "vindauge", en: "window" },
  due: { nb: "frist", nn: "frist", en: "due" },
};

function actionLine(a: NextAction, l: Readonly<Record<PathwayWord, string>>): string {
  switch (a.kind) {
    case "interaction-point":
      return `${l["interaction-point"]} ${a.interactionPoint}: ${a.timing}${a.window === undefined ? "" : ` (${l["window"]} ${a.window.opensOn}..${a.window.closesOn})`}${a.blockedBy === undefined ? "" : ` [${a.blockedBy}]`}`;
    case "reoffer":
      return `${l["reoffer"]} ${a.interactionPoint}: ${a.status}${a.dueOn === undefined ? "" : ` (${l["due"]} ${a.dueOn})`}`;
    case "notice":
      return `${l["notice"]}: ${a.notice}${a.interactionPoint === undefined ? "" : ` (SP${a.interactionPoint})`}`;
    case "close-pathway":
      return `${l["close-pathway"]}: ${a.reason}`;
    case "include-patient":
      return `${l["include-patient"]}`;
  }
}

function describe(state: PathwayState, actions: readonly NextAction[], today: string, lang: Lang): string {
  const l = inLang(L, lang);
  const points = state.points.map((pt) => `SP${pt.interactionPoint} ${pt.status}`).join(", ");
  return (
    `${l["status"]}: ${state.status} (${state.profileId}); ${points}\n` +
    `${l["today"]}: ${today}${state.anchorOn === undefined ? "" : `; ${l["anchor"]}: ${state.anchorOn}`}\n` +
    `${l["actions"]}:\n${actions.length === 0 ? `  ${l["none"]}\n` : actions.map((a) => `  - ${actionLine(a, l)}\n`).join("")}`
  );
}
