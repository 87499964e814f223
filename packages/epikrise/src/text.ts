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
  type FreeText,
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

/** Free text as printed: cleaned, and, when `short`, on one line of at most {@link SHORT} characters. */
function freeText(free: FreeText, short: boolean): string {
  const clean = cleanText(free.text);
  if (!short) {
    return clean;
  }
  const oneLine = clean.replace(/\s+/g, " ");
  return oneLine.length <= SHORT ? oneLine : `${oneLine.slice(0, SHORT).trimEnd()}…`;
}

/** `true` when shortening changes the free text (longer than {@link SHORT} or on more than one line). */
function shortens(free: FreeText): boolean {
  const clean = cleanText(free.text);
  return clean.length > SHORT || clean.indexOf("\n") !== -1;
}

/** The free text of a block as printed in full ("" for none). */
const freeOf = (b: Block): string => (b.free === undefined ? "" : cleanText(b.free.text));

/**
 * The lines of a block's value after its prefix, each after a line feed: `"Label: "` for a field, `"- "` for a list
 * item, none for a paragraph, after the indent; a field's and an item's further lines at `rest`. `free` is the
 * block's free text as printed ({@link freeOf}). A value that fits beside its prefix is that one line as it is: its
 * fixed text and kept parts are clean (one line, no white space at the end, see `Block`) and its free text is
 * cleaned, so nothing reads the joined line's characters (reading a joined string's characters copies it), and the
 * prefix is not even made. This is the printer's one fast path; `render.test.ts` checks its promise (no line ends in
 * white space) with instrument labels that end in white space, and the golden files hold it to the wrap's bytes.
 * Everything else goes through the one wrap.
 */
function valueLines(v: Block, free: string, indent: string, rest: string, width: number): string {
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
  if (ends && length <= width && free.indexOf("\n") === -1) {
    let body = v.text;
    if (kept !== undefined) {
      for (const part of kept) {
        body = body === "" ? part : `${body}, ${part}`;
      }
    }
    return kind === "field"
      ? `\n${indent}${v.label}: ${body}${free}`
      : kind === "item"
        ? `\n${indent}- ${body}${free}`
        : `\n${indent}${body}${free}`;
  }
  let text = v.text;
  if (kept !== undefined) {
    for (const part of kept) {
      text = text === "" ? keep(part) : `${text}, ${keep(part)}`;
    }
  }
  const first = kind === "field" ? `${indent}${v.label}: ` : kind === "item" ? `${indent}- ` : indent;
  return wrap(text + free, { width, first, rest: kind === "para" ? indent : rest });
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
  // The title is the document's first line: no line feed before it.
  return b.kind === "title" ? headingLines(b.text, width).slice(1) : valueLines(b, free, indent, `${indent}  `, width);
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

/** Each part a budget may leave out as one bit, and each kind of free text it may shorten, so a set is a number. */
const PART_BIT = {} as Record<CutPart, number>;
for (const step of BUDGET_ORDER) {
  if (step.step === "leave-out") {
    PART_BIT[step.part] = 1 << Object.keys(PART_BIT).length;
  }
}
const KIND_BIT = Object.fromEntries(FREE_TEXT_ORDER.map((k, i) => [k, 1 << i])) as Record<FreeTextKind, number>;

/**
 * A note laid out for a budget (`fit`): every block printed once in full, in print order, with the section it is in,
 * the parts that leave it out (its own and its list item's), the kind of its free text and whether shortening changes
 * it. A budget's steps then add up lengths instead of printing the note again; a block is printed a second time only
 * when its kind of free text is shortened.
 */
interface Layout {
  readonly width: number;
  /** Each section's heading lines after a blank line ("" for none). */
  readonly headings: string[];
  readonly blocks: Block[];
  readonly indents: string[];
  readonly lines: string[];
  /** The block's lines with its free text shortened, once made. */
  readonly short: (string | undefined)[];
  readonly section: number[];
  /** The bits of the parts that leave the block out: its own and its list item's. */
  readonly outBy: number[];
  /** The bit of its own part (0: none). */
  readonly own: number[];
  /** The bit of its kind of free text (0: none). */
  readonly kind: number[];
  readonly shortens: boolean[];
}

/** Lays out blocks of section `s` at an indent (see {@link Layout}). */
function lay(layout: Layout, s: number, blocks: readonly Block[], indent: string, outBy: number): void {
  for (const b of blocks) {
    const own = b.cut === undefined ? 0 : PART_BIT[b.cut];
    layout.blocks.push(b);
    layout.indents.push(indent);
    layout.lines.push(blockLines(b, freeOf(b), indent, layout.width));
    layout.short.push(undefined);
    layout.section.push(s);
    layout.outBy.push(outBy | own);
    layout.own.push(own);
    layout.kind.push(b.free === undefined ? 0 : KIND_BIT[b.free.kind]);
    layout.shortens.push(b.free !== undefined && shortens(b.free));
    if (b.fields !== undefined) {
      lay(layout, s, b.fields, `${indent}  `, outBy | own);
    }
  }
}

function layOut(tree: RenderTree, width: number): Layout {
  const layout: Layout = {
    width,
    headings: [],
    blocks: [],
    indents: [],
    lines: [],
    short: [],
    section: [],
    outBy: [],
    own: [],
    kind: [],
    shortens: [],
  };
  for (let s = 0; s < tree.sections.length; s++) {
    const section = tree.sections[s] as Section;
    layout.headings.push(section.heading === undefined ? "" : `\n${headingLines(section.heading, width)}`);
    lay(layout, s, section.blocks, "", 0);
  }
  return layout;
}

/** What a budget has cut so far: the parts left out and the kinds of free text shortened, as bits. */
interface CutBits {
  left: number;
  shortened: number;
}

/** Block `i`'s lines as the cuts print them. */
function linesAt(layout: Layout, i: number, cuts: CutBits): string {
  if (((layout.kind[i] as number) & cuts.shortened) === 0) {
    return layout.lines[i] as string;
  }
  let short = layout.short[i];
  if (short === undefined) {
    const b = layout.blocks[i] as Block;
    short = blockLines(b, freeText(b.free as FreeText, true), layout.indents[i] as string, layout.width);
    layout.short[i] = short;
  }
  return short;
}

/**
 * The sections a step cuts into (bit `s` for section `s`): those with a block still printed that the step leaves out
 * or whose free text it shortens (and shortening changes).
 */
function touchedBy(layout: Layout, step: BudgetStep, cuts: CutBits): number {
  const leave = step.step === "leave-out";
  const bit = leave ? PART_BIT[step.part] : KIND_BIT[step.kind];
  let touched = 0;
  for (let i = 0; i < layout.blocks.length; i++) {
    if (((layout.outBy[i] as number) & cuts.left) === 0) {
      if (leave ? layout.own[i] === bit : layout.kind[i] === bit && layout.shortens[i]) {
        touched |= 1 << (layout.section[i] as number);
      }
    }
  }
  return touched;
}

/**
 * The length of the sections' lines as the cuts print them, and the kinds of free text still printed. A section
 * whose every block a budget left out prints nothing, not even its heading.
 */
function measure(layout: Layout, cuts: CutBits): { length: number; held: number } {
  let length = 0;
  let held = 0;
  let i = 0;
  for (let s = 0; s < layout.headings.length; s++) {
    let blocks = 0;
    for (; i < layout.blocks.length && layout.section[i] === s; i++) {
      if (((layout.outBy[i] as number) & cuts.left) === 0) {
        blocks += linesAt(layout, i, cuts).length;
        held |= layout.kind[i] as number;
      }
    }
    const heading = layout.headings[s] as string;
    length += heading === "" || (blocks === 0 && cuts.left !== 0) ? blocks : heading.length + blocks;
  }
  return { length, held };
}

/** The sections' lines as the cuts print them (the text {@link measure} measures). */
function printLayout(layout: Layout, cuts: CutBits): string {
  let out = "";
  let i = 0;
  for (let s = 0; s < layout.headings.length; s++) {
    let blocks = "";
    for (; i < layout.blocks.length && layout.section[i] === s; i++) {
      if (((layout.outBy[i] as number) & cuts.left) === 0) {
        blocks += linesAt(layout, i, cuts);
      }
    }
    const heading = layout.headings[s] as string;
    out += heading === "" || (blocks === "" && cuts.left !== 0) ? blocks : heading + blocks;
  }
  return out;
}

/**
 * The closing notice of a cut note, unwrapped: what was shortened, what was left out, where the full note is.
 * Its words are single-spaced, so wrapping it (`wrap`, no prefix) only turns spaces into line feeds and adds one
 * before the first line: it never gets shorter than this plus one.
 */
function noticeText(shortened: readonly FreeTextKind[], left: readonly CutPart[], lang: Lang): string {
  let text = tr("shortened", lang);
  if (shortened.length > 0) {
    text += ` ${tr("shortenedFields", lang)}: ${shortened.map((k) => KIND_LABEL[k][lang]).join(", ")}.`;
  }
  if (left.length > 0) {
    text += ` ${tr("leftOut", lang)}: ${left.map((p) => PART_LABEL[p][lang]).join(", ")}.`;
  }
  return `${text} ${tr("fullInRecord", lang)}`;
}

/**
 * Cuts a note to its budget (issue 17 point 5): takes the steps of {@link BUDGET_ORDER} that change what is printed,
 * one at a time, until the note and its notice fit, then prints the note once, as cut. The note is laid out once
 * ({@link Layout}), so a step only adds up lengths; the notice (naming only shortened text still printed) is wrapped
 * only when the note could fit with it.
 */
function fit(tree: RenderTree, budget: number, width: number): NoteText {
  const layout = layOut(tree, width);
  const cuts: CutBits = { left: 0, shortened: 0 };
  const full = measure(layout, cuts).length;
  if (full + (full === 0 ? 0 : 1) <= budget) {
    return { text: finish(printLayout(layout, cuts)), shortened: [], leftOut: [], cut: [], withinBudget: true };
  }
  const shortened: FreeTextKind[] = [];
  const left: CutPart[] = [];
  const cut: SectionId[] = [];
  let last: string | undefined;
  for (const step of BUDGET_ORDER) {
    const touched = touchedBy(layout, step, cuts);
    if (touched === 0) {
      continue;
    }
    if (step.step === "shorten") {
      cuts.shortened |= KIND_BIT[step.kind];
      shortened.push(step.kind);
    } else {
      cuts.left |= PART_BIT[step.part];
      left.push(step.part);
    }
    for (let s = 0; s < tree.sections.length; s++) {
      const id = (tree.sections[s] as Section).id;
      if ((touched & (1 << s)) !== 0 && !cut.includes(id)) {
        cut.push(id);
      }
    }
    const { length, held } = measure(layout, cuts);
    // The sections' lines, a line feed, a blank line, the notice's lines, a line feed.
    const before = length + (length === 0 ? 0 : 1) + 1;
    const text = noticeText(
      shortened.filter((k) => (held & KIND_BIT[k]) !== 0),
      left,
      tree.lang,
    );
    last = text;
    // Wrapping never makes the notice shorter than its text and a line feed: wrap it only when that fits.
    if (before + text.length + 1 <= budget) {
      const notice = wrap(text, { width });
      if (before + notice.length <= budget) {
        return { text: cutNote(layout, cuts, notice), shortened, leftOut: left, cut, withinBudget: true };
      }
    }
  }
  const text = last === undefined ? "" : cutNote(layout, cuts, wrap(last, { width }));
  return { text, shortened, leftOut: left, cut, withinBudget: false };
}

/** A cut note: the sections' lines as cut, a blank line, the notice's lines (`notice`, each after a line feed). */
const cutNote = (layout: Layout, cuts: CutBits, notice: string): string =>
  `${finish(printLayout(layout, cuts))}\n${notice.slice(1)}\n`;

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
