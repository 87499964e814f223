/**
 * Plain-DOM rendering of a headless form definition: what `visibleItems` returns becomes fieldsets with legends,
 * labelled controls, hints and error texts wired up with aria-describedby. No framework.
 */
import type { AnswerOption, FormText, QuestionItem, VisibleItem } from "@pakkeforlop-hjem/instruments";
import type { Lang } from "@pakkeforlop-hjem/model";

/** A path into the answers, as validateAnswers reports it: linkIds, and entry indexes inside repeating groups. */
export type AnswerPath = readonly (string | number)[];

/** The page's mutable answers (assignable to the SDK's FormAnswers). */
export type Value = string | number | boolean | readonly string[] | Entry[];
export interface Entry {
  [linkId: string]: Value | undefined;
}

const UI: Readonly<Record<Lang, Readonly<Record<"required" | "yes" | "no" | "choose" | "add" | "remove", string>>>> = {
  nb: { required: "må fylles ut", yes: "Ja", no: "Nei", choose: "Velg …", add: "Legg til", remove: "Fjern" },
  nn: { required: "må fyllast ut", yes: "Ja", no: "Nei", choose: "Vel …", add: "Legg til", remove: "Fjern" },
  en: { required: "required", yes: "Yes", no: "No", choose: "Choose …", add: "Add", remove: "Remove" },
};

/** The DOM id of the control a path points at ("f-" + segments). */
export const fieldId = (path: AnswerPath): string => `f-${path.join("__")}`;

/** What rendering learned: which element to focus for a path and the label to name it by. */
export interface Rendered {
  readonly nodes: Node[];
  /** fieldId → [element id to focus, label text] */
  readonly targets: Map<string, readonly [string, string]>;
}

export function answerAt(answers: Entry, path: AnswerPath): Value | undefined {
  let cur: Value | Entry | undefined = answers;
  for (const seg of path) {
    if (cur === undefined || typeof cur !== "object") {
      return undefined;
    }
    cur = typeof seg === "number" ? (cur as Entry[])[seg] : (cur as Entry)[seg];
  }
  return cur as Value | undefined;
}

const textOf = (t: FormText | undefined, lang: Lang): string | undefined => t?.[lang] ?? t?.nb ?? t?.en;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined) {
      e.setAttribute(k, v);
    }
  }
  e.append(...children);
  return e;
}

function labelText(v: VisibleItem, q: QuestionItem, lang: Lang): (Node | string)[] {
  return q.required === true ? [v.text, el("span", { class: "required" }, ` (${UI[lang].required})`)] : [v.text];
}

function hintFor(v: VisibleItem, q: QuestionItem, id: string, lang: Lang): HTMLElement | undefined {
  const anchors =
    q.anchors === undefined || v.help !== undefined
      ? undefined
      : `${q.minValue ?? 0} = ${textOf(q.anchors.low, lang) ?? ""}, ${q.maxValue ?? 10} = ${textOf(q.anchors.high, lang) ?? ""}`;
  const text = [v.help, anchors].filter((s) => s !== undefined && s !== "").join(" ");
  return text === "" ? undefined : el("p", { class: "hint", id: `${id}-hint` }, text);
}

function options(q: QuestionItem, lang: Lang): { code: string; text: string }[] {
  if (q.type === "boolean") {
    return [
      { code: "true", text: UI[lang].yes },
      { code: "false", text: UI[lang].no },
    ];
  }
  return (q.answerOption ?? []).map((o: AnswerOption) => ({ code: o.code, text: textOf(o.display, lang) ?? o.code }));
}

function question(v: VisibleItem, path: AnswerPath, answers: Entry, lang: Lang, out: Rendered): HTMLElement {
  const q = v.item as QuestionItem;
  const id = fieldId(path);
  const value = answerAt(answers, path);
  const data = { "data-path": JSON.stringify(path), "data-type": q.type };
  const hint = hintFor(v, q, id, lang);
  const describedBy = hint === undefined ? undefined : hint.id;
  const asRadios =
    q.type === "boolean" || (q.type === "choice" && (q.control === "radio-button" || q.repeats === true));

  if (asRadios) {
    const opts = options(q, lang);
    const multiple = q.repeats === true;
    const chosen = (c: string) =>
      multiple ? Array.isArray(value) && (value as readonly unknown[]).includes(c) : String(value ?? "") === c;
    const fieldset = el("fieldset", { id, class: "field", "aria-describedby": describedBy, ...data });
    fieldset.append(el("legend", {}, ...labelText(v, q, lang)));
    if (hint !== undefined) {
      fieldset.append(hint);
    }
    opts.forEach((o, i) => {
      const optId = `${id}--${i}`;
      const input = el("input", {
        type: multiple ? "checkbox" : "radio",
        id: optId,
        name: id,
        value: o.code,
        ...data,
      });
      input.checked = chosen(o.code);
      fieldset.append(el("label", { class: "option", for: optId }, input, ` ${o.text}`));
    });
    out.targets.set(id, [`${id}--0`, v.text]);
    return fieldset;
  }

  const wrap = el("div", { class: "field" });
  const common = { id, name: id, "aria-describedby": describedBy, "aria-required": q.required ? "true" : undefined };
  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (q.type === "choice") {
    const select = el("select", { ...common, ...data });
    select.append(el("option", { value: "" }, UI[lang].choose));
    for (const o of options(q, lang)) {
      const opt = el("option", { value: o.code }, o.text);
      opt.selected = value === o.code;
      select.append(opt);
    }
    control = select;
  } else if (q.type === "text") {
    control = el("textarea", { ...common, ...data, rows: "3" });
    control.value = typeof value === "string" ? value : "";
  } else {
    const type = q.type === "integer" ? "number" : q.type === "date" ? "date" : q.format === "phone" ? "tel" : "text";
    control = el("input", {
      ...common,
      ...data,
      type,
      inputmode: q.type === "integer" ? "numeric" : undefined,
      min: q.minValue === undefined ? undefined : String(q.minValue),
      max: q.maxValue === undefined ? undefined : String(q.maxValue),
      autocomplete: "off",
    });
    control.value = value === undefined ? "" : String(value);
  }
  wrap.append(el("label", { for: id }, ...labelText(v, q, lang)));
  if (hint !== undefined) {
    wrap.append(hint);
  }
  wrap.append(control);
  out.targets.set(id, [id, v.text]);
  return wrap;
}

function items(list: readonly VisibleItem[], prefix: AnswerPath, answers: Entry, lang: Lang, out: Rendered): Node[] {
  const nodes: Node[] = [];
  for (const v of list) {
    if (v.type === "display") {
      nodes.push(el("p", {}, v.text));
    } else if (v.type === "group" && v.entries !== undefined) {
      const groupPath = [...prefix, v.linkId];
      const fieldset = el("fieldset", { id: fieldId(groupPath) });
      fieldset.append(el("legend", {}, v.text));
      if (v.help !== undefined) {
        fieldset.append(el("p", { class: "hint" }, v.help));
      }
      v.entries.forEach((entry, i) => {
        const entryPath = [...groupPath, i];
        const inner = el("fieldset", { id: fieldId(entryPath) });
        inner.append(el("legend", {}, `${v.text} ${i + 1}`));
        inner.append(...items(entry, entryPath, answers, lang, out));
        inner.append(
          el(
            "button",
            {
              type: "button",
              class: "secondary",
              "data-action": "remove",
              "data-path": JSON.stringify(groupPath),
              "data-index": String(i),
            },
            `${UI[lang].remove} ${v.text.toLowerCase()} ${i + 1}`,
          ),
        );
        fieldset.append(inner);
      });
      fieldset.append(
        el(
          "button",
          { type: "button", class: "secondary", "data-action": "add", "data-path": JSON.stringify(groupPath) },
          `${UI[lang].add}: ${v.text.toLowerCase()}`,
        ),
      );
      out.targets.set(fieldId(groupPath), [fieldId(groupPath), v.text]);
      nodes.push(fieldset);
    } else if (v.type === "group") {
      const fieldset = el("fieldset", { id: fieldId([...prefix, v.linkId]) });
      fieldset.append(el("legend", {}, v.text));
      if (v.help !== undefined) {
        fieldset.append(el("p", { class: "hint" }, v.help));
      }
      fieldset.append(...items(v.items ?? [], prefix, answers, lang, out));
      nodes.push(fieldset);
    } else {
      nodes.push(question(v, [...prefix, v.linkId], answers, lang, out));
    }
  }
  return nodes;
}

/** Renders the visible items for the current answers. */
export function renderForm(visible: readonly VisibleItem[], answers: Entry, lang: Lang): Rendered {
  const out: Rendered = { nodes: [], targets: new Map() };
  out.nodes.push(...items(visible, [], answers, lang, out));
  return out;
}

/** A fingerprint of what is shown (items, entries, texts): re-render only when it changes. */
export function shape(visible: readonly VisibleItem[]): string {
  const walk = (list: readonly VisibleItem[]): unknown[] =>
    list.map((v) => [v.linkId, v.text, v.help, v.items && walk(v.items), v.entries?.map(walk)]);
  return JSON.stringify(walk(visible));
}
