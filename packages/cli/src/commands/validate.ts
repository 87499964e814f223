/**
 * `pfh validate`: an assessment (JSON, a JSON array, NDJSON), a FHIR QuestionnaireResponse or an XML message
 * (MsgHead + Dialogmelding, Epikrise, AppRec), detected from the content or named with `--format`. NDJSON streams
 * line by line with flat memory, reports each bad line by number and carries on.
 */
import type { Questionnaire } from "@pakkeforlop-hjem/fhir";
import type { Issue } from "@pakkeforlop-hjem/model/validator";
import { bool, choice, type Parsed, parse, positiveInt, str, strs } from "../args.ts";
import { CLI_ISSUES } from "../cli-issues.ts";
import { invalid, usage } from "../errors.ts";
import { DEFAULT_MAX_BYTES, decode, openSource, parseJson, peek, readAll, type Source } from "../input.ts";
import { type Context, write } from "../io.ts";
import { issueJson, issueLines } from "../issues.ts";
import { t, word } from "../messages.ts";
import { documentIssues, parserFor } from "../ndjson/check.ts";
import { checkStream } from "../ndjson/pool.ts";
import type { Command } from "./command.ts";
import type { Result, Settings } from "./validate-result.ts";

const FORMATS = ["auto", "assessment", "ndjson", "fhir", "xml"] as const;
type Format = Exclude<(typeof FORMATS)[number], "auto"> | "array";

const OPTIONS = {
  format: { type: "string" },
  ndjson: { type: "boolean" },
  "allow-test-numbers": { type: "boolean" },
  migrate: { type: "boolean" },
  questionnaire: { type: "string" },
  "own-her-id": { type: "string", multiple: true },
  "max-bytes": { type: "string" },
  stats: { type: "boolean" },
  "no-progress": { type: "boolean" },
  jobs: { type: "string" },
} as const;

const HELP = `Usage: pfh validate [file ...] [options]

Validates assessments (JSON, a JSON array, NDJSON), FHIR QuestionnaireResponses and XML messages
(MsgHead + Dialogmelding, Epikrise, AppRec). Reads stdin when no file (or "-") is given. The format is
detected from the content (and .ndjson/.jsonl names); --format names it.

Options:
  --format <f>            auto (default) | assessment | ndjson | fhir | xml
  --ndjson                same as --format ndjson
  --allow-test-numbers    accept synthetic test identifiers (NAV/Dolly, Tenor): for test data only
  --migrate               bring older documents (0.9 draft) to the current schema version first
  --questionnaire <file>  the Questionnaire a FHIR response answers (default: the shipped form it names)
  --own-her-id <id>       your HER-id (repeatable): XML to another receiver is reported (AppRec E21)
  --max-bytes <n>         largest accepted document (default 5000000; NDJSON: per line)
  --stats                 print documents/s and peak memory on stderr at the end
  --no-progress           no progress line on stderr during long NDJSON runs
  --jobs <n>              NDJSON: check lines on n worker threads (default 1: on this thread, no worker); output
                          stays in input order
  --json                  one JSON object per line on stdout (per file; NDJSON: per invalid line + a summary)
  --lang <nb|nn|en>       language of messages (default nb, or PFH_LANG)
  --debug                 show stack traces
  -h, --help              this help

Exit: 0 all valid, 1 something invalid, 2 usage error.

Examples:
  pfh validate assessment.json
  pfh validate --allow-test-numbers examples/data/*.json
  pfh validate --json --stats big.ndjson
  pfh validate response.json --format fhir
  cat message.xml | pfh validate --own-her-id 8139433
`;

/** The `validate` command. */
export const validateCommand: Command = {
  name: "validate",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS);
    const format = bool(p, "ndjson") ? "ndjson" : choice(p, "format", FORMATS, "auto");
    const settings = await settingsOf(ctx, p);
    const files = p.positionals.length === 0 ? ["-"] : p.positionals;
    if (files.filter((f) => f === "-").length > 1) {
      throw usage("unexpected_argument", { argument: "-" });
    }
    let allValid = true;
    for (const file of files) {
      const valid = await validateOne(ctx, settings, file, format);
      allValid &&= valid;
    }
    return allValid ? 0 : 1;
  },
};

async function settingsOf(ctx: Context, p: Parsed): Promise<Settings> {
  const q = str(p, "questionnaire");
  let questionnaire: Questionnaire | undefined;
  if (q !== undefined) {
    const doc = parseJson(decode(await readAll(await openSource(ctx, q), 20_000_000), q), q);
    if (
      typeof doc !== "object" ||
      doc === null ||
      (doc as { resourceType?: unknown }).resourceType !== "Questionnaire"
    ) {
      throw invalid("bad_questionnaire", { detail: "resourceType Questionnaire" });
    }
    questionnaire = doc as Questionnaire;
  }
  return {
    parseOptions: bool(p, "allow-test-numbers") ? { allowTestNumbers: true } : {},
    // The migrations need the zod schemas of the model's main entry: loaded only when asked for.
    migrate: bool(p, "migrate"),
    parse: await parserFor({ parseOptions: {}, migrate: bool(p, "migrate") }),
    jobs: jobsOf(p),
    json: bool(p, "json"),
    maxBytes: positiveInt(p, "max-bytes") ?? DEFAULT_MAX_BYTES,
    ownHerIds: strs(p, "own-her-id"),
    ...(questionnaire === undefined ? {} : { questionnaire }),
    stats: bool(p, "stats"),
    progress: !bool(p, "no-progress"),
  };
}

/** `--jobs`: 1 to 64 (NDJSON): 1 checks on this thread, N ≥ 2 on N worker threads. */
function jobsOf(p: Parsed): number {
  const jobs = positiveInt(p, "jobs") ?? 1;
  if (jobs > 64) {
    throw usage("bad_value", { option: "--jobs", expected: "positive-integer" });
  }
  return jobs;
}

function detect(head: string, name: string): Format | undefined {
  if (/\.(ndjson|jsonl)$/i.test(name)) {
    return "ndjson";
  }
  const trimmed = head.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("<")) {
    return "xml";
  }
  if (trimmed.startsWith("[")) {
    return "array";
  }
  if (!trimmed.startsWith("{")) {
    return undefined;
  }
  // NDJSON when the first line is a whole JSON value and more follows on the next lines.
  const nl = trimmed.indexOf("\n");
  if (nl > 0 && trimmed.slice(nl + 1).trim() !== "") {
    try {
      JSON.parse(trimmed.slice(0, nl));
      return "ndjson";
    } catch {
      // a pretty-printed document: its first line is not a whole value
    }
  }
  return /"resourceType"\s*:\s*"QuestionnaireResponse"/.test(trimmed) ? "fhir" : "assessment";
}

async function validateOne(
  ctx: Context,
  settings: Settings,
  file: string,
  requested: (typeof FORMATS)[number],
): Promise<boolean> {
  const where = file === "-" ? word(ctx.lang, "stdin") : file;
  const peeked = await peek(await openSource(ctx, file), 64 * 1024);
  const format = requested === "auto" ? detect(peeked.head, file) : requested;
  if (format === undefined) {
    if (peeked.head.trim() === "") {
      throw invalid("empty_input", { where });
    }
    throw invalid("unknown_format", { where });
  }
  if (format === "ndjson") {
    return validateNdjson(ctx, settings, peeked.source, where);
  }
  const result = await validateDocument(settings, peeked.source, where, format);
  await report(ctx, settings, file, where, result);
  return result.issues.length === 0;
}

async function validateDocument(
  settings: Settings,
  source: Source,
  where: string,
  format: Exclude<Format, "ndjson">,
): Promise<Result> {
  const bytes = await readAll(source, settings.maxBytes);
  if (format === "xml") {
    return (await import("./validate-xml.ts")).validateXml(settings, bytes);
  }
  const text = decode(bytes, where);
  if (text.trim() === "") {
    throw invalid("empty_input", { where });
  }
  const doc = parseJson(text, where);
  if (format === "fhir" || (isObject(doc) && doc["resourceType"] === "QuestionnaireResponse")) {
    return (await import("./validate-fhir.ts")).validateFhir(settings, doc);
  }
  if (Array.isArray(doc)) {
    const issues = doc.flatMap((d, i) => assessmentIssues(settings, d).map((x) => ({ ...x, path: [i, ...x.path] })));
    return { format: "array", issues, extra: { documents: doc.length } };
  }
  return { format: "assessment", issues: assessmentIssues(settings, doc) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function assessmentIssues(settings: Settings, doc: unknown): readonly Issue<string>[] {
  return documentIssues(settings.parse, settings.parseOptions, doc);
}

async function report(ctx: Context, settings: Settings, file: string, where: string, r: Result): Promise<void> {
  const valid = r.issues.length === 0;
  if (settings.json) {
    const record = {
      file,
      format: r.format,
      valid,
      ...r.extra,
      issues: r.issues.map((i) => issueJson(i, ctx.lang)),
    };
    await write(ctx.io.stdout, `${JSON.stringify(record)}\n`);
    return;
  }
  const what = word(ctx.lang, r.format);
  if (valid) {
    await write(ctx.io.stdout, `${t(ctx.lang, "valid", { where, what })}\n`);
  } else {
    await write(
      ctx.io.stderr,
      `${t(ctx.lang, "invalid", { where, what, count: r.issues.length })}\n${issueLines(r.issues, ctx.lang)}`,
    );
  }
}

async function validateNdjson(ctx: Context, settings: Settings, source: Source, where: string): Promise<boolean> {
  const start = ctx.monotonic();
  const every = ctx.io.progressEveryMs ?? 1000;
  const tty = ctx.io.stderr.isTTY === true;
  let lastProgress = start;
  let progressShown = false;
  let total = 0;
  let bad = 0;
  const file = source.name;
  await ctx.io.holdYoungGeneration?.();
  const verdicts = checkStream(source.chunks, {
    parse: settings.parse,
    parseOptions: settings.parseOptions,
    migrate: settings.migrate,
    jobs: settings.jobs,
    maxLine: settings.maxBytes,
    tooLong: () => [CLI_ISSUES.issue("line_too_long", [], { limit: settings.maxBytes })],
  });
  for await (const batch of verdicts) {
    for (const { line, issues } of batch.invalid) {
      bad++;
      if (settings.json) {
        const record = {
          file,
          format: "ndjson",
          line,
          valid: false,
          issues: issues.map((i) => issueJson(i, ctx.lang)),
        };
        await write(ctx.io.stdout, `${JSON.stringify(record)}\n`);
      } else {
        await write(
          ctx.io.stderr,
          `${progressShown && tty ? "\r\x1b[K" : ""}${where}: ${t(ctx.lang, "line_invalid", { line, count: issues.length })}\n${issueLines(issues, ctx.lang)}`,
        );
      }
    }
    total += batch.documents;
    const now = ctx.monotonic();
    if (settings.progress && total >= 1024 && now - lastProgress >= every) {
      lastProgress = now;
      progressShown = true;
      const rate = Math.round(total / ((now - start) / 1000));
      const text = t(ctx.lang, "progress", { count: total, rate, invalid: bad });
      await write(ctx.io.stderr, tty ? `\r\x1b[K${text}` : `${text}\n`);
    }
  }
  if (progressShown && tty) {
    await write(ctx.io.stderr, "\r\x1b[K");
  }
  const seconds = (ctx.monotonic() - start) / 1000;
  const stats = {
    documents: total,
    seconds: Number(seconds.toFixed(3)),
    docsPerSecond: seconds > 0 ? Math.round(total / seconds) : total,
    maxRssKb: ctx.maxRssKb(),
  };
  if (settings.stats) {
    await write(ctx.io.stderr, `pfh stats: ${JSON.stringify(stats)}\n`);
  }
  if (settings.json) {
    const summary = {
      file,
      format: "ndjson",
      valid: bad === 0,
      documents: total,
      invalid: bad,
      ...(settings.stats ? { stats } : {}),
    };
    await write(ctx.io.stdout, `${JSON.stringify(summary)}\n`);
  } else {
    await write(
      ctx.io.stdout,
      `${where}: ${t(ctx.lang, "ndjson_summary", { total, valid: total - bad, invalid: bad })}\n`,
    );
  }
  return bad === 0;
}
