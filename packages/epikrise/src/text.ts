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

/** What a budget does to a note: the kinds of free text shortened (to 60 characters on one line), the parts left out. */
export interface Cuts {
  readonly shorten: ReadonlySet<FreeTextKind>;
  readonly leaveOut: ReadonlySet<CutPart>;
}

export const NO_CUTS: Cuts = { shorten: new Set(), leaveOut: new Set() };

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

/** The free text of a block as the cuts print it ("" for none). */
const freeOf = (b: Block, cuts: Cuts): string =>
  b.free === undefined ? "" : freeText(b.free, cuts.shorten.size !== 0 && cuts.shorten.has(b.free.kind));

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

/** `true` when a budget leaves the block out. */
const leftOut = (b: Block, cuts: Cuts): boolean =>
  b.cut !== undefined && cuts.leaveOut.size !== 0 && cuts.leaveOut.has(b.cut);

/** The lines of blocks at an indent, each after a line feed (but the title, the document's first line). */
export function printBlocks(blocks: readonly Block[], indent: string, width: number, cuts: Cuts): string {
  let out = "";
  for (const b of blocks) {
    if (!leftOut(b, cuts)) {
      out += blockLines(b, freeOf(b, cuts), indent, width);
      if (b.fields !== undefined) {
        out += printBlocks(b.fields, `${indent}  `, width, cuts);
      }
    }
  }
  return out;
}

/** A section's lines, each after a line feed; a heading is upper-cased after a blank line. */
function printSection(section: Section, width: number): string {
  const blocks = printBlocks(section.blocks, "", width, NO_CUTS);
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

/**
 * A block as a budget sees it (`fit`): its lines printed once in full and, when its free text is shortened, once
 * shortened; so a budget's steps add up lengths instead of printing the note again.
 */
interface Laid {
  readonly block: Block;
  /** The block's own lines (its fields' apart), its free text as it is. */
  readonly full: string;
  /** The same, its free text shortened: printed when its kind is first shortened. */
  short: string | undefined;
  /** Whether shortening changes its free text (`false` without free text). */
  readonly shortens: boolean;
  readonly indent: string;
  readonly fields: readonly Laid[] | undefined;
}

/** A section as a budget sees it: its heading's lines (after a blank line), its blocks. */
interface LaidSection {
  readonly section: Section;
  readonly heading: string;
  readonly blocks: readonly Laid[];
}

/** Prints blocks in full once, for a budget (see {@link Laid}). */
function lay(blocks: readonly Block[], indent: string, width: number): Laid[] {
  const out: Laid[] = [];
  for (const block of blocks) {
    out.push({
      block,
      full: blockLines(block, freeOf(block, NO_CUTS), indent, width),
      short: undefined,
      shortens: block.free !== undefined && shortens(block.free),
      indent,
      fields: block.fields === undefined ? undefined : lay(block.fields, `${indent}  `, width),
    });
  }
  return out;
}

/** A block's own lines as the cuts print it (its free text shortened or not). */
function linesOf(l: Laid, cuts: Cuts, width: number): string {
  const free = l.block.free;
  if (free === undefined || cuts.shorten.size === 0 || !cuts.shorten.has(free.kind)) {
    return l.full;
  }
  if (l.short === undefined) {
    l.short = blockLines(l.block, freeText(free, true), l.indent, width);
  }
  return l.short;
}

/** The length of laid-out blocks as the cuts print them. */
function lengthOf(blocks: readonly Laid[], cuts: Cuts, width: number): number {
  let length = 0;
  for (const l of blocks) {
    if (!leftOut(l.block, cuts)) {
      length += linesOf(l, cuts, width).length;
      if (l.fields !== undefined) {
        length += lengthOf(l.fields, cuts, width);
      }
    }
  }
  return length;
}

/** Laid-out blocks as the cuts print them (the text of {@link lengthOf}). */
function textOf(blocks: readonly Laid[], cuts: Cuts, width: number): string {
  let out = "";
  for (const l of blocks) {
    if (!leftOut(l.block, cuts)) {
      out += linesOf(l, cuts, width);
      if (l.fields !== undefined) {
        out += textOf(l.fields, cuts, width);
      }
    }
  }
  return out;
}

/**
 * The length of a section as the cuts print it: its heading and its blocks; a section whose every block a budget
 * left out prints nothing, not even its heading.
 */
function sectionLength(s: LaidSection, cuts: Cuts, width: number): number {
  const blocks = lengthOf(s.blocks, cuts, width);
  return s.section.heading === undefined || (blocks === 0 && cuts.leaveOut.size !== 0)
    ? blocks
    : s.heading.length + blocks;
}

/** A section as the cuts print it (the text of {@link sectionLength}). */
function sectionText(s: LaidSection, cuts: Cuts, width: number): string {
  const blocks = textOf(s.blocks, cuts, width);
  return s.section.heading === undefined || (blocks === "" && cuts.leaveOut.size !== 0) ? blocks : s.heading + blocks;
}

/** `true` when a block still printed holds free text of the kind. */
function holds(blocks: readonly Laid[], kind: FreeTextKind, cuts: Cuts): boolean {
  for (const l of blocks) {
    if (
      !leftOut(l.block, cuts) &&
      (l.block.free?.kind === kind || (l.fields !== undefined && holds(l.fields, kind, cuts)))
    ) {
      return true;
    }
  }
  return false;
}

/** `true` when the step changes a block that is still printed. */
function cutsInto(blocks: readonly Laid[], step: BudgetStep, cuts: Cuts): boolean {
  for (const l of blocks) {
    if (leftOut(l.block, cuts)) {
      continue;
    }
    if (step.step === "leave-out" ? l.block.cut === step.part : l.shortens && l.block.free?.kind === step.kind) {
      return true;
    }
    if (l.fields !== undefined && cutsInto(l.fields, step, cuts)) {
      return true;
    }
  }
  return false;
}

/** The closing notice of a cut note: what was shortened, what was left out, where the full note is. */
function budgetNotice(shortened: readonly FreeTextKind[], left: readonly CutPart[], width: number, lang: Lang): string {
  let text = tr("shortened", lang);
  if (shortened.length > 0) {
    text += ` ${tr("shortenedFields", lang)}: ${shortened.map((k) => KIND_LABEL[k][lang]).join(", ")}.`;
  }
  if (left.length > 0) {
    text += ` ${tr("leftOut", lang)}: ${left.map((p) => PART_LABEL[p][lang]).join(", ")}.`;
  }
  return wrap(`${text} ${tr("fullInRecord", lang)}`, { width });
}

/** The kinds shortened that a block still printed holds: the notice names only these. */
function visibleKinds(laid: readonly LaidSection[], shortened: readonly FreeTextKind[], cuts: Cuts): FreeTextKind[] {
  return shortened.filter((k) => laid.some((s) => holds(s.blocks, k, cuts)));
}

/**
 * Cuts a note that is over its budget (issue 17 point 5): takes the steps of {@link BUDGET_ORDER} that change what is
 * printed, one at a time, until the note and its notice fit, and prints the note once, as cut. Each block is printed
 * once in full (and once shortened when its kind is), so a step only adds up the lengths of the sections it cuts
 * into.
 */
function fit(tree: RenderTree, budget: number, width: number): NoteText {
  const laid = tree.sections.map(
    (section): LaidSection => ({
      section,
      heading: section.heading === undefined ? "" : `\n${headingLines(section.heading, width)}`,
      blocks: lay(section.blocks, "", width),
    }),
  );
  const lengths = laid.map((s) => sectionLength(s, NO_CUTS, width));
  let total = lengths.reduce((sum, n) => sum + n, 0);
  if (total + (total === 0 ? 0 : 1) <= budget) {
    return {
      text: finish(laid.map((s) => sectionText(s, NO_CUTS, width)).join("")),
      shortened: [],
      leftOut: [],
      cut: [],
      withinBudget: true,
    };
  }
  const cuts: Cuts = { shorten: new Set(), leaveOut: new Set() };
  const shortened: FreeTextKind[] = [];
  const left: CutPart[] = [];
  const cut: SectionId[] = [];
  let notice: string | undefined;
  for (const step of BUDGET_ORDER) {
    const touched = laid.filter((s) => cutsInto(s.blocks, step, cuts));
    if (touched.length === 0) {
      continue;
    }
    if (step.step === "shorten") {
      (cuts.shorten as Set<FreeTextKind>).add(step.kind);
      shortened.push(step.kind);
    } else {
      (cuts.leaveOut as Set<CutPart>).add(step.part);
      left.push(step.part);
    }
    for (const s of touched) {
      const i = laid.indexOf(s);
      const length = sectionLength(s, cuts, width);
      total += length - (lengths[i] as number);
      lengths[i] = length;
      if (!cut.includes(s.section.id)) {
        cut.push(s.section.id);
      }
    }
    // The sections' lines, a line feed, a blank line, the notice (naming only shortened text that is still printed).
    notice = budgetNotice(visibleKinds(laid, shortened, cuts), left, width, tree.lang);
    if (total + (total === 0 ? 0 : 1) + notice.length + 1 <= budget) {
      break;
    }
  }
  if (notice === undefined) {
    return { text: "", shortened, leftOut: left, cut, withinBudget: false };
  }
  const text = `${finish(laid.map((s) => sectionText(s, cuts, width)).join(""))}\n${notice.slice(1)}\n`;
  return { text, shortened, leftOut: left, cut, withinBudget: text.length <= budget };
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
