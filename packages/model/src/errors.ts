/**
 * The error model of the SDK (ARCHITECTURE.md "Errors"). One branded base class; data failures are returned as
 * issues, misuse is thrown. Issue codes are snake_case and are API: adding one is a minor change, renaming or
 * removing one is a major change. The codes and their params live in `issue-codes.ts`.
 */
import type { IssueCode, ModelIssueParams, NoteDataIssueParams } from "./issue-codes.ts";

export type { IssueCode } from "./issue-codes.ts";

/** A step in the path to the offending value: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Extra facts about an issue. Never holds a personal value: only rule names, limits, field names and codes.
 * `undefined` stands for an optional param that is absent (it never appears in JSON).
 */
export type IssueParams = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

/**
 * One problem with one value, for one code and its params. `message` is English for developers; use `formatIssue`
 * for end users. {@link Issue} and {@link IssueOf} build unions of these, one member per code, so that checking
 * `issue.code` narrows `issue.params`.
 * @example
 * ```ts
 * const issue: IssueWith<"too_big", ModelIssueParams["too_big"]> = {
 *   code: "too_big",
 *   path: ["notes"],
 *   message: "notes: must have at most 4000 characters",
 *   params: { origin: "string", maximum: 4000 },
 * };
 * ```
 */
export interface IssueWith<TCode extends string, TParams> {
  readonly code: TCode;
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly params: TParams;
}

/**
 * The issues of a params map (code → params): one member per code, so `issue.code` narrows `issue.params`. Each
 * package names its own: `IssueOf<InstrumentsIssueParams>` is `InstrumentsIssue`.
 * @example
 * ```ts
 * function limit(issue: IssueOf<ModelIssueParams>): number | undefined {
 *   return issue.code === "too_big" ? issue.params.maximum : undefined;
 * }
 * ```
 */
export type IssueOf<TParamsMap> = {
  [TCode in keyof TParamsMap & string]: IssueWith<TCode, TParamsMap[TCode]>;
}[keyof TParamsMap & string];

/**
 * An issue with one of the given codes. Codes of the model (its validation codes and the note-data codes) get their
 * own params type, so `if (issue.code === "too_big") issue.params.maximum` is a number; any other code gets the
 * general {@link IssueParams}. `Issue<string>` is any issue of any package. For another package's typed issues use
 * its own type (`InstrumentsIssue`, `EdiIssue`, `FhirIssue`, `PathwayIssue`).
 * @example
 * ```ts
 * const result = safeParseAssessment(input);
 * if (!result.success) {
 *   for (const issue of result.error.issues) {
 *     if (issue.code === "too_big") console.log(issue.params.maximum);
 *   }
 * }
 * ```
 */
export type Issue<TCode extends string = IssueCode> = string extends TCode
  ? IssueWith<string, IssueParams>
  : {
      [TKey in TCode]: IssueWith<
        TKey,
        TKey extends keyof (ModelIssueParams & NoteDataIssueParams)
          ? (ModelIssueParams & NoteDataIssueParams)[TKey]
          : IssueParams
      >;
    }[TCode];

/**
 * The issue type a {@link SafeResult} carries, given either codes (`"required" | "too_big"`, typed as
 * {@link Issue} types them) or an issue type (`InstrumentsIssue`).
 * @example
 * ```ts
 * type Same = IssueFor<"required">; // Issue<"required">
 * ```
 */
export type IssueFor<TCodeOrIssue extends string | Issue<string>> = TCodeOrIssue extends string
  ? Issue<TCodeOrIssue>
  : TCodeOrIssue;

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
export class ValidationError<TIssue extends Issue<string> = Issue<string>> extends SdkError<"validation_failed"> {
  override readonly name: string = "ValidationError";
  readonly issues: readonly TIssue[];
  constructor(issues: readonly TIssue[]) {
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
 * The result of every SDK function that can fail on data, the same shape as zod's: `{ success: true, data }` or
 * `{ success: false, error }` with a {@link ValidationError}. The second parameter names what the issues can be:
 * codes (`SafeResult<Assessment, IssueCode>`) or an issue type (`SafeResult<Answers, InstrumentsIssue>`).
 * Checking `success` narrows the result; checking an issue's `code` narrows its `params`.
 * @example
 * ```ts
 * const r: SafeResult<Assessment, IssueCode> = safeParseAssessment(input);
 * if (r.success) use(r.data);
 * else for (const issue of r.error.issues) if (issue.code === "too_small") console.log(issue.params.minimum);
 * ```
 */
export type SafeResult<TData, TCodeOrIssue extends string | Issue<string> = string> =
  | { readonly success: true; readonly data: TData }
  | { readonly success: false; readonly error: ValidationError<IssueFor<TCodeOrIssue>> };

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
