/**
 * Versioned threshold rules for the distress thermometer (DOMAIN.md §3): NCCN uses a score at or above 4 for further
 * evaluation; studies suggest 3 or 5, so the cut-off is configurable per region, and every stored result keeps the
 * id, version and cut-off of the rule it was scored under.
 */
import { FORMAT_PATTERNS, SdkError, type ThresholdRuleRef } from "@pakkeforlop-hjem/model";

/** A threshold rule: the score is above threshold when it is at or above `cutoff` (DOMAIN.md §3). */
export type ThresholdRule = ThresholdRuleRef;

/**
 * The default rule: score ≥ 4 (NCCN), id `score-at-or-above`, version `1.0` (DOMAIN.md §3).
 * @example
 * ```ts
 * isAboveThreshold(4, DEFAULT_THRESHOLD_RULE); // true
 * ```
 */
export const DEFAULT_THRESHOLD_RULE: ThresholdRule = { id: "score-at-or-above", version: "1.0", cutoff: 4 };

/**
 * Makes a regional threshold rule (DOMAIN.md §3: configurable; 3 and 5 are used in studies). Keep the default id
 * and version when only the cut-off differs: the cut-off is stored with every result.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the cut-off is not a whole number 0–10 or the id or version is
 * malformed (a programming error, not data).
 * @example
 * ```ts
 * const strict = createThresholdRule({ cutoff: 3 });
 * const regional = createThresholdRule({ cutoff: 5, id: "helse-nord-dt", version: "2" });
 * ```
 */
export function createThresholdRule(options: {
  readonly cutoff: number;
  readonly id?: string;
  readonly version?: string;
}): ThresholdRule {
  const { cutoff, id = DEFAULT_THRESHOLD_RULE.id, version = DEFAULT_THRESHOLD_RULE.version } = options;
  if (!Number.isInteger(cutoff) || cutoff < 0 || cutoff > 10) {
    throw new SdkError(
      "invalid_argument",
      `createThresholdRule: cutoff must be a whole number 0–10, got ${String(cutoff)}`,
    );
  }
  if (!FORMAT_PATTERNS.token.test(id)) {
    throw new SdkError("invalid_argument", "createThresholdRule: id must be a token (letters, digits, . _ : -)");
  }
  if (!FORMAT_PATTERNS.version.test(version)) {
    throw new SdkError("invalid_argument", 'createThresholdRule: version must look like "1", "1.0" or "2022.1"');
  }
  return { id, version, cutoff };
}

/**
 * `true` when a score is at or above the rule's cut-off (DOMAIN.md §3).
 * @example
 * ```ts
 * isAboveThreshold(3, createThresholdRule({ cutoff: 3 })); // true
 * ```
 */
export function isAboveThreshold(score: number, rule: ThresholdRule = DEFAULT_THRESHOLD_RULE): boolean {
  return score >= rule.cutoff;
}
