/**
 * Pure helpers over form answers (no DOM): paths, immutable updates, entries a repeating group needs, pre-filling
 * from the patient's own answers, the ids of fields and the texts of issues.
 */
import {
  type FormAnswers,
  type FormDefinition,
  type FormItem,
  type GroupItem,
  isUnanswered,
  type VisibleItem,
} from "@pakkeforlop-hjem/instruments";
import { formatPath, type PathSegment } from "@pakkeforlop-hjem/model/validator";

/** A path into the answers as `validateAnswers` reports it: linkIds, and entry indexes inside repeating groups. */
export type AnswerPath = readonly PathSegment[];

type Node = Record<string | number, unknown>;

/** The value at a path, or `undefined`. */
export function answerAt(answers: FormAnswers, path: AnswerPath): unknown {
  let cur: unknown = answers;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") {
      return undefined;
    }
    cur = (cur as Node)[seg];
  }
  return cur;
}

/** A copy of the answers with the value at `path` replaced (`undefined` removes it); the input is not changed. */
export function setAt(answers: FormAnswers, path: AnswerPath, value: unknown): FormAnswers {
  const go = (node: unknown, i: number): unknown => {
    const seg = path[i] as PathSegment;
    const copy = (Array.isArray(node) ? [...node] : { ...(node as Node) }) as Node;
    if (i === path.length - 1) {
      if (value === undefined && !Array.isArray(copy)) {
        delete copy[seg];
      } else {
        copy[seg] = value;
      }
    } else {
      const next = copy[seg] ?? (typeof path[i + 1] === "number" ? [] : {});
      copy[seg] = go(next, i + 1);
    }
    return copy;
  };
  return path.length === 0 ? answers : (go(answers, 0) as FormAnswers);
}

/**
 * Adds empty entries to shown repeating groups that need more (`minOccurs`), so the fields of the first entry are
 * there to fill in (e.g. the children of helsepersonelloven § 10a once "yes" is answered).
 */
export function withMinimumEntries(
  visible: readonly VisibleItem[],
  draft: FormAnswers,
  prefix: AnswerPath = [],
): FormAnswers {
  let out = draft;
  for (const v of visible) {
    if (v.type !== "group") {
      continue;
    }
    const path = [...prefix, v.linkId];
    if (v.entries === undefined) {
      out = withMinimumEntries(v.items ?? [], out, prefix);
      continue;
    }
    const min = (v.item as GroupItem).minOccurs ?? 0;
    const have = v.entries.length;
    if (have < min) {
      const list = Array.isArray(answerAt(out, path)) ? (answerAt(out, path) as unknown[]) : [];
      out = setAt(out, path, [...list, ...Array.from({ length: min - have }, () => ({}))]);
    }
    v.entries.forEach((entry, i) => {
      out = withMinimumEntries(entry, out, [...path, i]);
    });
  }
  return out;
}

/** linkIds of the questions answered at the top level (outside repeating groups). */
function topLevelQuestions(items: readonly FormItem[], into: Set<string> = new Set()): Set<string> {
  for (const item of items) {
    if (item.type === "group") {
      if (item.repeats !== true) {
        topLevelQuestions(item.items, into);
      }
    } else if (item.type !== "display") {
      into.add(item.linkId);
    }
  }
  return into;
}

/**
 * Fills unanswered questions from the patient's own answers given before the visit (a thermometer form on
 * Helsenorge shares its linkIds with the needs-assessment form; DOMAIN.md §5: the patient's answers are confirmed
 * in the conversation). Only top-level questions of this form are taken; answers already given win.
 * @returns the new draft and the linkIds that were filled.
 */
export function fillFromPreVisit(
  form: FormDefinition,
  draft: FormAnswers,
  preVisit: FormAnswers,
): { readonly answers: FormAnswers; readonly filled: readonly string[] } {
  const known = topLevelQuestions(form.items);
  const filled: string[] = [];
  let out = draft;
  for (const [key, value] of Object.entries(preVisit)) {
    if (known.has(key) && !isUnanswered(value) && isUnanswered(out[key])) {
      out = setAt(out, [key], value);
      filled.push(key);
    }
  }
  return { answers: out, filled };
}

/** The DOM id of the field at a path. */
export const fieldId = (path: AnswerPath): string => `f-${path.join("__")}`;

/**
 * The text of an issue without the leading "path: " that the SDK's formatters add for developers: the component
 * names the field by its label instead. First letter upper case.
 */
export function issueText(text: string, path: AnswerPath): string {
  const prefix = `${formatPath(path)}: `;
  const bare = text.startsWith(prefix) ? text.slice(prefix.length) : text;
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** A fingerprint of what is shown (items, entries, texts): the DOM is rebuilt only when it changes. */
export function shapeOf(visible: readonly VisibleItem[]): string {
  const walk = (list: readonly VisibleItem[]): unknown[] =>
    list.map((v) => [v.linkId, v.text, v.help, v.items && walk(v.items), v.entries?.map(walk)]);
  return JSON.stringify(walk(visible));
}
