/**
 * How the CLI prints issues from every package: the model's one formatter, `formatIssue`, which knows the nb/nn/en
 * texts every package registers. Output never holds a document value (the packages' texts name the field and the
 * rule only).
 */
import { formatIssue, type Issue, type Lang } from "@pakkeforlop-hjem/model/validator";

/** An issue as `--json` prints it: the SDK's shape plus `text` in the chosen language. */
export interface IssueJson {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly params: Issue<string>["params"];
  readonly text: string;
}

/** The `--json` form of an issue. */
export function issueJson(issue: Issue<string>, lang: Lang): IssueJson {
  return {
    code: issue.code,
    path: issue.path,
    message: issue.message,
    params: issue.params,
    text: formatIssue(issue, lang),
  };
}

/** Human lines for issues: `  - [code] text`. */
export function issueLines(issues: readonly Issue<string>[], lang: Lang): string {
  return issues.map((i) => `  - [${i.code}] ${formatIssue(i, lang)}\n`).join("");
}
