/**
 * Scoring (DOMAIN.md §3): the thermometer score against a versioned threshold rule, problem-list category counts,
 * and the model's distress slot; ESAS-r item scores and their sum. Unanswered is not "no": unanswered items are
 * absent from the result.
 */
import {
  codePointLength,
  type DistressScreening,
  FORMAT_PATTERNS,
  type ItemAnswer,
  LIMITS,
  type PathSegment,
  type SafeResult,
  type ScorePeriod,
  SdkError,
  ValidationError,
  type VersionedRef,
  type YesNo,
} from "@pakkeforlop-hjem/model";
import { answerIssue as issue } from "./answer-issues.ts";
import type { InstrumentContent } from "./instrument.ts";
import type { InstrumentsIssue } from "./issues.ts";
import { DEFAULT_THRESHOLD_RULE, isAboveThreshold, type ThresholdRule } from "./threshold-rule.ts";

/**
 * Answers to a distress thermometer: the 0–10 score, problem-list answers by item code, and other concerns. The score
 * may be left out: a patient may mark problems and decline the number (DOMAIN.md §3, §5; issue 16).
 */
export interface DistressResponse {
  /** 0 = no distress, 10 = extreme distress; absent when the patient gave no number. */
  readonly score?: number;
  /**
   * Answers by item code. `yes-no` instruments take `"yes"` or `"no"`; `mark-all` instruments take `"yes"` for a
   * marked item. Leave an unanswered or unmarked item out.
   */
  readonly items?: Readonly<Record<string, YesNo>>;
  readonly otherConcerns?: string;
}

/** Answers counted per problem-list category. For `mark-all` instruments `yes` counts marked items and `no` is 0. */
export interface CategoryCount {
  readonly yes: number;
  readonly no: number;
  readonly answered: number;
  readonly total: number;
}

/** What a thermometer result holds with or without a score: counts for display and triage. */
export interface DistressCounts {
  /** Counts by category code, in the instrument's category order. */
  readonly categoryCounts: Readonly<Record<string, CategoryCount>>;
  /** Item codes without an answer (for `mark-all`: unmarked items), in instrument order. */
  readonly unanswered: readonly string[];
}

/** The model's distress slot with a score: `score` and `aboveThreshold` are both present. */
export type ScoredScreening = DistressScreening & { readonly score: number; readonly aboveThreshold: boolean };

/** The model's distress slot without a score: neither `score` nor `aboveThreshold` (issue 16). */
export type UnscoredScreening = DistressScreening & { readonly score?: undefined; readonly aboveThreshold?: undefined };

/** A thermometer with a score, judged by the threshold rule. */
export interface ScoredDistress extends DistressCounts {
  readonly scored: true;
  /** Ready for `Assessment["distress"]`. */
  readonly screening: ScoredScreening;
  readonly aboveThreshold: boolean;
}

/**
 * A problem list answered without a score: the patient marked problems (or wrote other concerns) and declined the
 * number (DOMAIN.md §3, §5; issue 16). No score, so no threshold verdict: `aboveThreshold` is absent.
 */
export interface UnscoredDistress extends DistressCounts {
  readonly scored: false;
  /** Ready for `Assessment["distress"]`; the epicrisis prints that no number was given. */
  readonly screening: UnscoredScreening;
  readonly aboveThreshold?: undefined;
}

/**
 * The scored thermometer: the model's distress slot plus counts for display and triage. With a score
 * (`scored: true`) it has the threshold verdict `aboveThreshold`; a problem list answered without a number
 * (`scored: false`) has neither score nor verdict.
 * @example
 * ```ts
 * const r = answersToDistress(THERMOMETER_REVISED_FORM, answers);
 * if (r.success && r.data.scored) r.data.aboveThreshold; // boolean
 * if (r.success && !r.data.scored) r.data.screening.items; // the problems, no number
 * ```
 */
export type DistressScore = ScoredDistress | UnscoredDistress;

/** Options for {@link scoreDistress}. */
export interface ScoreOptions {
  /** The threshold rule; default {@link DEFAULT_THRESHOLD_RULE} (≥ 4). */
  readonly rule?: ThresholdRule;
}

type Out = InstrumentsIssue[];

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === "";

function checkScore(value: unknown, path: readonly PathSegment[], out: Out): value is number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    out.push(issue("answer_type", path, { expected: "scale-0-10" }));
    return false;
  }
  if (value < 0 || value > 10) {
    out.push(issue("out_of_range", path, { min: 0, max: 10 }));
    return false;
  }
  return true;
}

function checkText(value: unknown, path: readonly PathSegment[], maxLength: number, out: Out): value is string {
  if (typeof value !== "string") {
    out.push(issue("answer_type", path, { expected: "text" }));
    return false;
  }
  if (!FORMAT_PATTERNS.text.test(value)) {
    out.push(issue("invalid_text", path, { expected: "text" }));
    return false;
  }
  if (codePointLength(value) > maxLength) {
    out.push(issue("text_too_long", path, { maxLength }));
    return false;
  }
  return true;
}

/**
 * Scores a distress thermometer response (DOMAIN.md §3): checks the answers against the instrument, judges the
 * score by the threshold rule, counts answers per category and fills the model's distress slot with the instrument
 * id+version and the rule id+version+cut-off. Unanswered items stay absent, never "no". A response without a score
 * (the patient declined the number; issue 16) gives an {@link UnscoredDistress}: no score, no verdict.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the instrument has no overall 0–10 score (e.g. ESAS-r; use
 * {@link scoreSymptoms}).
 * @example
 * ```ts
 * const result = scoreDistress(DT_LEGACY, { score: 5, items: { pain: "yes", sleep: "no" } }, {
 *   rule: createThresholdRule({ cutoff: 5 }),
 * });
 * if (result.success) assessment = { ...assessment, distress: result.data.screening };
 * ```
 */
export function scoreDistress(
  instrument: InstrumentContent,
  response: DistressResponse & { readonly score: number },
  options?: ScoreOptions,
): SafeResult<ScoredDistress, InstrumentsIssue>;
/**
 * Scores a distress thermometer response that may lack a score: {@link ScoredDistress} with one,
 * {@link UnscoredDistress} without (the patient declined the number; issue 16).
 * @example
 * ```ts
 * const result = scoreDistress(DT_REVISED, { items: { loneliness: "yes" } });
 * if (result.success && !result.data.scored) result.data.screening.score; // undefined
 * ```
 */
export function scoreDistress(
  instrument: InstrumentContent,
  response: DistressResponse,
  options?: ScoreOptions,
): SafeResult<DistressScore, InstrumentsIssue>;
export function scoreDistress(
  instrument: InstrumentContent,
  response: DistressResponse,
  options: ScoreOptions = {},
): SafeResult<DistressScore, InstrumentsIssue> {
  if (instrument.score === undefined || instrument.answerFormat === "scale-0-10") {
    throw new SdkError(
      "invalid_argument",
      `scoreDistress: instrument ${instrument.id}@${instrument.version} has no overall distress score; use scoreSymptoms`,
    );
  }
  const rule = options.rule ?? DEFAULT_THRESHOLD_RULE;
  const out: Out = [];
  if (response.score !== undefined) {
    checkScore(response.score, ["score"], out);
  }
  const answers = response.items ?? {};
  const codes = new Set(instrument.items.map((i) => i.code));
  const markAll = instrument.answerFormat === "mark-all";
  for (const [code, value] of Object.entries(answers)) {
    if (!codes.has(code)) {
      out.push(issue("unknown_item", ["items", code], {}));
    } else if (!isEmpty(value) && (markAll ? value !== "yes" : value !== "yes" && value !== "no")) {
      out.push(issue("answer_type", ["items", code], { expected: markAll ? "yes" : "yes-no" }));
    }
  }
  const other = isEmpty(response.otherConcerns) ? undefined : response.otherConcerns;
  if (other !== undefined) {
    checkText(other, ["otherConcerns"], LIMITS.longText, out);
  }
  if (out.length > 0) {
    return { success: false, error: new ValidationError(out) };
  }

  const items: ItemAnswer[] = [];
  const unanswered: string[] = [];
  const counts: Record<string, { yes: number; no: number; answered: number; total: number }> = {};
  for (const c of instrument.categories) {
    counts[c.code] = { yes: 0, no: 0, answered: 0, total: 0 };
  }
  for (const it of instrument.items) {
    const count = counts[it.category];
    const value = answers[it.code];
    if (count !== undefined) {
      count.total++;
    }
    if (value === "yes" || value === "no") {
      items.push({ code: it.code, value });
      if (count !== undefined) {
        count.answered++;
        count[value]++;
      }
    } else {
      unanswered.push(it.code);
    }
  }
  const unscored: UnscoredScreening = {
    instrument: { id: instrument.id, version: instrument.version },
    period: instrument.period,
    items,
    ...(other === undefined ? {} : { otherConcerns: other }),
    thresholdRule: { id: rule.id, version: rule.version, cutoff: rule.cutoff },
  };
  if (response.score === undefined) {
    return { success: true, data: { scored: false, screening: unscored, categoryCounts: counts, unanswered } };
  }
  const aboveThreshold = isAboveThreshold(response.score, rule);
  // The model's key order: the score after the instrument, the flag after the rule.
  const { instrument: ref, ...rest } = unscored;
  const screening: ScoredScreening = { instrument: ref, score: response.score, ...rest, aboveThreshold };
  return { success: true, data: { scored: true, screening, aboveThreshold, categoryCounts: counts, unanswered } };
}

/** Answers to a symptom scale such as ESAS-r: 0–10 per item code, and an optional other problem with its score. */
export interface SymptomResponse {
  readonly items: Readonly<Record<string, number>>;
  readonly other?: { readonly text: string; readonly score: number };
}

/** A scored symptom scale. */
export interface SymptomScore {
  readonly instrument: VersionedRef;
  readonly period: ScorePeriod;
  /** Answered items in instrument order; unanswered items are absent. */
  readonly items: readonly ItemAnswer[];
  /** Sum of the answered item scores (the total symptom distress score; 0–90 for ESAS-r). */
  readonly total: number;
  readonly answered: number;
  /** `true` when every item is answered; compare totals only between complete responses. */
  readonly complete: boolean;
  readonly other?: { readonly text: string; readonly score: number };
}

/**
 * Scores a 0–10 symptom scale such as ESAS-r (DOMAIN.md §3, related instruments): checks each score, keeps the
 * answered items in instrument order and sums them.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the instrument is not a `scale-0-10` instrument.
 * @example
 * ```ts
 * const result = scoreSymptoms(ESAS_R, { items: { pain: 3, nausea: 0 } });
 * if (result.success) result.data.total; // 3
 * ```
 */
export function scoreSymptoms(
  instrument: InstrumentContent,
  response: SymptomResponse,
): SafeResult<SymptomScore, InstrumentsIssue> {
  if (instrument.answerFormat !== "scale-0-10") {
    throw new SdkError(
      "invalid_argument",
      `scoreSymptoms: instrument ${instrument.id}@${instrument.version} is not a 0–10 symptom scale; use scoreDistress`,
    );
  }
  const out: Out = [];
  const codes = new Set(instrument.items.map((i) => i.code));
  for (const [code, value] of Object.entries(response.items)) {
    if (!codes.has(code)) {
      out.push(issue("unknown_item", ["items", code], {}));
    } else if (value !== undefined && value !== null) {
      checkScore(value, ["items", code], out);
    }
  }
  if (response.other !== undefined) {
    if (instrument.other === undefined) {
      out.push(issue("unknown_item", ["other"], {}));
    } else {
      checkText(response.other.text, ["other", "text"], LIMITS.shortText, out);
      checkScore(response.other.score, ["other", "score"], out);
    }
  }
  if (out.length > 0) {
    return { success: false, error: new ValidationError(out) };
  }
  const items: ItemAnswer[] = [];
  for (const it of instrument.items) {
    const value = response.items[it.code];
    if (typeof value === "number") {
      items.push({ code: it.code, value });
    }
  }
  const total = items.reduce((sum, i) => sum + (i.value as number), 0);
  return {
    success: true,
    data: {
      instrument: { id: instrument.id, version: instrument.version },
      period: instrument.period,
      items,
      total,
      answered: items.length,
      complete: items.length === instrument.items.length,
      ...(response.other === undefined ? {} : { other: { text: response.other.text, score: response.other.score } }),
    },
  };
}
