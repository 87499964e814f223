/**
 * How a package declares its issue codes: `defineIssues(catalogue)` returns the issue maker and registers the
 * codes' nb/nn/en texts with the one formatter, `formatIssue`.
 *
 * The registry of texts is the one sanctioned piece of shared state in the SDK (ARCHITECTURE.md "Errors"). It is
 * shared through `globalThis` under `Symbol.for(...)`, not held in a module variable, because a dual ESM/CJS install
 * (or the model's two entries in CommonJS, which are bundled separately) loads this module more than once: an issue
 * made by the CommonJS copy of a package must still format through the ESM copy of `formatIssue`. It holds only
 * texts keyed by issue code; registering the same code again keeps the first entry (two copies of one package
 * register identical texts). Codes are global: a package must not reuse another package's code with another
 * meaning; a test of this repository checks that no two packages register different texts for one code.
 *
 * Registration happens in the module that makes the issues (the call to `defineIssues` creates the maker), so
 * whoever holds an issue has loaded its texts. Packages mark the call `@__PURE__`, so a bundle that never makes a
 * package's issues leaves its texts out (the model's own texts excepted: they stay wherever the model is loaded);
 * for the same reason they read `maker.issue` inside functions, never as a top-level alias (a top-level property
 * read keeps the maker in every bundle), and share an entry through its own constant (`INVALID_FORMAT_TEXT`).
 */
import type { MessageCatalogue, ParamsArg } from "./catalogue.ts";
import type { Lang } from "./code-lists.ts";
import { formatPath, type Issue, type IssueOf, type IssueParams, type IssueWith, type PathSegment } from "./errors.ts";

/**
 * The texts of a package's issue codes: every code of the params map in nb, nn and en. `en` is also the developer
 * message (`issue.message`). Texts name the field and the rule; they never contain a value from the input.
 * @example
 * ```ts
 * const TEXTS: IssueCatalogue<{ unknown_item: NoParams }> = {
 *   unknown_item: { nb: "finnes ikke i skjemaet", nn: "finst ikkje i skjemaet", en: "is not an item of this form" },
 * };
 * ```
 */
export type IssueCatalogue<TParamsMap> = MessageCatalogue<TParamsMap>;

/**
 * A params map: issue code → the params that code carries. Write it as a type alias (`type X = { ... }`), not an
 * interface, so that each params type fits {@link IssueParams}.
 * @example
 * ```ts
 * type FormIssueParams = { unknown_item: NoParams; too_many: { readonly maximum: number } };
 * const ok: IssueParamsMap = {} as FormIssueParams;
 * ```
 */
export type IssueParamsMap = { readonly [code: string]: IssueParams };

/** What {@link defineIssues} returns: the typed issue maker of one package and its codes. */
export interface IssueMaker<TParamsMap extends IssueParamsMap> {
  /**
   * Makes an issue with its English developer message. The params are checked against the code's params type;
   * codes without params take none.
   */
  readonly issue: <TCode extends keyof TParamsMap & string>(
    code: TCode,
    path: readonly PathSegment[],
    ...params: ParamsArg<TParamsMap[TCode]>
  ) => IssueWith<TCode, TParamsMap[TCode]>;
  /** Every code of the package, in catalogue order. */
  readonly codes: readonly (keyof TParamsMap & string)[];
  /** The texts, for reuse of a shared code's entry by another package (one code, one meaning, one text). */
  readonly catalogue: IssueCatalogue<TParamsMap>;
  /** Type guard: `true` for an issue with one of this package's codes. */
  readonly owns: (issue: Issue<string>) => issue is IssueOf<TParamsMap>;
}

type Entry = { readonly [TLang in Lang]?: string | ((params: IssueParams) => string) };

const REGISTRY_KEY: unique symbol = Symbol.for("@pakkeforlop-hjem/issue-texts@1");

function sharedRegistry(): Map<string, Entry> {
  const holder = globalThis as { [REGISTRY_KEY]?: Map<string, Entry> };
  let registry = holder[REGISTRY_KEY];
  if (registry === undefined) {
    registry = new Map();
    try {
      Object.defineProperty(holder, REGISTRY_KEY, { value: registry });
    } catch {
      // A frozen global (SES lockdown): this copy keeps its own registry; copies then format only their own codes.
    }
  }
  return registry;
}

const REGISTRY: Map<string, Entry> = /* @__PURE__ */ sharedRegistry();

function register(catalogue: object): void {
  for (const [code, entry] of Object.entries(catalogue)) {
    if (!REGISTRY.has(code)) {
      REGISTRY.set(code, entry as Entry);
    }
  }
}

/**
 * The text of an issue in one language from the shared registry, or `undefined` for a code no loaded package
 * declared.
 * @internal
 */
export function registeredText(issue: Issue<string>, lang: Lang): string | undefined {
  const template = REGISTRY.get(issue.code)?.[lang];
  return typeof template === "function" ? template(issue.params) : template;
}

/**
 * Declares a package's issue codes with their texts in nb, nn and en, registers the texts with `formatIssue`, and
 * returns the typed issue maker. Give the params map (code → params) as the type argument: every code then needs a
 * text in all three languages, and every `issue(code, path, params)` call is checked against that code's params.
 * @example
 * ```ts
 * type FormIssueParams = { unknown_item: NoParams; too_many: { readonly maximum: number } };
 * const FORM_ISSUES = defineIssues<FormIssueParams>({
 *   unknown_item: { nb: "finnes ikke i skjemaet", nn: "finst ikkje i skjemaet", en: "is not an item of this form" },
 *   too_many: {
 *     nb: (p) => `kan ha høyst ${p.maximum} svar`,
 *     nn: (p) => `kan ha høgst ${p.maximum} svar`,
 *     en: (p) => `must have at most ${p.maximum} answers`,
 *   },
 * });
 * const issue = FORM_ISSUES.issue("too_many", ["answers"], { maximum: 3 });
 * issue.message; // "answers: must have at most 3 answers"
 * formatIssue(issue, "nn"); // "answers: kan ha høgst 3 svar"
 * ```
 */
export function defineIssues<TParamsMap extends IssueParamsMap>(
  catalogue: IssueCatalogue<TParamsMap>,
): IssueMaker<TParamsMap> {
  const codes = Object.keys(catalogue) as (keyof TParamsMap & string)[];
  register(catalogue);
  return {
    // A fixed third parameter, not a rest array: the generated validator calls this for every issue it reports.
    issue: <TCode extends keyof TParamsMap & string>(
      code: TCode,
      path: readonly PathSegment[],
      given?: TParamsMap[TCode],
    ): IssueWith<TCode, TParamsMap[TCode]> => {
      const params = (given ?? {}) as TParamsMap[TCode];
      const en = catalogue[code].en;
      return {
        code,
        path,
        params,
        message: `${formatPath(path)}: ${typeof en === "string" ? en : en(params)}`,
      };
    },
    codes,
    catalogue,
    owns: (issue): issue is IssueOf<TParamsMap> => Object.hasOwn(catalogue, issue.code),
  };
}

/**
 * Makes sure `formatIssue` knows the texts of the given packages' codes. Needed only for issues that were made in
 * another process and read back from JSON (a server's response, a queue, a log): a bundler keeps a package's texts
 * only where its issue maker is used, and code that merely formats such issues may not use it. Registering twice
 * is harmless.
 * @example
 * ```ts
 * registerIssueTexts(INSTRUMENTS_ISSUES, EDI_ISSUES);
 * const texts = JSON.parse(body).issues.map((i: Issue<string>) => formatIssue(i, "nb"));
 * ```
 */
export function registerIssueTexts(...makers: readonly { readonly catalogue: object }[]): void {
  for (const maker of makers) {
    register(maker.catalogue);
  }
}
