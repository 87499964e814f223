/**
 * The built-in document templates, as data (issue 16 point 1; DOMAIN.md §5). Each names its source. The regional
 * reports name the templates but do not publish their section lists, so each template below lays out the parts of
 * the SP result (DOMAIN.md §2–§3) the way the report describes the region's document: its order and headings are
 * this SDK's reading, to be replaced by the region's own wording where it has one (`docs/regional-profiles.md`).
 */
import type { DocumentTemplate } from "./template.ts";

/**
 * The Ahus region's regional standard document template in DIPS ("Dokumentmal i DIPS i Regional standard",
 * "Epikrisemal"; DOMAIN.md §5: hospitals on DIPS send it as an EDI document). Sent as the text of an Epikrise 1.2
 * (`buildTemplateEpikrise` in the edi package).
 * @example
 * ```ts
 * const result = renderWithTemplate(assessment, AHUS_TEMPLATE);
 * ```
 */
export const AHUS_TEMPLATE: DocumentTemplate = {
  id: "ahus-dips-regional",
  version: "1.0",
  name: {
    nb: "Epikrisemal Pakkeforløp hjem (Dokumentmal i DIPS i Regional standard)",
    nn: "Epikrisemal Pakkeforløp heim (Dokumentmal i DIPS i Regional standard)",
    en: "Pakkeforløp hjem epicrisis template (regional standard DIPS document template)",
  },
  sections: [
    { show: ["header", "outcome"] },
    { heading: { nb: "Samtalen", nn: "Samtalen", en: "The conversation" }, show: ["participation"] },
    {
      heading: { nb: "Pasientens behov", nn: "Behova til pasienten", en: "The patient's needs" },
      show: ["what-matters", "distress", "topics"],
    },
    {
      heading: {
        nb: "Barn som pårørende (helsepersonelloven § 10a)",
        nn: "Barn som pårørande (helsepersonellova § 10a)",
        en: "Children as next of kin (Health Personnel Act § 10a)",
      },
      show: ["children"],
    },
    {
      heading: { nb: "Tiltak og videre oppfølging", nn: "Tiltak og vidare oppfølging", en: "Measures and follow-up" },
      show: ["measures", "contact-point", "next-step"],
    },
    { heading: { nb: "Samtykke", nn: "Samtykke", en: "Consent" }, show: ["consent"] },
    { heading: { nb: "Merknader", nn: "Merknader", en: "Remarks" }, show: ["notes"] },
  ],
  sources: [
    "DOMAIN.md §5: hospitals on DIPS send a regional standard document template (epikrisemal) as an EDI document",
    "Ahus / Helse Sør-Øst learning network on Pakkeforløp hjem (2022–23)",
  ],
};

/**
 * The Trøndelag layout (Helsefellesskapet i søndre Trøndelag, report 2024; DOMAIN.md §5): the hospitals could not put
 * a template into the EHR and use a paper checklist (hjelpeark/huskeliste) for the conversation; this template follows
 * the conversation in the order of that checklist and of the guideline ("Hva er viktig for deg?" first), for the
 * dialogue note's or the letter's text.
 * @example
 * ```ts
 * const result = renderWithTemplate(assessment, TRONDELAG_TEMPLATE, { lang: "nn" });
 * ```
 */
export const TRONDELAG_TEMPLATE: DocumentTemplate = {
  id: "sondre-trondelag-huskeliste",
  version: "1.0",
  name: {
    nb: "Pakkeforløp hjem – punktene fra samtalen (huskeliste)",
    nn: "Pakkeforløp heim – punkta frå samtalen (hugseliste)",
    en: "Pakkeforløp hjem – the points of the conversation (checklist)",
  },
  sections: [
    { show: ["header", "outcome"] },
    { heading: { nb: "Hvem deltok", nn: "Kven deltok", en: "Who took part" }, show: ["participation"] },
    {
      heading: { nb: "Hva er viktig for deg?", nn: "Kva er viktig for deg?", en: "What matters to you?" },
      show: ["what-matters"],
    },
    {
      heading: {
        nb: "Distresstermometer og problemliste",
        nn: "Distresstermometer og problemliste",
        en: "Distress thermometer and problem list",
      },
      show: ["distress"],
    },
    {
      heading: { nb: "Punktene fra samtalen", nn: "Punkta frå samtalen", en: "The points of the conversation" },
      show: ["topics", "children"],
    },
    {
      heading: { nb: "Tiltak og ansvar", nn: "Tiltak og ansvar", en: "Measures and who is responsible" },
      show: ["measures", "contact-point"],
    },
    { heading: { nb: "Videre oppfølging", nn: "Vidare oppfølging", en: "Follow-up" }, show: ["next-step"] },
    {
      heading: { nb: "Samtykke til deling", nn: "Samtykke til deling", en: "Consent to sharing" },
      show: ["consent", "notes"],
    },
  ],
  sources: [
    "DOMAIN.md §5: Trøndelag's hospitals use a paper checklist (hjelpeark/huskeliste) beside the EHR",
    "Helsefellesskapet i søndre Trøndelag, report on Pakkeforløp hjem (2024)",
  ],
};

/**
 * Every built-in template by id.
 * @example
 * ```ts
 * const template = BUILT_IN_TEMPLATES["ahus-dips-regional"];
 * ```
 */
export const BUILT_IN_TEMPLATES: {
  readonly "ahus-dips-regional": DocumentTemplate;
  readonly "sondre-trondelag-huskeliste": DocumentTemplate;
} = { "ahus-dips-regional": AHUS_TEMPLATE, "sondre-trondelag-huskeliste": TRONDELAG_TEMPLATE };
