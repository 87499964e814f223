/**
 * The patient letter: a plain-language summary for its reader (the patient, or a child patient's guardians),
 * printable for those who are not digital (DOMAIN.md §1: every output for the patient must also work on paper). No
 * internal codes: no ICD-10, HPR, item or role codes, no identifiers.
 */
import {
  type Assessment,
  displayOf,
  type Lang,
  RESPONSIBLE_PARTY_KINDS,
  recipientView,
  TOPICS,
} from "@pakkeforlop-hjem/model";
import { effectiveConsent, NATIONAL_PROFILE, type Profile, pointWindow } from "@pakkeforlop-hjem/pathway";
import { formatDate, tr } from "./labels.ts";
import {
  GUARDIAN_ADDRESSEE,
  type LetterReader,
  letterTopic,
  READER_WORDS,
  type ReaderKey,
  SHARED,
  type SharedKey,
} from "./letter-words.ts";
import type { RenderOptions } from "./tree.ts";
import { checkWidth, cleanText, keep, wrap } from "./wrap.ts";

/**
 * A paper letter's addresses (issue 17 point 3). The model holds no postal address, so the caller (the EHR, which
 * has it from the population register) passes it here. Each line is printed as given, on one line.
 * @example
 * ```ts
 * const postal: PostalOptions = { address: ["Storgata 1", "2815 Gjøvik"], senderAddress: ["Postboks 104", "2381 Brumunddal"] };
 * ```
 */
export interface PostalOptions {
  /** The reader's address below the name: street or box, then postcode and place (at most 4 lines). */
  readonly address?: readonly string[];
  /** The sender's address below the organisation and unit (at most 3 lines). */
  readonly senderAddress?: readonly string[];
}

/** Options of {@link renderPatientLetter}. */
export interface LetterOptions extends RenderOptions {
  /** Wrap lines at this many characters (40–120). Default 72, a printed A4 page. */
  readonly width?: number;
  /**
   * Lay the letter out for paper: the sender's block and the reader's name and address where a window envelope shows
   * them, and the profile's paper enclosures. Default: `true` for a patient who is not digital (`patient.digital`
   * false; DOMAIN.md §1), otherwise `false`.
   */
  readonly paper?: boolean;
  /** Addresses for the paper layout. */
  readonly postal?: PostalOptions;
}

/**
 * Most lines of the reader's address and of the sender's address (see {@link PostalOptions}).
 * @example
 * ```ts
 * const fits = (address: readonly string[]) => address.length <= POSTAL_LINES.address;
 * ```
 */
export const POSTAL_LINES = { address: 4, senderAddress: 3 } as const;

/**
 * The line (from 1) on which the reader's name starts in a paper letter: the sender's block takes lines 1–6, the
 * reader's block lines 8–12. Printed at 6 lines an inch below a 20 mm top margin, that is about 50–70 mm from the top
 * of the page and from the left margin, where left-window envelopes show the address; check it against the envelope
 * you use.
 * @example
 * ```ts
 * const addressee = renderPatientLetter(assessment, { paper: true }).split("\n")[ADDRESS_LINE - 1];
 * ```
 */
export const ADDRESS_LINE = 8;

/** One paragraph of prose with single spaces between its words and none at its ends. */
function singleSpaced(paragraph: string): string {
  return paragraph.indexOf("  ") === -1 && !paragraph.startsWith(" ") && !paragraph.endsWith(" ")
    ? paragraph
    : paragraph
        .split(" ")
        .filter((word) => word !== "")
        .join(" ");
}

/**
 * Wraps prose at a width, paragraph by paragraph, with single spaces between words; a list item ("- ") gets a
 * hanging indent, and a word longer than the line is never split (a letter is read on paper).
 */
function wrapProse(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    const rest = paragraph.startsWith("- ") ? "  " : "";
    out.push(...wrap(singleSpaced(paragraph), { width, rest, long: "overflow" }).slice(1).split("\n"));
  }
  return out;
}

/** What the printers of the letter's parts share. */
interface LetterContext {
  readonly a: Assessment;
  readonly lang: Lang;
  readonly width: number;
  readonly reader: LetterReader;
  readonly out: string[];
  /** Words every reader gets. */
  readonly say: (key: SharedKey) => string;
  /** The reader's words, with the child's given name in the guardian's. */
  readonly you: (key: ReaderKey) => string;
}

const childName = /\{child\}/g;

/** A date in words, kept on one line when prose wraps ("20. desember 2026" never breaks after "20."). */
const longDate = (date: string, lang: Lang): string => keep(formatDate(date, lang, true));

function heading(c: LetterContext, text: string): void {
  c.out.push("", text, "-".repeat(text.length));
}

/** One address line: cleaned, on one line. */
const postalLine = (line: string): string => cleanText(line).replace(/\s+/g, " ");

/** The lines of an address, without empty ones; at most `max`. */
function postalLines(lines: readonly string[] | undefined, max: number, name: string): string[] {
  const out = (lines ?? []).map(postalLine).filter((l) => l !== "");
  if (out.length > max) {
    throw new RangeError(`postal.${name} may have at most ${max} lines, got ${out.length}`);
  }
  return out;
}

/**
 * The paper layout's head (issue 17 point 3; DOMAIN.md §1 "patients who are not digital get paper"): the sender's
 * block (organisation, unit, address) from line 1 and the reader's block (name, or the child's guardians, and the
 * address) from {@link ADDRESS_LINE}, for a window envelope.
 */
function postalHead(c: LetterContext, postal: PostalOptions | undefined): void {
  const { a, lang, out } = c;
  const sender = [
    a.organisation.name,
    a.organisation.unit,
    ...postalLines(postal?.senderAddress, POSTAL_LINES.senderAddress, "senderAddress"),
  ];
  out.push(...sender.filter((x): x is string => x !== undefined));
  while (out.length < ADDRESS_LINE - 1) {
    out.push("");
  }
  const name = `${a.patient.name.given} ${a.patient.name.family}`;
  out.push(c.reader === "guardian" ? `${GUARDIAN_ADDRESSEE[lang]} ${name}` : name);
  out.push(...postalLines(postal?.address, POSTAL_LINES.address, "address"));
  while (out.length < ADDRESS_LINE + POSTAL_LINES.address + 1) {
    out.push("");
  }
}

/** The greeting and the outcome: thanks for a completed conversation, or a declined or missed one and its re-offer. */
function opening(c: LetterContext): void {
  const { a, lang, out, say, you, width } = c;
  const org =
    a.organisation.unit === undefined ? a.organisation.name : `${a.organisation.name}, ${a.organisation.unit}`;
  out.push(tr("marking", lang));
  out.push(`${say("summary")} ${formatDate(a.conductedAt.slice(0, 10), lang, true)}`);
  out.push("");
  out.push(`${you("hello")} ${a.patient.name.given} ${a.patient.name.family},`);
  out.push("");
  if (a.outcome.status === "completed") {
    out.push(...wrapProse(`${say("thanks")} ${a.conductedBy.name} ${say("at")} ${org}. ${say("intro")}`, width));
  } else {
    out.push(...wrapProse(a.outcome.status === "declined" ? you("declined") : you("notReached"), width));
    if (a.outcome.reofferOn !== undefined) {
      out.push(...wrapProse(`${you("reoffer")} ${longDate(a.outcome.reofferOn, lang)}.`, width));
    }
  }
  if (a.redaction !== undefined) {
    out.push("", ...wrapProse(tr("heldBack", lang), width));
  }
}

/**
 * What the conversation found, in the reader's words: what matters, the topics with a need by their plain names
 * with the note written for the patient (`patientNote`; the clinician's `note` never: issue 17 point 3), the score,
 * the children.
 */
function findings(c: LetterContext): void {
  const { a, lang, out, you, width } = c;
  if (a.whatMatters !== undefined) {
    heading(c, you("whatMatters"));
    out.push(...wrapProse(cleanText(a.whatMatters), width));
  }
  const needs = TOPICS.codes.filter((k) => a.topics[k]?.status === "need");
  if (needs.length > 0) {
    heading(c, you("needs"));
    for (const k of needs) {
      const note = a.topics[k]?.patientNote;
      const name = letterTopic(k, lang, c.reader);
      out.push(...wrapProse(`- ${name}${note === undefined ? "" : `: ${cleanText(note)}`}`, width));
    }
  }
  // Issue 16: without a score (the problem list answered alone) the letter does not invent a number.
  if (a.distress?.score !== undefined) {
    heading(c, you("distress"));
    const marked = a.respondent === "patient" ? you("distressTextChild") : you("distressText");
    out.push(...wrapProse(`${marked} ${a.distress.score} ${you("of10")}`, width));
  }
  if (a.children?.hasMinorChildrenOrSiblings === true) {
    heading(c, you("children"));
    out.push(...wrapProse(you("childrenText"), width));
  }
}

/**
 * What was agreed and who is told: the measures, the contact in the municipality unless the patient declined the
 * municipality (DOMAIN.md §1: "nothing goes to the municipality"; issue 17 point 3), and the consent per recipient.
 */
function agreed(c: LetterContext): void {
  const { a, lang, out, say, you, width } = c;
  if (a.measures.length > 0) {
    heading(c, say("plan"));
    for (const m of a.measures) {
      const who = [displayOf(RESPONSIBLE_PARTY_KINDS, m.responsible.kind, lang), m.responsible.unit]
        .filter((x) => x !== undefined)
        .join(", ");
      const due = m.dueOn === undefined ? "" : ` ${say("when")} ${longDate(m.dueOn, lang)}.`;
      out.push(...wrapProse(`- ${cleanText(m.description).replace(/\s+/g, " ")} ${say("who")}: ${who}.${due}`, width));
    }
  }
  if (a.contactPoint !== undefined && effectiveConsent(a, "municipality") !== "declined") {
    heading(c, you("contact"));
    const p = a.contactPoint;
    out.push(
      ...wrapProse(
        [p.name, p.role, p.unit, p.phone === undefined ? undefined : keep(`${tr("phone", lang)} ${p.phone}`)]
          .filter((x) => x !== undefined)
          .join(", "),
        width,
      ),
    );
  }
  const yes = a.consent.filter((e) => e.value === "granted");
  const no = a.consent.filter((e) => e.value === "declined");
  const name = (e: (typeof a.consent)[number]): string =>
    e.recipient === "other" ? e.description : e.recipient === "municipality" ? say("municipality") : you("gp");
  if (yes.length + no.length > 0) {
    heading(c, say("sharing"));
    if (yes.length > 0) {
      out.push(...wrapProse(`${you("sharedYes")} ${yes.map(name).join(", ")}.`, width));
    }
    if (no.length > 0) {
      out.push(...wrapProse(`${you("sharedNo")} ${no.map(name).join(", ")}.`, width));
    }
  }
}

/** The next conversation and its window (from the profile), after a completed conversation. */
function next(c: LetterContext, profile: Profile): void {
  const { a, lang, out, say, you, width } = c;
  const n = a.nextStep;
  if (n === undefined || a.outcome.status !== "completed") {
    return;
  }
  heading(c, say("next"));
  if (n.action === "next-interaction-point" && n.interactionPoint !== undefined) {
    const w = pointWindow(profile, n.interactionPoint, a.diagnosis.diagnosedOn);
    out.push(
      ...wrapProse(
        w === undefined
          ? `${you("nextPoint")}.`
          : `${you("nextPoint")} ${say("between")} ${longDate(w.opensOn, lang)} ${say("and")} ${longDate(w.closesOn, lang)}.`,
        width,
      ),
    );
  } else if (n.action === "pathway-complete") {
    out.push(...wrapProse(say("complete"), width));
  }
  if (n.plannedOn !== undefined) {
    out.push(...wrapProse(`${say("plannedOn")} ${longDate(n.plannedOn, lang)}.`, width));
  }
  if (n.note !== undefined) {
    out.push(...wrapProse(cleanText(n.note), width));
  }
}

/**
 * The profile's enclosures for this letter (DOMAIN.md §5: the patient brochure is sent along on paper): those sent
 * with every letter, and on paper those sent with paper letters.
 */
function enclosures(profile: Profile, paper: boolean): string[] {
  const out: string[] = [];
  for (const e of profile.letterEnclosures ?? []) {
    if (paper || e.with === "all") {
      out.push(e.publisher === undefined ? e.title : `${e.title} (${e.publisher})`);
    }
  }
  return out;
}

/**
 * Renders a plain-language letter for its reader in nb, nn or en (issue 17 point 3): to the patient ("du"), or to
 * the guardians of a child patient ("dere", the child by name). It says what matters, the topics the reader wants
 * help with in plain words (with the notes written for the patient, never the clinician's), what was agreed (who and
 * by when), the contact in the municipality unless the patient declined the municipality, who is told what, and the
 * next conversation with its window. On paper (a patient who is not digital, or `paper: true`) it starts with the
 * sender's block and the reader's name and address for a window envelope, and ends with the profile's enclosures
 * ("Vedlegg"). No internal codes.
 * @throws {RangeError} when `width` is outside 40–120, or an address has more lines than {@link POSTAL_LINES}.
 * @example
 * ```ts
 * const letter = renderPatientLetter(assessment, { lang: "nn" });
 * ```
 */
export function renderPatientLetter(assessment: Assessment, options: LetterOptions = {}): string {
  const width = checkWidth(options.width, 72, 120);
  // Issue 9: the letter says what its recipient may see (a delivery's withhold and leaveOut): the model's view.
  const a = recipientView(assessment, options);
  const lang: Lang = options.lang ?? "nb";
  const profile = options.profile ?? NATIONAL_PROFILE;
  const reader: LetterReader = a.patient.ageGroup === "child" ? "guardian" : "patient";
  const words = READER_WORDS[reader];
  const c: LetterContext = {
    a,
    lang,
    width,
    reader,
    out: [],
    say: (key) => SHARED[key][lang],
    you:
      reader === "patient"
        ? (key) => words[key][lang]
        : (key) => words[key][lang].replace(childName, a.patient.name.given),
  };
  const paper = options.paper ?? !a.patient.digital;
  if (paper) {
    postalHead(c, options.postal);
  }
  opening(c);
  findings(c);
  agreed(c);
  next(c, profile);
  const { out, say, you } = c;
  out.push("");
  const phone = a.conductedBy.phone === undefined ? "" : ` ${keep(`${say("phone")} ${a.conductedBy.phone}`)}`;
  out.push(...wrapProse(`${you("questions")} ${a.conductedBy.name}${phone}.`, width));
  const org =
    a.organisation.unit === undefined ? a.organisation.name : `${a.organisation.name}, ${a.organisation.unit}`;
  out.push("", say("regards"), a.conductedBy.name, org);
  const enclosed = enclosures(profile, paper);
  if (enclosed.length > 0) {
    out.push("", ...wrapProse(`${say("enclosure")} ${enclosed.join("; ")}`, width));
  }
  return `${out.join("\n")}\n`;
}
