/**
 * Run-time helpers for the precompiled validator in `src/generated/`. Kept tiny: the generated code calls these
 * only when it reports an issue, so the success path allocates nothing.
 */
import type { Issue, IssueCode, IssueParams, PathSegment } from "../errors.ts";
import type { FormatCheck } from "../formats.ts";
import { IDENTIFIER_FORMATS } from "../formats.ts";
import { type IdentifierOptions, validateNorwegianId } from "../identifiers.ts";
import { describeIssue } from "../messages.ts";

export type Path = PathSegment[];

export interface Ctx {
  readonly f: Readonly<Record<string, FormatCheck>>;
  readonly id: IdentifierOptions;
}

export function E(e: Issue[], p: Path, key: PathSegment | undefined, code: IssueCode, params: IssueParams): void {
  const path = key === undefined ? p.slice() : [...p, key];
  e.push({ code, path, params, message: describeIssue(code, path, params) });
}

/** A format failure: identifier formats say which rule failed (never the value), the rest name the format. */
export function F(e: Issue[], p: Path, key: PathSegment | undefined, format: string, value: string, o: Ctx): void {
  const kind = IDENTIFIER_FORMATS[format];
  if (kind === undefined) {
    E(e, p, key, "invalid_format", { format });
    return;
  }
  const check = validateNorwegianId(kind, value, o.id);
  E(e, p, key, "invalid_identifier", { format, kind, reason: check.valid ? "unknown" : check.reason });
}

/** The JSON type name of a value, for `invalid_type` issues. */
export function T(x: unknown): string {
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

const SAFE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;

/**
 * A key name is data too: report it only when it looks like a field name (letters first, no digits-only values
 * such as an identifier, no spaces as in a name); otherwise say only that a key is unknown.
 */
export function safeKeyName(key: string): string {
  return SAFE_KEY.test(key) && !/\s/.test(key) ? key : "(key not shown)";
}

export function U(v: object, known: ReadonlySet<string>, p: Path, e: Issue[]): void {
  for (const k of Object.keys(v)) {
    if (!known.has(k)) {
      E(e, p, undefined, "unrecognized_key", { key: safeKeyName(k) });
    }
  }
}
