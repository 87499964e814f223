/**
 * `@pakkeforlop-hjem/report`: the learning-network report (DOMAIN.md §5: "Dette ser jo ingen"). Pathway events of many
 * patients are folded as they stream ({@link createReportAggregator}), added up per pilot, municipality and quarter
 * with small cells suppressed ({@link reportFigures}), and written as one self-contained HTML page with static SVG
 * charts ({@link renderReportHtml}, Vega-Lite rendered by Vega in Node) and as CSV ({@link reportCsv}). Node only.
 * @packageDocumentation
 */
export type { Cell, CellKey, ReportAggregator, ReportAggregatorOptions, ReportCounts } from "./aggregate.ts";
export { createReportAggregator } from "./aggregate.ts";
export type { CellCounts, Counts } from "./cells.ts";
export type { ChartSpec } from "./charts.ts";
export { renderChartSvg, reportChartSpecs } from "./charts.ts";
export { CSV_COLUMNS, reportCsv } from "./csv.ts";
export type { FigureLevel, FigureRow, ReportFigures } from "./figures.ts";
export { ALL_QUARTERS, reportFigures } from "./figures.ts";
export type { ReportHtmlOptions } from "./html.ts";
export { renderReportHtml } from "./html.ts";
export type { ReportLine } from "./input.ts";
export { reportLineIssues } from "./input.ts";
export type { ReportIssue, ReportIssueCode, ReportIssueParams, ScopeField } from "./issues.ts";
export { REPORT_ISSUES } from "./issues.ts";
export type { MeasureId, MeasureText } from "./measures.ts";
export { MEASURE_TEXTS, MEASURES } from "./measures.ts";
export type { Equation, RevealedCounts, SuppressOptions } from "./suppress.ts";
export { MIN_CELL, suppressCells } from "./suppress.ts";
