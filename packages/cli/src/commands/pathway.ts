/**
 * `pfh pathway`: pathway events (a JSON array or NDJSON) → state and next actions on a day, with a regional profile.
 * Events that cannot apply (before inclusion, out of order, ...) are reported and left out (exit 1); the state of
 * the rest is still printed.
 */
import type { Issue, Lang, MessageCatalogue, NoParams } from "@pakkeforlop-hjem/model";
import { type NextAction, nextActions, type PathwayEvent, type PathwayState, replay } from "@pakkeforlop-hjem/pathway";
import { bool, dateOption, parse, str } from "../args.ts";
import { CLI_ISSUES } from "../cli-issues.ts";
import { invalid } from "../errors.ts";
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
  --today <date>          the day to judge windows on, e.g. 2026-04-20 (default: today's date in Norway,
                          Europe/Oslo)
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
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS, 1);
    const today = dateOption(p, "today") ?? osloDate(ctx.now());
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

/**
 * The calendar date in Norway (Europe/Oslo) at an instant: "today" for a user in Norway, also between midnight and
 * 01:00/02:00 local time, when the UTC date is still yesterday (issue 21).
 */
export function osloDate(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at);
  const part = (type: string) => parts.find((x) => x.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
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

/**
 * The words for the pathway's status values in the human output (issue 21: no English codes in Norwegian output). A
 * value without a word here (one a newer pathway package added) is printed as it is.
 */
const VALUES: MessageCatalogue<Record<string, NoParams>> = {
  "not-due": { nb: "ikke aktuelt ennå", nn: "ikkje aktuelt enno", en: "not due yet" },
  open: { nb: "åpent nå", nn: "ope no", en: "open now" },
  overdue: { nb: "over tiden", nn: "over tida", en: "overdue" },
  due: { nb: "skal tilbys nå", nn: "skal tilbydast no", en: "due" },
  unscheduled: { nb: "uten dato", nn: "utan dato", en: "unscheduled" },
  pending: { nb: "venter", nn: "ventar", en: "pending" },
  offered: { nb: "tilbudt", nn: "tilbode", en: "offered" },
  declined: { nb: "takket nei", nn: "takka nei", en: "declined" },
  completed: { nb: "gjennomført", nn: "gjennomført", en: "completed" },
  "not-included": { nb: "ikke inkludert", nn: "ikkje inkludert", en: "not included" },
  active: { nb: "aktivt", nn: "aktivt", en: "active" },
  "inclusion-declined": { nb: "takket nei til forløpet", nn: "takka nei til forløpet", en: "declined the pathway" },
  deceased: { nb: "død", nn: "død", en: "deceased" },
  closed: { nb: "avsluttet", nn: "avslutta", en: "closed" },
  "no-municipality-consent": {
    nb: "mangler samtykke til kommunen",
    nn: "manglar samtykke til kommunen",
    en: "no consent to the municipality",
  },
  "inform-gp-inclusion-declined": {
    nb: "informer fastlegen om at pasienten takket nei",
    nn: "informer fastlegen om at pasienten takka nei",
    en: "inform the fastlege that the patient declined",
  },
  "inform-gp-after-point": {
    nb: "informer fastlegen om samtalen",
    nn: "informer fastlegen om samtalen",
    en: "inform the fastlege about the conversation",
  },
  "check-bereaved-children": {
    nb: "sjekk om det er etterlatte barn (§ 10b)",
    nn: "sjekk om det er etterlatne barn (§ 10b)",
    en: "check for bereaved children (§ 10b)",
  },
  "agree-sp1-responsibility": {
    nb: "avtal hvilket sykehus som har samhandlingspunkt 1",
    nn: "avtal kva sjukehus som har samhandlingspunkt 1",
    en: "agree which hospital holds interaction point 1",
  },
  "ask-municipality-consent": {
    nb: "spør om samtykke til å dele med kommunen",
    nn: "spør om samtykke til å dele med kommunen",
    en: "ask for consent to share with the municipality",
  },
};

function value(code: string, lang: Lang): string {
  const text = VALUES[code];
  return text === undefined ? code : inLang({ v: text }, lang).v;
}

function actionLine(a: NextAction, l: Readonly<Record<PathwayWord, string>>, lang: Lang): string {
  switch (a.kind) {
    case "interaction-point":
      return `${l["interaction-point"]} ${a.interactionPoint}: ${value(a.timing, lang)}${a.window === undefined ? "" : ` (${l["window"]} ${a.window.opensOn}..${a.window.closesOn})`}${a.blockedBy === undefined ? "" : ` [${value(a.blockedBy, lang)}]`}`;
    case "reoffer":
      return `${l["reoffer"]} ${a.interactionPoint}: ${value(a.status, lang)}${a.dueOn === undefined ? "" : ` (${l["due"]} ${a.dueOn})`}`;
    case "notice":
      return `${l["notice"]}: ${value(a.notice, lang)}${a.interactionPoint === undefined ? "" : ` (SP${a.interactionPoint})`}`;
    case "close-pathway":
      return `${l["close-pathway"]}: ${value(a.reason, lang)}`;
    case "include-patient":
      return `${l["include-patient"]}`;
  }
}

function describe(state: PathwayState, actions: readonly NextAction[], today: string, lang: Lang): string {
  const l = inLang(L, lang);
  const points = state.points.map((pt) => `SP${pt.interactionPoint} ${value(pt.status, lang)}`).join(", ");
  return (
    `${l["status"]}: ${value(state.status, lang)} (${state.profileId}); ${points}\n` +
    `${l["today"]}: ${today}${state.anchorOn === undefined ? "" : `; ${l["anchor"]}: ${state.anchorOn}`}\n` +
    `${l["actions"]}:\n${actions.length === 0 ? `  ${l["none"]}\n` : actions.map((a) => `  - ${actionLine(a, l, lang)}\n`).join("")}`
  );
}
