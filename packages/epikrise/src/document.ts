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
  DECLINE_REASONS,
  displayOf,
  expandParts,
  IDENTIFIER_SYSTEMS,
  type Lang,
  MEASURE_STATUSES,
  MINOR_RELATIONS,
  NEXT_STEP_ACTIONS,
  OUTCOMES,
  PARTICIPANT_KINDS,
  PROFESSIONS,
  RECIPIENT_KINDS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  ROLES,
  redactAssessment,
  SHARABLE_PARTS,
  type SharablePart,
  TOPIC_STATUSES,
  TOPICS,
} from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, type Profile, pointWindow } from "@pakkeforlop-hjem/pathway";
import { formatDate, formatDateTime, keep, topicLabel, tr } from "./labels.ts";

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
 * The assessment as the recipient of a rendering may see it (issue 9): the model's `redactAssessment` with the
 * delivery's `withhold` plus `options.withhold` (consent) and the delivery's `leaveOut` minus `options.include`
 * (minimisation). Every renderer renders this view, and the XHTML carrier carries it. With nothing to leave out it
 * is the assessment itself.
 * @example
 * ```ts
 * const view = recipientView(assessment, { delivery }); // view.redaction says whether parts were left out
 * ```
 */
export function recipientView(a: Assessment, options: RenderOptions = {}): Assessment {
  const withhold = [...(options.delivery?.withhold ?? []), ...(options.withhold ?? [])];
  const leaveOut = options.delivery?.leaveOut ?? [];
  let minimise: SharablePart[] = [];
  if (leaveOut.length > 0) {
    const included = expandParts(options.include ?? []);
    const concrete = expandParts(leaveOut);
    minimise = SHARABLE_PARTS.codes.filter((p) => p !== "topics" && concrete.has(p) && !included.has(p));
  }
  return redactAssessment(a, { withhold, leaveOut: minimise });
}

const field = (label: string, ...value: Piece[]): Block => ({ kind: "field", label, value });
const para = (...value: Piece[]): Block => ({ kind: "para", value });
const item = (value: Piece[], fields: Block[] = []): Block => ({ kind: "item", value, fields });
const free = (kind: FreeTextKind, text: string): Piece => ({ free: kind, text });

const ID_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  [IDENTIFIER_SYSTEMS.fnr]: { nb: "fødselsnummer", nn: "fødselsnummer", en: "national identity number" },
  [IDENTIFIER_SYSTEMS.dnr]: { nb: "D-nummer", nn: "D-nummer", en: "D number" },
  [IDENTIFIER_SYSTEMS.fhn]: { nb: "FH-nummer", nn: "FH-nummer", en: "FH number" },
  [IDENTIFIER_SYSTEMS.duf]: { nb: "DUF-nummer", nn: "DUF-nummer", en: "DUF number" },
};

function contactPieces(c: NonNullable<Assessment["contactPoint"]>, lang: Lang): string {
  const parts = [c.name];
  if (c.role !== undefined) {
    parts.push(c.role);
  }
  if (c.unit !== undefined) {
    parts.push(c.unit);
  }
  if (c.phone !== undefined) {
    parts.push(keep(`${tr("phone", lang)} ${c.phone}`));
  }
  return parts.join(", ");
}

const INDEXES = new WeakMap<Instrument, ReadonlyMap<string, Instrument["items"][number]>>();

/** Item code → item, built once per instrument object. */
function indexOf(instrument: Instrument): ReadonlyMap<string, Instrument["items"][number]> {
  let index = INDEXES.get(instrument);
  if (index === undefined) {
    index = new Map(instrument.items.map((i) => [i.code, i]));
    INDEXES.set(instrument, index);
  }
  return index;
}

function findIn(list: readonly Instrument[] | undefined, id: string, version: string): Instrument | undefined {
  return list === undefined ? findInstrument(id, version) : list.find((i) => i.id === id && i.version === version);
}

function distressBlocks(
  a: Assessment,
  lang: Lang,
  instruments: readonly Instrument[] | undefined,
  na: string,
): Block[] {
  const d = a.distress;
  if (d === undefined) {
    return [para(na)];
  }
  const instrument = findIn(instruments, d.instrument.id, d.instrument.version);
  const blocks: Block[] = [
    field(tr("score", lang), `${d.score} ${tr("of10", lang)}`),
    field(
      tr("instrument", lang),
      `${instrument === undefined ? d.instrument.id : instrument.title[lang]} (${d.instrument.id} ${d.instrument.version})`,
    ),
    field(
      tr("threshold", lang),
      `≥ ${d.thresholdRule.cutoff} (${tr("rule", lang)} ${d.thresholdRule.id} ${d.thresholdRule.version}): ${d.aboveThreshold ? tr("atOrAbove", lang) : tr("below", lang)}`,
    ),
  ];
  const index = instrument === undefined ? undefined : indexOf(instrument);
  const labelOf = (code: string): string => index?.get(code)?.label[lang] ?? code;
  const categories = instrument?.categories ?? [];
  const byCategory = new Map<string, (typeof d.items)[number][]>();
  const unknown: (typeof d.items)[number][] = [];
  for (const answer of d.items) {
    const cat = index?.get(answer.code)?.category;
    if (cat === undefined) {
      unknown.push(answer);
    } else {
      const list = byCategory.get(cat);
      if (list === undefined) {
        byCategory.set(cat, [answer]);
      } else {
        list.push(answer);
      }
    }
  }
  const marked = instrument?.answerFormat === "mark-all";
  const describe = (answers: typeof d.items): string[] => {
    const yes = answers.filter((x) => x.value === "yes").map((x) => labelOf(x.code));
    const no = answers.filter((x) => x.value === "no").map((x) => labelOf(x.code));
    const scored = answers.filter((x) => typeof x.value === "number").map((x) => `${labelOf(x.code)} ${x.value}`);
    const out: string[] = [];
    if (yes.length > 0) {
      out.push(`${marked ? tr("problemsMarked", lang) : tr("problemsYes", lang)}: ${yes.join(", ")}`);
    }
    if (no.length > 0) {
      out.push(`${tr("problemsNo", lang)}: ${no.join(", ")}`);
    }
    if (scored.length > 0) {
      out.push(scored.join(", "));
    }
    return out;
  };
  for (const cat of categories) {
    const answers = byCategory.get(cat.code);
    if (answers !== undefined) {
      blocks.push(field(cat.label[lang], describe(answers).join("; ")));
    }
  }
  if (unknown.length > 0) {
    blocks.push(field(tr("unknownItem", lang), unknown.map((x) => `${x.code}: ${String(x.value)}`).join(", ")));
  }
  if (d.items.length === 0) {
    blocks.push(field(tr("problemsYes", lang), na));
  }
  if (d.otherConcerns !== undefined) {
    blocks.push(field(tr("otherConcerns", lang), free("other-concerns", d.otherConcerns)));
  }
  return blocks;
}

/** The window of the next interaction point, from the profile and the diagnosis date (the default anchor). */
function windowText(a: Assessment, point: 1 | 2 | 3, lang: Lang, profile: Profile): string | undefined {
  const window = pointWindow(profile, point, a.diagnosis.diagnosedOn);
  if (window === undefined) {
    return undefined;
  }
  return `${formatDate(window.opensOn, lang)}–${formatDate(window.closesOn, lang)} (${window.fromMonths}–${window.toMonths} ${tr("monthsAfter", lang)} ${tr("diagnosedOn", lang)} ${formatDate(a.diagnosis.diagnosedOn, lang)})`;
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
  const a = recipientView(assessment, options);
  const redacted = a.redaction !== undefined;
  const lang = options.lang ?? "nb";
  const profile = options.profile ?? NATIONAL_PROFILE;
  // Issue 9: in a copy with parts left out, an absent part may be unanswered or not shared; never say which.
  const na = redacted ? tr("notAnsweredOrShared", lang) : tr("notAnswered", lang);
  const sections: Section[] = [];

  const org =
    a.organisation.unit === undefined ? a.organisation.name : `${a.organisation.name}, ${a.organisation.unit}`;
  const idName = ID_NAMES[a.patient.identifier.system]?.[lang] ?? tr("identifier", lang);
  sections.push({
    id: "header",
    blocks: [
      para(tr("marking", lang)),
      para(`${tr("point", lang)} ${a.interactionPoint} – ${tr("assessment", lang)}`),
      field(tr("place", lang), org),
      field(tr("date", lang), formatDateTime(a.conductedAt, lang)),
      field(
        tr("patient", lang),
        `${a.patient.name.given} ${a.patient.name.family}, ${tr("born", lang)} ${formatDate(a.patient.birthDate, lang)} (${idName} ${a.patient.identifier.value})`,
      ),
      field(
        tr("diagnosis", lang),
        `${a.diagnosis.code} ${a.diagnosis.text} (${tr("diagnosedOn", lang)} ${formatDate(a.diagnosis.diagnosedOn, lang)})`,
      ),
      ...(a.amendments ?? []).map((m, i) =>
        field(
          `${tr("version", lang)} ${i + 2}`,
          `${displayOf(AMENDMENT_KINDS, m.kind, lang)} ${formatDateTime(m.at, lang)} ${tr("by", lang)} ${m.by}: ${m.reason}${
            m.paths.length === 0 ? "" : ` (${tr("changed", lang)}: ${m.paths.join(", ")})`
          }`,
        ),
      ),
      ...(redacted ? [para(tr("heldBack", lang))] : []),
    ],
  });

  const outcome: Block[] = [field(tr("outcome", lang), displayOf(OUTCOMES, a.outcome.status, lang))];
  if (a.outcome.status === "declined") {
    outcome.push(field(tr("reason", lang), displayOf(DECLINE_REASONS, a.outcome.reason, lang)));
    if (a.outcome.reasonText !== undefined) {
      outcome.push(field(tr("note", lang), free("reason-text", a.outcome.reasonText)));
    }
  }
  if (a.outcome.status === "not-reached" && a.outcome.attempts !== undefined) {
    outcome.push(field(tr("attempts", lang), String(a.outcome.attempts)));
  }
  if (a.outcome.status !== "completed" && a.outcome.reofferOn !== undefined) {
    outcome.push(field(tr("reofferOn", lang), formatDate(a.outcome.reofferOn, lang)));
  }
  sections.push({ id: "outcome", heading: tr("outcome", lang), blocks: outcome });

  const by = a.conductedBy;
  const byParts = [by.name, displayOf(PROFESSIONS, by.profession, lang)];
  if (by.role !== undefined) {
    byParts.push(displayOf(ROLES, by.role, lang));
  }
  if (by.hpr !== undefined) {
    byParts.push(keep(`${tr("hpr", lang)} ${by.hpr.value}`));
  }
  if (by.phone !== undefined) {
    byParts.push(keep(`${tr("phone", lang)} ${by.phone}`));
  }
  sections.push({
    id: "participation",
    heading: tr("whoAndHow", lang),
    blocks: [
      field(tr("mode", lang), displayOf(CONVERSATION_MODES, a.mode, lang)),
      field(tr("respondent", lang), displayOf(RESPONDENTS, a.respondent, lang)),
      field(
        tr("participants", lang),
        a.participants.length === 0
          ? na
          : a.participants
              .map((p) =>
                [displayOf(PARTICIPANT_KINDS, p.kind, lang), p.relation, p.name]
                  .filter((x) => x !== undefined)
                  .join(", "),
              )
              .join("; "),
      ),
      field(tr("conductedBy", lang), byParts.join(", ")),
      field(
        tr("language", lang),
        `${a.patient.language}, ${a.patient.interpreterNeeded ? tr("interpreterNeeded", lang) : tr("interpreterNotNeeded", lang)}`,
      ),
      field(tr("digital", lang), a.patient.digital ? tr("digitalYes", lang) : tr("digitalNo", lang)),
      field(tr("ageGroup", lang), a.patient.ageGroup === "child" ? tr("child", lang) : tr("adult", lang)),
    ],
  });

  sections.push({
    id: "distress",
    heading: tr("thermometer", lang),
    blocks: distressBlocks(a, lang, options.instruments, na),
  });
  sections.push({
    id: "what-matters",
    heading: tr("whatMatters", lang),
    blocks: [a.whatMatters === undefined ? para(na) : para(free("what-matters", a.whatMatters))],
  });

  const topicBlocks: Block[] = TOPICS.codes.map((key) => {
    const entry = a.topics[key];
    const label = topicLabel(key, lang, a.patient.ageGroup);
    if (entry === undefined) {
      return field(label, na);
    }
    const status = displayOf(TOPIC_STATUSES, entry.status, lang);
    return entry.note === undefined
      ? field(label, status)
      : field(label, `${status}. `, free("topic-notes", entry.note));
  });
  sections.push({ id: "topics", heading: tr("topics", lang), blocks: topicBlocks });

  const c = a.children;
  const childBlocks: Block[] = [];
  if (c === undefined) {
    childBlocks.push(para(na));
  } else {
    childBlocks.push(field(tr("hasMinors", lang), c.hasMinorChildrenOrSiblings ? tr("yes", lang) : tr("no", lang)));
    for (const m of c.minors) {
      const fields: Block[] = [
        field(tr("informationGiven", lang), m.informationGiven ? tr("yes", lang) : tr("no", lang)),
      ];
      if (m.situation !== undefined) {
        fields.unshift(field(tr("situation", lang), free("children-text", m.situation)));
      }
      if (m.followUp !== undefined) {
        fields.push(field(tr("followUp", lang), free("children-text", m.followUp)));
      }
      childBlocks.push(
        item(
          [`${displayOf(MINOR_RELATIONS, m.relation, lang)}, ${tr("age", lang)} ${m.age} ${tr("years", lang)}`],
          fields,
        ),
      );
    }
    if (c.childResponsibleContact !== undefined) {
      childBlocks.push(field(tr("childContact", lang), contactPieces(c.childResponsibleContact, lang)));
    }
    if (c.note !== undefined) {
      childBlocks.push(field(tr("note", lang), free("children-text", c.note)));
    }
  }
  sections.push({ id: "children", heading: tr("children", lang), blocks: childBlocks });

  const measureBlocks: Block[] =
    a.measures.length === 0
      ? [para(redacted ? tr("noMeasuresOrShared", lang) : tr("noMeasures", lang))]
      : a.measures.map((m) => {
          const fields: Block[] = [];
          if (m.topic !== undefined) {
            fields.push(field(tr("topic", lang), topicLabel(m.topic, lang, a.patient.ageGroup)));
          }
          const resp = [displayOf(RESPONSIBLE_PARTY_KINDS, m.responsible.kind, lang)];
          if (m.responsible.unit !== undefined) {
            resp.push(m.responsible.unit);
          }
          fields.push(field(tr("responsible", lang), resp.join(", ")));
          if (m.responsible.contact !== undefined) {
            fields.push(field(tr("contact", lang), contactPieces(m.responsible.contact, lang)));
          }
          if (m.dueOn !== undefined) {
            fields.push(field(tr("due", lang), formatDate(m.dueOn, lang)));
          }
          fields.push(field(tr("status", lang), displayOf(MEASURE_STATUSES, m.status, lang)));
          return item([free("measure-descriptions", m.description)], fields);
        });
  sections.push({ id: "measures", heading: tr("measures", lang), blocks: measureBlocks });

  sections.push({
    id: "contact-point",
    heading: tr("contactPoint", lang),
    blocks: [para(a.contactPoint === undefined ? na : contactPieces(a.contactPoint, lang))],
  });

  sections.push({
    id: "consent",
    heading: tr("consent", lang),
    blocks:
      a.consent.length === 0
        ? [para(tr("noConsent", lang))]
        : a.consent.map((entry) =>
            field(
              entry.recipient === "other"
                ? `${displayOf(RECIPIENT_KINDS, "other", lang)} (${entry.description})`
                : displayOf(RECIPIENT_KINDS, entry.recipient, lang),
              `${displayOf(CONSENT_VALUES, entry.value, lang)} (${tr("recorded", lang)} ${formatDateTime(entry.recordedAt, lang)} ${tr("by", lang)} ${entry.recordedBy})${
                entry.withhold === undefined || entry.withhold.length === 0
                  ? ""
                  : `; ${tr("heldBackFrom", lang)}: ${entry.withhold.map((p) => displayOf(SHARABLE_PARTS, p, lang)).join(", ")}`
              }`,
            ),
          ),
  });

  const n = a.nextStep;
  const nextBlocks: Block[] = [];
  if (n === undefined) {
    nextBlocks.push(para(na));
  } else {
    const action =
      n.action === "next-interaction-point" && n.interactionPoint !== undefined
        ? `${displayOf(NEXT_STEP_ACTIONS, n.action, lang)}: ${tr("point", lang)} ${n.interactionPoint}`
        : displayOf(NEXT_STEP_ACTIONS, n.action, lang);
    nextBlocks.push(para(action));
    if (n.interactionPoint !== undefined) {
      const w = windowText(a, n.interactionPoint, lang, profile);
      if (w !== undefined) {
        nextBlocks.push(field(tr("window", lang), w));
      }
    }
    if (n.plannedOn !== undefined) {
      nextBlocks.push(field(tr("planned", lang), formatDate(n.plannedOn, lang)));
    }
    if (n.responsible !== undefined) {
      nextBlocks.push(field(tr("responsible", lang), displayOf(RESPONSIBLE_PARTY_KINDS, n.responsible, lang)));
    }
    if (n.note !== undefined) {
      nextBlocks.push(field(tr("note", lang), free("next-step-note", n.note)));
    }
  }
  sections.push({ id: "next-step", heading: tr("nextStep", lang), blocks: nextBlocks });

  if (a.notes !== undefined) {
    sections.push({ id: "notes", heading: tr("notes", lang), blocks: [para(free("notes", a.notes))] });
  }
  return sections;
}
