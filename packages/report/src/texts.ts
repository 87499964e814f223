/** The page's fixed texts in nb, nn and en (what a person reads: no codes, no field names). */
import type { Lang } from "@pakkeforlop-hjem/model";

/** One language's texts. */
export interface PageTexts {
  readonly title: string;
  readonly region: string;
  readonly period: string;
  readonly made: string;
  readonly patients: string;
  readonly about: string;
  readonly suppression: (min: number) => string;
  readonly quarterRule: string;
  readonly byQuarter: string;
  readonly byMunicipality: string;
  readonly figures: string;
  readonly group: string;
  readonly total: string;
  readonly noPilot: string;
  readonly unknownMunicipality: string;
  readonly allQuarters: string;
  readonly suppressed: string;
  readonly empty: string;
  readonly of: string;
  readonly days: string;
  readonly share: string;
  readonly quarter: string;
  readonly notDrawn: string;
  /** Before the list of the points a line chart leaves out. */
  readonly gaps: string;
  readonly nothing: string;
}

/** The texts per language. */
export const PAGE_TEXTS: Readonly<Record<Lang, PageTexts>> = {
  nb: {
    title: "Pakkeforløp hjem for pasienter med kreft: rapport for læringsnettverket",
    region: "Region",
    period: "Periode",
    made: "Laget",
    patients: "Pasienter i rapporten",
    about:
      "Rapporten viser samlede tall per pilot, kommune og kvartal (kvartalet pasienten ble inkludert). Den inneholder ingen personopplysninger.",
    suppression: (min) =>
      `Tall som kunne avsløre færre enn ${min} personer eller hendelser, er skjermet («prikket»): når antallet (pasienter, kartlegginger, overføringer, samhandlingspunkter), de som har det som måles, eller de som ikke har det, er fra 1 til ${min - 1}. Noen tall til er skjermet slik at et skjermet tall ikke kan regnes ut fra summer og de andre tallene. Et skjermet tall står som «skjermet» i tabellene og søylediagrammene og som et brudd i linjediagrammene, aldri som 0.`,
    quarterRule: "Tallene beskriver praksis; de er ikke lovpålagte frister.",
    byQuarter: "Per kvartal",
    byMunicipality: "Per kommune, alle kvartaler",
    figures: "Tallene",
    group: "Gruppe",
    total: "Alle",
    noPilot: "Utenfor pilotene",
    unknownMunicipality: "Kommune ikke oppgitt",
    allQuarters: "Alle kvartaler",
    suppressed: "skjermet",
    empty: "–",
    of: "av",
    days: "dager",
    share: "Andel",
    quarter: "Kvartal",
    notDrawn: "Skjermede tall er ikke tegnet; tabellen viser hvor de er.",
    gaps: "Brudd i linjene (skjermet):",
    nothing: "Ingen pasienter i rapporten.",
  },
  nn: {
    title: "Pakkeforløp heim for pasientar med kreft: rapport for læringsnettverket",
    region: "Region",
    period: "Periode",
    made: "Laga",
    patients: "Pasientar i rapporten",
    about:
      "Rapporten viser samla tal per pilot, kommune og kvartal (kvartalet pasienten vart inkludert). Han inneheld ingen personopplysningar.",
    suppression: (min) =>
      `Tal som kunne avsløre færre enn ${min} personar eller hendingar, er skjerma («prikka»): når talet (pasientar, kartleggingar, overføringar, samhandlingspunkt), dei som har det som blir målt, eller dei som ikkje har det, er frå 1 til ${min - 1}. Nokre tal til er skjerma slik at eit skjerma tal ikkje kan reknast ut frå summar og dei andre tala. Eit skjerma tal står som «skjerma» i tabellane og søylediagramma og som eit brot i linjediagramma, aldri som 0.`,
    quarterRule: "Tala skildrar praksis; dei er ikkje lovpålagde fristar.",
    byQuarter: "Per kvartal",
    byMunicipality: "Per kommune, alle kvartal",
    figures: "Tala",
    group: "Gruppe",
    total: "Alle",
    noPilot: "Utanfor pilotane",
    unknownMunicipality: "Kommune ikkje oppgitt",
    allQuarters: "Alle kvartal",
    suppressed: "skjerma",
    empty: "–",
    of: "av",
    days: "dagar",
    share: "Del",
    quarter: "Kvartal",
    notDrawn: "Skjerma tal er ikkje teikna; tabellen viser kvar dei er.",
    gaps: "Brot i linene (skjerma):",
    nothing: "Ingen pasientar i rapporten.",
  },
  en: {
    title: "Pakkeforløp hjem for cancer patients: learning-network report",
    region: "Region",
    period: "Period",
    made: "Made",
    patients: "Patients in the report",
    about:
      "The report shows aggregate figures per pilot, municipality and quarter (the quarter the patient was included). It holds no personal data.",
    suppression: (min) =>
      `Figures that could reveal fewer than ${min} people or events are suppressed: when the count (patients, assessments, handovers, interaction points), those with what is measured, or those without it, is from 1 to ${min - 1}. A few more are suppressed so that a suppressed figure cannot be worked out from sums and the other figures. A suppressed figure reads "suppressed" in the tables and bar charts and leaves a gap in the line charts, never 0.`,
    quarterRule: "The figures describe practice; they are not legal deadlines.",
    byQuarter: "By quarter",
    byMunicipality: "By municipality, all quarters",
    figures: "The figures",
    group: "Group",
    total: "All",
    noPilot: "Outside the pilots",
    unknownMunicipality: "Municipality not given",
    allQuarters: "All quarters",
    suppressed: "suppressed",
    empty: "–",
    of: "of",
    days: "days",
    share: "Share",
    quarter: "Quarter",
    notDrawn: "Suppressed figures are not drawn; the table shows where they are.",
    gaps: "Gaps in the lines (suppressed):",
    nothing: "No patients in the report.",
  },
};
