/**
 * Loading an organisation's licensed official wording into an instrument (DOMAIN.md §3: the thermometer and
 * problem list belong to NCCN; the SDK ships neutral labels and an API to load licensed wording). A wording that
 * misses an item, a category or a language it claims is refused with issues, never half applied.
 */
import {
  FORMAT_PATTERNS,
  LANGS,
  type Lang,
  type LocalizedText,
  type PathSegment,
  type SafeResult,
  safeSlot,
  ValidationError,
  type VersionedRef,
} from "@pakkeforlop-hjem/model";
import type { Instrument, InstrumentScore } from "./instrument.ts";
import { type InstrumentsIssue, issue } from "./issues.ts";

/** Texts of one label in some languages. */
export type WordingTexts = Readonly<Partial<Record<Lang, string>>>;

/**
 * An organisation's licensed wording for one instrument version. Every category and item (and "other", when the
 * instrument has it) needs a text in every language listed in `languages`; title, instruction and the score texts
 * are optional, and when given need every listed language too.
 */
export interface InstrumentWording {
  /** The instrument id and version the wording was licensed for. */
  readonly instrument: VersionedRef;
  /** Description of the licence, e.g. "Licensed from the rights holder, agreement 2026-014". Never shown to patients. */
  readonly source: string;
  /** The languages this wording claims to cover. */
  readonly languages: readonly Lang[];
  readonly title?: WordingTexts;
  readonly instruction?: WordingTexts;
  readonly score?: { readonly question?: WordingTexts; readonly low?: WordingTexts; readonly high?: WordingTexts };
  /** Category texts by category code. */
  readonly categories: Readonly<Record<string, WordingTexts>>;
  /** Item texts by item code. */
  readonly items: Readonly<Record<string, WordingTexts>>;
  readonly other?: WordingTexts;
}

type Out = InstrumentsIssue[];

const isText = (v: unknown): v is string => typeof v === "string" && FORMAT_PATTERNS.line.test(v);

function checkTexts(
  texts: WordingTexts | undefined,
  langs: readonly Lang[],
  path: readonly PathSegment[],
  kind: "item" | "category" | "field",
  code: string,
  out: Out,
): void {
  if (texts === undefined || texts === null || typeof texts !== "object") {
    out.push(issue("wording_missing_item", path, { kind, code }));
    return;
  }
  for (const lang of langs) {
    if (!isText(texts[lang])) {
      out.push(issue("wording_missing_language", [...path, lang], { lang }));
    }
  }
}

function merge(base: LocalizedText, texts: WordingTexts | undefined, langs: readonly Lang[]): LocalizedText {
  if (texts === undefined) {
    return base;
  }
  const out: Record<Lang, string> = { ...base };
  for (const lang of langs) {
    out[lang] = texts[lang] as string;
  }
  return out;
}

/**
 * Checks an organisation's licensed wording against an instrument and returns the instrument with the labels
 * replaced in the claimed languages, or the issues. The result records the wording's source and languages and
 * marks the licence as carrying the official wording (DOMAIN.md §3).
 * @example
 * ```ts
 * const result = safeWithWording(DT_LEGACY, wordingFromOurLicenceFile);
 * if (result.success) form = createThermometerForm(result.data);
 * ```
 */
export function safeWithWording(
  instrument: Instrument,
  wording: InstrumentWording,
): SafeResult<Instrument, InstrumentsIssue> {
  const out: Out = [];
  const ref = wording?.instrument;
  if (ref?.id !== instrument.id || ref?.version !== instrument.version) {
    out.push(
      issue("wording_instrument_mismatch", ["instrument"], {
        expected: `${instrument.id}@${instrument.version}`,
        received: `${String(ref?.id)}@${String(ref?.version)}`,
      }),
    );
    return { success: false, error: new ValidationError(out) };
  }
  if (!isText(wording.source)) {
    out.push(issue("wording_missing_item", ["source"], { kind: "field", code: "source" }));
  }
  const claimed = Array.isArray(wording.languages) ? wording.languages : [];
  if (claimed.length === 0) {
    out.push(issue("wording_missing_language", ["languages"], { lang: "(none)" }));
  }
  claimed.forEach((lang, i) => {
    if (!LANGS.includes(lang)) {
      out.push(issue("wording_unknown_item", ["languages", i], { kind: "language", code: safeSlot(lang) }));
    }
  });
  const langs = claimed.filter((l) => LANGS.includes(l));

  const categories = wording.categories ?? {};
  const items = wording.items ?? {};
  for (const c of instrument.categories) {
    checkTexts(categories[c.code], langs, ["categories", c.code], "category", c.code, out);
  }
  for (const it of instrument.items) {
    checkTexts(items[it.code], langs, ["items", it.code], "item", it.code, out);
  }
  for (const code of Object.keys(categories)) {
    if (!instrument.categories.some((c) => c.code === code)) {
      // Issue 21: a key of the loaded wording is input; only a plain token reaches a path or a text.
      out.push(
        issue("wording_unknown_item", ["categories", safeSlot(code)], { kind: "category", code: safeSlot(code) }),
      );
    }
  }
  for (const code of Object.keys(items)) {
    if (!instrument.items.some((i) => i.code === code)) {
      out.push(issue("wording_unknown_item", ["items", safeSlot(code)], { kind: "item", code: safeSlot(code) }));
    }
  }
  if (instrument.other !== undefined) {
    checkTexts(wording.other, langs, ["other"], "item", "other", out);
  } else if (wording.other !== undefined) {
    out.push(issue("wording_unknown_item", ["other"], { kind: "item", code: "other" }));
  }
  for (const key of ["title", "instruction"] as const) {
    if (wording[key] !== undefined) {
      checkTexts(wording[key], langs, [key], "field", key, out);
    }
  }
  if (wording.score !== undefined) {
    if (instrument.score === undefined) {
      out.push(issue("wording_unknown_item", ["score"], { kind: "field", code: "score" }));
    } else {
      for (const key of ["question", "low", "high"] as const) {
        if (wording.score[key] !== undefined) {
          checkTexts(wording.score[key], langs, ["score", key], "field", key, out);
        }
      }
    }
  }
  if (out.length > 0) {
    return { success: false, error: new ValidationError(out) };
  }

  const score: InstrumentScore | undefined =
    instrument.score === undefined
      ? undefined
      : {
          ...instrument.score,
          question: merge(instrument.score.question, wording.score?.question, langs),
          low: merge(instrument.score.low, wording.score?.low, langs),
          high: merge(instrument.score.high, wording.score?.high, langs),
        };
  const data: Instrument = {
    ...instrument,
    title: merge(instrument.title, wording.title, langs),
    instruction: merge(instrument.instruction, wording.instruction, langs),
    ...(score === undefined ? {} : { score }),
    categories: instrument.categories.map((c) => ({ ...c, label: merge(c.label, categories[c.code], langs) })),
    items: instrument.items.map((i) => ({ ...i, label: merge(i.label, items[i.code], langs) })),
    ...(instrument.other === undefined
      ? {}
      : { other: { label: merge(instrument.other.label, wording.other, langs) } }),
    licence: { ...instrument.licence, officialWording: true },
    wording: { source: wording.source, languages: langs },
  };
  return { success: true, data };
}

/**
 * Like {@link safeWithWording}, but throws when the wording is refused.
 * @throws {@link @pakkeforlop-hjem/model!ValidationError} listing every missing item, category or language.
 * @example
 * ```ts
 * const licensed = withWording(DT_LEGACY, wording);
 * ```
 */
export function withWording(instrument: Instrument, wording: InstrumentWording): Instrument {
  const result = safeWithWording(instrument, wording);
  if (!result.success) {
    throw result.error;
  }
  return result.data;
}
