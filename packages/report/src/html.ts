/**
 * The report page: one self-contained HTML document (inline CSS and SVG; no script, no external request, a
 * Content-Security-Policy that forbids any), per measure a chart over quarters, a chart by municipality and the table
 * of every figure, suppressed ones written as suppressed.
 */
import { escapeXml, type Lang } from "@pakkeforlop-hjem/model";
import { renderChartSvg, reportChartSpecs } from "./charts.ts";
import { ALL_QUARTERS, type FigureRow, type ReportFigures } from "./figures.ts";
import { groupLabel } from "./labels.ts";
import { MEASURE_TEXTS, MEASURES, type MeasureId } from "./measures.ts";
import { PAGE_TEXTS, type PageTexts } from "./texts.ts";

/** Options for {@link renderReportHtml}. */
export interface ReportHtmlOptions {
  readonly lang?: Lang;
  /** The day the report is made (ISO date), printed on the page. */
  readonly madeOn?: string;
}

const CSS = `
*{box-sizing:border-box}
html{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:1040px;padding:24px 20px 48px}
h1{font-size:1.6rem;margin:0 0 .5rem}
h2{font-size:1.25rem;margin:2.2rem 0 .6rem;padding-top:.8rem;border-top:2px solid #1a1a1a}
h3{font-size:1rem;margin:1rem 0 .3rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.6rem 0 1rem}
.facts dt{font-weight:700}.facts dd{margin:0}
.note{max-width:75ch}
.charts{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
figure{margin:0}
figcaption{font-size:.85rem;color:#333;max-width:60ch}
svg{max-width:100%;height:auto}
details{margin:.6rem 0}
summary{cursor:pointer;font-weight:700}
table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0}
th,td{border:1px solid #999;padding:.2rem .45rem;text-align:right;white-space:nowrap}
th[scope=row],thead th:first-child{text-align:left}
thead th{background:#eee}
.sup{font-style:italic;color:#444}
footer{margin-top:2.5rem;font-size:.85rem;color:#333}
@media print{details{display:block}h2{break-after:avoid}figure,table{break-inside:avoid}}
`;

/** A figure as the table writes it: "62 % (31 av 50)", "14 dager (n = 30)", "skjermet" or "–". */
function cellText(row: FigureRow | undefined, texts: PageTexts, lang: Lang): string {
  if (row === undefined || row.status === "empty") {
    return texts.empty;
  }
  if (row.status === "suppressed") {
    return `<span class="sup">${texts.suppressed}</span>`;
  }
  const n = row.n as number;
  if (row.numerator === undefined) {
    const days = new Intl.NumberFormat(lang === "en" ? "en-GB" : "nb-NO", { maximumFractionDigits: 1 });
    return `${days.format(row.value as number)} ${texts.days} (n = ${n})`;
  }
  const pct = new Intl.NumberFormat(lang === "en" ? "en-GB" : "nb-NO", { style: "percent", maximumFractionDigits: 0 });
  return `${pct.format(row.value as number)} (${row.numerator} ${texts.of} ${n})`;
}

/** The points a line chart leaves out, by group (" Brudd i linjene (skjermet): Alle: 2023-Q2, 2023-Q3; …"), or "". */
function lineGaps(figures: ReportFigures, measure: MeasureId, texts: PageTexts): string {
  const gaps = new Map<string, string[]>();
  for (const r of figures.rows) {
    if (
      r.measure === measure &&
      r.level !== "municipality" &&
      r.quarter !== ALL_QUARTERS &&
      r.status === "suppressed"
    ) {
      const label = escapeXml(groupLabel(figures, r, texts));
      gaps.set(label, [...(gaps.get(label) ?? []), r.quarter]);
    }
  }
  const list = [...gaps].map(([label, quarters]) => `${label}: ${quarters.join(", ")}`);
  return list.length === 0 ? "" : ` ${texts.gaps} ${list.join("; ")}.`;
}

/** The table of one measure: a row per group, a column per quarter and one for all quarters. */
function table(figures: ReportFigures, measure: MeasureId, texts: PageTexts, lang: Lang): string {
  const rows = figures.rows.filter((r) => r.measure === measure);
  const groups = new Map<string, Map<string, FigureRow>>();
  for (const row of rows) {
    const label = groupLabel(figures, row, texts);
    const byQuarter = groups.get(label) ?? new Map<string, FigureRow>();
    byQuarter.set(row.quarter, row);
    groups.set(label, byQuarter);
  }
  const quarters = [...figures.quarters, ALL_QUARTERS];
  const head = quarters.map((q) => `<th scope="col">${q === ALL_QUARTERS ? texts.allQuarters : q}</th>`).join("");
  const body = [...groups]
    .map(
      ([label, byQuarter]) =>
        `<tr><th scope="row">${escapeXml(label)}</th>${quarters.map((q) => `<td>${cellText(byQuarter.get(q), texts, lang)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const caption = `${escapeXml(MEASURE_TEXTS[lang][measure].title)} (n: ${escapeXml(MEASURE_TEXTS[lang][measure].n)})`;
  return `<table><caption class="sr">${caption}</caption><thead><tr><th scope="col">${texts.group}</th>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The header: title, region, period, date, patients and how to read the figures. */
function header(figures: ReportFigures, texts: PageTexts, options: ReportHtmlOptions): string {
  const total = figures.rows.find(
    (r) => r.level === "total" && r.quarter === ALL_QUARTERS && r.measure === "declined-pathway",
  );
  const patients = total === undefined ? "0" : total.status === "shown" ? String(total.n) : texts.suppressed;
  const period =
    figures.quarters.length === 0 ? texts.empty : `${figures.quarters[0]} – ${figures.quarters.at(-1) as string}`;
  return `<h1>${texts.title}</h1>
<dl class="facts"><dt>${texts.region}</dt><dd>${escapeXml(figures.profileName)}</dd><dt>${texts.period}</dt><dd>${period}</dd>${
    options.madeOn === undefined ? "" : `<dt>${texts.made}</dt><dd>${escapeXml(options.madeOn)}</dd>`
  }<dt>${texts.patients}</dt><dd>${patients}</dd></dl>
<p class="note">${texts.about}</p>
<p class="note">${texts.suppression(figures.minCell)}</p>
<p class="note">${texts.quarterRule}</p>`;
}

/**
 * The report as one self-contained HTML page (async: the charts are rendered by Vega, loaded on first use).
 * @example
 * ```ts
 * const html = await renderReportHtml(reportFigures(aggregator.finish()), { lang: "nb", madeOn: "2024-01-15" });
 * ```
 */
export async function renderReportHtml(figures: ReportFigures, options: ReportHtmlOptions = {}): Promise<string> {
  const lang = options.lang ?? "nb";
  const texts = PAGE_TEXTS[lang];
  const specs = reportChartSpecs(figures, lang);
  const sections: string[] = [];
  if (figures.rows.length === 0) {
    sections.push(`<p>${texts.nothing}</p>`);
  }
  for (const measure of figures.rows.length === 0 ? [] : MEASURES) {
    const figuresHtml: string[] = [];
    for (const chart of specs.filter((s) => s.measure === measure)) {
      const index = specs.indexOf(chart);
      const svg = await renderChartSvg(chart.spec, `c${index}`);
      const title = chart.kind === "by-quarter" ? texts.byQuarter : texts.byMunicipality;
      const gaps = chart.kind === "by-quarter" ? lineGaps(figures, measure, texts) : "";
      figuresHtml.push(`<figure><h3>${title}</h3>${svg}<figcaption>${texts.notDrawn}${gaps}</figcaption></figure>`);
    }
    sections.push(`<section aria-labelledby="m-${measure}"><h2 id="m-${measure}">${escapeXml(MEASURE_TEXTS[lang][measure].title)}</h2>
<div class="charts">${figuresHtml.join("\n")}</div>
<details><summary>${texts.figures}</summary>${table(figures, measure, texts, lang)}</details>
</section>`);
  }
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${texts.title}: ${escapeXml(figures.profileName)}</title>
<style>${CSS}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style>
</head>
<body>
<main>
${header(figures, texts, options)}
${sections.join("\n")}
</main>
<footer>${texts.title}</footer>
</body>
</html>
`;
}
