/**
 * Issue codes of the epikrise package and their texts in nb, nn and en, on the model's error model (`defineIssues`,
 * ARCHITECTURE.md "Errors"). Today they are the document-template lint's (issue 16 point 1, `template.ts`). Texts
 * name the part of the epicrisis by its heading, never a section key, and never contain a personal value.
 */
import {
  defineIssues,
  type Issue,
  type IssueMaker,
  type IssueOf,
  type Lang,
  type NoParams,
} from "@pakkeforlop-hjem/model";
import type { SectionId } from "./tree.ts";

/** What each section of the render tree is called in issue texts (the reader sees a heading, not a key). */
const PART: Readonly<Record<SectionId, Readonly<Record<Lang, string>>>> = {
  header: {
    nb: "dokumenthodet (merking, pasient, diagnose)",
    nn: "dokumenthovudet (merking, pasient, diagnose)",
    en: "the document header (marking, patient, diagnosis)",
  },
  outcome: { nb: "utfallet av samtalen", nn: "utfallet av samtalen", en: "the outcome of the conversation" },
  participation: { nb: "hvem deltok og hvordan", nn: "kven deltok og korleis", en: "who took part and how" },
  distress: {
    nb: "distresstermometer og problemliste",
    nn: "distresstermometer og problemliste",
    en: "the distress thermometer and problem list",
  },
  "what-matters": {
    nb: "hva som er viktig for pasienten",
    nn: "kva som er viktig for pasienten",
    en: "what matters to the patient",
  },
  topics: { nb: "temaene i samtalen", nn: "tema i samtalen", en: "the topics of the conversation" },
  children: { nb: "barn som pårørende", nn: "barn som pårørande", en: "children as next of kin" },
  measures: { nb: "tiltak", nn: "tiltak", en: "measures" },
  "contact-point": { nb: "kontaktpunkt", nn: "kontaktpunkt", en: "the contact point" },
  consent: { nb: "samtykke til deling", nn: "samtykke til deling", en: "consent to sharing" },
  "next-step": { nb: "neste steg", nn: "neste steg", en: "the next step" },
  notes: { nb: "notater", nn: "notat", en: "notes" },
};

const part = (section: string, lang: Lang): string => PART[section as SectionId]?.[lang] ?? PART.notes[lang];

/**
 * The params of every issue code the epikrise package reports, by code. `section` is a section key of the render
 * tree (`SectionId`); texts show its heading.
 */
export type EpikriseIssueParams = {
  /** A required part of the assessment is shown by no section of the template. */
  readonly template_missing_section: { readonly section: string };
  /** A template section shows a key the render tree does not have. */
  readonly template_unknown_section: NoParams;
  /** A part is shown twice. */
  readonly template_duplicate_section: { readonly section: string };
  /** A template section shows nothing. */
  readonly template_empty_section: NoParams;
  /** The header (the pathway marking) is not the first thing the template shows. */
  readonly template_header_first: NoParams;
  /** A heading or the name lacks its nb or nn text, or a text is not one line. */
  readonly template_text: NoParams;
};

/**
 * Every issue code the epikrise package reports.
 * @example
 * ```ts
 * const code: EpikriseIssueCode = "template_missing_section";
 * ```
 */
export type EpikriseIssueCode = keyof EpikriseIssueParams;

/**
 * An issue reported by this package, typed per code.
 * @example
 * ```ts
 * const issues: readonly EpikriseIssue[] = lintTemplate(AHUS_TEMPLATE);
 * ```
 */
export type EpikriseIssue = IssueOf<EpikriseIssueParams> | Issue;

/**
 * The epikrise package's issue maker, registered with the model's `formatIssue`.
 * @example
 * ```ts
 * const i = EPIKRISE_ISSUES.issue("template_missing_section", ["sections"], { section: "children" });
 * formatIssue(i, "nb"); // "sections: malen viser ikke barn som pårørende; alle deler av kartleggingen må være med"
 * ```
 */
export const EPIKRISE_ISSUES: IssueMaker<EpikriseIssueParams> = /* @__PURE__ */ defineIssues<EpikriseIssueParams>({
  template_missing_section: {
    en: (p) => `the template does not show ${part(p.section, "en")}; every part of the assessment must appear`,
    nb: (p) => `malen viser ikke ${part(p.section, "nb")}; alle deler av kartleggingen må være med`,
    nn: (p) => `malen viser ikkje ${part(p.section, "nn")}; alle delar av kartlegginga må vere med`,
  },
  template_unknown_section: {
    en: "names a part the epicrisis does not have; use the section keys of the render tree",
    nb: "viser til en del som epikrisen ikke har",
    nn: "viser til ein del som epikrisen ikkje har",
  },
  template_duplicate_section: {
    en: (p) => `shows ${part(p.section, "en")} a second time; show each part once`,
    nb: (p) => `viser ${part(p.section, "nb")} en gang til; vis hver del én gang`,
    nn: (p) => `viser ${part(p.section, "nn")} ein gong til; vis kvar del éin gong`,
  },
  template_empty_section: {
    en: "the template section shows nothing; name at least one part",
    nb: "malens avsnitt viser ingenting; oppgi minst én del",
    nn: "avsnittet i malen viser ingenting; oppgi minst éin del",
  },
  template_header_first: {
    en: "the document header with the pathway marking must be the first part the template shows",
    nb: "dokumenthodet med merkingen av pakkeforløpet må komme først i malen",
    nn: "dokumenthovudet med merkinga av pakkeforløpet må kome først i malen",
  },
  template_text: {
    en: "needs a text in nb and nn, each one line of 1–200 characters",
    nb: "må ha tekst på bokmål og nynorsk, hver på én linje med 1–200 tegn",
    nn: "må ha tekst på bokmål og nynorsk, kvar på éi linje med 1–200 teikn",
  },
});
