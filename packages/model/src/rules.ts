/**
 * Cross-field rules of the assessment: what a JSON Schema cannot say. Each rule names the DOMAIN.md section it
 * encodes. They run only on a document that is structurally valid, both from the zod schema and from the
 * precompiled validator, so both report the same issues.
 */
import { amendmentRuleIssues } from "./amendment-rules.ts";
import type { Assessment } from "./assessment.ts";
import type { IssueMaker } from "./define-issues.ts";
import type { Issue } from "./errors.ts";
import { birthDateFromPersonNumber, IDENTIFIER_SYSTEMS } from "./identifiers.ts";
import type { ModelIssueParams } from "./issue-codes.ts";
import { MODEL_ISSUES } from "./messages.ts";

// A function, not an alias of the maker's method (see define-issues.ts on bundles).
const issue: IssueMaker<ModelIssueParams>["issue"] = (code, path, ...params) =>
  MODEL_ISSUES.issue(code, path, ...params);

/**
 * The calendar date part of an ISO date-time, as written (the local date of the conversation).
 * @example
 * ```ts
 * datePart("2026-03-10T10:30:00+01:00"); // "2026-03-10"
 * ```
 */
export function datePart(dateTime: string): string {
  return dateTime.slice(0, 10);
}

/**
 * Whole years between an ISO birth date and an ISO date.
 * @example
 * ```ts
 * ageOn("2012-04-08", "2026-09-01"); // 14
 * ```
 */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Runs every cross-field rule on a structurally valid assessment and returns the issues, in document order.
 * @internal
 */
export function assessmentRuleIssues(doc: Assessment): Issue[] {
  const out: Issue[] = [];
  const conductedOn = datePart(doc.conductedAt);

  // DOMAIN.md §1: an FNR or D-nummer encodes the birth date; the two must agree.
  const id = doc.patient.identifier;
  if (id.system === IDENTIFIER_SYSTEMS.fnr || id.system === IDENTIFIER_SYSTEMS.dnr) {
    const encoded = birthDateFromPersonNumber(id.value);
    if (encoded !== undefined && encoded !== doc.patient.birthDate) {
      out.push(issue("birth_date_mismatch", ["patient", "birthDate"], { against: "patient.identifier.value" }));
    }
  }

  // DOMAIN.md §1 (children as patients): a child is under 18 on the day of the conversation.
  if (doc.patient.birthDate <= conductedOn) {
    const expected = ageOn(doc.patient.birthDate, conductedOn) < 18 ? "child" : "adult";
    if (doc.patient.ageGroup !== expected) {
      out.push(issue("age_group_mismatch", ["patient", "ageGroup"], { expected }));
    }
  }

  // Dates in an impossible order: born, then diagnosed, then the conversation; re-offers and plans come after it.
  if (doc.diagnosis.diagnosedOn < doc.patient.birthDate) {
    out.push(issue("date_order", ["diagnosis", "diagnosedOn"], { notBefore: "patient.birthDate" }));
  }
  if (conductedOn < doc.diagnosis.diagnosedOn) {
    out.push(issue("date_order", ["conductedAt"], { notBefore: "diagnosis.diagnosedOn" }));
  }
  if (
    doc.outcome.status !== "completed" &&
    doc.outcome.reofferOn !== undefined &&
    doc.outcome.reofferOn < conductedOn
  ) {
    out.push(issue("date_order", ["outcome", "reofferOn"], { notBefore: "conductedAt" }));
  }
  // DOMAIN.md §5: the patient's own thermometer comes before the conversation that confirms it.
  if (doc.distress?.selfReportedAt !== undefined && datePart(doc.distress.selfReportedAt) > conductedOn) {
    out.push(issue("date_order", ["conductedAt"], { notBefore: "distress.selfReportedAt" }));
  }
  if (doc.nextStep?.plannedOn !== undefined && doc.nextStep.plannedOn < conductedOn) {
    out.push(issue("date_order", ["nextStep", "plannedOn"], { notBefore: "conductedAt" }));
  }

  // DOMAIN.md §1: a declined or unreached conversation has no content to carry.
  if (doc.outcome.status !== "completed" && doc.distress !== undefined) {
    out.push(issue("outcome_content_mismatch", ["distress"], { outcome: doc.outcome.status }));
  }

  // DOMAIN.md §3: the stored flag must agree with the score and the versioned threshold rule.
  // The problem list may be answered without a score (issue 16): then there is no flag either.
  if (doc.distress?.score === undefined && doc.distress?.aboveThreshold !== undefined) {
    out.push(issue("threshold_flag_without_score", ["distress", "aboveThreshold"], {}));
  }
  if (doc.distress?.score !== undefined && doc.distress.aboveThreshold === undefined) {
    out.push(issue("required", ["distress", "aboveThreshold"], {}));
  }
  if (doc.distress !== undefined) {
    const expected =
      doc.distress.score === undefined ? undefined : doc.distress.score >= doc.distress.thresholdRule.cutoff;
    if (
      expected !== undefined &&
      doc.distress.aboveThreshold !== undefined &&
      doc.distress.aboveThreshold !== expected
    ) {
      out.push(
        issue("threshold_flag_mismatch", ["distress", "aboveThreshold"], {
          expected,
          cutoff: doc.distress.thresholdRule.cutoff,
        }),
      );
    }
    const seen = new Set<string>();
    doc.distress.items.forEach((item, i) => {
      if (seen.has(item.code)) {
        out.push(issue("duplicate_item", ["distress", "items", i, "code"], { field: "code" }));
      }
      seen.add(item.code);
    });
  }

  // helsepersonelloven § 10a (DOMAIN.md §1): the list of minors agrees with the yes/no answer.
  if (doc.children !== undefined) {
    const { hasMinorChildrenOrSiblings: has, minors } = doc.children;
    if (has && minors.length === 0) {
      out.push(issue("children_inconsistent", ["children", "minors"], { expected: "at_least_one" }));
    } else if (!has && minors.length > 0) {
      out.push(issue("children_inconsistent", ["children", "minors"], { expected: "none" }));
    }
  }

  const measureIds = new Set<string>();
  doc.measures.forEach((m, i) => {
    if (measureIds.has(m.id)) {
      out.push(issue("duplicate_item", ["measures", i, "id"], { field: "id" }));
    }
    measureIds.add(m.id);
  });

  // DOMAIN.md §1: one answer per recipient; the municipality and the GP are single recipients.
  const recipients = new Set<string>();
  doc.consent.forEach((c, i) => {
    if (c.recipient !== "other") {
      if (recipients.has(c.recipient)) {
        out.push(issue("duplicate_consent", ["consent", i, "recipient"], { recipient: c.recipient }));
      }
      recipients.add(c.recipient);
    }
  });

  // DOMAIN.md §1: points come in order 1 → 2 → 3; SP3 is the last one.
  if (doc.nextStep?.action === "next-interaction-point") {
    const next = doc.nextStep.interactionPoint;
    if (next === undefined || next <= doc.interactionPoint) {
      out.push(
        issue("next_step_order", ["nextStep", "interactionPoint"], {
          current: doc.interactionPoint,
          expected: doc.interactionPoint < 3 ? "greater_than_current" : "none_after_3",
        }),
      );
    }
  }
  // Issue 21 (DOMAIN.md §6, Epikrise ServType N/M/C): the amendment history is one that can have happened.
  out.push(...amendmentRuleIssues(doc));
  return out;
}
