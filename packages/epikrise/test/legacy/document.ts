/**
 * The content of an epicrisis, as a render tree that the text, XHTML and letter serializers share, so every format
 * says the same in the same order (issue 5: fixed section order). Free text is marked by kind, so that a length
 * budget can shorten it in a stated order without ever touching a structured fact.
 */

import { findInstrument, type Instrument } from "@pakkeforlop-hjem/instruments";
import {
  AMENDMENT_KINDS,
  type Assessment,
  CONSENT_VALUES,
  CONVERSATION_MODES,
  type CodeList,
  DECLINE_REASONS,
  displayOf,
  IDENTIFIER_SYSTEMS,
  type Lang,
  MEASURE_STATUSES,
  MINOR_RELATIONS,
  recipientView as modelRecipientView,
  NEXT_STEP_ACTIONS,
  OUTCOMES,
  PARTICIPANT_KINDS,
  PROFESSIONS,
  RECIPIENT_KINDS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  ROLES,
  SHARABLE_PARTS,
  type SharablePart,
  TOPIC_STATUSES,
  TOPICS,
} from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, type Profile, pointWindow } from "@pakkeforlop-hjem/pathway";
import {
  formatDate,
  formatDateTime,
  type Label,
  labelOf,
  labels,
  type TextKey,
  texts,
  topicFieldLabels,
  topicLabels,
} from "./labels.ts";
import { DocumentWriter, NO_SHORTENING } from "./writer.ts";

/*
 * Imported bindings the emitter reads on every call, read once here. Where these modules run as CommonJS (tsx, which
 * the benchmark and `pnpm gen` use), each read of an imported binding is a getter call, a measurable share of the
 * time of a render.
 */
const CODES = {
  amendment: AMENDMENT_KINDS,
  consentValue: CONSENT_VALUES,
  mode: CONVERSATION_MODES,
  declineReason: DECLINE_REASONS,
  measureStatus: MEASURE_STATUSES,
  minorRelation: MINOR_RELATIONS,
  nextStep: NEXT_STEP_ACTIONS,
  outcome: OUTCOMES,
  participant: PARTICIPANT_KINDS,
  profession: PROFESSIONS,
  recipient: RECIPIENT_KINDS,
  respondent: RESPONDENTS,
  responsible: RESPONSIBLE_PARTY_KINDS,
  role: ROLES,
  sharable: SHARABLE_PARTS,
  topicStatus: TOPIC_STATUSES,
} as const;

/**
 * The display texts of the code lists the emitter uses, in one language: `D.outcome["completed"]`; and the
 * recipients' texts as field labels.
 */
type Displays = { readonly [K in keyof typeof CODES]: Readonly<Partial<Record<string, string>>> } & {
  readonly recipientLabel: Readonly<Partial<Record<string, Label>>>;
};

/**
 * The prototype of a display table: it has no prototype itself, so a code such as "toString" finds nothing (the
 * code is printed, as `displayOf` does), while each table stays an ordinary fast object.
 */
const NO_INHERITED: object = Object.create(null);

const DISPLAYS = new Map<Lang, Displays>();

/**
 * The display tables of a language, built once from the model's code lists (`displayOf`). Each lookup site reads
 * one table of one shape, which is several times faster than `displayOf`'s lookup across all lists.
 */
function displaysOf(lang: Lang): Displays {
  let d = DISPLAYS.get(lang);
  if (d === undefined) {
    const tables: Record<string, Readonly<Partial<Record<string, string>>>> = {};
    for (const [name, list] of Object.entries(CODES)) {
      const table = Object.create(NO_INHERITED) as Record<string, string>;
      for (const code of list.codes) {
        table[code] = displayOf(list as CodeList<string>, code, lang);
      }
      tables[name] = table;
    }
    const recipients = tables["recipient"] as Readonly<Record<string, string>>;
    const recipientLabel = Object.create(NO_INHERITED) as Record<string, Label>;
    for (const code of RECIPIENT_KINDS.codes) {
      recipientLabel[code] = labelOf(recipients[code] as string);
    }
    d = { ...tables, recipientLabel } as Displays;
    DISPLAYS.set(lang, d);
  }
  return d;
}
const TOPIC_CODES: typeof TOPICS.codes = TOPICS.codes;
const DEFAULT_PROFILE: Profile = NATIONAL_PROFILE;
const windowOf: typeof pointWindow = pointWindow;
const findShipped: typeof findInstrument = findInstrument;
const date: typeof formatDate = formatDate;
const dateTime: typeof formatDateTime = formatDateTime;
const textsOf: typeof texts = texts;
const topicLabelsOf: typeof topicLabels = topicLabels;
const topicFieldLabelsOf: typeof topicFieldLabels = topicFieldLabels;
const labelsOf: typeof labels = labels;
const makeLabel: typeof labelOf = labelOf;

/**
 * Kinds of free text, in the order a length budget shortens them (first shortened first). Structured facts (codes,
 * dates, names, statuses, the score) are never shortened.
 * @example
 * ```ts
 * const note = renderNoteText(assessment, { budget: 1500 });
 * note.shortened.every((kind) => FREE_TEXT_ORDER.includes(kind)); // true
 * ```
 */
export const FREE_TEXT_ORDER = [
  "notes",
  "topic-notes",
  "children-text",
  "next-step-note",
  "reason-text",
  "other-concerns",
  "measure-descriptions",
  "what-matters",
] as const;

/** A kind of free text a budget may shorten. */
export type FreeTextKind = (typeof FREE_TEXT_ORDER)[number];

/** A piece of inline content: fixed text, or free text of a kind. */
export type Piece = string | { readonly free: FreeTextKind; readonly text: string };

/** One block of a section. */
export type Block =
  | { readonly kind: "field"; readonly label: string; readonly value: readonly Piece[] }
  | { readonly kind: "para"; readonly value: readonly Piece[] }
  | { readonly kind: "item"; readonly value: readonly Piece[]; readonly fields: readonly Block[] };

/** Section ids, in the fixed order of issue 5. */
export type SectionId =
  | "header"
  | "outcome"
  | "participation"
  | "distress"
  | "what-matters"
  | "topics"
  | "children"
  | "measures"
  | "contact-point"
  | "consent"
  | "next-step"
  | "notes";

/** A section: heading and blocks. The header section has no heading of its own. */
export interface Section {
  readonly id: SectionId;
  readonly heading?: string;
  readonly blocks: readonly Block[];
}

/** Options shared by the renderers. */
export interface RenderOptions {
  /** Output language. Default `nb`. */
  readonly lang?: Lang;
  /** The regional profile that gives the next point's window. Default: the national profile. */
  readonly profile?: Profile;
  /**
   * Instruments to take item labels and categories from, e.g. one loaded with an organisation's licensed wording
   * (`withWording`). Default: the instruments shipped with `@pakkeforlop-hjem/instruments`.
   */
  readonly instruments?: readonly Instrument[];
  /**
   * The delivery this rendering is for (issue 9): its `withhold` (the patient's consent) and `leaveOut` (the
   * profile's data minimisation) decide what is left out. A `Delivery` from `route` fits. Without it, everything is
   * rendered (unless `withhold` says otherwise).
   */
  readonly delivery?: {
    readonly withhold?: readonly SharablePart[];
    readonly leaveOut?: readonly SharablePart[];
  };
  /** Parts to hold back in addition to the delivery's `withhold` (issue 9). */
  readonly withhold?: readonly SharablePart[];
  /**
   * Parts to include although the delivery's `leaveOut` leaves them out: the explicit way to render more than the
   * profile says a recipient needs (issue 9). It never brings back a part the patient's consent holds back.
   */
  readonly include?: readonly SharablePart[];
}

/**
 * The assessment as the recipient of a rendering may see it (issue 9): the model's `recipientView` (consent
 * `withhold` from the delivery and the options, the profile's `leaveOut` minus `include`). Every renderer renders
 * this view, and the XHTML carrier carries it. With nothing to leave out it is the assessment itself.
 * @example
 * ```ts
 * const view = recipientView(assessment, { delivery }); // view.redaction says whether parts were left out
 * ```
 */
export function recipientView(a: Assessment, options: RenderOptions = {}): Assessment {
  return modelRecipientView(a, options);
}

/**
 * Where the content of an epicrisis goes, block by block, in the fixed section order: the one source of content
 * logic ({@link emitDocument}) writes into a sink. The document writer (`writer.ts`) is that sink: it writes text
 * directly, or records the {@link Section} tree the other serializers and the length budget use.
 *
 * A block's value is fixed text followed, optionally, by one piece of free text of a kind. `item` opens a list
 * item: the fields that follow belong to it until `endItem`.
 */
export interface DocumentSink {
  /*
   * The `text` of a block and the parts of `fieldParts`/`paraParts` are clean: one line (no line feed), no no-break
   * placeholder, and `text` does not end in white space. The model's formats guarantee the first two for every
   * string that is not free text (`line` refuses line breaks and noncharacters); the emitter trims the end of a
   * model string that ends a value. Free text (with a kind) is not trusted: the writer cleans and examines it. The
   * text writer relies on this to write a fitting line without reading its characters; a test renders every
   * generated assessment with and without that trust and requires the same bytes.
   */
  section(id: SectionId, heading: string | undefined): void;
  /** The first block of the header: the marking. In the tree it is a paragraph. */
  title(text: string): void;
  field(label: Label, text: string, kind?: FreeTextKind, free?: string): void;
  para(text: string, kind?: FreeTextKind, free?: string): void;
  item(text: string, kind?: FreeTextKind, free?: string): void;
  endItem(): void;
  /**
   * A field whose value is `parts` joined by ", ", where each part from index `keepFrom` on (phone numbers,
   * "HPR 123") must not break across lines (the writer's `joinKept`).
   */
  fieldParts(label: Label, parts: readonly string[], keepFrom: number): void;
  /** A paragraph of parts, as {@link DocumentSink.fieldParts}. */
  paraParts(parts: readonly string[], keepFrom: number): void;
}

function replayBlocks(blocks: readonly Block[], sink: DocumentSink, header: boolean): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const v = b.value;
    const first = v[0];
    let text = "";
    let kind: FreeTextKind | undefined;
    let free: string | undefined;
    if (typeof first === "string") {
      text = first;
      for (let j = 1; j < v.length; j++) {
        const p = v[j] as Piece;
        if (typeof p === "string") {
          text += p;
        } else if (kind === undefined && j === v.length - 1) {
          kind = p.free;
          free = p.text;
        } else {
          throw new TypeError("a block value holds fixed text and at most one piece of free text, last");
        }
      }
    } else if (first !== undefined) {
      if (v.length !== 1) {
        throw new TypeError("a block value holds fixed text and at most one piece of free text, last");
      }
      kind = first.free;
      free = first.text;
    }
    if (header && i === 0 && b.kind === "para" && kind === undefined) {
      sink.title(text);
    } else if (b.kind === "field") {
      sink.field(makeLabel(b.label), text, kind, free);
    } else if (b.kind === "para") {
      sink.para(text, kind, free);
    } else {
      sink.item(text, kind, free);
      replayBlocks(b.fields, sink, false);
      sink.endItem();
    }
  }
}

/**
 * Writes a render tree (from {@link buildDocument}) into a sink, section by section.
 * @example
 * ```ts
 * replaySection(buildDocument(assessment)[0], sink);
 * ```
 */
export function replaySection(section: Section, sink: DocumentSink): void {
  sink.section(section.id, section.heading);
  replayBlocks(section.blocks, sink, section.id === "header");
}

const ID_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  [IDENTIFIER_SYSTEMS.fnr]: { nb: "fødselsnummer", nn: "fødselsnummer", en: "national identity number" },
  [IDENTIFIER_SYSTEMS.dnr]: { nb: "D-nummer", nn: "D-nummer", en: "D number" },
  [IDENTIFIER_SYSTEMS.fhn]: { nb: "FH-nummer", nn: "FH-nummer", en: "FH number" },
  [IDENTIFIER_SYSTEMS.duf]: { nb: "DUF-nummer", nn: "DUF-nummer", en: "DUF number" },
};

type Texts = ReturnType<typeof texts>;

/** A contact as parts to join by ", "; the phone part (if any) is the last and stays on one line. */
function contactParts(c: NonNullable<Assessment["contactPoint"]>, T: Texts): string[] {
  const parts = [c.name];
  if (c.role !== undefined) {
    parts.push(c.role);
  }
  if (c.unit !== undefined) {
    parts.push(c.unit);
  }
  if (c.phone !== undefined) {
    parts.push(`${T.phone} ${c.phone}`);
  }
  return parts;
}

/** The index from which contact parts stay on one line: the phone part, when there is one. */
const contactKeepFrom = (c: NonNullable<Assessment["contactPoint"]>, parts: readonly string[]): number =>
  c.phone === undefined ? parts.length : parts.length - 1;

/** Where an instrument's items are: item code → position, and each item's category position (-1: none). */
interface ItemIndex {
  readonly at: ReadonlyMap<string, number>;
  readonly category: readonly number[];
  /** The categories' labels, per language, made when first needed. */
  readonly labels: Map<Lang, readonly Label[]>;
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
      labels: new Map(),
    };
    INDEXES.set(instrument, index);
  }
  return index;
}

/** Per answer, the position of its item and of its category (reused between calls: nothing in between re-enters). */
const ITEM_AT: number[] = [];
const CATEGORY_AT: number[] = [];

function findIn(list: readonly Instrument[] | undefined, id: string, version: string): Instrument | undefined {
  return list === undefined ? findShipped(id, version) : list.find((i) => i.id === id && i.version === version);
}

type Answer = NonNullable<Assessment["distress"]>["items"][number];

function emitDistress(
  d: NonNullable<Assessment["distress"]>,
  lang: Lang,
  T: Texts,
  L: Readonly<Record<TextKey, Label>>,
  instruments: readonly Instrument[] | undefined,
  na: string,
  sink: DocumentSink,
): void {
  const instrument = findIn(instruments, d.instrument.id, d.instrument.version);
  sink.field(L.score, `${d.score} ${T.of10}`);
  sink.field(
    L.instrument,
    `${instrument === undefined ? d.instrument.id : instrument.title[lang]} (${d.instrument.id} ${d.instrument.version})`,
  );
  sink.field(
    L.threshold,
    `≥ ${d.thresholdRule.cutoff} (${T.rule} ${d.thresholdRule.id} ${d.thresholdRule.version}): ${d.aboveThreshold ? T.atOrAbove : T.below}`,
  );
  const index = instrument === undefined ? undefined : indexOf(instrument);
  const answers = d.items;
  let unknown = "";
  let unknowns = 0;
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i] as Answer;
    const at = index?.at.get(answer.code) ?? -1;
    const category = index === undefined || at < 0 ? -1 : (index.category[at] as number);
    ITEM_AT[i] = at;
    CATEGORY_AT[i] = category;
    if (category < 0) {
      const text = `${answer.code}: ${String(answer.value)}`;
      unknown = unknowns++ === 0 ? text : `${unknown}, ${text}`;
    }
  }
  if (instrument !== undefined && index !== undefined) {
    const yesLabel = instrument.answerFormat === "mark-all" ? T.problemsMarked : T.problemsYes;
    const categories = instrument.categories;
    const items = instrument.items;
    let categoryLabels = index.labels.get(lang);
    if (categoryLabels === undefined) {
      categoryLabels = categories.map((c) => labelOf(c.label[lang]));
      index.labels.set(lang, categoryLabels);
    }
    for (let c = 0; c < categories.length; c++) {
      let yes = "";
      let yesN = 0;
      let no = "";
      let noN = 0;
      let scored = "";
      let scoredN = 0;
      let lastYes = "";
      let lastNo = "";
      let seen = 0;
      for (let i = 0; i < answers.length; i++) {
        if (CATEGORY_AT[i] !== c) {
          continue;
        }
        seen++;
        const x = answers[i] as Answer;
        const label = (items[ITEM_AT[i] as number] as Instrument["items"][number]).label[lang];
        if (x.value === "yes") {
          yes = yesN++ === 0 ? label : `${yes}, ${label}`;
          lastYes = label;
        } else if (x.value === "no") {
          no = noN++ === 0 ? label : `${no}, ${label}`;
          lastNo = label;
        } else if (typeof x.value === "number") {
          const text = `${label} ${x.value}`;
          scored = scoredN++ === 0 ? text : `${scored}, ${text}`;
        }
      }
      if (seen === 0) {
        continue;
      }
      let value = "";
      let parts = 0;
      if (yesN > 0) {
        value = `${yesLabel}: ${yes}`;
        parts++;
      }
      if (noN > 0) {
        const text = `${T.problemsNo}: ${no}`;
        value = parts++ === 0 ? text : `${value}; ${text}`;
      }
      if (scoredN > 0) {
        value = parts++ === 0 ? scored : `${value}; ${scored}`;
      }
      // Fixed text for the sink ends in no white space; a label (an organisation's wording) might.
      const last = scoredN > 0 ? "" : noN > 0 ? lastNo : lastYes;
      sink.field(categoryLabels[c] as Label, last.trimEnd() === last ? value : value.trimEnd());
    }
  }
  if (unknowns > 0) {
    sink.field(L.unknownItem, unknown);
  }
  if (d.items.length === 0) {
    sink.field(L.problemsYes, na);
  }
  if (d.otherConcerns !== undefined) {
    sink.field(L.otherConcerns, "", "other-concerns", d.otherConcerns);
  }
}

/** The window of the next interaction point, from the profile and the diagnosis date (the default anchor). */
function windowText(a: Assessment, point: 1 | 2 | 3, lang: Lang, T: Texts, profile: Profile): string | undefined {
  const window = windowOf(profile, point, a.diagnosis.diagnosedOn);
  if (window === undefined) {
    return undefined;
  }
  return `${date(window.opensOn, lang)}–${date(window.closesOn, lang)} (${window.fromMonths}–${window.toMonths} ${T.monthsAfter} ${T.diagnosedOn} ${date(a.diagnosis.diagnosedOn, lang)})`;
}

/**
 * Writes the content of an assessment into a sink: every section in the fixed order, with "not answered" where a
 * part is absent, never silently leaving it out. The one place that decides what an epicrisis says; every renderer
 * goes through it.
 * @example
 * ```ts
 * emitDocument(assessment, { lang: "nn" }, sink);
 * ```
 */
export function emitDocument(assessment: Assessment, options: RenderOptions, sink: DocumentSink): void {
  const a = recipientView(assessment, options);
  const redacted = a.redaction !== undefined;
  const lang = options.lang ?? "nb";
  const T = textsOf(lang);
  const L = labelsOf(lang);
  const D = displaysOf(lang);
  const profile = options.profile ?? DEFAULT_PROFILE;
  // Issue 9: in a copy with parts left out, an absent part may be unanswered or not shared; never say which.
  const na = redacted ? T.notAnsweredOrShared : T.notAnswered;
  const topicLabel = topicLabelsOf(lang, a.patient.ageGroup);
  const topicField = topicFieldLabelsOf(lang, a.patient.ageGroup);

  const org =
    a.organisation.unit === undefined
      ? a.organisation.name.trimEnd()
      : `${a.organisation.name}, ${a.organisation.unit.trimEnd()}`;
  const idName = ID_NAMES[a.patient.identifier.system]?.[lang] ?? T.identifier;
  sink.section("header", undefined);
  sink.title(T.marking);
  sink.para(`${T.point} ${a.interactionPoint} – ${T.assessment}`);
  sink.field(L.place, org);
  sink.field(L.date, dateTime(a.conductedAt, lang));
  sink.field(
    L.patient,
    `${a.patient.name.given} ${a.patient.name.family}, ${T.born} ${date(a.patient.birthDate, lang)} (${idName} ${a.patient.identifier.value})`,
  );
  sink.field(
    L.diagnosis,
    `${a.diagnosis.code} ${a.diagnosis.text} (${T.diagnosedOn} ${date(a.diagnosis.diagnosedOn, lang)})`,
  );
  if (a.amendments !== undefined) {
    for (let i = 0; i < a.amendments.length; i++) {
      const m = a.amendments[i] as NonNullable<Assessment["amendments"]>[number];
      sink.field(
        makeLabel(`${T.version} ${i + 2}`),
        `${D.amendment[m.kind] ?? m.kind} ${dateTime(m.at, lang)} ${T.by} ${m.by}: ${
          m.paths.length === 0 ? m.reason.trimEnd() : `${m.reason} (${T.changed}: ${m.paths.join(", ")})`
        }`,
      );
    }
  }
  if (redacted) {
    sink.para(T.heldBack);
  }

  sink.section("outcome", T.outcome);
  sink.field(L.outcome, D.outcome[a.outcome.status] ?? a.outcome.status);
  if (a.outcome.status === "declined") {
    sink.field(L.reason, D.declineReason[a.outcome.reason] ?? a.outcome.reason);
    if (a.outcome.reasonText !== undefined) {
      sink.field(L.note, "", "reason-text", a.outcome.reasonText);
    }
  }
  if (a.outcome.status === "not-reached" && a.outcome.attempts !== undefined) {
    sink.field(L.attempts, String(a.outcome.attempts));
  }
  if (a.outcome.status !== "completed" && a.outcome.reofferOn !== undefined) {
    sink.field(L.reofferOn, date(a.outcome.reofferOn, lang));
  }

  const by = a.conductedBy;
  const byParts = [by.name, D.profession[by.profession] ?? by.profession];
  if (by.role !== undefined) {
    byParts.push(D.role[by.role] ?? by.role);
  }
  const byKeepFrom = byParts.length;
  if (by.hpr !== undefined) {
    byParts.push(`${T.hpr} ${by.hpr.value}`);
  }
  if (by.phone !== undefined) {
    byParts.push(`${T.phone} ${by.phone}`);
  }
  let participants = "";
  if (a.participants.length === 0) {
    participants = na;
  } else {
    for (let i = 0; i < a.participants.length; i++) {
      const p = a.participants[i] as Assessment["participants"][number];
      let text = D.participant[p.kind] ?? p.kind;
      if (p.relation !== undefined) {
        text += `, ${p.name === undefined ? p.relation.trimEnd() : p.relation}`;
      }
      if (p.name !== undefined) {
        text += `, ${p.name.trimEnd()}`;
      }
      participants = i === 0 ? text : `${participants}; ${text}`;
    }
  }
  sink.section("participation", T.whoAndHow);
  sink.field(L.mode, D.mode[a.mode] ?? a.mode);
  sink.field(L.respondent, D.respondent[a.respondent] ?? a.respondent);
  sink.field(L.participants, participants);
  sink.fieldParts(L.conductedBy, byParts, byKeepFrom);
  sink.field(
    L.language,
    `${a.patient.language}, ${a.patient.interpreterNeeded ? T.interpreterNeeded : T.interpreterNotNeeded}`,
  );
  sink.field(L.digital, a.patient.digital ? T.digitalYes : T.digitalNo);
  sink.field(L.ageGroup, a.patient.ageGroup === "child" ? T.child : T.adult);

  sink.section("distress", T.thermometer);
  if (a.distress === undefined) {
    sink.para(na);
  } else {
    emitDistress(a.distress, lang, T, L, options.instruments, na, sink);
  }

  sink.section("what-matters", T.whatMatters);
  if (a.whatMatters === undefined) {
    sink.para(na);
  } else {
    sink.para("", "what-matters", a.whatMatters);
  }

  sink.section("topics", T.topics);
  const topicCodes = TOPIC_CODES;
  for (let i = 0; i < topicCodes.length; i++) {
    const entry = a.topics[topicCodes[i] as (typeof topicCodes)[number]];
    const fieldLabel = topicField[i] as Label;
    if (entry === undefined) {
      sink.field(fieldLabel, na);
    } else if (entry.note === undefined) {
      sink.field(fieldLabel, D.topicStatus[entry.status] ?? entry.status);
    } else {
      sink.field(fieldLabel, `${D.topicStatus[entry.status] ?? entry.status}. `, "topic-notes", entry.note);
    }
  }

  sink.section("children", T.children);
  const c = a.children;
  if (c === undefined) {
    sink.para(na);
  } else {
    sink.field(L.hasMinors, c.hasMinorChildrenOrSiblings ? T.yes : T.no);
    for (const m of c.minors) {
      sink.item(`${D.minorRelation[m.relation] ?? m.relation}, ${T.age} ${m.age} ${T.years}`);
      if (m.situation !== undefined) {
        sink.field(L.situation, "", "children-text", m.situation);
      }
      sink.field(L.informationGiven, m.informationGiven ? T.yes : T.no);
      if (m.followUp !== undefined) {
        sink.field(L.followUp, "", "children-text", m.followUp);
      }
      sink.endItem();
    }
    if (c.childResponsibleContact !== undefined) {
      const parts = contactParts(c.childResponsibleContact, T);
      sink.fieldParts(L.childContact, parts, contactKeepFrom(c.childResponsibleContact, parts));
    }
    if (c.note !== undefined) {
      sink.field(L.note, "", "children-text", c.note);
    }
  }

  sink.section("measures", T.measures);
  if (a.measures.length === 0) {
    sink.para(redacted ? T.noMeasuresOrShared : T.noMeasures);
  }
  for (const m of a.measures) {
    sink.item("", "measure-descriptions", m.description);
    if (m.topic !== undefined) {
      sink.field(L.topic, topicLabel[TOPIC_CODES.indexOf(m.topic)] ?? m.topic);
    }
    sink.field(
      L.responsible,
      m.responsible.unit === undefined
        ? (D.responsible[m.responsible.kind] ?? m.responsible.kind)
        : `${D.responsible[m.responsible.kind] ?? m.responsible.kind}, ${m.responsible.unit.trimEnd()}`,
    );
    if (m.responsible.contact !== undefined) {
      const parts = contactParts(m.responsible.contact, T);
      sink.fieldParts(L.contact, parts, contactKeepFrom(m.responsible.contact, parts));
    }
    if (m.dueOn !== undefined) {
      sink.field(L.due, date(m.dueOn, lang));
    }
    sink.field(L.status, D.measureStatus[m.status] ?? m.status);
    sink.endItem();
  }

  sink.section("contact-point", T.contactPoint);
  if (a.contactPoint === undefined) {
    sink.para(na);
  } else {
    const parts = contactParts(a.contactPoint, T);
    sink.paraParts(parts, contactKeepFrom(a.contactPoint, parts));
  }

  sink.section("consent", T.consent);
  if (a.consent.length === 0) {
    sink.para(T.noConsent);
  }
  for (const entry of a.consent) {
    let text = `${D.consentValue[entry.value] ?? entry.value} (${T.recorded} ${dateTime(entry.recordedAt, lang)} ${T.by} ${entry.recordedBy})`;
    if (entry.withhold !== undefined && entry.withhold.length > 0) {
      text += `; ${T.heldBackFrom}: ${entry.withhold.map((p) => D.sharable[p] ?? p).join(", ")}`;
    }
    sink.field(
      entry.recipient === "other"
        ? makeLabel(`${D.recipient["other"] ?? "other"} (${entry.description})`)
        : (D.recipientLabel[entry.recipient] ?? makeLabel(entry.recipient)),
      text,
    );
  }

  sink.section("next-step", T.nextStep);
  const n = a.nextStep;
  if (n === undefined) {
    sink.para(na);
  } else {
    sink.para(
      n.action === "next-interaction-point" && n.interactionPoint !== undefined
        ? `${D.nextStep[n.action] ?? n.action}: ${T.point} ${n.interactionPoint}`
        : (D.nextStep[n.action] ?? n.action),
    );
    if (n.interactionPoint !== undefined) {
      const w = windowText(a, n.interactionPoint, lang, T, profile);
      if (w !== undefined) {
        sink.field(L.window, w);
      }
    }
    if (n.plannedOn !== undefined) {
      sink.field(L.planned, date(n.plannedOn, lang));
    }
    if (n.responsible !== undefined) {
      sink.field(L.responsible, D.responsible[n.responsible] ?? n.responsible);
    }
    if (n.note !== undefined) {
      sink.field(L.note, "", "next-step-note", n.note);
    }
  }

  if (a.notes !== undefined) {
    sink.section("notes", T.notes);
    sink.para("", "notes", a.notes);
  }
}

/**
 * Builds the render tree of an assessment: every section in the fixed order, with "not answered" where a part is
 * absent, never silently leaving it out.
 * @example
 * ```ts
 * const sections = buildDocument(assessment, { lang: "nn" });
 * ```
 */
export function buildDocument(assessment: Assessment, options: RenderOptions = {}): Section[] {
  const recorder = new DocumentWriter(80, NO_SHORTENING, undefined, true);
  emitDocument(assessment, options, recorder);
  return recorder.sections as Section[];
}
