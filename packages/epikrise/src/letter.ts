/**
 * The patient letter: a plain-language summary for the patient, printable for those who are not digital
 * (DOMAIN.md §1: every output for the patient must also work on paper). No internal codes: no ICD-10, HPR, item or
 * role codes, no identifiers.
 */
import {
  type Assessment,
  displayOf,
  type Lang,
  type LocalizedText,
  RESPONSIBLE_PARTY_KINDS,
  recipientView,
  TOPICS,
} from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, pointWindow } from "@pakkeforlop-hjem/pathway";
import { formatDate, topicLabel, tr } from "./labels.ts";
import type { RenderOptions } from "./tree.ts";
import { checkWidth, cleanText, keep, wrap } from "./wrap.ts";

/** Options of {@link renderPatientLetter}. */
export interface LetterOptions extends RenderOptions {
  /** Wrap lines at this many characters (40–120). Default 72, a printed A4 page. */
  readonly width?: number;
}

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

const L = {
  summary: t("Oppsummering av samtalen", "Oppsummering av samtalen", "Summary of our conversation"),
  hello: t("Hei", "Hei", "Dear"),
  helloGuardian: t(
    "Til foreldre eller foresatte for",
    "Til foreldre eller føresette for",
    "To the parents or guardians of",
  ),
  thanks: t("takk for samtalen med", "takk for samtalen med", "thank you for talking with"),
  at: t("på", "på", "at"),
  intro: t(
    "Her er det vi snakket om, og det som skal skje videre.",
    "Her er det vi snakka om, og det som skal skje vidare.",
    "Here is what we talked about and what happens next.",
  ),
  declined: t(
    "Du ønsket ikke en samtale nå. Det er helt i orden.",
    "Du ønskte ikkje ein samtale no. Det er heilt i orden.",
    "You did not want a conversation now. That is fine.",
  ),
  notReached: t(
    "Vi fikk ikke kontakt med deg denne gangen.",
    "Vi fekk ikkje kontakt med deg denne gongen.",
    "We could not reach you this time.",
  ),
  reoffer: t(
    "Vi tilbyr deg en ny samtale rundt",
    "Vi tilbyr deg ein ny samtale rundt",
    "We will offer you a new conversation around",
  ),
  whatMatters: t("Det som er viktig for deg", "Det som er viktig for deg", "What matters to you"),
  needs: t("Dette ønsket du hjelp med", "Dette ønskte du hjelp med", "What you would like help with"),
  distress: t("Hvordan du har hatt det", "Korleis du har hatt det", "How you have been"),
  distressText: t(
    "På termometeret for påkjenning markerte du",
    "På termometeret for påkjenning markerte du",
    "On the distress thermometer you marked",
  ),
  of10: t("av 10 for den siste uka.", "av 10 for den siste veka.", "of 10 for the past week."),
  children: t("Barn i familien", "Barn i familien", "Children in the family"),
  childrenText: t(
    "Vi snakket om barna i familien og hvordan de har det.",
    "Vi snakka om barna i familien og korleis dei har det.",
    "We talked about the children in the family and how they are doing.",
  ),
  siblingsText: t(
    "Vi snakket om søsken og hvordan de har det.",
    "Vi snakka om sysken og korleis dei har det.",
    "We talked about brothers and sisters and how they are doing.",
  ),
  plan: t("Dette er avtalt", "Dette er avtalt", "What we agreed"),
  who: t("Hvem", "Kven", "Who"),
  when: t("Innen", "Innan", "By"),
  contact: t("Din kontakt i kommunen", "Din kontakt i kommunen", "Your contact in the municipality"),
  sharing: t("Hvem som får vite hva", "Kven som får vite kva", "Who is told what"),
  sharedYes: t(
    "Du har sagt ja til at disse får en oppsummering:",
    "Du har sagt ja til at desse får ei oppsummering:",
    "You agreed that these receive a summary:",
  ),
  sharedNo: t(
    "Du har sagt nei til at disse får en oppsummering:",
    "Du har sagt nei til at desse får ei oppsummering:",
    "You did not want these to receive a summary:",
  ),
  municipality: t("kommunen", "kommunen", "the municipality"),
  gp: t("fastlegen din", "fastlegen din", "your regular GP"),
  next: t("Neste samtale", "Neste samtale", "Your next conversation"),
  nextPoint: t(
    "Du får tilbud om en ny samtale",
    "Du får tilbod om ein ny samtale",
    "You will be offered a new conversation",
  ),
  between: t("mellom", "mellom", "between"),
  and: t("og", "og", "and"),
  plannedOn: t("Planlagt dato:", "Planlagd dato:", "Planned date:"),
  complete: t(
    "Dette var den siste samtalen i pakkeforløpet.",
    "Dette var den siste samtalen i pakkeforløpet.",
    "This was the last conversation of the pathway.",
  ),
  questions: t(
    "Har du spørsmål, kan du kontakte",
    "Har du spørsmål, kan du kontakte",
    "If you have questions, please contact",
  ),
  phone: t("på telefon", "på telefon", "on"),
  regards: t("Vennlig hilsen", "Venleg helsing", "Kind regards"),
} as const;

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

/**
 * Renders a plain-language letter for the patient in nb, nn or en: what matters, what the patient wants help with,
 * what was agreed (who and by when), the contact in the municipality, who is told what, and the next conversation
 * with its window. Printable on paper; no internal codes.
 * @throws {RangeError} when `width` is outside 40–120.
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
  const say = (key: keyof typeof L): string => L[key][lang];
  const out: string[] = [];
  const heading = (text: string): void => {
    out.push("", text, "-".repeat(text.length));
  };
  const org =
    a.organisation.unit === undefined ? a.organisation.name : `${a.organisation.name}, ${a.organisation.unit}`;
  out.push(tr("marking", lang));
  out.push(`${say("summary")} ${formatDate(a.conductedAt.slice(0, 10), lang, true)}`);
  out.push("");
  const child = a.patient.ageGroup === "child";
  out.push(`${child ? say("helloGuardian") : say("hello")} ${a.patient.name.given} ${a.patient.name.family},`);
  out.push("");
  if (a.outcome.status === "completed") {
    out.push(...wrapProse(`${say("thanks")} ${a.conductedBy.name} ${say("at")} ${org}. ${say("intro")}`, width));
  } else {
    out.push(...wrapProse(a.outcome.status === "declined" ? say("declined") : say("notReached"), width));
    if (a.outcome.reofferOn !== undefined) {
      out.push(...wrapProse(`${say("reoffer")} ${formatDate(a.outcome.reofferOn, lang, true)}.`, width));
    }
  }
  if (a.redaction !== undefined) {
    out.push("", ...wrapProse(tr("heldBack", lang), width));
  }
  if (a.whatMatters !== undefined) {
    heading(say("whatMatters"));
    out.push(...wrapProse(cleanText(a.whatMatters), width));
  }
  const needs = TOPICS.codes.filter((k) => a.topics[k]?.status === "need");
  if (needs.length > 0) {
    heading(say("needs"));
    for (const k of needs) {
      const note = a.topics[k]?.note;
      out.push(
        ...wrapProse(
          `- ${topicLabel(k, lang, a.patient.ageGroup)}${note === undefined ? "" : `: ${cleanText(note)}`}`,
          width,
        ),
      );
    }
  }
  // Issue 16: without a score (the problem list answered alone) the letter does not invent a number.
  if (a.distress?.score !== undefined) {
    heading(say("distress"));
    out.push(...wrapProse(`${say("distressText")} ${a.distress.score} ${say("of10")}`, width));
  }
  if (a.children?.hasMinorChildrenOrSiblings === true) {
    heading(say("children"));
    out.push(...wrapProse(child ? say("siblingsText") : say("childrenText"), width));
  }
  if (a.measures.length > 0) {
    heading(say("plan"));
    for (const m of a.measures) {
      const who = [displayOf(RESPONSIBLE_PARTY_KINDS, m.responsible.kind, lang), m.responsible.unit]
        .filter((x) => x !== undefined)
        .join(", ");
      const due = m.dueOn === undefined ? "" : ` ${say("when")} ${formatDate(m.dueOn, lang, true)}.`;
      out.push(...wrapProse(`- ${cleanText(m.description).replace(/\s+/g, " ")} ${say("who")}: ${who}.${due}`, width));
    }
  }
  if (a.contactPoint !== undefined) {
    heading(say("contact"));
    const c = a.contactPoint;
    out.push(
      ...wrapProse(
        [c.name, c.role, c.unit, c.phone === undefined ? undefined : keep(`${tr("phone", lang)} ${c.phone}`)]
          .filter((x) => x !== undefined)
          .join(", "),
        width,
      ),
    );
  }
  const yes = a.consent.filter((c) => c.value === "granted");
  const no = a.consent.filter((c) => c.value === "declined");
  const name = (c: (typeof a.consent)[number]): string =>
    c.recipient === "other" ? c.description : c.recipient === "municipality" ? say("municipality") : say("gp");
  if (yes.length + no.length > 0) {
    heading(say("sharing"));
    if (yes.length > 0) {
      out.push(...wrapProse(`${say("sharedYes")} ${yes.map(name).join(", ")}.`, width));
    }
    if (no.length > 0) {
      out.push(...wrapProse(`${say("sharedNo")} ${no.map(name).join(", ")}.`, width));
    }
  }
  const n = a.nextStep;
  if (n !== undefined && a.outcome.status === "completed") {
    heading(say("next"));
    if (n.action === "next-interaction-point" && n.interactionPoint !== undefined) {
      const w = pointWindow(options.profile ?? NATIONAL_PROFILE, n.interactionPoint, a.diagnosis.diagnosedOn);
      out.push(
        ...wrapProse(
          w === undefined
            ? `${say("nextPoint")}.`
            : `${say("nextPoint")} ${say("between")} ${formatDate(w.opensOn, lang, true)} ${say("and")} ${formatDate(w.closesOn, lang, true)}.`,
          width,
        ),
      );
    } else if (n.action === "pathway-complete") {
      out.push(...wrapProse(say("complete"), width));
    }
    if (n.plannedOn !== undefined) {
      out.push(...wrapProse(`${say("plannedOn")} ${formatDate(n.plannedOn, lang, true)}.`, width));
    }
    if (n.note !== undefined) {
      out.push(...wrapProse(cleanText(n.note), width));
    }
  }
  out.push("");
  const phone = a.conductedBy.phone === undefined ? "" : ` ${keep(`${say("phone")} ${a.conductedBy.phone}`)}`;
  out.push(...wrapProse(`${say("questions")} ${a.conductedBy.name}${phone}.`, width));
  out.push("", say("regards"), a.conductedBy.name, org);
  return `${out.join("\n")}\n`;
}
