/**
 * `pfh report`: the learning-network report (DOMAIN.md §5). Pathway events of many patients (NDJSON, a patient's
 * lines together) are read line by line and folded as they come (the report package), then written as one
 * self-contained HTML page with charts and, with `--csv`, the same figures as CSV. Aggregates only; small cells are
 * suppressed. Vega, which draws the charts, is loaded only by this command (catalogue.ts loads commands lazily).
 */
import { createReportAggregator, renderReportHtml, reportCsv, reportFigures } from "@pakkeforlop-hjem/report";
import { bool, dateOption, parse, str } from "../args.ts";
import { CLI_ISSUES } from "../cli-issues.ts";
import { invalid } from "../errors.ts";
import { lines, openSource, peek } from "../input.ts";
import { type Context, write } from "../io.ts";
import { issueJson, issueLines } from "../issues.ts";
import { t, word } from "../messages.ts";
import { writeOut } from "../output.ts";
import { loadProfile, PROFILE_IDS } from "../profile.ts";
import type { Command } from "./command.ts";
import { osloDate } from "./pathway.ts";

const OPTIONS = {
  profile: { type: "string" },
  out: { type: "string", short: "o" },
  csv: { type: "string" },
  today: { type: "string" },
  "allow-test-numbers": { type: "boolean" },
  stats: { type: "boolean" },
} as const;

const MAX_LINE = 16 * 1024 * 1024;

const HELP = `Usage: pfh report [events.ndjson] [options]

Writes the learning-network report: one self-contained HTML page (inline SVG charts and CSS, no scripts, no external
requests) with, per pilot, municipality and quarter, the share of new patients with interaction point 1 done, the
days from diagnosis to it, the share at or above the distress threshold who got measures, the share of handovers
sent electronically, and declines and re-offers. Aggregates only: figures that could tell a count from 1 to 4
(the figure, those with it or without it, or by subtraction from totals) are suppressed.

Input: NDJSON (stdin when no file), one line per pathway event, each patient's lines together:
  {"patient":"<token>","diagnosisCode":"C61","municipality":"0301","district":"030112","event":{...}}
The token (pseudonymous) only groups a patient's events; diagnosisCode, municipality (SSB number) and district
place the patient in a pilot of the profile, given on any of the patient's lines. The input is streamed: memory does
not grow with the number of events.

Options:
  --profile <id|file>     ${PROFILE_IDS.join(", ")}, or a profile file (default national): its rules and pilots
  --out, -o <file>        write the HTML page to a file instead of stdout
  --csv <file>            also write the same figures as CSV
  --today <date>          the date printed as when the report was made (default: today in Norway)
  --allow-test-numbers    accept synthetic test identifiers in embedded assessments
  --stats                 print lines, patients, seconds and peak memory (RSS) on stderr
  --json                  print { valid, lines, patients, issues } on stdout (use -o for the page)
  --lang <nb|nn|en>       language of the page and of messages (default nb)

Exit: 0 every line used, 1 some lines or events could not be used (the report of the rest is still written),
2 usage error.

Example:
  pfh report events.ndjson --profile ahus -o report.html --csv report.csv
`;

/** Reads the input line by line into the fold. */
async function fold(ctx: Context, file: string | undefined, profile: Parameters<typeof createReportAggregator>[0]) {
  const source = await openSource(ctx, file);
  const where = source.name === "-" ? word(ctx.lang, "stdin") : source.name;
  const peeked = await peek(source, 1);
  if (peeked.head.replace(/^\uFEFF/, "").trim() === "") {
    throw invalid("empty_input", { where });
  }
  const aggregator = createReportAggregator(profile);
  for await (const line of lines(peeked.source.chunks, MAX_LINE)) {
    if (line.text === undefined) {
      aggregator.addIssue(
        line.issue === "line_too_long"
          ? CLI_ISSUES.issue(line.issue, [`line ${line.line}`], { limit: MAX_LINE })
          : CLI_ISSUES.issue("not_utf8", [`line ${line.line}`]),
      );
    } else if (line.text.trim() !== "") {
      let value: unknown;
      try {
        value = JSON.parse(line.text);
      } catch {
        aggregator.addIssue(CLI_ISSUES.issue("not_json", [`line ${line.line}`]));
        continue;
      }
      aggregator.add(value, line.line);
    }
  }
  return aggregator.finish();
}

/** The `report` command. */
export const reportCommand: Command = {
  name: "report",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS, 1);
    const start = ctx.monotonic();
    const today = dateOption(p, "today") ?? osloDate(ctx.now());
    const profile = await loadProfile(ctx, str(p, "profile"));
    const counts = await fold(ctx, p.positionals[0], {
      profile,
      ...(bool(p, "allow-test-numbers") ? { allowTestNumbers: true } : {}),
    });
    const figures = reportFigures(counts);
    const out = str(p, "out");
    const csv = str(p, "csv");
    const json = bool(p, "json");
    // The page is drawn only when it goes somewhere (with --json and no -o it does not).
    const html =
      out !== undefined || !json ? await renderReportHtml(figures, { lang: ctx.lang, madeOn: today }) : undefined;
    if (out !== undefined) {
      await writeOut(ctx, out, html as string);
    }
    if (csv !== undefined) {
      await writeOut(ctx, csv, reportCsv(figures));
    }
    const issues = counts.issues;
    if (bool(p, "stats")) {
      const seconds = Number(((ctx.monotonic() - start) / 1000).toFixed(3));
      const stats = { lines: counts.lines, patients: counts.patients, seconds, maxRssKb: ctx.maxRssKb() };
      await write(ctx.io.stderr, `pfh stats: ${JSON.stringify(stats)}\n`);
    }
    if (json) {
      const record = {
        valid: issues.length === 0,
        lines: counts.lines,
        patients: counts.patients,
        issues: issues.map((i) => issueJson(i, ctx.lang)),
      };
      await write(ctx.io.stdout, `${JSON.stringify(record)}\n`);
    } else {
      if (out === undefined) {
        await write(ctx.io.stdout, html as string);
      }
      await write(
        ctx.io.stderr,
        `pfh: ${t(ctx.lang, "report_summary", { lines: counts.lines, patients: counts.patients })}\n`,
      );
      if (issues.length > 0) {
        await write(
          ctx.io.stderr,
          `pfh: ${t(ctx.lang, "report_issues", { count: issues.length })}\n${issueLines(issues, ctx.lang)}`,
        );
      }
    }
    return issues.length === 0 ? 0 : 1;
  },
};
