/**
 * Issue codes of the report package and their texts in nb, nn and en, on the model's error model (`defineIssues`,
 * ARCHITECTURE.md "Errors"). Texts name the rule only: never a patient token, a value or any other input text.
 */
import {
  defineIssues,
  type Issue,
  type IssueMaker,
  type IssueOf,
  type NoParams,
  TOO_MANY_ISSUES_TEXT,
  type TooManyIssuesParams,
} from "@pakkeforlop-hjem/model";
import type { PathwayIssue } from "@pakkeforlop-hjem/pathway";

/** A field of a report line that says where the patient belongs. */
export type ScopeField = "diagnosisCode" | "municipality" | "district";

const FIELD_WORDS: Readonly<Record<ScopeField, Readonly<Record<"nb" | "nn" | "en", string>>>> = {
  diagnosisCode: { nb: "diagnosekoden", nn: "diagnosekoden", en: "diagnosis code" },
  municipality: { nb: "kommunen", nn: "kommunen", en: "municipality" },
  district: { nb: "bydelen", nn: "bydelen", en: "city district" },
};

/** The field's words (a field name the catalogue does not know is printed as it is). */
const fieldWord = (field: ScopeField, lang: "nb" | "nn" | "en"): string => FIELD_WORDS[field]?.[lang] ?? field;

/** The params of every issue code the report package reports, by code (beside the model's and the pathway's). */
export type ReportIssueParams = {
  /** A patient's lines must come together; this line belongs to a patient whose lines ended earlier. */
  readonly patient_not_grouped: NoParams;
  /** A line gives a diagnosis code, municipality or district that differs from an earlier line of the patient. */
  readonly scope_conflict: { readonly field: ScopeField };
  readonly too_many_issues: TooManyIssuesParams;
};

/**
 * Every issue code the report package reports itself.
 * @example
 * ```ts
 * const code: ReportIssueCode = "patient_not_grouped";
 * ```
 */
export type ReportIssueCode = keyof ReportIssueParams;

/**
 * An issue of a report input: one of this package's codes, a pathway code (an event that cannot apply) or a model
 * code (a field of the line or the event is wrong). `path` starts with `line <n>` (1-based).
 * @example
 * ```ts
 * const issues: readonly ReportIssue[] = aggregator.finish().issues;
 * ```
 */
export type ReportIssue = IssueOf<ReportIssueParams> | PathwayIssue | Issue;

/**
 * The report package's issue maker, registered with the model's `formatIssue`.
 * @example
 * ```ts
 * REPORT_ISSUES.issue("patient_not_grouped", ["line 7"]).code; // "patient_not_grouped"
 * ```
 */
export const REPORT_ISSUES: IssueMaker<ReportIssueParams> = /* @__PURE__ */ defineIssues<ReportIssueParams>({
  patient_not_grouped: {
    en: "this patient's lines ended earlier in the file; put each patient's lines together (sort by patient)",
    nb: "linjene til denne pasienten sluttet tidligere i filen; samle hver pasients linjer (sorter på pasient)",
    nn: "linjene til denne pasienten slutta tidlegare i fila; samle linjene til kvar pasient (sorter på pasient)",
  },
  scope_conflict: {
    en: (p) => `the ${fieldWord(p.field, "en")} differs from an earlier line of the same patient; the first is kept`,
    nb: (p) => `${fieldWord(p.field, "nb")} er ulik en tidligere linje for samme pasient; den første beholdes`,
    nn: (p) => `${fieldWord(p.field, "nn")} er ulik ei tidlegare linje for same pasient; den første vert halden`,
  },
  too_many_issues: TOO_MANY_ISSUES_TEXT,
});
