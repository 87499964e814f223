/**
 * The distress section of the render tree: the score, the instrument, its period, the threshold, and the answers grouped by
 * the instrument's categories (item labels from the instrument the options give, or the shipped one). An answer whose
 * item has no known category is printed as an unknown item, never lost.
 */
import { DEFAULT_THRESHOLD_RULE, findInstrument, type Instrument } from "@pakkeforlop-hjem/instruments";
import { type Assessment, displayOf, type Lang, SCORE_PERIODS } from "@pakkeforlop-hjem/model";
import { formatDate, type TextKey } from "./labels.ts";
import { type Block, field, free } from "./tree.ts";

type Distress = NonNullable<Assessment["distress"]>;
type Answer = Distress["items"][number];
type Texts = Readonly<Record<TextKey, string>>;

/** Where an instrument's items are: item code → position, and each item's category position (-1: none). */
interface ItemIndex {
  readonly at: ReadonlyMap<string, number>;
  readonly category: readonly number[];
}

const INDEXES = new WeakMap<Instrument, ItemIndex>();

/** The {@link ItemIndex} of an instrument, built once per instrument object. */
function indexOf(instrument: Instrument): ItemIndex {
  let index = INDEXES.get(instrument);
  if (index === undefined) {
    const categories = instrument.categories.map((c) => c.code);
    index = {
      at: new Map(instrument.items.map((item, i) => [item.code, i])),
      category: instrument.items.map((item) => categories.indexOf(item.category)),
    };
    INDEXES.set(instrument, index);
  }
  return index;
}

function findIn(list: readonly Instrument[] | undefined, id: string, version: string): Instrument | undefined {
  return list === undefined ? findInstrument(id, version) : list.find((i) => i.id === id && i.version === version);
}

/** Appends `text` to a ", "-joined list. */
const joined = (list: string, text: string): string => (list === "" ? text : `${list}, ${text}`);

/** Where each answer is in its instrument: the item's position and the category's (-1: none). */
interface Placed {
  readonly item: readonly number[];
  readonly category: readonly number[];
}

/**
 * The field of category `c`, a part of the problem list: the items answered yes (or marked), no, and scored. Fixed
 * text ends in no white space; an item label (an organisation's wording) might, so the value is trimmed when the
 * label it ends with does.
 */
function categoryField(
  instrument: Instrument,
  c: number,
  answers: readonly Answer[],
  placed: Placed,
  lang: Lang,
  T: Texts,
): Block | undefined {
  let yes = "";
  let no = "";
  let scored = "";
  let lastYes = "";
  let lastNo = "";
  let seen = false;
  for (let i = 0; i < answers.length; i++) {
    if (placed.category[i] !== c) {
      continue;
    }
    seen = true;
    const value = (answers[i] as Answer).value;
    const label = (instrument.items[placed.item[i] as number] as Instrument["items"][number]).label[lang];
    if (value === "yes") {
      yes = joined(yes, label);
      lastYes = label;
    } else if (value === "no") {
      no = joined(no, label);
      lastNo = label;
    } else if (typeof value === "number") {
      scored = joined(scored, `${label} ${value}`);
    }
  }
  if (!seen) {
    return undefined;
  }
  const parts: string[] = [];
  if (yes !== "") {
    parts.push(`${instrument.answerFormat === "mark-all" ? T.problemsMarked : T.problemsYes}: ${yes}`);
  }
  if (no !== "") {
    parts.push(`${T.problemsNo}: ${no}`);
  }
  if (scored !== "") {
    parts.push(scored);
  }
  const text = parts.join("; ");
  const last = scored !== "" ? "" : no !== "" ? lastNo : lastYes;
  const label = (instrument.categories[c] as Instrument["categories"][number]).label[lang];
  return field(label, last.trimEnd() === last ? text : text.trimEnd(), undefined, undefined, "problem-list");
}

/**
 * Whose threshold rule judged the score (issue 17): the national one (NCCN ≥ 4, `DEFAULT_THRESHOLD_RULE`) or a
 * regional one (DOMAIN.md §3: the cut-off is configurable; any other id, version or cut-off). The rule's id and
 * version stay in the machine data.
 */
const isNational = (rule: Distress["thresholdRule"]): boolean =>
  rule.id === DEFAULT_THRESHOLD_RULE.id &&
  rule.version === DEFAULT_THRESHOLD_RULE.version &&
  rule.cutoff === DEFAULT_THRESHOLD_RULE.cutoff;

/**
 * The score's fields: the score, when it was filled in, the instrument by its title and edition (never its id and
 * version: issue 17), the period the answers cover (DOMAIN.md §3), and the threshold by its value and whose rule.
 */
function scoreBlocks(d: Distress, instrument: Instrument | undefined, lang: Lang, T: Texts): Block[] {
  const title =
    instrument === undefined
      ? T.unknownInstrument
      : instrument.edition === undefined
        ? instrument.title[lang]
        : `${instrument.title[lang]}, ${instrument.edition[lang]}`;
  // Issue 16: the problem list may be answered without a score, and then there is no threshold verdict either.
  const threshold = `≥ ${d.thresholdRule.cutoff} (${isNational(d.thresholdRule) ? T.national : T.regional})`;
  const cut = "distress-score";
  const blocks = [
    field(T.score, d.score === undefined ? T.noScore : `${d.score} ${T.of10}`, undefined, undefined, cut),
  ];
  if (d.selfReportedAt !== undefined) {
    blocks.push(field(T.selfReported, formatDate(d.selfReportedAt, lang), undefined, undefined, cut));
  }
  blocks.push(
    field(T.instrument, title.trimEnd(), undefined, undefined, cut),
    field(T.period, displayOf(SCORE_PERIODS, d.period, lang), undefined, undefined, cut),
    field(
      T.threshold,
      d.aboveThreshold === undefined ? threshold : `${threshold}: ${d.aboveThreshold ? T.atOrAbove : T.below}`,
      undefined,
      undefined,
      cut,
    ),
  );
  return blocks;
}

/** The blocks of the distress section. */
export function distressBlocks(
  d: Distress,
  lang: Lang,
  T: Texts,
  instruments: readonly Instrument[] | undefined,
  na: string,
): Block[] {
  const instrument = findIn(instruments, d.instrument.id, d.instrument.version);
  const blocks = scoreBlocks(d, instrument, lang, T);
  const index = instrument === undefined ? undefined : indexOf(instrument);
  const placed = { item: [] as number[], category: [] as number[] };
  let unknown = 0;
  for (const answer of d.items) {
    const at = index?.at.get(answer.code) ?? -1;
    const category = index === undefined || at < 0 ? -1 : (index.category[at] as number);
    placed.item.push(at);
    placed.category.push(category);
    if (category < 0) {
      unknown++;
    }
  }
  if (instrument !== undefined) {
    for (let c = 0; c < instrument.categories.length; c++) {
      const category = categoryField(instrument, c, d.items, placed, lang, T);
      if (category !== undefined) {
        blocks.push(category);
      }
    }
  }
  // Answers to items this edition does not have: counted, their codes only in the machine data (issue 17).
  if (unknown > 0) {
    const text = `${unknown} ${unknown === 1 ? T.answer : T.answers}`;
    blocks.push(field(T.unknownItem, text, undefined, undefined, "problem-list"));
  }
  if (d.items.length === 0) {
    blocks.push(field(T.problemsYes, na, undefined, undefined, "problem-list"));
  }
  if (d.otherConcerns !== undefined) {
    blocks.push(field(T.otherConcerns, "", undefined, free("other-concerns", d.otherConcerns), "problem-list"));
  }
  return blocks;
}
