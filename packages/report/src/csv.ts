/**
 * The report's figures as CSV (RFC 4180, comma, CRLF, a header row), one row per figure: the same figures as the
 * page, suppressed ones marked `suppressed` with their numbers left empty (never 0).
 */
import type { FigureRow, ReportFigures } from "./figures.ts";

/**
 * The CSV columns, in order.
 * @example
 * ```ts
 * CSV_COLUMNS.indexOf("status"); // 7
 * ```
 */
export const CSV_COLUMNS = [
  "level",
  "pilot_id",
  "pilot",
  "municipality_number",
  "municipality",
  "quarter",
  "measure",
  "status",
  "n",
  "numerator",
  "value",
] as const;

const field = (value: string | number | undefined): string => {
  if (value === undefined) {
    return "";
  }
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A share with four decimals, or the median days as it is. */
const valueText = (row: FigureRow): string | undefined =>
  row.value === undefined ? undefined : row.numerator === undefined ? String(row.value) : row.value.toFixed(4);

/**
 * The figures as CSV.
 * @example
 * ```ts
 * const csv = reportCsv(reportFigures(aggregator.finish()));
 * csv.split("\r\n")[0]; // "level,pilot_id,pilot,municipality_number,municipality,quarter,measure,status,n,numerator,value"
 * ```
 */
export function reportCsv(figures: ReportFigures): string {
  const pilotName = new Map(figures.pilots.map((p) => [p.id, p.name]));
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of figures.rows) {
    lines.push(
      [
        row.level,
        row.pilotId,
        row.pilotId === undefined ? undefined : pilotName.get(row.pilotId),
        row.municipality,
        row.municipality === undefined ? undefined : figures.municipalityNames[row.municipality],
        row.quarter,
        row.measure,
        row.status,
        row.n,
        row.numerator,
        valueText(row),
      ]
        .map(field)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
