/**
 * ICD-10 ranges of the pathway's scope (DOMAIN.md §5 "Pilots"): the national scope is every patient with a new cancer
 * diagnosis, ICD-10 C00–C97 (malignant) and D00–D09 (in situ); D37–D48 (uncertain or unknown behaviour) only where a
 * region includes them. Benign tumours D10–D36 (e.g. D12.6, D25.9) are never in scope: the model refuses them.
 */
import { FORMAT_PATTERNS } from "@pakkeforlop-hjem/model";

/**
 * A range of ICD-10 codes, both ends inclusive. Ends are categories (`C18`–`C20`: every code of C18, C19 and C20) or
 * subdivisions (`C22.1`–`C22.1`: intrahepatic bile duct only).
 * @example
 * ```ts
 * const colorectal: Icd10Range = { from: "C18", to: "C20" };
 * ```
 */
export interface Icd10Range {
  readonly from: string;
  readonly to: string;
}

/**
 * The national scope (DOMAIN.md §5): C00–C97 and D00–D09. A profile that includes D37–D48 adds that range.
 * @example
 * ```ts
 * const scope = [...NATIONAL_ICD10_SCOPE, UNCERTAIN_BEHAVIOUR_ICD10];
 * ```
 */
export const NATIONAL_ICD10_SCOPE: readonly Icd10Range[] = [
  { from: "C00", to: "C97" },
  { from: "D00", to: "D09" },
];

/**
 * Neoplasms of uncertain or unknown behaviour, D37–D48 (DOMAIN.md §5: in scope where a region includes them).
 * @example
 * ```ts
 * icd10InRanges("D47.1", [UNCERTAIN_BEHAVIOUR_ICD10]); // true
 * ```
 */
export const UNCERTAIN_BEHAVIOUR_ICD10: Icd10Range = { from: "D37", to: "D48" };

/** The benign categories no range may cover (DOMAIN.md §5). */
const BENIGN: Icd10Range = { from: "D10", to: "D36" };

/** The category of a code: `C18.7` → `C18`. */
const category = (code: string): string => code.slice(0, 3).toUpperCase();

/** Whether a code lies in a range whose ends are categories (`C18`) or subdivisions (`C22.1`). */
const inRange = (code: string, r: Icd10Range): boolean => r.from <= code && (code <= r.to || code.startsWith(r.to));

/**
 * Whether an ICD-10 code is a cancer code (the model's `icd10-neoplasm` format) inside one of the ranges.
 * @example
 * ```ts
 * icd10InRanges("C18.7", [{ from: "C18", to: "C20" }]); // true
 * icd10InRanges("D12.6", NATIONAL_ICD10_SCOPE); // false: benign
 * ```
 */
export function icd10InRanges(code: string, ranges: readonly Icd10Range[]): boolean {
  if (!FORMAT_PATTERNS["icd10-neoplasm"].test(code)) {
    return false;
  }
  const c = code.toUpperCase();
  return ranges.some((r) => inRange(c, r));
}

/**
 * What is wrong with a range, if anything: its ends out of order, or it covers benign categories (D10–D36).
 * @internal
 */
export function icd10RangeProblem(range: Icd10Range): "order" | "benign" | undefined {
  if (range.to < range.from && !range.from.startsWith(range.to)) {
    return "order";
  }
  const from = category(range.from);
  const to = category(range.to);
  return from <= BENIGN.to && to >= BENIGN.from ? "benign" : undefined;
}
