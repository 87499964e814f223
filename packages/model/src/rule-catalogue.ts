/**
 * The cross-field rules of the assessment in words (issue 21): what `rules.ts` and `amendment-rules.ts` encode,
 * written precisely enough for an implementation in another language. The JSON Schema's `description` and the
 * conformance README print this list; a test checks that every rule code has vectors.
 */
import type { IssueCode } from "./issue-codes.ts";

/** One cross-field rule: its id, the code and path it reports, and the rule in words. */
export interface CrossFieldRule {
  /** `R1`…`R13` for the content rules, `A1`…`A3` for the amendment history. */
  readonly id: string;
  readonly code: IssueCode;
  /** Where the issue is reported (note-data notation; `[i]` is the index of the offending entry). */
  readonly path: string;
  readonly rule: string;
}

/**
 * Every cross-field rule, in the order `safeParseAssessment` reports them. They run only on a structurally valid
 * document. "The conversation's date" is the first 10 characters of `conductedAt` (its local date as written); dates
 * (`YYYY-MM-DD`) compare as text; date-times in A1 compare as instants (their zone offsets applied).
 * @example
 * ```ts
 * CROSS_FIELD_RULES.map((r) => r.code); // ["birth_date_mismatch", "age_group_mismatch", "date_order", ...]
 * ```
 */
export const CROSS_FIELD_RULES: readonly CrossFieldRule[] = [
  {
    id: "R1",
    code: "birth_date_mismatch",
    path: "patient.birthDate",
    rule:
      "When patient.identifier is an FNR or D-nummer that encodes a birth date, patient.birthDate equals it. Decoding: " +
      "day = digits 1-2 (minus 40 for a D-nummer); month = digits 3-4, minus 80 when 81-92 (Tenor test number) or " +
      "minus 40 when 41-52 (NAV test number); year = digits 5-6 plus a century from the individual number (digits " +
      "7-9): 000-499 gives 1900; 500-749 with year digits >= 55 gives 1800; 900-999 with year digits >= 40 gives 1900; " +
      "500-999 with year digits < 40 gives 2000. No century or no real calendar day: no check.",
  },
  {
    id: "R2",
    code: "age_group_mismatch",
    path: "patient.ageGroup",
    rule:
      'When patient.birthDate is not after the conversation\'s date: ageGroup is "child" when the whole years between ' +
      'them (year difference, minus one if the conversation\'s MM-DD is before the birth MM-DD) are under 18, else "adult".',
  },
  {
    id: "R3",
    code: "date_order",
    path: "diagnosis.diagnosedOn",
    rule: "diagnosis.diagnosedOn is not before patient.birthDate.",
  },
  {
    id: "R4",
    code: "date_order",
    path: "conductedAt",
    rule: "The conversation's date is not before diagnosis.diagnosedOn.",
  },
  {
    id: "R5",
    code: "date_order",
    path: "outcome.reofferOn",
    rule: 'When outcome.status is not "completed" and outcome.reofferOn is given, it is not before the conversation\'s date.',
  },
  {
    id: "R6",
    code: "date_order",
    path: "nextStep.plannedOn",
    rule: "nextStep.plannedOn, when given, is not before the conversation's date.",
  },
  {
    id: "R7",
    code: "outcome_content_mismatch",
    path: "distress",
    rule: 'When outcome.status is not "completed", distress is absent.',
  },
  {
    id: "R8",
    code: "threshold_flag_mismatch",
    path: "distress.aboveThreshold",
    rule: "distress.aboveThreshold equals (distress.score >= distress.thresholdRule.cutoff).",
  },
  {
    id: "R9",
    code: "duplicate_item",
    path: "distress.items[i].code",
    rule: "No two distress.items share a code; each repetition after the first is reported.",
  },
  {
    id: "R10",
    code: "children_inconsistent",
    path: "children.minors",
    rule: "children.hasMinorChildrenOrSiblings true needs at least one entry in children.minors; false needs none.",
  },
  {
    id: "R11",
    code: "duplicate_item",
    path: "measures[i].id",
    rule: "No two measures share an id; each repetition after the first is reported.",
  },
  {
    id: "R12",
    code: "duplicate_consent",
    path: "consent[i].recipient",
    rule: 'Recipients "municipality" and "gp" have at most one consent entry each ("other" may repeat); each repetition after the first is reported.',
  },
  {
    id: "R13",
    code: "next_step_order",
    path: "nextStep.interactionPoint",
    rule: 'When nextStep.action is "next-interaction-point", nextStep.interactionPoint is given and greater than interactionPoint (so none after 3).',
  },
  {
    id: "A1",
    code: "date_order",
    path: "amendments[i].at",
    rule: "Each amendment's at is not before conductedAt (the first) or the previous amendment's at (the others), compared as instants.",
  },
  {
    id: "A2",
    code: "amendment_after_cancellation",
    path: "amendments[i]",
    rule: 'Nothing follows the first amendment of kind "cancellation": each later amendment is reported.',
  },
  {
    id: "A3",
    code: "amendment_paths",
    path: "amendments[i].paths",
    rule: 'An amendment of kind "change" names at least one path; a "cancellation" names none.',
  },
];
