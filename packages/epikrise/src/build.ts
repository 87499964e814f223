/**
 * Builds the render tree (`tree.ts`) of an assessment: the one place that decides what an epicrisis says. Every
 * section in the fixed order of issue 5, with "not answered" where a part is absent, never silently leaving it out;
 * each section has its own small builder below.
 */
import {
  type Assessment,
  IDENTIFIER_SYSTEMS,
  type Lang,
  languageName,
  recipientView,
  TOPICS,
  type TopicKey,
  type TopicStatus,
} from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, type Profile, pointWindow } from "@pakkeforlop-hjem/pathway";
import { type Displays, displaysOf } from "./displays.ts";
import { distressBlocks } from "./distress.ts";
import { formatDate, formatDateTime, type TextKey, texts, topicLabels } from "./labels.ts";
import {
  type Block,
  type CutPart,
  field,
  free,
  item,
  para,
  type RenderOptions,
  type RenderTree,
  type Section,
  title,
} from "./tree.ts";

type Texts = Readonly<Record<TextKey, string>>;
type Contact = NonNullable<Assessment["contactPoint"]>;

/** What every section builder reads: the recipient's view, the language, its texts and code-list displays. */
interface Context {
  readonly a: Assessment;
  readonly lang: Lang;
  readonly T: Texts;
  readonly D: Displays;
  /** "Not answered", or in a copy with parts left out "not answered or not shared" (issue 9: never say which). */
  readonly na: string;
  readonly redacted: boolean;
}

const ID_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  [IDENTIFIER_SYSTEMS.fnr]: { nb: "fødselsnummer", nn: "fødselsnummer", en: "national identity number" },
  [IDENTIFIER_SYSTEMS.dnr]: { nb: "D-nummer", nn: "D-nummer", en: "D number" },
  [IDENTIFIER_SYSTEMS.fhn]: { nb: "FH-nummer", nn: "FH-nummer", en: "FH number" },
  [IDENTIFIER_SYSTEMS.duf]: { nb: "DUF-nummer", nn: "DUF-nummer", en: "DUF number" },
};

/**
 * A contact's value as a field (or, without a label, a paragraph): name, role, unit, the phone kept on one line;
 * `cut`: the part a budget may leave it out with.
 */
function contact(label: string | undefined, c: Contact, T: Texts, cut?: CutPart): Block {
  let text = c.name;
  if (c.role !== undefined) {
    text += `, ${c.role}`;
  }
  if (c.unit !== undefined) {
    text += `, ${c.unit}`;
  }
  if (c.phone === undefined) {
    // Fixed text ends in no white space (see `Block`): here the contact's last part ends the value.
    text = text.trimEnd();
  }
  const kept = c.phone === undefined ? undefined : [`${T.phone} ${c.phone}`];
  return label === undefined ? para(text, kept, undefined, cut) : field(label, text, kept, undefined, cut);
}

/** The text key of each top-level path segment of an amendment, by the part of the note it changes. */
const PART_OF: Readonly<Record<string, TextKey>> = {
  patient: "patient",
  diagnosis: "diagnosis",
  outcome: "outcome",
  conductedAt: "date",
  organisation: "place",
  interactionPoint: "point",
  mode: "whoAndHow",
  respondent: "whoAndHow",
  participants: "whoAndHow",
  conductedBy: "whoAndHow",
  distress: "thermometer",
  whatMatters: "whatMatters",
  children: "children",
  measures: "measures",
  contactPoint: "contactPoint",
  consent: "consent",
  nextStep: "nextStep",
  notes: "notes",
};

/**
 * The parts an amendment changed, in words (issue 17: a reader never sees the JSON paths, which stay in the machine
 * data): a topic by its label, everything else by the heading of its section, each once.
 */
function changedParts(paths: readonly string[], lang: Lang, a: Assessment, T: Texts): string {
  const labels = topicLabels(lang, a.patient.ageGroup);
  const parts: string[] = [];
  for (const path of paths) {
    const [head = "", sub = ""] = path.split(/[.[]/, 2);
    const topic = head === "topics" ? TOPICS.codes.indexOf(sub as (typeof TOPICS.codes)[number]) : -1;
    const key = Object.hasOwn(PART_OF, head) ? PART_OF[head] : undefined;
    const part =
      topic >= 0
        ? (labels[topic] as string)
        : head === "topics"
          ? T.topics
          : key === undefined
            ? T.otherDetails
            : T[key];
    if (!parts.includes(part)) {
      parts.push(part);
    }
  }
  return parts.join(", ");
}

function header({ a, lang, T, D, redacted }: Context): Section {
  const org =
    a.organisation.unit === undefined
      ? a.organisation.name.trimEnd()
      : `${a.organisation.name}, ${a.organisation.unit.trimEnd()}`;
  const idName = ID_NAMES[a.patient.identifier.system]?.[lang] ?? T.identifier;
  const blocks: Block[] = [
    title(T.marking),
    para(`${T.point} ${a.interactionPoint} – ${T.assessment}`),
    field(T.place, org),
    field(T.date, formatDateTime(a.conductedAt, lang)),
    field(
      T.patient,
      `${a.patient.name.given} ${a.patient.name.family}, ${T.born} ${formatDate(a.patient.birthDate, lang)} (${idName} ${a.patient.identifier.value})`,
    ),
    field(
      T.diagnosis,
      `${a.diagnosis.code} ${a.diagnosis.text} (${T.diagnosedOn} ${formatDate(a.diagnosis.diagnosedOn, lang)})`,
    ),
  ];
  const amendments = a.amendments ?? [];
  for (let i = 0; i < amendments.length; i++) {
    const m = amendments[i] as (typeof amendments)[number];
    const what =
      m.paths.length === 0 ? m.reason.trimEnd() : `${m.reason} (${T.changed}: ${changedParts(m.paths, lang, a, T)})`;
    const text = `${D.amendment[m.kind] ?? m.kind} ${formatDateTime(m.at, lang)} ${T.by} ${m.by}: ${what}`;
    blocks.push(field(`${T.version} ${i + 2}`, text, undefined, undefined, "amendments"));
  }
  if (redacted) {
    blocks.push(para(T.heldBack));
  }
  return { id: "header", heading: undefined, blocks };
}

/** The outcome of a conversation that was held: the field says it, so the section prints no heading. */
function outcome({ a, T, D }: Context): Section {
  return {
    id: "outcome",
    heading: undefined,
    blocks: [field(T.outcome, D.outcome[a.outcome.status] ?? a.outcome.status)],
  };
}

/** A display text that starts a value after a comma: its first letter in lower case ("Telefon" → "telefon"). */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The outcome of a conversation that was not held, declined or not reached (issue 17 point 4), as a short summary
 * instead of "not answered" under every heading. The model records a declined conversation with a coded reason, an
 * optional note and an optional re-offer date, and one not reached with the attempts and a re-offer date
 * (`Outcome`, DOMAIN.md §1). The summary says: offered (or tried) when and how; declined why, when recorded; the
 * attempts; re-offer when (DOMAIN.md §1: "A declined SP1 is offered again later"): the agreed date, the outcome's or
 * the next step's planned re-offer, and otherwise that none is agreed, never an invented date, as the pathway's
 * re-offer action (`reofferAction`, `next-actions.ts`); whom to contact (the professional who offered it); who else
 * took part, when recorded; an interpreter when one is needed for the new offer; and that no needs assessment was
 * made.
 */
function notHeld(c: Context, by: Block): Section {
  const { a, lang, T, D } = c;
  const o = a.outcome;
  const how = lowerFirst(D.mode[a.mode] ?? a.mode);
  const blocks: Block[] = [
    field(T.outcome, D.outcome[o.status] ?? o.status),
    field(o.status === "declined" ? T.offered : T.tried, `${formatDate(a.conductedAt.slice(0, 10), lang)}, ${how}`),
  ];
  if (o.status === "declined") {
    blocks.push(field(T.reason, D.declineReason[o.reason] ?? o.reason));
    if (o.reasonText !== undefined) {
      blocks.push(field(T.note, "", undefined, free("reason-text", o.reasonText)));
    }
  } else if (o.status === "not-reached" && o.attempts !== undefined) {
    blocks.push(field(T.attempts, String(o.attempts)));
  }
  const planned = a.nextStep?.action === "reoffer" ? a.nextStep.plannedOn : undefined;
  const reoffer = o.status === "completed" ? undefined : (o.reofferOn ?? planned);
  blocks.push(field(T.reofferOn, reoffer === undefined ? T.reofferNotSet : formatDate(reoffer, lang)));
  blocks.push(field(T.contact, by.text, by.kept));
  if (a.participants.length > 0) {
    blocks.push(field(T.participants, participantsText(c)));
  }
  if (a.patient.interpreterNeeded) {
    blocks.push(field(T.language, `${languageName(a.patient.language, lang)}, ${T.interpreterNeeded}`));
  }
  blocks.push(para(T.noAssessment));
  return { id: "outcome", heading: undefined, blocks };
}

/** Who took part: kind, relation, name; "; " between people. */
function participantsText({ a, D }: Context): string {
  let participants = "";
  for (const p of a.participants) {
    let text = D.participant[p.kind] ?? p.kind;
    if (p.relation !== undefined) {
      text += `, ${p.name === undefined ? p.relation.trimEnd() : p.relation}`;
    }
    if (p.name !== undefined) {
      text += `, ${p.name.trimEnd()}`;
    }
    participants = participants === "" ? text : `${participants}; ${text}`;
  }
  return participants;
}

/**
 * The professional who held (or offered) the conversation: name, profession, role; HPR and phone kept whole; `cut`:
 * the part a budget may leave it out with.
 */
function professional({ a, T, D }: Context, cut?: CutPart): Block {
  const by = a.conductedBy;
  let byText = `${by.name}, ${D.profession[by.profession] ?? by.profession}`;
  if (by.role !== undefined) {
    byText += `, ${D.role[by.role] ?? by.role}`;
  }
  const kept: string[] = [];
  if (by.hpr !== undefined) {
    kept.push(`${T.hpr} ${by.hpr.value}`);
  }
  if (by.phone !== undefined) {
    kept.push(`${T.phone} ${by.phone}`);
  }
  return field(T.conductedBy, byText, kept.length === 0 ? undefined : kept, undefined, cut);
}

function participation(c: Context): Section {
  const { a, lang, T, D, na } = c;
  const participants = participantsText(c);
  const interpreter = a.patient.interpreterNeeded ? T.interpreterNeeded : T.interpreterNotNeeded;
  return {
    id: "participation",
    heading: T.whoAndHow,
    blocks: [
      field(T.mode, D.mode[a.mode] ?? a.mode, undefined, undefined, "participation"),
      field(T.respondent, D.respondent[a.respondent] ?? a.respondent, undefined, undefined, "participation"),
      field(T.participants, a.participants.length === 0 ? na : participants, undefined, undefined, "participation"),
      professional(c, "conducted-by"),
      field(
        T.language,
        `${languageName(a.patient.language, lang)}, ${interpreter}`,
        undefined,
        undefined,
        "conducted-by",
      ),
      field(T.digital, a.patient.digital ? T.digitalYes : T.digitalNo, undefined, undefined, "participation"),
      field(T.ageGroup, a.patient.ageGroup === "child" ? T.child : T.adult, undefined, undefined, "participation"),
    ],
  };
}

/** Which budget part a topic line belongs to, by its status (issue 17: "discussed, no need" goes first). */
const TOPIC_CUT: Readonly<Record<TopicStatus, CutPart>> = {
  "no-need": "topics-no-need",
  "not-discussed": "topics-not-discussed",
  need: "topics-need",
};

/** The topics section: every topic (a conversation held), or only the recorded ones (one not held). */
function topics({ a, lang, T, D, na }: Context, codes: readonly TopicKey[] = TOPICS.codes): Section {
  const labels = topicLabels(lang, a.patient.ageGroup);
  const all = codes === TOPICS.codes;
  const blocks: Block[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as TopicKey;
    const entry = a.topics[code];
    const label = labels[all ? i : TOPICS.codes.indexOf(code)] as string;
    if (entry === undefined) {
      blocks.push(field(label, na, undefined, undefined, "topics-not-discussed"));
      continue;
    }
    // Issue 16 (DOMAIN.md §5 Helsenorge): a topic the patient asked for before the visit says so, in words.
    const raised = entry.raisedBy === "patient" ? ` (${T.raisedByPatient})` : "";
    const status = `${D.topicStatus[entry.status] ?? entry.status}${raised}`;
    const cut = TOPIC_CUT[entry.status];
    blocks.push(
      entry.note === undefined
        ? field(label, status, undefined, undefined, cut)
        : field(label, `${status}. `, undefined, free("topic-notes", entry.note), cut),
    );
  }
  return { id: "topics", heading: T.topics, blocks };
}

function children({ a, T, D, na }: Context): Section {
  const c = a.children;
  if (c === undefined) {
    return { id: "children", heading: T.children, blocks: [para(na, undefined, undefined, "children")] };
  }
  const cut = "children";
  const blocks: Block[] = [field(T.hasMinors, c.hasMinorChildrenOrSiblings ? T.yes : T.no, undefined, undefined, cut)];
  for (const m of c.minors) {
    const fields: Block[] = [];
    if (m.situation !== undefined) {
      fields.push(field(T.situation, "", undefined, free("children-text", m.situation)));
    }
    fields.push(field(T.informationGiven, m.informationGiven ? T.yes : T.no));
    if (m.followUp !== undefined) {
      fields.push(field(T.followUp, "", undefined, free("children-text", m.followUp)));
    }
    const text = `${D.minorRelation[m.relation] ?? m.relation}, ${T.age} ${m.age} ${T.years}`;
    blocks.push(item(text, undefined, fields, cut));
  }
  if (c.childResponsibleContact !== undefined) {
    blocks.push(contact(T.childContact, c.childResponsibleContact, T, cut));
  }
  if (c.note !== undefined) {
    blocks.push(field(T.note, "", undefined, free("children-text", c.note), cut));
  }
  return { id: "children", heading: T.children, blocks };
}

function measures({ a, lang, T, D, redacted }: Context): Section {
  const blocks: Block[] = [];
  const cut = "measures";
  if (a.measures.length === 0) {
    blocks.push(para(redacted ? T.noMeasuresOrShared : T.noMeasures, undefined, undefined, cut));
  }
  const labels = topicLabels(lang, a.patient.ageGroup);
  for (const m of a.measures) {
    const fields: Block[] = [];
    if (m.topic !== undefined) {
      fields.push(field(T.topic, labels[TOPICS.codes.indexOf(m.topic)] ?? m.topic));
    }
    const kind = D.responsible[m.responsible.kind] ?? m.responsible.kind;
    fields.push(
      field(T.responsible, m.responsible.unit === undefined ? kind : `${kind}, ${m.responsible.unit.trimEnd()}`),
    );
    if (m.responsible.contact !== undefined) {
      fields.push(contact(T.contact, m.responsible.contact, T));
    }
    if (m.dueOn !== undefined) {
      fields.push(field(T.due, formatDate(m.dueOn, lang)));
    }
    fields.push(field(T.status, D.measureStatus[m.status] ?? m.status));
    blocks.push(item("", free("measure-descriptions", m.description), fields, cut));
  }
  return { id: "measures", heading: T.measures, blocks };
}

function consent({ a, lang, T, D }: Context): Section {
  const blocks: Block[] = [];
  const cut = "consent";
  if (a.consent.length === 0) {
    blocks.push(para(T.noConsent, undefined, undefined, cut));
  }
  for (const entry of a.consent) {
    let text = `${D.consentValue[entry.value] ?? entry.value} (${T.recorded} ${formatDateTime(entry.recordedAt, lang)} ${T.by} ${entry.recordedBy})`;
    if (entry.withhold !== undefined && entry.withhold.length > 0) {
      let parts = "";
      for (const p of entry.withhold) {
        parts = parts === "" ? (D.sharable[p] ?? p) : `${parts}, ${D.sharable[p] ?? p}`;
      }
      text += `; ${T.heldBackFrom}: ${parts}`;
    }
    const label =
      entry.recipient === "other"
        ? `${D.recipient["other"] ?? "other"} (${entry.description})`
        : (D.recipient[entry.recipient] ?? entry.recipient);
    blocks.push(field(label, text, undefined, undefined, cut));
  }
  return { id: "consent", heading: T.consent, blocks };
}

/** The window of the next interaction point, from the profile and the diagnosis date (the default anchor). */
function windowText(a: Assessment, point: 1 | 2 | 3, lang: Lang, T: Texts, profile: Profile): string | undefined {
  const window = pointWindow(profile, point, a.diagnosis.diagnosedOn);
  if (window === undefined) {
    return undefined;
  }
  return `${formatDate(window.opensOn, lang)}–${formatDate(window.closesOn, lang)} (${window.fromMonths}–${window.toMonths} ${T.monthsAfter} ${T.diagnosedOn} ${formatDate(a.diagnosis.diagnosedOn, lang)})`;
}

function nextStep({ a, lang, T, D, na }: Context, profile: Profile): Section {
  const n = a.nextStep;
  if (n === undefined) {
    return { id: "next-step", heading: T.nextStep, blocks: [para(na, undefined, undefined, "next-step")] };
  }
  const cut = "next-step";
  const action = D.nextStep[n.action] ?? n.action;
  const blocks: Block[] = [
    para(
      n.action === "next-interaction-point" && n.interactionPoint !== undefined
        ? `${action}: ${T.point} ${n.interactionPoint}`
        : action,
      undefined,
      undefined,
      cut,
    ),
  ];
  const window = n.interactionPoint === undefined ? undefined : windowText(a, n.interactionPoint, lang, T, profile);
  if (window !== undefined) {
    blocks.push(field(T.window, window, undefined, undefined, "next-step-window"));
  }
  if (n.plannedOn !== undefined) {
    blocks.push(field(T.planned, formatDate(n.plannedOn, lang), undefined, undefined, cut));
  }
  if (n.responsible !== undefined) {
    blocks.push(field(T.responsible, D.responsible[n.responsible] ?? n.responsible, undefined, undefined, cut));
  }
  if (n.note !== undefined) {
    blocks.push(field(T.note, "", undefined, free("next-step-note", n.note), cut));
  }
  return { id: "next-step", heading: T.nextStep, blocks };
}

/** A section that is one paragraph of free text, or "not answered". */
function freeSection(id: "what-matters" | "notes", heading: string, text: string | undefined, na: string): Section {
  const block = text === undefined ? para(na, undefined, undefined, id) : para("", undefined, free(id, text), id);
  return { id, heading, blocks: [block] };
}

/**
 * Builds the render tree of an assessment for a recipient: the model's `recipientView` first (the delivery's
 * `withhold` and `leaveOut`, the options' `withhold` and `include`), then every section in the fixed order; for a
 * conversation that was declined or not reached, a short summary and only the parts that were recorded (issue 17).
 * @example
 * ```ts
 * const tree = buildRenderTree(assessment, { lang: "nn", delivery });
 * tree.sections.map((s) => s.id); // ["header", "outcome", "participation", ...]
 * ```
 */
export function buildRenderTree(assessment: Assessment, options: RenderOptions = {}): RenderTree {
  const a = recipientView(assessment, options);
  const lang = options.lang ?? "nb";
  const T = texts(lang);
  const redacted = a.redaction !== undefined;
  const c: Context = {
    a,
    lang,
    T,
    D: displaysOf(lang),
    na: redacted ? T.notAnsweredOrShared : T.notAnswered,
    redacted,
  };
  const profile = options.profile ?? NATIONAL_PROFILE;
  const sections = a.outcome.status === "completed" ? held(c, options, profile) : notHeldSections(c, options, profile);
  return { lang, view: a, sections };
}

/** The distress section, or "not answered". */
function distress(c: Context, options: RenderOptions): Section {
  const d = c.a.distress;
  const blocks =
    d === undefined
      ? [para(c.na, undefined, undefined, "distress-score")]
      : distressBlocks(d, c.lang, c.T, options.instruments, c.na);
  return { id: "distress", heading: c.T.thermometer, blocks };
}

/** The contact point section, or "not answered". */
function contactPoint({ a, T, na }: Context): Section {
  const cut = "contact-point";
  const blocks = [
    a.contactPoint === undefined ? para(na, undefined, undefined, cut) : contact(undefined, a.contactPoint, T, cut),
  ];
  return { id: "contact-point", heading: T.contactPoint, blocks };
}

/** The sections of a conversation that was held: every section in the fixed order, "not answered" where absent. */
function held(c: Context, options: RenderOptions, profile: Profile): Section[] {
  const { a, T, na } = c;
  const sections: Section[] = [
    header(c),
    outcome(c),
    participation(c),
    distress(c, options),
    freeSection("what-matters", T.whatMatters, a.whatMatters, na),
    topics(c),
    children(c),
    measures(c),
    contactPoint(c),
    consent(c),
    nextStep(c, profile),
  ];
  if (a.notes !== undefined) {
    sections.push(freeSection("notes", T.notes, a.notes, na));
  }
  return sections;
}

/**
 * The sections of a conversation that was not held (issue 17 point 4): the header, the short summary
 * ({@link notHeld}), and then only the parts that were recorded anyway, in the fixed order; nothing says "not
 * answered", since nothing was asked.
 */
function notHeldSections(c: Context, options: RenderOptions, profile: Profile): Section[] {
  const { a, T, na } = c;
  const sections: Section[] = [header(c), notHeld(c, professional(c))];
  if (a.distress !== undefined) {
    sections.push(distress(c, options));
  }
  if (a.whatMatters !== undefined) {
    sections.push(freeSection("what-matters", T.whatMatters, a.whatMatters, na));
  }
  const recorded = TOPICS.codes.filter((code) => a.topics[code] !== undefined);
  if (recorded.length > 0) {
    sections.push(topics(c, recorded));
  }
  if (a.children !== undefined) {
    sections.push(children(c));
  }
  if (a.measures.length > 0) {
    sections.push(measures(c));
  }
  if (a.contactPoint !== undefined) {
    sections.push(contactPoint(c));
  }
  if (a.consent.length > 0) {
    sections.push(consent(c));
  }
  if (a.nextStep !== undefined) {
    sections.push(nextStep(c, profile));
  }
  if (a.notes !== undefined) {
    sections.push(freeSection("notes", T.notes, a.notes, na));
  }
  return sections;
}
