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

/** Free text as printed: cleaned, then shortened as the budget says. */
function freeText(free: FreeText, cuts: Cuts): string {
  const clean = cleanText(free.text);
  if (cuts.shorten.size === 0 || !cuts.shorten.has(free.kind)) {
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

/**
 * The lines of a value after its prefixes, each after a line feed. A value that fits beside its prefix is that one
 * line as it is: its fixed text and kept parts are clean (one line, no white space at the end, see `Block`) and its
 * free text is cleaned here, so nothing reads the joined line's characters (reading a joined string's characters
 * copies it). This is the printer's one fast path; `render.test.ts` checks its promise (no line ends in white space)
 * with instrument labels that end in white space, and the golden files hold it to the wrap's bytes.
 * Everything else goes through the one wrap.
 */
function valueLines(v: Block, first: string, rest: string, width: number, cuts: Cuts): string {
  const free = v.free === undefined ? "" : freeText(v.free, cuts);
  let length = first.length + v.text.length + free.length;
  const kept = v.kept;
  if (kept !== undefined) {
    for (const part of kept) {
      length += 2 + part.length;
    }
  }
  // A value that ends in free text ends in its cleaned (trimmed) text; one without ends in clean fixed text.
  const ends = v.free === undefined ? length > first.length : free !== "";
  if (ends && length <= width && free.indexOf("\n") === -1) {
    let body = v.text;
    if (kept !== undefined) {
      for (const part of kept) {
        body = body === "" ? part : `${body}, ${part}`;
      }
    }
    return `\n${first}${body}${free}`;
  }
  let text = v.text;
  if (kept !== undefined) {
    for (const part of kept) {
      text = text === "" ? keep(part) : `${text}, ${keep(part)}`;
    }
  }
  return wrap(text + free, { width, first, rest });
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

/** A field's first-line prefix at the top level or in a list item (`"Sted: "`, `"  Sted: "`), made once per label. */
const PREFIXES = [new Map<string, string>(), new Map<string, string>()] as const;

function fieldPrefix(indent: string, label: string): string {
  const prefixes = indent === "" ? PREFIXES[0] : indent === "  " ? PREFIXES[1] : undefined;
  if (prefixes === undefined) {
    return `${indent}${label}: `;
  }
  let prefix = prefixes.get(label);
  if (prefix === undefined) {
    prefix = `${indent}${label}: `;
    if (prefixes.size < 1000) {
      prefixes.set(label, prefix);
    }
  }
  return prefix;
}

/** The lines of blocks at an indent, each after a line feed (but the title, the document's first line). */
export function printBlocks(blocks: readonly Block[], indent: string, width: number, cuts: Cuts): string {
  let out = "";
  const rest = `${indent}  `;
  for (const b of blocks) {
    if (cuts.leaveOut.size !== 0 && b.cut !== undefined && cuts.leaveOut.has(b.cut)) {
      continue;
    }
    if (b.kind === "title") {
      // The title is the document's first line: no line feed before it.
      out += headingLines(b.text, width).slice(1);
    } else if (b.kind === "field") {
      out += valueLines(b, fieldPrefix(indent, b.label as string), rest, width, cuts);
    } else if (b.kind === "para") {
      out += valueLines(b, indent, indent, width, cuts);
    } else {
      out += valueLines(b, `${indent}- `, rest, width, cuts);
      out += printBlocks(b.fields ?? [], rest, width, cuts);
    }
  }
  return out;
}

/** `true` when a budget leaves the block out. */
const leftOut = (b: Block, cuts: Cuts): boolean => b.cut !== undefined && cuts.leaveOut.has(b.cut);

/**
 * A section's lines, each after a line feed; a heading is upper-cased after a blank line. A section whose every
 * block a budget left out prints nothing, not even its heading.
 */
function printSection(section: Section, width: number, cuts: Cuts): string {
  const blocks = printBlocks(section.blocks, "", width, cuts);
  if (section.heading === undefined || (blocks === "" && cuts.leaveOut.size !== 0)) {
    return blocks;
  }
  return `\n${headingLines(section.heading, width)}${blocks}`;
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
    lines += printSection(section, width, NO_CUTS);
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

/** `true` when a block still printed holds free text of the kind. */
function holds(blocks: readonly Block[], kind: FreeTextKind, cuts: Cuts): boolean {
  return blocks.some(
    (b) => !leftOut(b, cuts) && (b.free?.kind === kind || (b.fields !== undefined && holds(b.fields, kind, cuts))),
  );
}

/** `true` when the step changes a block that is still printed. */
function cutsInto(blocks: readonly Block[], step: BudgetStep, cuts: Cuts): boolean {
  for (const b of blocks) {
    if (leftOut(b, cuts)) {
      continue;
    }
    if (step.step === "leave-out" ? b.cut === step.part : b.free?.kind === step.kind && shortens(b.free)) {
      return true;
    }
    if (b.fields !== undefined && cutsInto(b.fields, step, cuts)) {
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

/**
 * Cuts a note that is over its budget (issue 17 point 5): takes the steps of {@link BUDGET_ORDER} that change what is
 * printed, one at a time, printing again only the sections a step cuts into, until the note and its notice fit.
 */
function fit(tree: RenderTree, chunks: string[], budget: number, width: number): NoteText {
  const shorten = new Set<FreeTextKind>();
  const leaveOut = new Set<CutPart>();
  const cuts: Cuts = { shorten, leaveOut };
  const shortened: FreeTextKind[] = [];
  const left: CutPart[] = [];
  const cut: SectionId[] = [];
  let text = "";
  for (const step of BUDGET_ORDER) {
    const touched = tree.sections.filter((s) => cutsInto(s.blocks, step, cuts));
    if (touched.length === 0) {
      continue;
    }
    if (step.step === "shorten") {
      shorten.add(step.kind);
      shortened.push(step.kind);
    } else {
      leaveOut.add(step.part);
      left.push(step.part);
    }
    for (const s of touched) {
      const i = tree.sections.indexOf(s);
      chunks[i] = printSection(s, width, cuts);
      if (!cut.includes(s.id)) {
        cut.push(s.id);
      }
    }
    // The sections' lines, a blank line, the notice (naming only shortened text that is still printed).
    const visible = shortened.filter((k) => tree.sections.some((s) => holds(s.blocks, k, cuts)));
    text = `${finish(chunks.join(""))}\n${budgetNotice(visible, left, width, tree.lang).slice(1)}\n`;
    if (text.length <= budget) {
      return { text, shortened, leftOut: left, cut, withinBudget: true };
    }
  }
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
  // Sections print independently, so a budget's step prints again only the sections it cuts into.
  const chunks = tree.sections.map((s) => printSection(s, width, NO_CUTS));
  const full = finish(chunks.join(""));
  if (budget === undefined || full.length <= budget) {
    return { text: full, shortened: [], leftOut: [], cut: [], withinBudget: true };
  }
  return fit(tree, chunks, budget, width);
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
