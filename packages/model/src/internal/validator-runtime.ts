/**
 * Run-time helpers for the precompiled validator in `src/generated/` (written by `scripts/gen-validator.ts`). Kept
 * tiny and allocation-free on the success path: the generated code inlines every check it can, and calls
 * `checkString` for the common string shape; the other helpers run only when an issue is reported. The names say
 * what each does; a bundler's minifier shortens them, so they cost nothing in the browser bundle.
 */
import type { Issue, IssueCode, IssueParams, PathSegment } from "../errors.ts";
import type { FormatCheck } from "../formats.ts";
import { codePointLength, IDENTIFIER_FORMATS } from "../formats.ts";
import { type IdentifierOptions, validateNorwegianId } from "../identifiers.ts";
import { modelIssue } from "../messages.ts";

/** The path of the value being checked: a stack the generated code pushes keys onto and pops. */
export type Path = PathSegment[];

/** What the generated code needs besides the value: the format checks (`f`) and the identifier options (`id`). */
export interface Ctx {
  readonly f: Readonly<Record<string, FormatCheck>>;
  readonly id: IdentifierOptions;
}

/** Records one issue at the path `p` plus `key` (when given), with its English message. */
export function pushIssue(
  e: Issue[],
  p: Path,
  key: PathSegment | undefined,
  code: IssueCode,
  params: IssueParams,
): void {
  const path = key === undefined ? p.slice() : [...p, key];
  e.push(modelIssue(code, path, params));
}

/** A format failure: identifier formats say which rule failed (never the value), the rest name the format. */
export function pushFormatIssue(
  e: Issue[],
  p: Path,
  key: PathSegment | undefined,
  format: string,
  value: string,
  o: Ctx,
): void {
  const kind = IDENTIFIER_FORMATS[format];
  if (kind === undefined) {
    pushIssue(e, p, key, "invalid_format", { format });
    return;
  }
  const check = validateNorwegianId(kind, value, o.id);
  pushIssue(e, p, key, "invalid_identifier", { format, kind, reason: check.valid ? "unknown" : check.reason });
}

/**
 * A string's checks, in the order zod makes them: the type; then the format (`""`: none); then the length, at least
 * `min` and at most `max`. The generated code calls this for every string of the common shape.
 */
export function checkString(
  e: Issue[],
  p: Path,
  key: PathSegment | undefined,
  x: unknown,
  format: string,
  min: number,
  max: number,
  o: Ctx,
): void {
  if (typeof x !== "string") {
    pushIssue(e, p, key, "invalid_type", { expected: "string", received: receivedType(x) });
    return;
  }
  if (format !== "" && !(o.f[format] as FormatCheck)(x)) {
    pushFormatIssue(e, p, key, format, x, o);
  }
  // Lengths are Unicode code points (what JSON Schema's minLength/maxLength and zod count), not UTF-16 units. A code
  // point is one or two units, so the exact count is needed only between the bounds and twice the bounds.
  const units = x.length;
  if (units < min * 2 && (units < min || codePointLength(x) < min)) {
    pushIssue(e, p, key, "too_small", { origin: "string", minimum: min });
  }
  if (units > max && codePointLength(x) > max) {
    pushIssue(e, p, key, "too_big", { origin: "string", maximum: max });
  }
}

/** The JSON type name of a value, for `invalid_type` issues. */
export function receivedType(x: unknown): string {
  if (x === null) {
    return "null";
  }
  if (x === undefined) {
    return "undefined";
  }
  if (Array.isArray(x)) {
    return "array";
  }
  if (typeof x === "number" && !Number.isFinite(x)) {
    return "non-finite number";
  }
  return typeof x;
}

/** Edit distance, capped: enough to suggest a field name for a misspelt one. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) {
    return 3;
  }
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The key of an unknown field is data too (it could be a name or an identifier), so it is never echoed. When it is
 * a near-miss of a known field, the known field's name is suggested instead.
 */
export function suggestKey(key: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance && k.length >= 3) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Reports every key of `v` that is not in `known` (a strict object allows no others), suggesting near-misses. */
export function checkUnknownKeys(v: object, known: ReadonlySet<string>, p: Path, e: Issue[]): void {
  for (const k of Object.keys(v)) {
    if (!known.has(k)) {
      const suggestion = suggestKey(k, known);
      pushIssue(e, p, undefined, "unrecognized_key", suggestion === undefined ? {} : { didYouMean: suggestion });
    }
  }
}
