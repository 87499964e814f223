/**
 * Pure comparison of an actual result with the expected one, giving a short diff summary. Summaries name lines,
 * paths, codes and lengths; they never quote free text, names or identifiers, so a report can be logged and shared.
 */
import type { ExpectedIssue } from "./manifest.ts";

/** A string value is shown in a summary only when it looks like a code (`invalid_identifier`, `nhn`, `E10`). */
const CODE_LIKE = /^[A-Za-z][A-Za-z0-9_.:-]{0,39}$/;

/** A value in a diff summary: codes, numbers, booleans and null as is; any other string only by its length. */
function showValue(value: unknown): string {
  if (value === undefined) {
    return "nothing";
  }
  if (value === null || typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  if (typeof value === "string") {
    return CODE_LIKE.test(value) ? JSON.stringify(value) : `a string of ${value.length} characters`;
  }
  if (Array.isArray(value)) {
    return `an array of ${value.length}`;
  }
  return "an object";
}

const pathText = (path: readonly (string | number)[]): string =>
  path.length === 0 ? "(root)" : path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("");

/**
 * Compares two texts exactly (code points; line endings and a final newline count). `undefined` when equal, else
 * where they first differ, by line and column, never quoting the text.
 * @example
 * ```ts
 * diffText("a\nb\n", "a\nc\n"); // "line 2, column 1 differs (expected a line of 1 characters, got 1)"
 * ```
 */
export function diffText(expected: string, actual: string): string | undefined {
  if (expected === actual) {
    return undefined;
  }
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    const el = e[i];
    const al = a[i];
    if (el !== al) {
      if (el === undefined || al === undefined) {
        return `line ${i + 1}: expected ${e.length} lines, got ${a.length}`;
      }
      let col = 0;
      while (col < el.length && el[col] === al[col]) {
        col++;
      }
      const cr = al.endsWith("\r") && !el.endsWith("\r") ? " (CRLF line ending: use LF)" : "";
      return `line ${i + 1}, column ${col + 1} differs (expected a line of ${el.length} characters, got ${al.length})${cr}`;
    }
  }
  return "texts differ";
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/**
 * Deep comparison of two JSON values; `undefined` when equal, else the path of the first difference. Codes are
 * shown; other strings only by their length.
 * @example
 * ```ts
 * diffJson({ valid: false, reason: "length" }, { valid: false, reason: "check_digit" }); // '.reason: expected "length", got "check_digit"'
 * ```
 */
export function diffJson(expected: unknown, actual: unknown, path: (string | number)[] = []): string | undefined {
  if (kindOf(expected) !== kindOf(actual)) {
    return `${pathText(path)}: expected ${showValue(expected)}, got ${showValue(actual)}`;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
      const d = diffJson(expected[i], actual[i], [...path, i]);
      if (d !== undefined) {
        return d;
      }
    }
    return expected.length === actual.length
      ? undefined
      : `${pathText(path)}: expected ${expected.length} entries, got ${actual.length}`;
  }
  if (typeof expected === "object" && expected !== null) {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(e), ...Object.keys(a)])].sort();
    for (const key of keys) {
      if (!(key in a)) {
        return `${pathText([...path, key])}: missing (expected ${showValue(e[key])})`;
      }
      if (!(key in e)) {
        return `${pathText([...path, key])}: unexpected (got ${showValue(a[key])})`;
      }
      const d = diffJson(e[key], a[key], [...path, key]);
      if (d !== undefined) {
        return d;
      }
    }
    return undefined;
  }
  return expected === actual
    ? undefined
    : `${pathText(path)}: expected ${showValue(expected)}, got ${showValue(actual)}`;
}

const issueKey = (i: ExpectedIssue): string => `${i.code} at ${pathText(i.path)}`;

/**
 * Compares issues as a multiset of `code` + `path` (order does not matter; messages and params are not compared).
 * `undefined` when equal, else what is missing and what is unexpected.
 * @example
 * ```ts
 * diffIssues([{ code: "required", path: ["patient", "birthDate"] }], []); // "missing required at .patient.birthDate"
 * ```
 */
export function diffIssues(expected: readonly ExpectedIssue[], actual: readonly ExpectedIssue[]): string | undefined {
  const remaining = new Map<string, number>();
  for (const i of expected) {
    remaining.set(issueKey(i), (remaining.get(issueKey(i)) ?? 0) + 1);
  }
  const unexpected: string[] = [];
  for (const i of actual) {
    const k = issueKey(i);
    const n = remaining.get(k) ?? 0;
    if (n > 0) {
      remaining.set(k, n - 1);
    } else {
      unexpected.push(k);
    }
  }
  const missing = [...remaining].flatMap(([k, n]) => Array.from({ length: n }, () => k));
  if (missing.length === 0 && unexpected.length === 0) {
    return undefined;
  }
  const parts: string[] = [];
  if (missing.length > 0) {
    parts.push(`missing ${missing.join(", ")}`);
  }
  if (unexpected.length > 0) {
    parts.push(`unexpected ${unexpected.join(", ")}`);
  }
  return parts.join("; ");
}

/**
 * Keys of pathway and routing results that explain rather than decide (English text, rule citations); not compared.
 * @example
 * ```ts
 * normalizeJson({ kind: "include-patient", why: "..." }, INFORMATIONAL_KEYS); // { kind: "include-patient" }
 * ```
 */
export const INFORMATIONAL_KEYS: ReadonlySet<string> = new Set(["why", "source"]);

/**
 * A JSON copy without `undefined` members and without the given keys (such as {@link INFORMATIONAL_KEYS}).
 * @example
 * ```ts
 * normalizeJson({ a: 1, b: undefined, why: "x" }, INFORMATIONAL_KEYS); // { a: 1 }
 * ```
 */
export function normalizeJson(value: unknown, drop: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => normalizeJson(v, drop));
  }
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined && !drop.has(k)) {
        out[k] = normalizeJson(v, drop);
      }
    }
    return out;
  }
  return value;
}
