/**
 * `pnpm start [encounter.json] [--profile national|sondre-trondelag|ahus] [--lang nb|nn|en] [--sender dips]`
 * Reads an EHR encounter (default: the bundled SP1 fixture), imports it and prints the routing and the epicrisis
 * text. Exit 0 valid, 1 invalid, 2 usage error. The fixtures use synthetic Tenor numbers, so test numbers are allowed.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { LANGS, type Lang } from "@pakkeforlop-hjem/model";
import { BUILT_IN_PROFILES } from "@pakkeforlop-hjem/pathway";
import { formatReport, importEncounter, type ProfileId } from "./app.ts";
import type { EhrEncounter } from "./ehr-record.ts";

const here = dirname(fileURLToPath(import.meta.url));

function usage(message: string): never {
  console.error(
    `${message}\nusage: main [encounter.json] [--profile ${Object.keys(BUILT_IN_PROFILES).join("|")}] [--lang nb|nn|en] [--sender <ehr>]`,
  );
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  // `pnpm start -- --lang en` passes the "--" on; drop it.
  const argv = process.argv.slice(2);
  return parseArgs({
    args: argv[0] === "--" ? argv.slice(1) : argv,
    allowPositionals: true,
    options: { profile: { type: "string" }, lang: { type: "string" }, sender: { type: "string" } },
  });
}
try {
  args = parse();
} catch (e) {
  usage((e as Error).message);
}
const { values, positionals } = args;
const lang = values.lang ?? "nb";
if (!(LANGS as readonly string[]).includes(lang)) {
  usage(`unknown language: ${lang}`);
}
const profile = values.profile ?? "national";
if (!(profile in BUILT_IN_PROFILES)) {
  usage(`unknown profile: ${profile}`);
}
const file = positionals[0] ?? join(here, "..", "fixtures", "encounter-sp1.json");
let encounter: EhrEncounter;
try {
  encounter = JSON.parse(readFileSync(file, "utf8")) as EhrEncounter;
} catch (e) {
  usage(`${file}: ${(e as NodeJS.ErrnoException).code ?? "not JSON"}`);
}
const result = importEncounter(encounter, {
  lang: lang as Lang,
  profile: profile as ProfileId,
  allowTestNumbers: true,
  ...(values.sender === undefined ? {} : { senderSystem: values.sender }),
});
process.stdout.write(formatReport(result));
process.exitCode = result.ok ? 0 : 1;
