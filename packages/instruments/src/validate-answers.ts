/**
 * Validation of form answers: the same pure function in the browser and on the server (no I/O), so a form shows
 * exactly the issues the receiving system would report. Issues use the model's error model and point at the item:
 * `[linkId]`, or `[groupLinkId, entryIndex, linkId]` inside a repeating group.
 */
import {
  capIssues,
  codePointLength,
  FORMAT_PATTERNS,
  formatIssue,
  isDate,
  type Lang,
  LIMITS,
  type PathSegment,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import { answerIssue as issue } from "./answer-issues.ts";
import { type FormAnswers, isUnanswered } from "./answers.ts";
import type { FormDefinition, FormItem, QuestionItem } from "./form.ts";
import type { InstrumentsIssue, InstrumentsIssueCode } from "./issues.ts";
import { createResolver, type Resolver, type Scope } from "./visibility.ts";

/** Options for {@link validateAnswers}. */
export interface ValidateAnswersOptions {
  /** Language of the end-user texts in `messages`; default `nb`. */
  readonly lang?: Lang;
}

/** An issue ready to show beside its item. */
export interface FormMessage {
  readonly code: InstrumentsIssueCode;
  readonly path: readonly PathSegment[];
  /** The item to show the message beside (the last linkId of the path). */
  readonly linkId: string;
  /** End-user text in the requested language; never contains an answer. */
  readonly text: string;
}

/**
 * The result of {@link validateAnswers}: a `SafeResult` (zod's shape) whose failure also carries the end-user
 * messages in the requested language.
 */
export type AnswersResult =
  | { readonly success: true; readonly data: FormAnswers }
  | {
      readonly success: false;
      readonly error: ValidationError<InstrumentsIssue>;
      readonly messages: readonly FormMessage[];
    };

type Out = InstrumentsIssue[];

const isPlainObject = (v: unknown): v is FormAnswers => typeof v === "object" && v !== null && !Array.isArray(v);

function checkValue(item: QuestionItem, v: unknown, path: readonly PathSegment[], out: Out): void {
  switch (item.type) {
    case "boolean":
      if (typeof v !== "boolean") {
        out.push(issue("answer_type", path, { expected: "boolean" }));
      }
      return;
    case "choice": {
      const codes = new Set((item.answerOption ?? []).map((o) => o.code));
      const valueSet = item.valueSet ?? item.linkId;
      if (item.repeats === true) {
        if (!Array.isArray(v) || !v.every((c) => typeof c === "string")) {
          out.push(issue("answer_type", path, { expected: "choice-list" }));
          return;
        }
        const seen = new Set<string>();
        v.forEach((c: string, i) => {
          if (!codes.has(c)) {
            out.push(issue("not_an_option", [...path, i], { valueSet }));
          } else if (seen.has(c)) {
            out.push(issue("duplicate_option", [...path, i], {}));
          }
          seen.add(c);
        });
      } else if (typeof v !== "string") {
        out.push(issue("answer_type", path, { expected: "choice" }));
      } else if (!codes.has(v)) {
        out.push(issue("not_an_option", path, { valueSet }));
      }
      return;
    }
    case "integer": {
      if (typeof v !== "number" || !Number.isInteger(v)) {
        out.push(issue("answer_type", path, { expected: "integer" }));
        return;
      }
      if ((item.minValue !== undefined && v < item.minValue) || (item.maxValue !== undefined && v > item.maxValue)) {
        out.push(
          issue("out_of_range", path, {
            ...(item.minValue === undefined ? {} : { min: item.minValue }),
            ...(item.maxValue === undefined ? {} : { max: item.maxValue }),
          }),
        );
      }
      return;
    }
    case "string":
    case "text": {
      if (typeof v !== "string") {
        out.push(issue("answer_type", path, { expected: item.type }));
        return;
      }
      const pattern = item.type === "string" ? FORMAT_PATTERNS.line : FORMAT_PATTERNS.text;
      const maxLength = item.maxLength ?? (item.type === "string" ? LIMITS.shortText : LIMITS.longText);
      if (!pattern.test(v)) {
        out.push(issue("invalid_text", path, { expected: item.type === "string" ? "line" : "text" }));
      } else if (codePointLength(v) > maxLength) {
        out.push(issue("text_too_long", path, { maxLength }));
      } else if (item.format === "phone" && !FORMAT_PATTERNS.phone.test(v)) {
        out.push(issue("invalid_format", path, { format: "phone" }));
      }
      return;
    }
    case "date":
      if (typeof v !== "string") {
        out.push(issue("answer_type", path, { expected: "date" }));
      } else if (!isDate(v)) {
        out.push(issue("invalid_date", path, {}));
      }
      return;
  }
}

/** linkIds answered at a scope level: questions and repeating groups, looking through non-repeating groups. */
function keysOf(items: readonly FormItem[], into: Set<string> = new Set()): Set<string> {
  for (const item of items) {
    if (item.type === "group" && item.repeats !== true) {
      keysOf(item.items, into);
    } else if (item.type !== "display") {
      into.add(item.linkId);
    }
  }
  return into;
}

function walk(
  r: Resolver,
  items: readonly FormItem[],
  chain: readonly Scope[],
  path: readonly PathSegment[],
  out: Out,
): void {
  const scope = chain[chain.length - 1] as Scope;
  for (const item of items) {
    if (item.type === "display") {
      continue;
    }
    if (item.type === "group" && item.repeats !== true) {
      walk(r, item.items, chain, path, out);
      continue;
    }
    const here = [...path, item.linkId];
    const value = scope.answers[item.linkId];
    const enabled = r.enabled(item.linkId, chain);
    if (isUnanswered(value)) {
      if (enabled && item.type === "group" && (item.minOccurs ?? 0) > 0) {
        out.push(issue("too_few_repeats", here, { minOccurs: item.minOccurs ?? 0 }));
      } else if (enabled && item.type !== "group" && item.required === true) {
        out.push(issue("answer_required", here, {}));
      }
      continue;
    }
    if (!enabled) {
      out.push(issue("answer_not_enabled", here, {}));
      continue;
    }
    if (item.type !== "group") {
      checkValue(item, value, here, out);
      continue;
    }
    if (!Array.isArray(value) || !value.every(isPlainObject)) {
      out.push(issue("answer_type", here, { expected: "group" }));
      continue;
    }
    const reps = value as readonly FormAnswers[];
    if (item.minOccurs !== undefined && reps.length < item.minOccurs) {
      out.push(issue("too_few_repeats", here, { minOccurs: item.minOccurs }));
    }
    if (item.maxOccurs !== undefined && reps.length > item.maxOccurs) {
      out.push(issue("too_many_repeats", here, { maxOccurs: item.maxOccurs }));
    }
    const known = keysOf(item.items);
    reps.forEach((rep, i) => {
      walk(r, item.items, [...chain, { owner: item.linkId, answers: rep }], [...here, i], out);
      unknownKeys(rep, known, [...here, i], out);
    });
  }
}

function unknownKeys(answers: FormAnswers, known: Set<string>, path: readonly PathSegment[], out: Out): void {
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) {
      out.push(issue("unknown_item", [...path, key], {}));
    }
  }
}

/**
 * Checks answers against a form definition: types, options, ranges, lengths, dates, required items, repeat counts,
 * unknown linkIds and answers to items that the other answers hide. Pure: the same result in browser and server.
 * @returns the answers on success; otherwise the issues (with English developer messages) and end-user texts in
 * `lang`.
 * @example
 * ```ts
 * const result = validateAnswers(NEEDS_ASSESSMENT_SP1, answers, { lang: "nn" });
 * if (!result.success) for (const m of result.messages) showBeside(m.linkId, m.text);
 * ```
 */
export function validateAnswers(
  form: FormDefinition,
  answers: FormAnswers,
  options: ValidateAnswersOptions = {},
): AnswersResult {
  const out: Out = [];
  if (!isPlainObject(answers)) {
    out.push(issue("answer_type", [], { expected: "answers" }));
  } else {
    const r = createResolver(form);
    walk(r, form.items, [{ owner: "", answers }], [], out);
    unknownKeys(answers, keysOf(form.items), [], out);
  }
  if (out.length === 0) {
    return { success: true, data: answers };
  }
  // Issue 21: at most MAX_ISSUES issues and one summary.
  const capped = capIssues(out, (omitted, limit) => issue("too_many_issues", [], { omitted, limit }));
  const lang = options.lang ?? "nb";
  const messages = capped.map((i) => ({
    code: i.code,
    path: i.path,
    linkId: String([...i.path].reverse().find((s) => typeof s === "string") ?? ""),
    text: formatIssue(i, lang),
  }));
  return { success: false, error: new ValidationError(capped), messages };
}
