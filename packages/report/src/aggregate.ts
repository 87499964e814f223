/**
 * The report's streaming fold: lines arrive one by one, a patient's lines together; when the next patient starts,
 * the finished patient's events are replayed with the profile (`replay`), the pilot is found (`inScope`), and the
 * state is folded into the counts of its cell and dropped. Only the current patient's events, the cells and the
 * tokens of the patients seen (to catch a patient whose lines are split) are held: memory does not grow with events.
 */
import { type Issue, MAX_ISSUES, type ParseOptions } from "@pakkeforlop-hjem/model";
import { inScope, type PathwayEvent, type Profile, replay } from "@pakkeforlop-hjem/pathway";
import { addCounts, type CellCounts, countedFrom, emptyCounts, patientCounts, quarterOf } from "./cells.ts";
import { type ReportLine, reportLineIssues } from "./input.ts";
import { REPORT_ISSUES, type ReportIssue, type ScopeField } from "./issues.ts";

/** Where a cell is: the pilot (absent: no pilot), the municipality (absent: not given) and the quarter. */
export interface CellKey {
  readonly pilotId?: string;
  readonly municipality?: string;
  readonly quarter: string;
}

/** A cell's place and counts. */
export interface Cell extends CellKey {
  readonly counts: CellCounts;
}

/** Options for {@link createReportAggregator}. */
export interface ReportAggregatorOptions extends ParseOptions {
  /** The regional profile: the rules the events are replayed with and the pilots patients are grouped by. */
  readonly profile: Profile;
}

/** What the fold found: the cells (unsuppressed counts, never published as they are), the issues and the totals. */
export interface ReportCounts {
  readonly profile: Profile;
  readonly cells: readonly Cell[];
  /**
   * At most `MAX_ISSUES` issues and a `too_many_issues` summary: the report's, the pathway's and the model's, and
   * those the reader added ({@link ReportAggregator.addIssue}).
   */
  readonly issues: readonly (ReportIssue | Issue<string>)[];
  /** Lines read (blank lines aside). */
  readonly lines: number;
  /** Patients in the report (offered the pathway). */
  readonly patients: number;
}

/**
 * The streaming fold of a report input.
 * @example
 * ```ts
 * const aggregator = createReportAggregator({ profile: AHUS_PROFILE });
 * aggregator.add(JSON.parse(text), 1);
 * const counts = aggregator.finish();
 * ```
 */
export interface ReportAggregator {
  /** Adds one parsed line (`line`: its 1-based number, for issues). */
  add(value: unknown, line: number): void;
  /** Records an issue found before parsing (a line that is not JSON, not UTF-8, too long), its path `line <n>`. */
  addIssue(issue: Issue<string>): void;
  /** Folds the last patient and returns the counts. Call once. */
  finish(): ReportCounts;
}

const SEP = "\u0000";

interface Current {
  readonly token: string;
  readonly events: PathwayEvent[];
  /** Event id → line number, for the issues of `replay`. */
  readonly lines: Map<string, number>;
  scope: { diagnosisCode?: string; municipality?: string; district?: string };
}

/** Prefixes the path of an issue with its line. */
const atLine = (issue: ReportIssue, line: number): ReportIssue => ({ ...issue, path: [`line ${line}`, ...issue.path] });

/**
 * Creates the streaming fold of a report input (see {@link ReportLine}; one JSON value per call).
 * @example
 * ```ts
 * const aggregator = createReportAggregator({ profile: AHUS_PROFILE });
 * lines.forEach((text, i) => aggregator.add(JSON.parse(text), i + 1));
 * const { cells, issues } = aggregator.finish();
 * ```
 */
export function createReportAggregator(options: ReportAggregatorOptions): ReportAggregator {
  const { profile } = options;
  const parse: ParseOptions = options.allowTestNumbers === true ? { allowTestNumbers: true } : {};
  const cells = new Map<string, Cell>();
  const seen = new Set<string>();
  const issues: (ReportIssue | Issue<string>)[] = [];
  let omitted = 0;
  let lines = 0;
  let patients = 0;
  let current: Current | undefined;

  const report = (issue: ReportIssue | Issue<string>): void => {
    if (issues.length < MAX_ISSUES) {
      issues.push(issue);
    } else {
      omitted++;
    }
  };

  const flush = (): void => {
    if (current === undefined) {
      return;
    }
    const { state, issues: found } = replay(current.events, profile, parse);
    for (const issue of found) {
      const id = issue.path[1];
      const line = typeof id === "string" ? current.lines.get(id) : undefined;
      report(line === undefined ? issue : atLine({ ...issue, path: issue.path.slice(2) }, line));
    }
    const from = countedFrom(state);
    if (from !== undefined) {
      patients++;
      const { diagnosisCode, municipality, district } = current.scope;
      const pilotId =
        diagnosisCode === undefined
          ? undefined
          : inScope(profile, {
              diagnosisCode,
              on: state.diagnosedOn ?? from.slice(0, 10),
              ...(municipality === undefined ? {} : { municipality }),
              ...(district === undefined ? {} : { district }),
              ...(state.hospital.current === undefined ? {} : { hospital: state.hospital.current }),
            }).pilot?.id;
      const key: CellKey = {
        ...(pilotId === undefined ? {} : { pilotId }),
        ...(municipality === undefined ? {} : { municipality }),
        quarter: quarterOf(from),
      };
      const id = [key.pilotId ?? "", key.municipality ?? "", key.quarter].join(SEP);
      const cell = cells.get(id) ?? { ...key, counts: emptyCounts() };
      addCounts(cell.counts, patientCounts(state));
      cells.set(id, cell);
    }
    current = undefined;
  };

  const keepScope = (line: ReportLine, at: number): void => {
    const scope = (current as Current).scope;
    for (const field of ["diagnosisCode", "municipality", "district"] as const satisfies readonly ScopeField[]) {
      const value = line[field];
      if (value === undefined) {
        continue;
      }
      if (scope[field] === undefined) {
        scope[field] = value;
      } else if (scope[field] !== value) {
        report(atLine(REPORT_ISSUES.issue("scope_conflict", [field], { field }), at));
      }
    }
  };

  return {
    add(value, at) {
      lines++;
      const found = reportLineIssues(value, parse);
      if (found.length > 0) {
        for (const issue of found) {
          report(atLine(issue, at));
        }
        return;
      }
      const line = value as ReportLine;
      if (current?.token !== line.patient) {
        flush();
        if (seen.has(line.patient)) {
          report(atLine(REPORT_ISSUES.issue("patient_not_grouped", ["patient"]), at));
          return;
        }
        seen.add(line.patient);
        current = { token: line.patient, events: [], lines: new Map(), scope: {} };
      }
      const patient = current as Current;
      patient.events.push(line.event);
      patient.lines.set(line.event.id, at);
      keepScope(line, at);
    },
    addIssue(issue) {
      lines++;
      report(issue);
    },
    finish() {
      flush();
      const all =
        omitted === 0
          ? issues
          : [...issues, REPORT_ISSUES.issue("too_many_issues", [], { omitted, limit: MAX_ISSUES })];
      return { profile, cells: [...cells.values()], issues: all, lines, patients };
    },
  };
}
