/**
 * One line of a report input (NDJSON): a pathway event of one patient, the patient named by a pseudonymous token, and
 * where the patient belongs (diagnosis code, home municipality and city district, SSB numbers; DOMAIN.md §5
 * "Pilots"). The token only groups a patient's events; it never reaches the report, a text or an issue.
 */
import { FORMAT_PATTERNS, type Issue, type ParseOptions } from "@pakkeforlop-hjem/model";
import { issuesFromZod } from "@pakkeforlop-hjem/model/zod";
import { type PathwayEvent, pathwayEventIssues } from "@pakkeforlop-hjem/pathway";
import * as z from "zod";
import type { ReportIssue } from "./issues.ts";

/**
 * A line of the report input.
 * @example
 * ```ts
 * const line: ReportLine = {
 *   patient: "p-0001",
 *   diagnosisCode: "C61",
 *   municipality: "0301",
 *   district: "030112",
 *   event: { type: "included", id: "e1", at: "2023-02-01T09:00:00+01:00", diagnosedOn: "2023-01-20" },
 * };
 * ```
 */
export interface ReportLine {
  /** A pseudonymous token for the patient (letters, digits, `.-_:`), the same on every line of the patient. */
  readonly patient: string;
  readonly event: PathwayEvent;
  /** ICD-10 code of the diagnosis (e.g. `C61`, `C18.7`): decides the pilot with the municipality. */
  readonly diagnosisCode?: string;
  /** Home municipality, SSB's four-digit number (KLASS 131). */
  readonly municipality?: string;
  /** City district, SSB's six-digit number (KLASS 103). */
  readonly district?: string;
}

const ICD10 = /^[A-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?$/;

const LineSchema = z.strictObject({
  patient: z.string().regex(FORMAT_PATTERNS.token),
  event: z.custom<unknown>((v) => typeof v === "object" && v !== null && !Array.isArray(v)),
  diagnosisCode: z.stringFormat("icd10", (v) => ICD10.test(v)).optional(),
  municipality: z.stringFormat("municipality", (v) => /^[0-9]{4}$/.test(v)).optional(),
  district: z.stringFormat("district", (v) => /^[0-9]{6}$/.test(v)).optional(),
});

/**
 * Every issue of one parsed JSON value as a report line; empty when it is a valid {@link ReportLine}. The event is
 * checked by the pathway package (its issues under `event`).
 * @example
 * ```ts
 * reportLineIssues({ patient: "p1" })[0]?.code; // "required"
 * ```
 */
export function reportLineIssues(input: unknown, options: ParseOptions = {}): ReportIssue[] {
  const result = LineSchema.safeParse(input);
  if (!result.success) {
    return issuesFromZod(result.error.issues, input) as Issue[];
  }
  return pathwayEventIssues(result.data.event, options).map((i) => ({
    ...i,
    path: ["event", ...i.path],
    message: `event: ${i.message}`,
  }));
}
