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

/** One paragraph of prose wrapped; a list item ("- ") gets a hanging indent. */
const wrapParagraph = (paragraph: string, width: number): string =>
  wrap(singleSpaced(paragraph), { width, rest: paragraph.startsWith("- ") ? "  " : "", long: "overflow" });

/**
 * Wraps prose at a width, paragraph by paragraph, with single spaces between words; a list item ("- ") gets a
 * hanging indent, and a word longer than the line is never split (a letter is read on paper). Returns the lines,
 * each after a line feed, as the one wrap does, so the letter's parts are added up without joining lines.
 */
function wrapProse(text: string, width: number): string {
  if (text.indexOf("\n") === -1) {
    return wrapParagraph(text, width);
  }
  let out = "";
  for (const paragraph of text.split("\n")) {
    out += wrapParagraph(paragraph, width);
  }
  return out;
}

/** What the printers of the letter's parts share. Each part returns its lines, each after a line feed. */
interface LetterContext {
  readonly a: Assessment;
  readonly lang: Lang;
  readonly width: number;
  readonly reader: LetterReader;
}

/** Words every reader gets. */
const say = (c: LetterContext, key: SharedKey): string => SHARED[key][c.lang];

const childName = /\{child\}/g;

/** The reader's words, with the child's given name in the guardian's. */
function you(c: LetterContext, key: ReaderKey): string {
  const words = READER_WORDS[c.reader][key][c.lang];
  return c.reader === "patient" || words.indexOf("{child}") === -1
    ? words
    : words.replace(childName, c.a.patient.name.given);
}

/** A date in words, kept on one line when prose wraps ("20. desember 2026" never breaks after "20."). */
const longDate = (date: string, lang: Lang): string => keep(formatDate(date, lang, true));

/** A heading after a blank line, underlined. */
const heading = (text: string): string => `\n\n${text}\n${"-".repeat(text.length)}`;

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
 * address) from {@link ADDRESS_LINE}, for a window envelope. Its lines, each followed by a line feed.
 */
function postalHead(c: LetterContext, postal: PostalOptions | undefined): string {
  const { a, lang } = c;
  const out = [
    a.organisation.name,
    a.organisation.unit,
    ...postalLines(postal?.senderAddress, POSTAL_LINES.senderAddress, "senderAddress"),
  ].filter((x): x is string => x !== undefined);
  while (out.length < ADDRESS_LINE - 1) {
    out.push("");
  }
  const name = `${a.patient.name.given} ${a.patient.name.family}`;
  out.push(c.reader === "guardian" ? `${GUARDIAN_ADDRESSEE[lang]} ${name}` : name);
  out.push(...postalLines(postal?.address, POSTAL_LINES.address, "address"));
  while (out.length < ADDRESS_LINE + POSTAL_LINES.address + 1) {
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

/**
 * The greeting and the outcome: thanks for a completed conversation, or a declined or missed one and its re-offer.
 * The letter's first line (the marking) comes first, with no line feed before it.
 */
function opening(c: LetterContext): string {
  const { a, lang, width } = c;
  const org =
    a.organisation.unit === undefined ? a.organisation.name : `${a.organisation.name}, ${a.organisation.unit}`;
  let out = `${tr("marking", lang)}\n${say(c, "summary")} ${formatDate(a.conductedAt.slice(0, 10), lang, true)}\n`;
  out += `\n${you(c, "hello")} ${a.patient.name.given} ${a.patient.name.family},\n`;
  if (a.outcome.status === "completed") {
    out += wrapProse(`${say(c, "thanks")} ${a.conductedBy.name} ${say(c, "at")} ${org}. ${say(c, "intro")}`, width);
  } else {
    out += wrapProse(a.outcome.status === "declined" ? you(c, "declined") : you(c, "notReached"), width);
    if (a.outcome.reofferOn !== undefined) {
      out += wrapProse(`${you(c, "reoffer")} ${longDate(a.outcome.reofferOn, lang)}.`, width);
    }
  }
  if (a.redaction !== undefined) {
    out += `\n${wrapProse(tr("heldBack", lang), width)}`;
  }
  return out;
}

/**
 * What the conversation found, in the reader's words: what matters, the topics with a need by their plain names
 * with the note written for the patient (`patientNote`; the clinician's `note` never: issue 17 point 3), the score,
 * the children.
 */
function findings(c: LetterContext): string {
  const { a, lang, width } = c;
  let out = "";
  if (a.whatMatters !== undefined) {
    out += heading(you(c, "whatMatters")) + wrapProse(cleanText(a.whatMatters), width);
  }
  let needs = "";
  for (const k of TOPICS.codes) {
    const topic = a.topics[k];
    if (topic?.status === "need") {
      const note = topic.patientNote;
      const name = letterTopic(k, lang, c.reader);
      needs += wrapProse(`- ${name}${note === undefined ? "" : `: ${cleanText(note)}`}`, width);
    }
  }
  if (needs !== "") {
    out += heading(you(c, "needs")) + needs;
  }
  // Issue 16: without a score (the problem list answered alone) the letter does not invent a number.
  if (a.distress?.score !== undefined) {
    const marked = a.respondent === "patient" ? you(c, "distressTextChild") : you(c, "distressText");
    out += heading(you(c, "distress")) + wrapProse(`${marked} ${a.distress.score} ${you(c, "of10")}`, width);
  }
  if (a.children?.hasMinorChildrenOrSiblings === true) {
    out += heading(you(c, "children")) + wrapProse(you(c, "childrenText"), width);
  }
  return out;
}

/** The recipients of consent entries with a value, by name, ", " between them ("" for none). */
function recipients(c: LetterContext, value: "granted" | "declined"): string {
  let out = "";
  for (const e of c.a.consent) {
    if (e.value === value) {
      const name =
        e.recipient === "other"
          ? e.description
          : e.recipient === "municipality"
            ? say(c, "municipality")
            : you(c, "gp");
      out = out === "" ? name : `${out}, ${name}`;
    }
  }
  return out;
}

/**
 * What was agreed and who is told: the measures, the contact in the municipality unless the patient declined the
 * municipality (DOMAIN.md §1: "nothing goes to the municipality"; issue 17 point 3), and the consent per recipient.
 */
function agreed(c: LetterContext): string {
  const { a, lang, width } = c;
  let out = "";
  if (a.measures.length > 0) {
    out += heading(say(c, "plan"));
    for (const m of a.measures) {
      const kind = displayOf(RESPONSIBLE_PARTY_KINDS, m.responsible.kind, lang);
      const who = m.responsible.unit === undefined ? kind : `${kind}, ${m.responsible.unit}`;
      const due = m.dueOn === undefined ? "" : ` ${say(c, "when")} ${longDate(m.dueOn, lang)}.`;
      const what = cleanText(m.description).replace(/\s+/g, " ");
      out += wrapProse(`- ${what} ${say(c, "who")}: ${who}.${due}`, width);
    }
  }
  if (a.contactPoint !== undefined && effectiveConsent(a, "municipality") !== "declined") {
    const p = a.contactPoint;
    let contact = p.name;
    for (const part of [p.role, p.unit, p.phone === undefined ? undefined : keep(`${tr("phone", lang)} ${p.phone}`)]) {
      if (part !== undefined) {
        contact += `, ${part}`;
      }
    }
    out += heading(you(c, "contact")) + wrapProse(contact, width);
  }
  const yes = recipients(c, "granted");
  const no = recipients(c, "declined");
  if (yes !== "" || no !== "") {
    out += heading(say(c, "sharing"));
    if (yes !== "") {
      out += wrapProse(`${you(c, "sharedYes")} ${yes}.`, width);
    }
    if (no !== "") {
      out += wrapProse(`${you(c, "sharedNo")} ${no}.`, width);
    }
  }
  return out;
}

/** The next conversation and its window (from the profile), after a completed conversation. */
function next(c: LetterContext, profile: Profile): string {
  const { a, lang, width } = c;
  const n = a.nextStep;
  if (n === undefined || a.outcome.status !== "completed") {
    return "";
  }
  let out = heading(say(c, "next"));
  if (n.action === "next-interaction-point" && n.interactionPoint !== undefined) {
    const w = pointWindow(profile, n.interactionPoint, a.diagnosis.diagnosedOn);
    out += wrapProse(
      w === undefined
        ? `${you(c, "nextPoint")}.`
        : `${you(c, "nextPoint")} ${say(c, "between")} ${longDate(w.opensOn, lang)} ${say(c, "and")} ${longDate(w.closesOn, lang)}.`,
      width,
    );
  } else if (n.action === "pathway-complete") {
    out += wrapProse(say(c, "complete"), width);
  }
  if (n.plannedOn !== undefined) {
    out += wrapProse(`${say(c, "plannedOn")} ${longDate(n.plannedOn, lang)}.`, width);
  }
  if (n.note !== undefined) {
    out += wrapProse(cleanText(n.note), width);
  }
  return out;
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
  const c: LetterContext = { a, lang, width, reader };
  const paper = options.paper ?? !a.patient.digital;
  let out = paper ? postalHead(c, options.postal) : "";
  out += opening(c) + findings(c) + agreed(c) + next(c, profile);
  const phone = a.conductedBy.phone === undefined ? "" : ` ${keep(`${say(c, "phone")} ${a.conductedBy.phone}`)}`;
  out += `\n${wrapProse(`${you(c, "questions")} ${a.conductedBy.name}${phone}.`, width)}`;
  const org =
    a.organisation.unit === undefined ? a.organisation.name : `${a.organisation.name}, ${a.organisation.unit}`;
  out += `\n\n${say(c, "regards")}\n${a.conductedBy.name}\n${org}`;
  const enclosed = enclosures(profile, paper);
  if (enclosed.length > 0) {
    out += `\n${wrapProse(`${say(c, "enclosure")} ${enclosed.join("; ")}`, width)}`;
  }
  return `${out}\n`;
}
