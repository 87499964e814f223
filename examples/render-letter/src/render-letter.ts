#!/usr/bin/env node
/**
 * render-letter <assessment.json> [--lang nb|nn|en] [--out <dir>] [--profile national|sondre-trondelag|ahus]
 *               [--width <n>] [--allow-test-numbers]
 *
 * Validates the assessment and writes two files into --out (default: the current directory):
 *   <id>.letter.<lang>.txt     the plain-language letter to the patient (or, for a child, to the guardians)
 *   <id>.epikrise.<lang>.txt   the epicrisis text for the record
 * and prints their paths. Exit 0 written, 1 invalid assessment (issues on stderr in the chosen language, without any
 * personal value), 2 usage error (bad flag, unreadable file, not JSON).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { renderEpicrisisText, renderPatientLetter } from "@pakkeforlop-hjem/epikrise";
import { formatIssue, LANGS, type Lang, safeParseAssessment } from "@pakkeforlop-hjem/model";
import { BUILT_IN_PROFILES } from "@pakkeforlop-hjem/pathway";

const USAGE =
  "usage: render-letter <assessment.json> [--lang nb|nn|en] [--out <dir>] [--profile national|sondre-trondelag|ahus] [--width <n>] [--allow-test-numbers]";

function fail(code: 1 | 2, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let parsed: ReturnType<typeof parseCommandLine>;
function parseCommandLine() {
  // `pnpm start -- <file>` passes the "--" on; drop it.
  const argv = process.argv.slice(2);
  return parseArgs({
    args: argv[0] === "--" ? argv.slice(1) : argv,
    allowPositionals: true,
    options: {
      lang: { type: "string", default: "nb" },
      out: { type: "string", default: "." },
      profile: { type: "string", default: "national" },
      width: { type: "string", default: "72" },
      "allow-test-numbers": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}
try {
  parsed = parseCommandLine();
} catch (e) {
  fail(2, `${(e as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [file, ...extra] = positionals;
if (file === undefined || extra.length > 0) {
  fail(2, USAGE);
}
if (!(LANGS as readonly string[]).includes(values.lang)) {
  fail(2, `--lang: expected nb, nn or en\n${USAGE}`);
}
const lang = values.lang as Lang;
if (!Object.hasOwn(BUILT_IN_PROFILES, values.profile)) {
  fail(2, `--profile: expected ${Object.keys(BUILT_IN_PROFILES).join(", ")}`);
}
const profile = BUILT_IN_PROFILES[values.profile as keyof typeof BUILT_IN_PROFILES];
const width = Number(values.width);
if (!Number.isInteger(width) || width < 40 || width > 200) {
  fail(2, "--width: expected a whole number from 40 to 200");
}

let input: unknown;
try {
  input = JSON.parse(readFileSync(file, "utf8"));
} catch (e) {
  fail(2, `${file}: ${(e as NodeJS.ErrnoException).code ?? "not JSON"}`);
}

const result = safeParseAssessment(input, { allowTestNumbers: values["allow-test-numbers"] });
if (!result.success) {
  const lines = result.error.issues.map((i) => `  [${i.code}] ${formatIssue(i, lang)}`);
  fail(1, `${file}: ${result.error.issues.length} issue(s)\n${lines.join("\n")}`);
}
const assessment = result.data;

const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const letterFile = join(outDir, `${assessment.id}.letter.${lang}.txt`);
const textFile = join(outDir, `${assessment.id}.epikrise.${lang}.txt`);
writeFileSync(letterFile, renderPatientLetter(assessment, { lang, profile, width }));
writeFileSync(textFile, renderEpicrisisText(assessment, { lang, profile, width }));
process.stdout.write(`${letterFile}\n${textFile}\n`);
