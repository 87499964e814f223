/**
 * The error model of the SDK (ARCHITECTURE.md "Errors"). One branded base class; data failures are returned as
 * issues, misuse is thrown. Issue codes are snake_case and are API: adding one is a minor change, renaming or
 * removing one is a major change.
 */

/** A step in the path to the offending value: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Every issue code the model can report. Structural codes mirror JSON Schema keywords; the rest name a rule of
 * DOMAIN.md and are documented where the rule is encoded.
 */
export type IssueCode =
  | "invalid_type"
  | "required"
  | "unrecognized_key"
  | "invalid_value"
  | "too_small"
  | "too_big"
  | "invalid_format"
  | "invalid_identifier"
  | "date_order"
  | "threshold_flag_mismatch"
  | "birth_date_mismatch"
  | "age_group_mismatch"
  | "children_inconsistent"
  | "duplicate_consent"
  | "duplicate_item"
  | "next_step_order"
  | "outcome_content_mismatch"
  | "unsupported_version";

/** Extra facts about an issue. Never holds a personal value: only rule names, limits, field names and codes. */
export type IssueParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/**
 * One problem with one value. `message` is English for developers; use `formatIssue` for end users. Other packages
 * use the same shape with their own codes (`Issue<"unknown_item" | ...>`).
 */
export interface Issue<TCode extends string = IssueCode> {
  readonly code: TCode;
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly params: IssueParams;
}

/** Codes of thrown errors (misuse) and of the `ValidationError` that carries issues. */
export type ErrorCode = "validation_failed" | "invalid_argument" | "migration_failed";

/**
 * The base class of every error the SDK throws. Check with {@link isSdkError}, not `instanceof`: a dual ESM/CJS
 * install can load two copies of this class.
 * @example
 * ```ts
 * try { parseAssessment(input); } catch (e) { if (isSdkError(e)) console.log(e.code); }
 * ```
 */
export class SdkError<TCode extends ErrorCode = ErrorCode> extends Error {
  /** String brand that survives two copies of the package; `~` marks it as not for users. */
  readonly "~sdk": "error" = "error";
  override readonly name: string = "SdkError";
  readonly code: TCode;
  constructor(code: TCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * Thrown by `parse*` functions (and returned inside `safeParse*` results) when data breaks the model's rules.
 * @example
 * ```ts
 * const result = safeParseAssessment(input);
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path.join("."), issue.code);
 * ```
 */
export class ValidationError<TCode extends string = string> extends SdkError<"validation_failed"> {
  override readonly name: string = "ValidationError";
  readonly issues: readonly Issue<TCode>[];
  constructor(issues: readonly Issue<TCode>[]) {
    super("validation_failed", summarize(issues));
    this.issues = issues;
  }
}

function summarize(issues: readonly Issue<string>[]): string {
  const head = issues
    .slice(0, 3)
    .map((i) => i.message)
    .join("; ");
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : "";
  return `${issues.length} validation issue${issues.length === 1 ? "" : "s"}: ${head}${more}`;
}

/**
 * Type guard for any error thrown by this SDK, across duplicate package copies.
 * @example
 * ```ts
 * try {
 *   parseAssessment(input);
 * } catch (e) {
 *   if (isSdkError(e) && e.code === "validation_failed") showIssues(e);
 * }
 * ```
 */
export function isSdkError(error: unknown): error is SdkError {
  return typeof error === "object" && error !== null && (error as { "~sdk"?: unknown })["~sdk"] === "error";
}

/**
 * Type guard for {@link ValidationError} that works across duplicate package copies.
 * @example
 * ```ts
 * if (isValidationError(e)) console.log(e.issues.length);
 * ```
 */
export function isValidationError(error: unknown): error is ValidationError {
  return isSdkError(error) && error.code === "validation_failed" && Array.isArray((error as ValidationError).issues);
}

/**
 * The result of a `safeParse*` function, the same shape as zod's.
 * @example
 * ```ts
 * const r: SafeResult<Assessment> = safeParseAssessment(input);
 * ```
 */
export type SafeResult<TData, TCode extends string = string> =
  | { readonly success: true; readonly data: TData }
  | { readonly success: false; readonly error: ValidationError<TCode> };

/**
 * Renders a path as the dotted form used in messages: `measures[2].responsible.kind`.
 * @example
 * ```ts
 * formatPath(["measures", 2, "dueOn"]); // "measures[2].dueOn"
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") {
      out += `[${seg}]`;
    } else {
      out += out === "" ? seg : `.${seg}`;
    }
  }
  return out === "" ? "(root)" : out;
}
