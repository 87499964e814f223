/**
 * The one way the SDK holds fixed text that people read: a typed message catalogue, `{ [key]: { nb, nn, en } }`,
 * where each text is a string or a template `(params) => string`. A params map (key → params) types each key's
 * template, so a missing language, a missing key or a wrong param is a compile error, not a blank on screen.
 * Issue texts (`defineIssues`), the CLI's texts and the renderers' labels are all catalogues.
 *
 * Texts are written from keys and params only, never from a document: a template can name a field, a limit or a
 * code list entry, but no personal value can reach it unless a caller passes one (ARCHITECTURE.md "Errors").
 */
import type { Lang } from "./code-lists.ts";

/**
 * One text in one language: fixed, or written from typed params.
 * @example
 * ```ts
 * const fixed: Template<NoParams> = "mangler og må fylles ut";
 * const withLimit: Template<{ readonly maximum: number }> = (p) => `kan ha høyst ${p.maximum} tegn`;
 * ```
 */
export type Template<TParams> = string | ((params: TParams) => string);

/**
 * One text in every language the SDK writes. `LocalizedText` of the code lists is the same shape with fixed texts.
 * @example
 * ```ts
 * const required: LocalizedTemplate<NoParams> = {
 *   nb: "mangler og må fylles ut",
 *   nn: "manglar og må fyllast ut",
 *   en: "is required; add the field",
 * };
 * ```
 */
export type LocalizedTemplate<TParams> = { readonly [TLang in Lang]: Template<TParams> };

/**
 * A catalogue of texts: every key of the params map with a text in nb, nn and en, typed by that key's params.
 * @example
 * ```ts
 * const TEXTS: MessageCatalogue<{ wrote: { readonly file: string }; done: NoParams }> = {
 *   wrote: { nb: (p) => `skrev ${p.file}`, nn: (p) => `skreiv ${p.file}`, en: (p) => `wrote ${p.file}` },
 *   done: { nb: "ferdig", nn: "ferdig", en: "done" },
 * };
 * ```
 */
export type MessageCatalogue<TParamsMap> = {
  readonly [TKey in keyof TParamsMap]: LocalizedTemplate<TParamsMap[TKey]>;
};

/**
 * The params argument of a key: optional when the key needs none (`NoParams` or only optional params).
 * @example
 * ```ts
 * const args: ParamsArg<{ readonly file: string }> = [{ file: "a.json" }];
 * ```
 */
export type ParamsArg<TParams> = Record<never, never> extends TParams ? [params?: TParams] : [params: TParams];

/** What {@link defineMessages} returns: the catalogue and a typed lookup. */
export interface Messages<TParamsMap> {
  /** The catalogue itself, for reuse of single entries in another catalogue. */
  readonly catalogue: MessageCatalogue<TParamsMap>;
  /** The text of a key in one language, written from its params. */
  readonly text: <TKey extends keyof TParamsMap & string>(
    lang: Lang,
    key: TKey,
    ...params: ParamsArg<TParamsMap[TKey]>
  ) => string;
}

/**
 * Writes one text from its params.
 * @example
 * ```ts
 * renderTemplate((p: { readonly n: number }) => `${p.n} feil`, { n: 2 }); // "2 feil"
 * renderTemplate("ferdig", {}); // "ferdig"
 * ```
 */
export function renderTemplate<TParams>(template: Template<TParams>, params: TParams): string {
  return typeof template === "string" ? template : template(params);
}

/**
 * Declares a catalogue of fixed texts in nb, nn and en and returns a typed lookup. Give the params map as the type
 * argument; every key then needs a text in all three languages, and every lookup passes that key's params.
 * @example
 * ```ts
 * const CLI_TEXTS = defineMessages<{ cannot_read: { readonly file: string }; done: NoParams }>({
 *   cannot_read: {
 *     nb: (p) => `kan ikke lese ${p.file}`,
 *     nn: (p) => `kan ikkje lese ${p.file}`,
 *     en: (p) => `cannot read ${p.file}`,
 *   },
 *   done: { nb: "ferdig", nn: "ferdig", en: "done" },
 * });
 * CLI_TEXTS.text("nn", "cannot_read", { file: "a.json" }); // "kan ikkje lese a.json"
 * CLI_TEXTS.text("en", "done"); // "done"
 * ```
 */
export function defineMessages<TParamsMap extends object>(
  catalogue: MessageCatalogue<TParamsMap>,
): Messages<TParamsMap> {
  return {
    catalogue,
    text: (lang, key, ...params) => renderTemplate(catalogue[key][lang], (params[0] ?? {}) as TParamsMap[typeof key]),
  };
}
