/**
 * One way to print issues from every package: each package formats its own codes in nb/nn/en; the CLI asks them in
 * turn and takes the first that knows the code. Output never holds a document value (the packages' texts name the
 * field and the rule only).
 */
import { EDI_ISSUES } from "@pakkeforlop-hjem/edi";
import { formatFhirIssue } from "@pakkeforlop-hjem/fhir";
import { formatInstrumentsIssue } from "@pakkeforlop-hjem/instruments";
import { formatIssue, formatPath, type Issue, type Lang } from "@pakkeforlop-hjem/model";
import { formatPathwayIssue } from "@pakkeforlop-hjem/pathway";
import { CLI_ISSUES } from "./errors.ts";

type Formatter = (issue: Issue<string>, lang: Lang) => string;

const CLI: Formatter = (i, l) => CLI_ISSUES.format(i as Parameters<typeof CLI_ISSUES.format>[0], l);
const EDI: Formatter = (i, l) => EDI_ISSUES.format(i as Parameters<typeof EDI_ISSUES.format>[0], l);
const FHIR: Formatter = (i, l) => formatFhirIssue(i as Parameters<typeof formatFhirIssue>[0], l);
const INSTRUMENTS: Formatter = (i, l) => formatInstrumentsIssue(i as Parameters<typeof formatInstrumentsIssue>[0], l);
const PATHWAY: Formatter = (i, l) => formatPathwayIssue(i as Parameters<typeof formatPathwayIssue>[0], l);
const MODEL: Formatter = (i, l) => formatIssue(i, l);

/** Which package's texts win when two packages share a code (`invalid_format` in the model and instruments). */
export type IssueDomain = "default" | "fhir";

const ORDER: Readonly<Record<IssueDomain, readonly Formatter[]>> = {
  default: [CLI, EDI, PATHWAY, MODEL, FHIR, INSTRUMENTS],
  fhir: [CLI, FHIR, INSTRUMENTS, MODEL],
};

/** End-user text of an issue from any package of the SDK, in one language. */
export function formatAnyIssue(issue: Issue<string>, lang: Lang, domain: IssueDomain = "default"): string {
  const fallback = `${formatPath(issue.path)}: ${issue.code}`;
  for (const format of ORDER[domain]) {
    const text = format(issue, lang);
    if (text !== fallback) {
      return text;
    }
  }
  return fallback;
}

/** An issue as `--json` prints it: the SDK's shape plus `text` in the chosen language. */
export interface IssueJson {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly params: Issue["params"];
  readonly text: string;
}

/** The `--json` form of an issue. */
export function issueJson(issue: Issue<string>, lang: Lang, domain: IssueDomain = "default"): IssueJson {
  return {
    code: issue.code,
    path: issue.path,
    message: issue.message,
    params: issue.params,
    text: formatAnyIssue(issue, lang, domain),
  };
}

/** Human lines for issues: `  - [code] text`. */
export function issueLines(issues: readonly Issue<string>[], lang: Lang, domain: IssueDomain = "default"): string {
  return issues.map((i) => `  - [${i.code}] ${formatAnyIssue(i, lang, domain)}\n`).join("");
}
