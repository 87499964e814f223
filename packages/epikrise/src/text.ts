/**
 * The plain-text printer of the render tree: the epicrisis text and the dialogue-note body with a length budget.
 * Output is wrapped at a width, uses only characters valid in XML 1.0 and in receiving EHRs: no tabs, no control
 * characters other than the line feed (issue 5).
 */
import type { Assessment, Lang } from "@pakkeforlop-hjem/model";
import { buildRenderTree } from "./build.ts";
import { tr } from "./labels.ts";
import {
  type Block,
  BUDGET_ORDER,
  type BudgetStep,
  type CutPart,
  FREE_TEXT_ORDER,
  type FreeTextKind,
  type RenderOptions,
  type RenderTree,
  type Section,
  type SectionId,
} from "./tree.ts";
import { checkWidth, cleanText, keep, wrap } from "./wrap.ts";

/** Options of the text renderers. */
export interface TextOptions extends RenderOptions {
  /** Wrap lines at this many characters (40–200). Default 80. */
  readonly width?: number;
}

const SHORT = 60;

/** The parts a budget leaves out, as the notice names them. */
const PART_LABEL: Readonly<Record<CutPart, Readonly<Record<Lang, string>>>> = {
  "topics-no-need": { nb: "tema uten behov", nn: "tema utan behov", en: "topics with no need" },
  "topics-not-discussed": {
    nb: "tema som ikke ble tatt opp",
    nn: "tema som ikkje vart tekne opp",
    en: "topics not discussed",
  },
  notes: { nb: "notater", nn: "notat", en: "notes" },
  participation: { nb: "deltakere og samtaleform", nn: "deltakarar og samtaleform", en: "participants and mode" },
  "next-step-window": { nb: "tidsvindu", nn: "tidsvindauge", en: "window" },
  consent: { nb: "samtykke", nn: "samtykke", en: "consent" },
  "problem-list": { nb: "problemliste", nn: "problemliste", en: "problem list" },
  amendments: { nb: "endringshistorikk", nn: "endringshistorikk", en: "amendment history" },
  "conducted-by": {
    nb: "gjennomført av og språk",
    nn: "gjennomført av og språk",
    en: "conducted by and language",
  },
  "next-step": { nb: "neste steg", nn: "neste steg", en: "next step" },
  "contact-point": { nb: "kontaktpunkt i kommunen", nn: "kontaktpunkt i kommunen", en: "municipal contact point" },
  "distress-score": { nb: "påkjenningstermometer", nn: "påkjenningstermometer", en: "distress thermometer" },
  "topics-need": { nb: "tema med behov", nn: "tema med behov", en: "topics with a need" },
  "what-matters": { nb: "hva som er viktig for pasienten", nn: "kva som er viktig for pasienten", en: "what matters" },
  measures: { nb: "tiltak", nn: "tiltak", en: "measures" },
  children: { nb: "barn som pårørende", nn: "barn som pårørande", en: "children as next of kin" },
};

/** Free-text labels for the budget notice. */
const KIND_LABEL: Readonly<Record<FreeTextKind, Readonly<Record<Lang, string>>>> = {
  notes: { nb: "notater", nn: "notat", en: "notes" },
  "topic-notes": { nb: "merknader til tema", nn: "merknader til tema", en: "topic notes" },
  "children-text": { nb: "tekst om barn", nn: "tekst om barn", en: "text about children" },
  "next-step-note": { nb: "merknad til neste steg", nn: "merknad til neste steg", en: "next-step note" },
  "reason-text": { nb: "begrunnelse", nn: "grunngjeving", en: "reason text" },
  "other-concerns": { nb: "andre bekymringer", nn: "andre uroer", en: "other concerns" },
  "measure-descriptions": { nb: "tiltaksbeskrivelser", nn: "tiltaksskildringar", en: "measure descriptions" },
  "what-matters": { nb: "hva som er viktig", nn: "kva som er viktig", en: "what matters" },
};

/** Cleaned free text as a budget shortens it: on one line of at most {@link SHORT} characters. */
function shortText(clean: string): string {
  const oneLine = clean.replace(/\s+/g, " ");
  return oneLine.length <= SHORT ? oneLine : `${oneLine.slice(0, SHORT).trimEnd()}…`;
}

/** The free text of a block as printed in full ("" for none). */
const freeOf = (b: Block): string => (b.free === undefined ? "" : cleanText(b.free.text));

/**
 * The length of a block's value as one line after its prefix and a line feed, or -1 when it takes the wrap. The
 * prefix is `"Label: "` for a field, `"- "` for a list item, none for a paragraph, after the indent; `free` is the
 * block's free text as printed. A value that fits beside its prefix is that one line as it is ({@link oneLine}): its
 * fixed text and kept parts are clean (one line, no white space at the end, see `Block`) and its free text is
 * cleaned, so nothing reads the joined line's characters (reading a joined string's characters copies it), and its
 * length is known before it is made. This is the printer's one fast path; `render.test.ts` checks its promise (no
 * line ends in white space) with instrument labels that end in white space, and the golden files hold it to the
 * wrap's bytes. Everything else goes through the one wrap ({@link wrapped}).
 */
function oneLineLength(v: Block, free: string, indent: string, width: number): number {
  const kind = v.kind;
  const lead = indent.length + (kind === "field" ? (v.label as string).length + 2 : kind === "item" ? 2 : 0);
  let length = lead + v.text.length + free.length;
  const kept = v.kept;
  if (kept !== undefined) {
    for (const part of kept) {
      length += 2 + part.length;
    }
  }
  // A value that ends in free text ends in its cleaned (trimmed) text; one without ends in clean fixed text.
  const ends = v.free === undefined ? length > lead : free !== "";
  return ends && length <= width && free.indexOf("\n") === -1 ? length + 1 : -1;
}

/** A value on one line after a line feed and its prefix (when {@link oneLineLength} says it fits). */
function oneLine(v: Block, free: string, indent: string): string {
  let body = v.text;
  if (v.kept !== undefined) {
    for (const part of v.kept) {
      body = body === "" ? part : `${body}, ${part}`;
    }
  }
  return v.kind === "field"
    ? `\n${indent}${v.label}: ${body}${free}`
    : v.kind === "item"
      ? `\n${indent}- ${body}${free}`
      : `\n${indent}${body}${free}`;
}

/** A value wrapped after its prefix, its further lines at the indent (a paragraph) or two spaces in, kept parts whole. */
function wrapped(v: Block, free: string, indent: string, width: number): string {
  let text = v.text;
  if (v.kept !== undefined) {
    for (const part of v.kept) {
      text = text === "" ? keep(part) : `${text}, ${keep(part)}`;
    }
  }
  const kind = v.kind;
  const first = kind === "field" ? `${indent}${v.label}: ` : kind === "item" ? `${indent}- ` : indent;
  return wrap(text + free, { width, first, rest: kind === "para" ? indent : `${indent}  ` });
}

/**
 * A heading or the title as its lines, each after a line feed: upper-cased, and wrapped when longer than the width.
 * These are fixed texts (clean, see `Block`), so each is made once per width and kept.
 */
const HEADINGS = new Map<number, Map<string, string>>();

export function headingLines(text: string, width: number): string {
  let byText = HEADINGS.get(width);
  if (byText === undefined) {
    byText = new Map();
    HEADINGS.set(width, byText);
  }
  let lines = byText.get(text);
  if (lines === undefined) {
    lines = wrap(text.toUpperCase(), { width });
    if (byText.size < 1000) {
      byText.set(text, lines);
    }
  }
  return lines;
}

/** The lines of a block but the fields of a list item, each after a line feed (but the title, the document's first). */
function blockLines(b: Block, free: string, indent: string, width: number): string {
  if (b.kind === "title") {
    // The title is the document's first line: no line feed before it.
    return headingLines(b.text, width).slice(1);
  }
  return oneLineLength(b, free, indent, width) === -1 ? wrapped(b, free, indent, width) : oneLine(b, free, indent);
}

/** The lines of blocks at an indent, each after a line feed (but the title, the document's first line). */
export function printBlocks(blocks: readonly Block[], indent: string, width: number): string {
  let out = "";
  for (const b of blocks) {
    out += blockLines(b, freeOf(b), indent, width);
    if (b.fields !== undefined) {
      out += printBlocks(b.fields, `${indent}  `, width);
    }
  }
  return out;
}

/** A section's lines, each after a line feed; a heading is upper-cased after a blank line. */
function printSection(section: Section, width: number): string {
  const blocks = printBlocks(section.blocks, "", width);
  return section.heading === undefined ? blocks : `\n${headingLines(section.heading, width)}${blocks}`;
}

/**
 * The document from its sections' lines: each line after a line feed but the title, so every line ends in one when
 * a last line feed is added (nothing slices the joined lines: that would copy the document).
 */
export function finish(lines: string): string {
  return lines === "" ? "" : `${lines}\n`;
}

/**
 * Renders the epicrisis text of an assessment in nb, nn or en: a header marked "Pakkeforløp hjem for pasienter med
 * kreft" with the interaction point and place, then the fixed sections. Unanswered parts print as "ikke besvart" /
 * "ikkje svart" / "not answered". Deterministic: no clock, stable order. Takes a valid assessment (check what you
 * received with `safeParseAssessment` first, or use `safeRenderEpicrisisText`): the allowed characters and the width
 * rest on the model's formats.
 * @throws {RangeError} when `width` is outside 40–200.
 * @example
 * ```ts
 * const text = renderEpicrisisText(assessment, { lang: "nb", width: 72 });
 * ```
 */
export function renderEpicrisisText(assessment: Assessment, options: TextOptions = {}): string {
  const width = checkWidth(options.width, 80, 200);
  let lines = "";
  for (const section of buildRenderTree(assessment, options).sections) {
    lines += printSection(section, width);
  }
  return finish(lines);
}

/** Options of {@link renderNoteText}. */
export interface NoteTextOptions extends TextOptions {
  /**
   * Maximum length in characters. The note is cut in {@link BUDGET_ORDER} until it fits, and says so. A budget below
   * the note's minimum ({@link minimumNoteBudget}) gives the shortest note with `withinBudget: false`.
   */
  readonly budget?: number;
}

/** A dialogue-note body and what the budget did to it. */
export interface NoteText {
  readonly text: string;
  /** Kinds of free text that were shortened, in the order they were shortened. */
  readonly shortened: readonly FreeTextKind[];
  /** Parts left out, in the order they were left out (see {@link BUDGET_ORDER}). */
  readonly leftOut: readonly CutPart[];
  /** The sections the budget cut into (shortened or left out, wholly or in part), in the order first cut. */
  readonly cut: readonly SectionId[];
  /**
   * `false` when the budget is below the note's minimum: `text` is then the shortest note (the header, the outcome
   * and the notice, everything else left out), and its length is the minimum.
   */
  readonly withinBudget: boolean;
}

/** The parts a budget may leave out and the kinds of free text it may shorten, each by its bit's position. */
const PARTS: readonly CutPart[] = BUDGET_ORDER.flatMap((s) => (s.step === "leave-out" ? [s.part] : []));
const PART_AT = Object.fromEntries(PARTS.map((p, i) => [p, i])) as Record<CutPart, number>;
const KIND_AT = Object.fromEntries(FREE_TEXT_ORDER.map((k, i) => [k, i])) as Record<FreeTextKind, number>;

/** A section as a budget sees it: its heading's lines after a blank line ("" for none), its blocks still printed. */
interface Part {
  readonly id: SectionId;
  /** Its bit (1 << its position): a step's sections are a number. */
  readonly bit: number;
  readonly heading: string;
  /** The length of its blocks still printed, and how many there are. */
  blocks: number;
  printed: number;
  /** Its length as printed: its heading's and its blocks'. */
  length: number;
}

/**
 * A block laid out for a budget (`fit`): its length measured once in full, with its section, the parts that leave
 * it out (its own and its list item's) as bits, and the kind of its free text. A budget's steps add up lengths; a
 * block's lines are made only when it is printed, and measured shortened only when its kind is shortened.
 */
interface Laid {
  readonly block: Block;
  readonly indent: string;
  readonly section: Part;
  /** Its free text, cleaned ("" for none). */
  readonly free: string;
  /** Its lines when they are not one line (one line is made when it is printed). */
  readonly lines: string | undefined;
  readonly length: number;
  /** The same with its free text shortened, once measured (`shortLength` -1 until then). */
  short: string;
  shortLines: string | undefined;
  shortLength: number;
  /** The bits of the parts that leave it out: its own and its list item's. */
  readonly outBy: number;
  /** The position of its own part (-1: none) and of the kind of its free text (-1: none). */
  readonly part: number;
  readonly kind: number;
  /** Whether shortening changes its free text (longer than {@link SHORT} or on more than one line). */
  readonly shortens: boolean;
}

/** Measures a value: its lines when they are not one line, and its length. */
function measured(
  b: Block,
  free: string,
  indent: string,
  width: number,
): { lines: string | undefined; length: number } {
  const one = b.kind === "title" ? -1 : oneLineLength(b, free, indent, width);
  const lines = one === -1 ? blockLines(b, free, indent, width) : undefined;
  return { lines, length: lines === undefined ? one : lines.length };
}

/**
 * A note laid out for a budget: its sections and its blocks in print order, and what the cuts so far leave out and
 * shorten (as bits). The blocks each part leaves out and each kind's blocks are listed, so a step reads only its own;
 * `holding` counts the blocks still printed that hold each kind of free text.
 */
interface Layout {
  readonly width: number;
  readonly sections: Part[];
  readonly blocks: Laid[];
  readonly byPart: (Laid[] | undefined)[];
  readonly byKind: (Laid[] | undefined)[];
  readonly holding: number[];
  left: number;
  shortened: number;
}

/** Adds a block to a list of a layout's (made when first needed). */
function listed(lists: (Laid[] | undefined)[], at: number, l: Laid): void {
  const list = lists[at];
  if (list === undefined) {
    lists[at] = [l];
  } else {
    list.push(l);
  }
}

/**
 * Lays out blocks of a section at an indent, in print order (see {@link Laid}); `outBy`: the bits of the parts that
 * leave out the list item they are fields of.
 */
function lay(layout: Layout, section: Part, blocks: readonly Block[], indent: string, outBy: number): void {
  for (const block of blocks) {
    const part = block.cut === undefined ? -1 : PART_AT[block.cut];
    const free = freeOf(block);
    const one = block.kind === "title" ? -1 : oneLineLength(block, free, indent, layout.width);
    const lines = one === -1 ? blockLines(block, free, indent, layout.width) : undefined;
    const length = lines === undefined ? one : lines.length;
    const by = part === -1 ? outBy : outBy | (1 << part);
    const kind = block.free === undefined ? -1 : KIND_AT[block.free.kind];
    const l: Laid = {
      block,
      indent,
      section,
      free,
      lines,
      length,
      short: "",
      shortLines: undefined,
      shortLength: -1,
      outBy: by,
      part,
      kind,
      shortens: free.length > SHORT || free.indexOf("\n") !== -1,
    };
    layout.blocks.push(l);
    for (let bits = by; bits !== 0; bits &= bits - 1) {
      listed(layout.byPart, 31 - Math.clz32(bits & -bits), l);
    }
    if (kind !== -1) {
      listed(layout.byKind, kind, l);
      layout.holding[kind] = (layout.holding[kind] ?? 0) + 1;
    }
    section.blocks += length;
    section.printed++;
    if (block.fields !== undefined) {
      lay(layout, section, block.fields, `${indent}  `, by);
    }
  }
}

function layOut(tree: RenderTree, width: number): Layout {
  const layout: Layout = {
    width,
    sections: [],
    blocks: [],
    byPart: [],
    byKind: [],
    holding: [],
    left: 0,
    shortened: 0,
  };
  for (let s = 0; s < tree.sections.length; s++) {
    const section = tree.sections[s] as Section;
    const heading = section.heading === undefined ? "" : `\n${headingLines(section.heading, width)}`;
    const part: Part = { id: section.id, bit: 1 << s, heading, blocks: 0, printed: 0, length: 0 };
    lay(layout, part, section.blocks, "", 0);
    part.length = heading.length + part.blocks;
    layout.sections.push(part);
  }
  return layout;
}

const isPrinted = (l: Laid, layout: Layout): boolean => (l.outBy & layout.left) === 0;
const isShort = (l: Laid, layout: Layout): boolean => l.kind !== -1 && (layout.shortened & (1 << l.kind)) !== 0;

/** A block's length as the cuts print it. */
function lengthOf(l: Laid, layout: Layout): number {
  if (!isShort(l, layout)) {
    return l.length;
  }
  if (l.shortLength === -1) {
    l.short = shortText(l.free);
    const { lines, length } = measured(l.block, l.short, l.indent, layout.width);
    l.shortLines = lines;
    l.shortLength = length;
  }
  return l.shortLength;
}

/** A block's lines as the cuts print them. */
function linesOf(l: Laid, layout: Layout): string {
  if (!isShort(l, layout)) {
    return l.lines ?? oneLine(l.block, l.free, l.indent);
  }
  lengthOf(l, layout);
  return l.shortLines ?? oneLine(l.block, l.short, l.indent);
}

/** Leaves out a part, if a block still printed has it; returns the sections it cut into (their bits). */
function leaveOut(layout: Layout, p: number): number {
  const blocks = layout.byPart[p] ?? [];
  let touched = 0;
  for (const l of blocks) {
    if (l.part === p && isPrinted(l, layout)) {
      touched |= l.section.bit;
    }
  }
  if (touched !== 0) {
    for (const l of blocks) {
      if (isPrinted(l, layout)) {
        l.section.blocks -= lengthOf(l, layout);
        l.section.printed--;
        if (l.kind !== -1) {
          layout.holding[l.kind] = (layout.holding[l.kind] as number) - 1;
        }
      }
    }
    layout.left |= 1 << p;
  }
  return touched;
}

/**
 * Shortens free text of a kind, if a block still printed holds some that shortening changes; returns the sections it
 * cut into (their bits).
 */
function shorten(layout: Layout, k: number): number {
  const blocks = layout.byKind[k] ?? [];
  let touched = 0;
  for (const l of blocks) {
    if (l.shortens && isPrinted(l, layout)) {
      touched |= l.section.bit;
    }
  }
  if (touched !== 0) {
    layout.shortened |= 1 << k;
    for (const l of blocks) {
      if (isPrinted(l, layout)) {
        l.section.blocks += lengthOf(l, layout) - l.length;
      }
    }
  }
  return touched;
}

/**
 * Takes a step if it changes what is printed, and returns the sections it cut into (0: the step changes nothing and
 * is not taken), their lengths measured again.
 */
function take(layout: Layout, step: BudgetStep): number {
  const touched =
    step.step === "leave-out" ? leaveOut(layout, PART_AT[step.part]) : shorten(layout, KIND_AT[step.kind]);
  for (const s of layout.sections) {
    if ((touched & s.bit) !== 0) {
      // A section whose every block a budget left out prints nothing, not even its heading.
      const none = s.printed === 0 && layout.left !== 0;
      s.length = s.heading === "" || none ? s.blocks : s.heading.length + s.blocks;
    }
  }
  return touched;
}

/** The sections' lines as the cuts print them (each section as {@link take} measured it). */
function printLayout(layout: Layout): string {
  let out = "";
  let i = 0;
  for (const s of layout.sections) {
    let blocks = "";
    for (let l = layout.blocks[i]; l !== undefined && l.section === s; l = layout.blocks[++i]) {
      if (isPrinted(l, layout)) {
        blocks += linesOf(l, layout);
      }
    }
    out += s.heading === "" || (blocks === "" && layout.left !== 0) ? blocks : s.heading + blocks;
  }
  return out;
}

/**
 * The closing notice of a cut note, unwrapped: what was shortened (of the kinds of free text still printed), what
 * was left out, where the full note is. Its words are single-spaced, so wrapping it (`wrap`, no prefix) only turns
 * spaces into line feeds and adds one before the first line: it never gets shorter than this and a line feed
 * ({@link noticeLength}).
 */
function noticeText(layout: Layout, shortened: readonly FreeTextKind[], left: readonly CutPart[], lang: Lang): string {
  let text = tr("shortened", lang);
  let kinds = "";
  for (const k of shortened) {
    if ((layout.holding[KIND_AT[k]] ?? 0) !== 0) {
      kinds = kinds === "" ? KIND_LABEL[k][lang] : `${kinds}, ${KIND_LABEL[k][lang]}`;
    }
  }
  if (kinds !== "") {
    text += ` ${tr("shortenedFields", lang)}: ${kinds}.`;
  }
  if (left.length > 0) {
    text += ` ${tr("leftOut", lang)}: ${left.map((p) => PART_LABEL[p][lang]).join(", ")}.`;
  }
  return `${text} ${tr("fullInRecord", lang)}`;
}

/**
 * The length of {@link noticeText}, added up without making it. Were it ever more, a budget would cut more than it
 * must: `budget.test.ts` checks that a note cut to a budget is the same note at a budget of exactly its length.
 */
function noticeLength(
  layout: Layout,
  shortened: readonly FreeTextKind[],
  left: readonly CutPart[],
  lang: Lang,
): number {
  let length = tr("shortened", lang).length + 1 + tr("fullInRecord", lang).length;
  let kinds = 0;
  for (const k of shortened) {
    if ((layout.holding[KIND_AT[k]] ?? 0) !== 0) {
      length += (kinds === 0 ? 0 : 2) + KIND_LABEL[k][lang].length;
      kinds++;
    }
  }
  if (kinds > 0) {
    length += tr("shortenedFields", lang).length + 4;
  }
  for (let i = 0; i < left.length; i++) {
    length += (i === 0 ? tr("leftOut", lang).length + 4 : 2) + PART_LABEL[left[i] as CutPart][lang].length;
  }
  return length;
}

/** A cut note: the sections' lines as cut, a blank line, the notice's lines (`notice`, each after a line feed). */
const cutNote = (layout: Layout, notice: string): string => `${finish(printLayout(layout))}\n${notice.slice(1)}\n`;

/** The length of the sections' lines as printed. */
function lengthOfSections(layout: Layout): number {
  let length = 0;
  for (const s of layout.sections) {
    length += s.length;
  }
  return length;
}

/**
 * Cuts a note to its budget (issue 17 point 5): takes the steps of {@link BUDGET_ORDER} that change what is printed,
 * one at a time, until the note and its notice fit, then prints the note once, as cut. The note is laid out and
 * measured once ({@link Layout}), so a step only adds up the lengths of the blocks it cuts; the notice is wrapped
 * only when the note could fit with it.
 */
function fit(tree: RenderTree, budget: number, width: number): NoteText {
  const layout = layOut(tree, width);
  const full = lengthOfSections(layout);
  if (full + (full === 0 ? 0 : 1) <= budget) {
    return { text: finish(printLayout(layout)), shortened: [], leftOut: [], cut: [], withinBudget: true };
  }
  const shortened: FreeTextKind[] = [];
  const left: CutPart[] = [];
  const cut: SectionId[] = [];
  for (const step of BUDGET_ORDER) {
    const touched = take(layout, step);
    if (touched === 0) {
      continue;
    }
    if (step.step === "shorten") {
      shortened.push(step.kind);
    } else {
      left.push(step.part);
    }
    for (const s of layout.sections) {
      if ((touched & s.bit) !== 0 && !cut.includes(s.id)) {
        cut.push(s.id);
      }
    }
    // The sections' lines, a line feed, a blank line, the notice's lines, a line feed. Wrapping never makes the
    // notice shorter than its text and a line feed, so it is wrapped only when that fits.
    const total = lengthOfSections(layout);
    const before = total + (total === 0 ? 0 : 1) + 1;
    if (before + noticeLength(layout, shortened, left, tree.lang) + 1 <= budget) {
      const notice = wrap(noticeText(layout, shortened, left, tree.lang), { width });
      if (before + notice.length <= budget) {
        return { text: cutNote(layout, notice), shortened, leftOut: left, cut, withinBudget: true };
      }
    }
  }
  const taken = shortened.length + left.length > 0;
  const text = taken ? cutNote(layout, wrap(noticeText(layout, shortened, left, tree.lang), { width })) : "";
  return { text, shortened, leftOut: left, cut, withinBudget: false };
}

function checkBudget(budget: number | undefined): number | undefined {
  if (budget !== undefined && (!Number.isInteger(budget) || budget < 1)) {
    throw new RangeError(`budget must be a positive whole number, got ${String(budget)}`);
  }
  return budget;
}

/**
 * Renders the dialogue-note body (plain text). With a `budget` the note is cut until it fits, in the order a
 * clinician would choose ({@link BUDGET_ORDER}: topics "discussed, no need" first; the patient's own words, the
 * needs, the measures and the children under § 10a last), and a closing line says what was shortened or left out and
 * that the full assessment is in the sender's record. The header and the outcome are never cut: a budget below
 * {@link minimumNoteBudget} gives the shortest note and `withinBudget: false`, never a silent overrun.
 * @throws {RangeError} when `width` is outside 40–200 or `budget` is not a positive whole number.
 * @example
 * ```ts
 * const note = renderNoteText(assessment, { lang: "nb", budget: 2000 });
 * note.text.length <= 2000 || !note.withinBudget; // true
 * note.leftOut; // ["topics-no-need", "topics-not-discussed"]
 * ```
 */
export function renderNoteText(assessment: Assessment, options: NoteTextOptions = {}): NoteText {
  const width = checkWidth(options.width, 80, 200);
  const budget = checkBudget(options.budget);
  const tree = buildRenderTree(assessment, options);
  if (budget !== undefined) {
    return fit(tree, budget, width);
  }
  let lines = "";
  for (const section of tree.sections) {
    lines += printSection(section, width);
  }
  return { text: finish(lines), shortened: [], leftOut: [], cut: [], withinBudget: true };
}

/**
 * The smallest budget {@link renderNoteText} keeps for this note: the length of the note with everything a budget
 * may cut cut (the header, the outcome and the notice remain). For the examples about 700–1,000 characters; long
 * names, a long diagnosis text or a held-back notice make it longer. A note that is already shorter needs no cut.
 * @throws {RangeError} when `width` is outside 40–200.
 * @example
 * ```ts
 * const budget = Math.max(2000, minimumNoteBudget(assessment));
 * renderNoteText(assessment, { budget }).withinBudget; // true
 * ```
 */
export function minimumNoteBudget(assessment: Assessment, options: TextOptions = {}): number {
  return renderNoteText(assessment, { ...options, budget: 1 }).text.length;
}
