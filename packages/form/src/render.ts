/**
 * Renders what `visibleItems` shows as accessible HTML in Designsystemet's patterns: groups and radio/checkbox groups
 * are fieldsets with legends; every control has a label, its help text and its error text tied to it with
 * `aria-describedby`; errors also set `aria-invalid`; a required question says so in words.
 */
import type { FormAnswers, FormText, GroupItem, QuestionItem, VisibleItem } from "@pakkeforlop-hjem/instruments";
import type { Lang } from "@pakkeforlop-hjem/model/validator";
import { type AnswerPath, answerAt, fieldId } from "./answers.ts";
import { h, type Kid } from "./dom.ts";
import { createSlider } from "./slider.ts";
import type { UiTexts } from "./texts.ts";

/** What rendering reads and what it learns (where each field is, for the error summary). */
export interface RenderContext {
  readonly lang: Lang;
  readonly t: UiTexts;
  readonly draft: FormAnswers;
  /** Field id → error text. */
  readonly errors: ReadonlyMap<string, string>;
  /** Field id → [id of the element to focus, the label to name it by]. */
  readonly targets: Map<string, readonly [string, string]>;
  /** A slider changed (sliders are not form controls, so they report here). */
  readonly onSlider: (path: AnswerPath, value: number | undefined) => void;
}

const textIn = (t: FormText | undefined, lang: Lang): string => t?.[lang] ?? t?.nb ?? t?.en ?? "";

const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter((i): i is string => typeof i === "string").join(" ") || undefined;

function options(q: QuestionItem, ctx: RenderContext): readonly { code: string; text: string }[] {
  if (q.type === "integer") {
    const from = q.minValue ?? 0;
    return Array.from({ length: (q.maxValue ?? 10) - from + 1 }, (_, i) => ({
      code: `${from + i}`,
      text: `${from + i}`,
    }));
  }
  if (q.type === "boolean") {
    return [
      { code: "true", text: ctx.t.yes },
      { code: "false", text: ctx.t.no },
    ];
  }
  return (q.answerOption ?? []).map((o) => ({ code: o.code, text: textIn(o.display, ctx.lang) }));
}

/**
 * How a question is shown. The distress score is the thermometer (a slider); another 0–10 scale (ESAS-r) is a row
 * of eleven radio buttons, like the paper form where a number is circled.
 */
function kindOf(q: QuestionItem): "radio" | "checkbox" | "select" | "slider" | "textarea" | "input" {
  if (q.type === "boolean") {
    return "radio";
  }
  if (q.type === "choice") {
    if (q.repeats === true) {
      return "checkbox";
    }
    const many = (q.answerOption?.length ?? 0) > 6;
    return q.control === "drop-down" || (many && q.control !== "radio-button") ? "select" : "radio";
  }
  if (q.type === "integer" && q.control === "slider" && q.minValue !== undefined && q.maxValue !== undefined) {
    return q.linkId === "distress-score" ? "slider" : "radio";
  }
  return q.type === "text" ? "textarea" : "input";
}

function question(v: VisibleItem, path: AnswerPath, label: string, ctx: RenderContext): HTMLElement {
  const q = v.item as QuestionItem;
  const id = fieldId(path);
  const value = answerAt(ctx.draft, path);
  const error = ctx.errors.get(id);
  const kind = kindOf(q);
  const anchors =
    kind === "radio" && q.anchors !== undefined
      ? `${q.minValue} = ${textIn(q.anchors.low, ctx.lang)}, ${q.maxValue} = ${textIn(q.anchors.high, ctx.lang)}`
      : undefined;
  const help = [v.help, anchors].filter(Boolean).join(" ") || undefined;
  const hintId = help === undefined ? undefined : `${id}-h`;
  const errId = error === undefined ? undefined : `${id}-e`;
  const described = describedBy(hintId, errId);
  const data = { "data-p": JSON.stringify(path), "data-t": q.type };
  const caption: Kid[] = [v.text, q.required === true && h("span", { class: "req" }, ` (${ctx.t.required})`)];
  const hint = help !== undefined && h("p", { class: "hint", id: hintId }, help);
  const err = errId !== undefined && h("p", { class: "err", id: errId }, error);
  const invalid = error === undefined ? undefined : "true";

  if (kind === "radio" || kind === "checkbox") {
    const opts = options(q, ctx);
    const chosen = (code: string): boolean =>
      Array.isArray(value) ? value.includes(code) : value !== undefined && String(value) === code;
    const short = q.type === "integer" || (opts.length <= 3 && opts.every((o) => o.text.length <= 12));
    ctx.targets.set(id, [`${id}-0`, label]);
    return h(
      "fieldset",
      { id, class: short ? "field inline" : "field", "aria-describedby": described },
      h("legend", {}, ...caption),
      hint,
      h(
        "div",
        { class: "opts" },
        ...opts.map((o, i) => {
          const input = h("input", {
            type: kind,
            id: `${id}-${i}`,
            name: id,
            value: o.code,
            "aria-describedby": errId,
            "aria-invalid": kind === "checkbox" ? invalid : undefined,
            ...data,
          });
          input.checked = chosen(o.code);
          return h("div", { class: "opt" }, input, h("label", { for: `${id}-${i}` }, o.text));
        }),
      ),
      err,
    );
  }

  if (kind === "slider") {
    const labelId = `${id}-l`;
    ctx.targets.set(id, [id, label]);
    return h(
      "div",
      { class: "field" },
      h("span", { class: "lbl", id: labelId }, ...caption),
      hint,
      createSlider({
        id,
        labelId,
        describedBy: described,
        min: q.minValue ?? 0,
        max: q.maxValue ?? 10,
        value: typeof value === "number" ? value : undefined,
        low: textIn(q.anchors?.low, ctx.lang),
        high: textIn(q.anchors?.high, ctx.lang),
        invalid: error !== undefined,
        notAnswered: ctx.t.notAnswered,
        clear: ctx.t.clear,
        onSet: (next) => ctx.onSlider(path, next),
      }),
      err,
    );
  }

  const common = { id, name: id, "aria-describedby": described, "aria-invalid": invalid, ...data };
  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (kind === "select") {
    control = h(
      "select",
      common,
      h("option", { value: "" }, ctx.t.choose),
      ...options(q, ctx).map((o) => h("option", { value: o.code }, o.text)),
    );
  } else if (kind === "textarea") {
    control = h("textarea", { ...common, rows: 3, "data-max": q.maxLength });
  } else {
    control = h("input", {
      ...common,
      type: q.type === "date" ? "date" : q.format === "phone" ? "tel" : "text",
      inputmode: q.type === "integer" ? "numeric" : undefined,
      // Not `maxlength`, which counts UTF-16 units: the element keeps the text within maxLength code points, the
      // unit validateAnswers and the JSON Schema count (issue 21), so an emoji at the limit is not refused.
      "data-max": q.maxLength,
      autocomplete: "off",
    });
  }
  control.value = value === undefined || value === null ? "" : String(value);
  ctx.targets.set(id, [id, label]);
  return h("div", { class: "field" }, h("label", { for: id }, ...caption), hint, control, err);
}

/** A group's legend (a heading at the top level) and its help text. */
const groupHead = (v: VisibleItem, depth: number): Kid[] => [
  h("legend", {}, depth === 0 ? h("h3", {}, v.text) : v.text),
  v.help !== undefined && h("p", { class: "hint" }, v.help),
];

function repeating(v: VisibleItem, path: AnswerPath, ctx: RenderContext, depth: number): HTMLElement {
  const g = v.item as GroupItem;
  const id = fieldId(path);
  const entries = v.entries ?? [];
  const error = ctx.errors.get(id);
  // An entry is named by the group, or by its first question when the group's text is itself a question ("Hvem
  // deltok i samtalen?" has entries "Deltaker 1", "Deltaker 2").
  const entryName = v.text.trimEnd().endsWith("?") ? textIn(g.items[0]?.text, ctx.lang) : v.text;
  const name = entryName.toLowerCase();
  const addId = `${id}-add`;
  ctx.targets.set(id, [addId, v.text]);
  return h(
    "fieldset",
    { id, class: "grp", "aria-describedby": error === undefined ? undefined : `${id}-e` },
    ...groupHead(v, depth),
    ...entries.map((entry, i) => {
      const entryPath = [...path, i];
      return h(
        "fieldset",
        { class: "entry", id: fieldId(entryPath) },
        h("legend", {}, `${entryName} ${i + 1}`),
        ...items(entry, entryPath, ctx, depth + 1, `${entryName} ${i + 1}, `),
        entries.length > (g.minOccurs ?? 0) &&
          h(
            "button",
            { type: "button", class: "sec", "data-act": "remove", "data-p": JSON.stringify(path), "data-i": i },
            `${ctx.t.remove} ${name} ${i + 1}`,
          ),
      );
    }),
    entries.length < (g.maxOccurs ?? 1e9) &&
      h(
        "button",
        { type: "button", class: "sec", id: addId, "data-act": "add", "data-p": JSON.stringify(path) },
        `${ctx.t.add}: ${name}`,
      ),
    error !== undefined && h("p", { class: "err", id: `${id}-e` }, error),
  );
}

/**
 * Renders a list of shown items at a path prefix.
 * @internal
 */
export function items(
  list: readonly VisibleItem[],
  prefix: AnswerPath,
  ctx: RenderContext,
  depth = 0,
  labelPrefix = "",
): Node[] {
  return list.map((v): Node => {
    if (v.type === "display") {
      return h("p", {}, v.text);
    }
    if (v.type === "group" && v.entries !== undefined) {
      return repeating(v, [...prefix, v.linkId], ctx, depth);
    }
    if (v.type === "group") {
      return h(
        "fieldset",
        { class: "grp" },
        ...groupHead(v, depth),
        ...items(v.items ?? [], prefix, ctx, depth + 1, labelPrefix),
      );
    }
    return question(v, [...prefix, v.linkId], `${labelPrefix}${v.text}`, ctx);
  });
}
