/**
 * The report's charts: Vega-Lite specifications compiled and rendered to static SVG by Vega (headless, renderer
 * `none`) when the report is written. Vega is loaded only here, lazily, in Node: it compiles expressions with
 * `new Function`, which is fine in the CLI and kept out of every browser path (the page itself has no script). Vega
 * loads nothing: its loader refuses every URL, and the data are inline.
 */
import type { Lang } from "@pakkeforlop-hjem/model";
import type { Config, TopLevelSpec } from "vega-lite";
import { ALL_QUARTERS, type FigureRow, type ReportFigures } from "./figures.ts";
import { groupLabel, shortGroupLabel } from "./labels.ts";
import { MEASURE_TEXTS, type MeasureId } from "./measures.ts";
import { PAGE_TEXTS } from "./texts.ts";

const FONT = '"Liberation Sans", Arial, Helvetica, sans-serif';

/** A colour-blind-safe palette (Okabe–Ito), dark enough on white for lines and marks. */
const PALETTE = ["#000000", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7a6a00"];

const CONFIG: Config = {
  font: FONT,
  background: "#ffffff",
  view: { stroke: "transparent" },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: "#222", titleColor: "#222", gridColor: "#ddd" },
  legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 640, orient: "bottom", direction: "vertical" },
  range: { category: [...PALETTE] },
};

/** One chart: its Vega-Lite specification and the sentence that describes it (the SVG's accessible name). */
export interface ChartSpec {
  readonly measure: MeasureId;
  readonly kind: "by-quarter" | "by-municipality";
  readonly description: string;
  readonly spec: TopLevelSpec;
}

const valueAxis = (measure: MeasureId, lang: Lang) =>
  MEASURE_TEXTS[lang][measure].kind === "share"
    ? { title: PAGE_TEXTS[lang].share, format: ".0%", scale: { domain: [0, 1] } }
    : { title: PAGE_TEXTS[lang].days, format: "d", scale: { zero: true } };

/** The line chart of a measure over quarters: everyone and each pilot; a suppressed quarter is a gap in its line. */
function byQuarter(figures: ReportFigures, measure: MeasureId, lang: Lang): ChartSpec {
  const texts = PAGE_TEXTS[lang];
  const rows = figures.rows.filter(
    (r) => r.measure === measure && r.level !== "municipality" && r.quarter !== ALL_QUARTERS && r.status !== "empty",
  );
  const axis = valueAxis(measure, lang);
  const description = `${MEASURE_TEXTS[lang][measure].title}: ${texts.byQuarter.toLowerCase()}`;
  return {
    measure,
    kind: "by-quarter",
    description,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description,
      width: 560,
      height: 220,
      config: CONFIG,
      // A suppressed point has no value: the line breaks there (never drawn as 0), and the caption lists it.
      data: {
        values: rows.map((r) => ({ group: groupLabel(figures, r, texts), quarter: r.quarter, value: r.value ?? null })),
      },
      mark: { type: "line", point: { size: 60, filled: true }, strokeWidth: 2, invalid: "break-paths-show-domains" },
      encoding: {
        x: {
          field: "quarter",
          type: "ordinal",
          title: texts.quarter,
          sort: [...figures.quarters],
          scale: { domain: [...figures.quarters] },
          axis: { labelAngle: 0 },
        },
        y: {
          field: "value",
          type: "quantitative",
          title: axis.title,
          axis: { format: axis.format },
          scale: axis.scale,
        },
        color: { field: "group", type: "nominal", title: texts.group, sort: groupOrder(figures, rows, lang) },
      },
    },
  };
}

/** The groups in the order of the rows (everyone first, pilots in the profile's order). */
function groupOrder(figures: ReportFigures, rows: readonly FigureRow[], lang: Lang): string[] {
  return [...new Set(rows.map((r) => groupLabel(figures, r, PAGE_TEXTS[lang])))];
}

/** The bar chart of a measure by municipality within pilot, all quarters; a suppressed bar is written out, not drawn. */
function byMunicipality(figures: ReportFigures, measure: MeasureId, lang: Lang): ChartSpec {
  const texts = PAGE_TEXTS[lang];
  const rows = figures.rows.filter(
    (r) => r.measure === measure && r.level === "municipality" && r.quarter === ALL_QUARTERS && r.status !== "empty",
  );
  const axis = valueAxis(measure, lang);
  const description = `${MEASURE_TEXTS[lang][measure].title}: ${texts.byMunicipality.toLowerCase()}`;
  const values = rows.map((r) => ({
    group: shortGroupLabel(figures, r, texts),
    value: r.value ?? 0,
    shown: r.status === "shown",
    note: r.status === "shown" ? "" : texts.suppressed,
  }));
  return {
    measure,
    kind: "by-municipality",
    description,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description,
      width: 420,
      height: { step: 22 },
      config: CONFIG,
      data: { values },
      encoding: {
        y: {
          field: "group",
          type: "nominal",
          title: null,
          sort: values.map((v) => v.group),
          axis: { labelLimit: 300 },
        },
      },
      layer: [
        {
          transform: [{ filter: "datum.shown" }],
          mark: { type: "bar", color: "#0072B2" },
          encoding: {
            x: {
              field: "value",
              type: "quantitative",
              title: axis.title,
              axis: { format: axis.format },
              scale: axis.scale,
            },
          },
        },
        {
          transform: [{ filter: "!datum.shown" }],
          mark: { type: "text", align: "left", dx: 4, color: "#444", fontStyle: "italic" },
          encoding: { x: { datum: 0, type: "quantitative" }, text: { field: "note" } },
        },
      ],
    },
  };
}

/**
 * The charts of a report: per measure, over quarters (everyone and each pilot) and by municipality (all quarters).
 * @example
 * ```ts
 * const specs = reportChartSpecs(figures, "nb");
 * specs[0]?.kind; // "by-quarter"
 * ```
 */
export function reportChartSpecs(figures: ReportFigures, lang: Lang): ChartSpec[] {
  return (Object.keys(MEASURE_TEXTS[lang]) as MeasureId[]).flatMap((measure) => [
    byQuarter(figures, measure, lang),
    byMunicipality(figures, measure, lang),
  ]);
}

/** Ids in an SVG made unique in the page (several charts in one document). */
const scopeIds = (svg: string, prefix: string): string =>
  svg.replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`);

/**
 * Renders a chart to static SVG with Vega (loaded on first use). Nothing is fetched: the loader refuses every URL.
 * @example
 * ```ts
 * const svg = await renderChartSvg(reportChartSpecs(figures, "nb")[0].spec, "c0");
 * ```
 */
export async function renderChartSvg(spec: TopLevelSpec, idPrefix: string): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const loader = vega.loader();
  const refuse = (): Promise<never> => Promise.reject(new Error("the report loads no data"));
  loader.load = refuse;
  loader.sanitize = refuse;
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none", loader });
  try {
    return scopeIds(await view.toSVG(), idPrefix);
  } finally {
    view.finalize();
  }
}
