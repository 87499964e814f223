/**
 * Conditional visibility (`enableWhen`): which items are shown given the answers. The same evaluation serves
 * validation, mapping and headless rendering, so every channel shows the same items.
 */
import type { Lang } from "@pakkeforlop-hjem/model";
import { type AnswerValue, type FormAnswers, isUnanswered } from "./answers.ts";
import type { EnableBehavior, EnableWhen, FormDefinition, FormItem, FormText } from "./form.ts";

/** Where an item sits: its parent group and the repeating group whose entries hold its answers ("" = root). */
export interface ItemEntry {
  readonly item: FormItem;
  readonly parent: string | undefined;
  readonly scope: string;
}

/** A level of answers: the root answers or one entry of a repeating group. */
export interface Scope {
  readonly owner: string;
  readonly answers: FormAnswers;
}

/**
 * Index of a form by linkId (the first item wins when linkIds repeat; `lintForm` reports duplicates).
 * @internal
 */
export function indexForm(form: FormDefinition): Map<string, ItemEntry> {
  const index = new Map<string, ItemEntry>();
  const walk = (items: readonly FormItem[], parent: string | undefined, scope: string): void => {
    for (const item of items) {
      if (!index.has(item.linkId)) {
        index.set(item.linkId, { item, parent, scope });
      }
      if (item.type === "group") {
        walk(item.items, item.linkId, item.repeats === true ? item.linkId : scope);
      }
    }
  };
  walk(form.items, undefined, "");
  return index;
}

function compare(value: AnswerValue, c: EnableWhen): boolean {
  if (Array.isArray(value)) {
    const has = (value as readonly unknown[]).includes(c.answer);
    return c.operator === "=" ? has : c.operator === "!=" ? !has : false;
  }
  switch (c.operator) {
    case "=":
      return value === c.answer;
    case "!=":
      return value !== c.answer;
    default: {
      if (typeof value !== typeof c.answer || typeof value === "boolean" || typeof value === "object") {
        return false;
      }
      const a = value as string | number;
      const b = c.answer as string | number;
      return c.operator === ">" ? a > b : c.operator === "<" ? a < b : c.operator === ">=" ? a >= b : a <= b;
    }
  }
}

/**
 * Evaluates visibility over a form's answers.
 * @internal
 */
export interface Resolver {
  readonly index: Map<string, ItemEntry>;
  /** `true` when the item is shown in the given chain of scopes (root first). */
  readonly enabled: (linkId: string, chain: readonly Scope[]) => boolean;
  /** `true` when every (or any) condition holds. */
  readonly holds: (
    conds: readonly EnableWhen[] | undefined,
    behavior: EnableBehavior | undefined,
    chain: readonly Scope[],
  ) => boolean;
}

/** @internal */
export function createResolver(form: FormDefinition, index: Map<string, ItemEntry> = indexForm(form)): Resolver {
  const visiting = new Set<string>();

  const answerOf = (linkId: string, chain: readonly Scope[]): AnswerValue | undefined => {
    const entry = index.get(linkId);
    if (entry === undefined) {
      return undefined;
    }
    const at = chain.findIndex((s) => s.owner === entry.scope);
    if (at < 0) {
      return undefined;
    }
    const sub = chain.slice(0, at + 1);
    if (!enabled(linkId, sub)) {
      return undefined;
    }
    const v = sub[at]?.answers[linkId];
    return isUnanswered(v) ? undefined : v;
  };

  const holds = (
    conds: readonly EnableWhen[] | undefined,
    behavior: EnableBehavior | undefined,
    chain: readonly Scope[],
  ): boolean => {
    if (conds === undefined || conds.length === 0) {
      return true;
    }
    const test = (c: EnableWhen): boolean => {
      const v = answerOf(c.question, chain);
      if (c.operator === "exists") {
        return (v !== undefined) === c.answer;
      }
      return v !== undefined && compare(v, c);
    };
    return behavior === "any" ? conds.some(test) : conds.every(test);
  };

  const enabled = (linkId: string, chain: readonly Scope[]): boolean => {
    const entry = index.get(linkId);
    if (entry === undefined) {
      return false;
    }
    const key = `${chain.length}:${linkId}`;
    if (visiting.has(key)) {
      return false; // a circular rule never shows its items; lintForm reports it
    }
    visiting.add(key);
    try {
      if (entry.parent !== undefined) {
        const parentChain = entry.scope === entry.parent ? chain.slice(0, -1) : chain;
        if (!enabled(entry.parent, parentChain)) {
          return false;
        }
      }
      return holds(entry.item.enableWhen, entry.item.enableBehavior, chain);
    } finally {
      visiting.delete(key);
    }
  };

  return { index, enabled, holds };
}

/** An item as shown: resolved text in one language, and its visible children or entries. */
export interface VisibleItem {
  readonly linkId: string;
  readonly type: FormItem["type"];
  readonly text: string;
  readonly help?: string;
  readonly item: FormItem;
  /** Visible children of a non-repeating group. */
  readonly items?: readonly VisibleItem[];
  /** For a repeating group: the visible children of each answered entry. */
  readonly entries?: readonly (readonly VisibleItem[])[];
  /** For a repeating group: the visible children of a new, empty entry. */
  readonly template?: readonly VisibleItem[];
}

const textIn = (t: FormText | undefined, lang: Lang): string | undefined => t?.[lang] ?? t?.nb ?? t?.en;

/**
 * The items shown for the current answers, with text and help resolved in one language (wording switches such as
 * "school" for "work" applied). This is the headless form: render it with any UI.
 * @example
 * ```ts
 * for (const item of visibleItems(NEEDS_ASSESSMENT_SP1, answers, "nn")) render(item);
 * ```
 */
export function visibleItems(form: FormDefinition, answers: FormAnswers, lang: Lang = "nb"): VisibleItem[] {
  const r = createResolver(form);
  const walk = (items: readonly FormItem[], chain: readonly Scope[]): VisibleItem[] => {
    const out: VisibleItem[] = [];
    for (const item of items) {
      if (!r.enabled(item.linkId, chain)) {
        continue;
      }
      const variant = item.textVariants?.find((v) => r.holds(v.enableWhen, v.enableBehavior, chain));
      const text = textIn(variant?.text ?? item.text, lang) ?? item.linkId;
      const help = textIn(variant?.help ?? item.help, lang);
      const base = { linkId: item.linkId, type: item.type, text, item, ...(help === undefined ? {} : { help }) };
      if (item.type === "group" && item.repeats === true) {
        const value = chain[chain.length - 1]?.answers[item.linkId];
        const reps = Array.isArray(value) ? (value as readonly unknown[]) : [];
        const entries = reps.map((rep) =>
          walk(item.items, [...chain, { owner: item.linkId, answers: (rep ?? {}) as FormAnswers }]),
        );
        out.push({ ...base, entries, template: walk(item.items, [...chain, { owner: item.linkId, answers: {} }]) });
      } else if (item.type === "group") {
        out.push({ ...base, items: walk(item.items, chain) });
      } else {
        out.push(base);
      }
    }
    return out;
  };
  return walk(form.items, [{ owner: "", answers }]);
}

/**
 * The answers to the items the form shows, and nothing else: an answer to an item that the other answers hide is
 * left out, and so is an unanswered value (`""`, `[]`, `null`). This is what a form sends: a renderer may keep hidden
 * answers in its draft (they come back when the item shows again), and `validateAnswers` on the result never reports
 * `answer_not_enabled`.
 * @example
 * ```ts
 * shownAnswers(NEEDS_ASSESSMENT_SP1, { outcome: "declined", "distress-score": 6 }); // { outcome: "declined" }
 * ```
 */
export function shownAnswers(form: FormDefinition, answers: FormAnswers): FormAnswers {
  const keep = (visible: readonly VisibleItem[], scope: FormAnswers): FormAnswers => {
    const out: Record<string, AnswerValue> = {};
    for (const v of visible) {
      const value = scope[v.linkId];
      if (v.entries !== undefined) {
        if (Array.isArray(value) && value.length > 0) {
          out[v.linkId] = v.entries.map((entry, i) =>
            keep(entry, ((value as readonly unknown[])[i] ?? {}) as FormAnswers),
          );
        }
      } else if (v.items !== undefined) {
        Object.assign(out, keep(v.items, scope));
      } else if (v.type !== "display" && !isUnanswered(value)) {
        out[v.linkId] = value as AnswerValue;
      }
    }
    return out;
  };
  return keep(visibleItems(form, answers), answers);
}
