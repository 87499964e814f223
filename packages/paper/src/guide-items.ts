/**
 * Form items on paper: every question of the form (paper cannot hide one; conditions are said in words), each with
 * its answer space in one block that a page break does not split. Choices are circles (one answer) or squares (all
 * that apply) to tick; a group of yes/no questions (the legacy problem list) is a table; the distress score is a
 * drawn thermometer; other 0–10 scales are a row of numbers; text gets ruled lines.
 */
import { escapeXml } from "@pakkeforlop-hjem/epikrise";
import type { FormItem, GroupItem, QuestionItem } from "@pakkeforlop-hjem/instruments";
import type { Lang } from "@pakkeforlop-hjem/model";
import { conditionText, textIn } from "./conditions.ts";
import type { PaperTexts } from "./texts.ts";
import { paperThermometer } from "./thermometer.ts";

/** What rendering reads. */
export interface PaperContext {
  readonly lang: Lang;
  readonly t: PaperTexts;
  /** Every item of the form by linkId (for conditions). */
  readonly index: ReadonlyMap<string, FormItem>;
  /** Blank entries printed for a repeating group. */
  readonly entries: number;
}

const esc = escapeXml;
const lines = (n: number, cls = "line"): string => `<div class="${cls}"></div>`.repeat(n);

function optionList(codes: readonly string[], texts: readonly string[], multiple: boolean): string {
  const mark = multiple ? "x" : "o";
  const cls = codes.length > 9 ? "opts cols3" : "opts";
  return `<ul class="${cls}">${texts.map((text) => `<li><span class="${mark}"></span>${esc(text)}</li>`).join("")}</ul>`;
}

/** The space to answer a question in. */
function answerSpace(q: QuestionItem, ctx: PaperContext): string {
  const { t, lang } = ctx;
  switch (q.type) {
    case "boolean":
      return optionList(["true", "false"], [t.yes, t.no], false);
    case "choice": {
      const options = q.answerOption ?? [];
      const list = optionList(
        options.map((o) => o.code),
        options.map((o) => textIn(o.display, lang)),
        q.repeats === true,
      );
      return q.repeats === true ? `<p class="hint">${esc(t.markAll)}</p>${list}` : list;
    }
    case "integer": {
      if (q.control !== "slider" || q.minValue === undefined || q.maxValue === undefined) {
        return '<span class="box"></span>';
      }
      const low = textIn(q.anchors?.low, lang);
      const high = textIn(q.anchors?.high, lang);
      if (q.linkId === "distress-score") {
        return paperThermometer({ min: q.minValue, max: q.maxValue, low, high });
      }
      const cells: string[] = [];
      for (let v = q.minValue; v <= q.maxValue; v++) {
        cells.push(`<li><span class="o"></span>${v}</li>`);
      }
      return `<ol class="scale">${cells.join("")}</ol><p class="anchors"><span>${q.minValue}: ${esc(low)}</span><span>${q.maxValue}: ${esc(high)}</span></p>`;
    }
    case "date":
      return `<div class="line short"><span class="ph">${esc(t.datePlaceholder)}</span></div>`;
    case "text":
      return lines(3);
    default:
      return q.format === "phone" ? lines(1, "line short") : lines(1);
  }
}

/** A line of text, an integer box, a date or a phone number: short enough to sit beside its label. */
const isShort = (q: QuestionItem): boolean =>
  q.type === "string" || q.type === "date" || (q.type === "integer" && q.control !== "slider");

function question(q: QuestionItem, ctx: PaperContext, inEntry = false): string {
  const condition = conditionText(q, ctx.index, ctx.lang, ctx.t);
  const label = `${esc(textIn(q.text, ctx.lang))}${q.required === true ? `<span class="req"> (${esc(ctx.t.required)})</span>` : ""}`;
  const notes = `${q.help === undefined ? "" : `<p class="help">${esc(textIn(q.help, ctx.lang))}</p>`}${
    condition === undefined ? "" : `<p class="cond">${esc(condition)}</p>`
  }`;
  if (inEntry && isShort(q)) {
    // Inside an entry: the label and its line on one row, two such rows side by side.
    return `<div class="q row"><span class="qt">${label}</span><span class="fill"></span>${notes}</div>`;
  }
  if (inEntry && (q.type === "boolean" || (q.type === "choice" && (q.answerOption?.length ?? 0) <= 3))) {
    return `<div class="q row"><span class="qt">${label}</span>${answerSpace(q, ctx)}${notes}</div>`;
  }
  const space = inEntry && q.type === "text" ? lines(2) : answerSpace(q, ctx);
  return `<div class="q${inEntry ? " wide" : ""}"><p class="qt">${label}</p>${notes}${space}</div>`;
}

/**
 * A group of single-choice questions with the same few options (the legacy problem list: yes/no per problem) as a
 * table with a column per option, or `undefined` when the group is not like that.
 */
function matrix(g: GroupItem, ctx: PaperContext): string | undefined {
  const qs = g.items.filter((i): i is QuestionItem => i.type === "choice" && i.repeats !== true);
  const first = qs[0]?.answerOption ?? [];
  const same = (q: QuestionItem) =>
    q.enableWhen === undefined &&
    JSON.stringify(q.answerOption?.map((o) => o.code)) === JSON.stringify(first.map((o) => o.code));
  if (qs.length === 0 || qs.length !== g.items.length || first.length > 3 || !qs.every(same)) {
    return undefined;
  }
  const head = first.map((o) => `<th scope="col">${esc(textIn(o.display, ctx.lang))}</th>`).join("");
  const rows = qs
    .map(
      (q) =>
        `<tr><th scope="row">${esc(textIn(q.text, ctx.lang))}</th>${first.map(() => '<td><span class="o"></span></td>').join("")}</tr>`,
    )
    .join("");
  return `<table class="matrix"><caption>${esc(textIn(g.text, ctx.lang))}</caption><thead><tr><td></td>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * A group of groups that each hold one single choice with the same options and the same texts (the topics: status,
 * the note, the note for the patient) as a table: a row per topic with circles per option and room to write in each
 * text's column, or `undefined` when not like that.
 */
function statusTable(g: GroupItem, ctx: PaperContext): string | undefined {
  const rows = g.items.map((i) =>
    i.type === "group" && i.repeats !== true && i.items.length >= 2 ? i.items : undefined,
  );
  const first = rows[0]?.[0];
  const texts = rows[0]?.slice(1) ?? [];
  if (first?.type !== "choice" || texts.some((t) => t.type !== "text") || first.repeats === true) {
    return undefined;
  }
  const codes = JSON.stringify(first.answerOption?.map((o) => o.code));
  const like = (r: readonly FormItem[] | undefined) =>
    r?.[0]?.type === "choice" &&
    r.length === texts.length + 1 &&
    r.slice(1).every((t) => t.type === "text") &&
    JSON.stringify(r[0].answerOption?.map((o) => o.code)) === codes;
  if (!rows.every(like)) {
    return undefined;
  }
  const options = first.answerOption ?? [];
  const head = `<tr><td></td>${options.map((o) => `<th scope="col">${esc(textIn(o.display, ctx.lang))}</th>`).join("")}${texts.map((t) => `<th scope="col" class="wide">${esc(textIn(t.text, ctx.lang))}</th>`).join("")}</tr>`;
  const cells = texts.map(() => '<td class="wide"></td>').join("");
  const body = g.items
    .map(
      (i) =>
        `<tr><th scope="row">${esc(textIn(i.text, ctx.lang))}</th>${options.map(() => '<td><span class="o"></span></td>').join("")}${cells}</tr>`,
    )
    .join("");
  return `<table class="status"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function group(g: GroupItem, ctx: PaperContext, depth: number, inEntry: boolean): string {
  const heading = depth === 0 ? "h2" : "h3";
  const condition = conditionText(g, ctx.index, ctx.lang, ctx.t);
  const intro = `<${heading}>${esc(textIn(g.text, ctx.lang))}</${heading}>${
    g.help === undefined ? "" : `<p class="help">${esc(textIn(g.help, ctx.lang))}</p>`
  }${condition === undefined ? "" : `<p class="cond">${esc(condition)}</p>`}`;
  let blocks: string[];
  if (g.repeats === true) {
    const count = Math.max(g.minOccurs ?? 0, Math.min(g.maxOccurs ?? ctx.entries, ctx.entries));
    // Entries are named by the group, or by its first question when the group's text is itself a question.
    const own = textIn(g.text, ctx.lang);
    const entryName = own.trimEnd().endsWith("?") ? textIn(g.items[0]?.text, ctx.lang) : own;
    blocks = Array.from(
      { length: count },
      (_, i) =>
        `<div class="entry"><p class="entry-h">${esc(entryName)} ${i + 1}</p>${paperBlocks(g.items, ctx, depth + 1, true).join("")}</div>`,
    );
    blocks.push(`<p class="hint">${esc(ctx.t.more)}</p>`);
  } else {
    const table = statusTable(g, ctx);
    blocks = table === undefined ? paperBlocks(g.items, ctx, depth + 1, inEntry) : [table];
  }
  // The heading stays on the page of the first thing under it (kept together unless that is the thermometer with its
  // problem list, which may be longer than a page).
  const [first = "", ...rest] = blocks;
  const body = first.startsWith('<div class="dt">')
    ? `<div class="next">${intro}</div>${blocks.join("\n")}`
    : `<div class="keep">${intro}${first}</div>${rest.join("\n")}`;
  return depth === 0 ? `<section class="grp">${body}</section>` : `<div class="sub-grp">${body}</div>`;
}

/**
 * The blocks of a list of items on paper; neighbouring tables (the categories of the problem list) share two
 * columns, and the thermometer stands beside its problem list.
 */
function paperBlocks(items: readonly FormItem[], ctx: PaperContext, depth: number, inEntry: boolean): string[] {
  const out: string[] = [];
  let tables: string[] = [];
  const flush = (): void => {
    if (tables.length > 0) {
      out.push(tables.length > 1 ? `<div class="matrices">${tables.join("")}</div>` : (tables[0] as string));
      tables = [];
    }
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as FormItem;
    const next = items[i + 1];
    if (item.type === "integer" && item.linkId === "distress-score" && next?.type === "group") {
      // The thermometer beside its problem list, as on the instrument's own sheet.
      flush();
      out.push(`<div class="dt">${question(item, ctx)}<div class="pl">${group(next, ctx, depth, inEntry)}</div></div>`);
      i++;
      continue;
    }
    const table = item.type === "group" ? matrix(item, ctx) : undefined;
    if (table !== undefined) {
      tables.push(table);
      continue;
    }
    flush();
    out.push(
      item.type === "group"
        ? group(item, ctx, depth, inEntry)
        : item.type === "display"
          ? `<p>${esc(textIn(item.text, ctx.lang))}</p>`
          : question(item, ctx, inEntry),
    );
  }
  flush();
  return out;
}

/**
 * Every item of a form on paper.
 * @internal
 */
export function paperItems(items: readonly FormItem[], ctx: PaperContext): string {
  return paperBlocks(items, ctx, 0, false).join("\n");
}
