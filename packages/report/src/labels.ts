/** How a figure's group is named on the page and in the charts. */
import type { FigureRow, ReportFigures } from "./figures.ts";
import type { PageTexts } from "./texts.ts";

/** The pilot's name, or "outside the pilots". */
export function pilotLabel(figures: ReportFigures, pilotId: string | undefined, texts: PageTexts): string {
  return pilotId === undefined ? texts.noPilot : (figures.pilots.find((p) => p.id === pilotId)?.name ?? pilotId);
}

/** The municipality's name the profile knows, else its SSB number, or "not given". */
export function municipalityLabel(figures: ReportFigures, municipality: string | undefined, texts: PageTexts): string {
  return municipality === undefined
    ? texts.unknownMunicipality
    : (figures.municipalityNames[municipality] ?? municipality);
}

/** The group of a row: everyone, a pilot, or a municipality within its pilot. */
export function groupLabel(figures: ReportFigures, row: FigureRow, texts: PageTexts): string {
  switch (row.level) {
    case "total":
      return texts.total;
    case "pilot":
      return pilotLabel(figures, row.pilotId, texts);
    case "municipality":
      return `${pilotLabel(figures, row.pilotId, texts)}: ${municipalityLabel(figures, row.municipality, texts)}`;
  }
}

/**
 * The short name of a row's group for a chart axis: the municipality with its pilot's short name ("Nesodden (Pilot
 * 1)"; the part of the pilot's name before a colon), the table and the legend carry the full names.
 */
export function shortGroupLabel(figures: ReportFigures, row: FigureRow, texts: PageTexts): string {
  if (row.level !== "municipality") {
    return groupLabel(figures, row, texts);
  }
  const pilot = pilotLabel(figures, row.pilotId, texts).split(":")[0] as string;
  return `${municipalityLabel(figures, row.municipality, texts)} (${pilot})`;
}
