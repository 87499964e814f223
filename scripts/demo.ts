/**
 * `pnpm demo`: validates the example assessments in examples/data/ and prints each result; for an invalid one it
 * prints every issue in Norwegian (nb, nn) and English. The examples use synthetic test identifiers (Tenor, month
 * + 80), so the demo validates with `allowTestNumbers: true`, as a test environment would.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue, formatPath, safeParseAssessment } from "@pakkeforlop-hjem/model";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "examples", "data");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

console.log(
  `Validating ${files.length} example assessments from examples/data/ (synthetic test identifiers allowed)\n`,
);
let invalid = 0;
for (const file of files) {
  const doc = JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
  const result = safeParseAssessment(doc, { allowTestNumbers: true });
  if (result.success) {
    const a = result.data;
    console.log(
      `  ok       ${file.padEnd(34)} SP${a.interactionPoint}, ${a.outcome.status}, ${a.measures.length} measure(s)` +
        (a.distress === undefined
          ? ""
          : `, thermometer ${a.distress.score}${a.distress.aboveThreshold ? " (at/above threshold)" : ""}`),
    );
  } else {
    invalid++;
    console.log(`  INVALID  ${file.padEnd(34)} ${result.error.issues.length} issue(s):`);
    for (const issue of result.error.issues) {
      console.log(`    - [${issue.code}] ${formatPath(issue.path)}`);
      console.log(`        nb: ${formatIssue(issue, "nb")}`);
      console.log(`        nn: ${formatIssue(issue, "nn")}`);
      console.log(`        en: ${formatIssue(issue, "en")}`);
    }
  }
}
console.log(
  `\n${files.length - invalid} valid, ${invalid} invalid. No message above contains a name, an identifier or free text.`,
);
