/**
 * Corrections after sending (issue 9: "a sent assessment must be correctable without losing what was sent"). An
 * amendment changes or cancels an assessment and is recorded in it: who, when, why and which paths changed, never
 * the values. The edi package builds the follow-up messages from the result (Epikrise ServType M/C with the same
 * document id, a Helsefaglig dialog reply in the same thread).
 */

import { isBefore } from "./amendment-rules.ts";
import type { Amendment, Assessment } from "./assessment.ts";
import { SdkError } from "./errors.ts";
import { isDateTime } from "./formats.ts";

/**
 * What an amendment may change: any field but the identity of the document (`schemaVersion`, `id`,
 * `interactionPoint`, `patient`) and its history. `undefined` removes an optional field.
 */
export type AssessmentChanges = {
  readonly [K in Exclude<
    keyof Assessment,
    "schemaVersion" | "id" | "interactionPoint" | "patient" | "amendments" | "redaction"
  >]?: Assessment[K] | undefined;
};

/** Who corrects, when and why. */
export interface AmendmentMeta {
  /** Why, in words (free text; shared like other free text). */
  readonly reason: string;
  /** Who made the correction (name of the professional). */
  readonly by: string;
  /** When: ISO date-time with zone. The SDK never reads the clock. */
  readonly at: string;
}

/** What {@link amendAssessment} and {@link cancelAssessment} return. */
export interface AmendResult {
  /** The new version, with the amendment appended to `amendments`. */
  readonly assessment: Assessment;
  /** The amendment just made. */
  readonly amendment: Amendment;
  /** The version number of the new assessment: 1 is the first one sent. */
  readonly version: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Leaf paths (note-data notation) where two JSON values differ. */
function diff(a: Json | undefined, b: Json | undefined, path: string, out: string[]): void {
  if (a === b) {
    return;
  }
  const bothArrays = Array.isArray(a) && Array.isArray(b);
  const bothObjects =
    typeof a === "object" &&
    a !== null &&
    typeof b === "object" &&
    b !== null &&
    !Array.isArray(a) &&
    !Array.isArray(b);
  if (bothArrays) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      diff(a[i], b[i], `${path}[${i}]`, out);
    }
    return;
  }
  if (bothObjects) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      diff(a[k], b[k], path === "" ? k : `${path}.${k}`, out);
    }
    return;
  }
  out.push(path);
}

/**
 * The paths where two versions of an assessment differ (note-data notation, document order of the new version),
 * ignoring `amendments` and `redaction`. Names paths only, never values.
 * @example
 * ```ts
 * changedPaths(v1, v2); // ["topics.nutrition.status", "measures[1]"]
 * ```
 */
export function changedPaths(previous: Assessment, next: Assessment): string[] {
  const { amendments: _a, redaction: _r, ...a } = previous;
  const { amendments: _b, redaction: _s, ...b } = next;
  const out: string[] = [];
  diff(a as unknown as Json, b as unknown as Json, "", out);
  return out;
}

/**
 * Whether the assessment was cancelled after it was sent (it has a cancellation among its amendments; a valid history
 * ends with it, see `amendment-rules.ts`). A cancelled assessment stays cancelled: nothing may follow a cancellation
 * (issue 21). The pathway treats a cancelled assessment as not done (issue 9).
 * @example
 * ```ts
 * isCancelled(cancelAssessment(a, meta).assessment); // true
 * ```
 */
export function isCancelled(a: Assessment): boolean {
  return a.amendments?.some((x) => x.kind === "cancellation") === true;
}

/**
 * The version number of an assessment: 1 for the first one sent, plus one per amendment (issue 9).
 * @example
 * ```ts
 * assessmentVersion(a); // 1
 * ```
 */
export function assessmentVersion(a: Assessment): number {
  return (a.amendments?.length ?? 0) + 1;
}

function checkMeta(previous: Assessment, meta: AmendmentMeta): void {
  if (previous.redaction !== undefined) {
    throw new SdkError(
      "invalid_argument",
      "previous: is a redacted copy; amend the complete assessment and render it again per recipient",
    );
  }
  if (isCancelled(previous)) {
    throw new SdkError("invalid_argument", "previous: is cancelled; a cancelled assessment cannot be amended");
  }
  if (!isDateTime(meta.at)) {
    throw new SdkError("invalid_argument", "meta.at: expected an ISO date-time with zone");
  }
  const last = previous.amendments?.at(-1)?.at ?? previous.conductedAt;
  if (isBefore(meta.at, last)) {
    throw new SdkError(
      "invalid_argument",
      "meta.at: is before the conversation or the previous amendment; amendments are dated in order (issue 21)",
    );
  }
  if (meta.reason.trim() === "" || meta.by.trim() === "") {
    throw new SdkError("invalid_argument", "meta.reason and meta.by: must not be empty");
  }
}

/**
 * Corrects an assessment that was sent (issue 9): applies the changes and records an amendment (kind `change`) with
 * who, when, why and the changed paths. The result keeps the same `id`, so the edi package's correction messages
 * refer to the same document. Validate the result with `safeParseAssessment` before sending it.
 * @throws {@link SdkError} `invalid_argument` when nothing changes, `previous` is cancelled or a redacted copy, or
 * `meta` is incomplete or dated before the conversation or the previous amendment.
 * @example
 * ```ts
 * const { assessment: v2, amendment } = amendAssessment(v1, { topics: { ...v1.topics, nutrition: { status: "need" } } }, {
 *   reason: "Feil registrert tema", by: "Kari Nordmann", at: "2025-03-02T10:00:00+01:00",
 * });
 * amendment.paths; // ["topics.nutrition.status"]
 * ```
 */
export function amendAssessment(previous: Assessment, changes: AssessmentChanges, meta: AmendmentMeta): AmendResult {
  checkMeta(previous, meta);
  const next: Record<string, unknown> = { ...previous };
  for (const [key, value] of Object.entries(changes)) {
    if (key === "schemaVersion" || key === "id" || key === "interactionPoint" || key === "patient") {
      throw new SdkError("invalid_argument", `changes.${key}: the identity of a sent document cannot change`);
    }
    if (key === "amendments" || key === "redaction") {
      throw new SdkError("invalid_argument", `changes.${key}: is kept by the SDK`);
    }
    if (value === undefined) {
      delete next[key];
    } else {
      next[key] = value;
    }
  }
  const paths = changedPaths(previous, next as unknown as Assessment);
  if (paths.length === 0) {
    throw new SdkError("invalid_argument", "changes: change nothing; an amendment must correct something");
  }
  const amendment: Amendment = { kind: "change", at: meta.at, by: meta.by, reason: meta.reason, paths };
  const assessment = { ...next, amendments: [...(previous.amendments ?? []), amendment] } as unknown as Assessment;
  return { assessment, amendment, version: assessmentVersion(assessment) };
}

/**
 * Cancels an assessment that was sent (issue 9; Epikrise ServType C): records an amendment of kind `cancellation`
 * with who, when and why. The content stays as it was sent, so the history is not lost; the pathway treats the point
 * as not done.
 * @throws {@link SdkError} `invalid_argument` when `previous` is already cancelled or a redacted copy, or `meta` is
 * incomplete or dated before the conversation or the previous amendment.
 * @example
 * ```ts
 * const { assessment } = cancelAssessment(v1, { reason: "Feil pasient", by: "Kari Nordmann", at: "2025-03-02T10:00:00+01:00" });
 * ```
 */
export function cancelAssessment(previous: Assessment, meta: AmendmentMeta): AmendResult {
  checkMeta(previous, meta);
  const amendment: Amendment = { kind: "cancellation", at: meta.at, by: meta.by, reason: meta.reason, paths: [] };
  const assessment: Assessment = { ...previous, amendments: [...(previous.amendments ?? []), amendment] };
  return { assessment, amendment, version: assessmentVersion(assessment) };
}
