/**
 * Issue codes of the pathway package and their texts in nb, nn and en (ARCHITECTURE.md "Errors"). Codes are API:
 * adding one is a minor change, renaming or removing one is a major change. Texts name the field and the rule and
 * never contain a personal value.
 */
import {
  createIssueFormatter,
  formatIssue,
  type Issue,
  type IssueCode,
  type IssueFormatter,
  type IssueTemplates,
  type Lang,
} from "@pakkeforlop-hjem/model";

/**
 * Every issue code the pathway package reports, beside the model's structural codes (`required`, `invalid_value`,
 * ...). Profile codes say what a regional profile lacks; event codes name an impossible sequence.
 */
export type PathwayIssueCode =
  | "missing_interaction_point"
  | "duplicate_interaction_point"
  | "missing_window"
  | "window_order"
  | "window_sequence"
  | "duplicate_sender_system"
  | "no_message_kind"
  | "conflicting_duplicate"
  | "event_before_inclusion"
  | "already_included"
  | "event_after_end"
  | "point_out_of_order"
  | "point_already_completed"
  | "assessment_not_completed"
  | "anchor_fallback"
  | "unknown_assessment";

/**
 * An issue reported by this package: one of its own codes or a structural code of the model.
 * @example
 * ```ts
 * const issues: readonly PathwayIssue[] = replay(events, NATIONAL_PROFILE).issues;
 * ```
 */
export type PathwayIssue = Issue<PathwayIssueCode | IssueCode>;

const sp = (p: Issue["params"]): string => String(p["interactionPoint"]);

const TEMPLATES: IssueTemplates<PathwayIssueCode> = {
  unknown_assessment: {
    en: () => "names an assessment that no completed event of the current episode recorded; nothing was cancelled",
    nb: () =>
      "viser til en kartlegging som ingen fullført hendelse i denne episoden har registrert; ingenting ble trukket tilbake",
    nn: () =>
      "viser til ei kartlegging som ingen fullført hending i denne episoden har registrert; ingenting vart trekt tilbake",
  },
  missing_interaction_point: {
    en: (p) => `has no rule for interaction point ${sp(p)}; a profile needs one rule for each of 1, 2 and 3`,
    nb: (p) => `mangler regel for samhandlingspunkt ${sp(p)}; profilen må ha én regel for hvert av punktene 1, 2 og 3`,
    nn: (p) => `manglar regel for samhandlingspunkt ${sp(p)}; profilen må ha éin regel for kvart av punkta 1, 2 og 3`,
  },
  duplicate_interaction_point: {
    en: (p) => `repeats interaction point ${sp(p)}; keep one rule per point`,
    nb: (p) => `samhandlingspunkt ${sp(p)} er oppgitt mer enn én gang`,
    nn: (p) => `samhandlingspunkt ${sp(p)} er oppgitt meir enn éin gong`,
  },
  missing_window: {
    en: (p) => `interaction point ${sp(p)} needs a time window (months from the anchor date), e.g. 3–4 for point 2`,
    nb: (p) => `samhandlingspunkt ${sp(p)} må ha et tidsvindu (måneder fra ankerdatoen)`,
    nn: (p) => `samhandlingspunkt ${sp(p)} må ha eit tidsvindauge (månader frå ankerdatoen)`,
  },
  window_order: {
    en: () => "window must not close before it opens: toMonths must be at least fromMonths",
    nb: () => "tidsvinduet kan ikke slutte før det begynner",
    nn: () => "tidsvindauget kan ikkje slutte før det byrjar",
  },
  window_sequence: {
    en: (p) => `window of interaction point ${sp(p)} must not open before the window of the point before it`,
    nb: (p) => `tidsvinduet for samhandlingspunkt ${sp(p)} kan ikke begynne før vinduet til punktet før`,
    nn: (p) => `tidsvindauget for samhandlingspunkt ${sp(p)} kan ikkje byrje før vindauget til punktet før`,
  },
  duplicate_sender_system: {
    en: () => "names the same sender system twice; keep one message kind per system",
    nb: () => "samme avsendersystem er oppgitt to ganger",
    nn: () => "same avsendarsystem er oppgitt to gonger",
  },
  no_message_kind: {
    en: () => "names no message kind: add a default or at least one sender system",
    nb: () => "mangler meldingstype: legg til en standard eller minst ett avsendersystem",
    nn: () => "manglar meldingstype: legg til ein standard eller minst eitt avsendarsystem",
  },
  conflicting_duplicate: {
    en: () => "two events share this id but differ in content; the first by time (then content) is kept",
    nb: () => "to hendelser har samme id, men ulikt innhold",
    nn: () => "to hendingar har same id, men ulikt innhald",
  },
  event_before_inclusion: {
    en: (p) => `"${String(p["type"])}" comes before the patient was included; record an "included" event first`,
    nb: () => "hendelsen kommer før pasienten er inkludert i forløpet",
    nn: () => "hendinga kjem før pasienten er inkludert i forløpet",
  },
  already_included: {
    en: () => "the patient is already included; a second inclusion is ignored (use a relapse event for a new episode)",
    nb: () => "pasienten er allerede inkludert",
    nn: () => "pasienten er allereie inkludert",
  },
  event_after_end: {
    en: (p) => `"${String(p["type"])}" comes after the pathway ended (${String(p["endedBy"])}); it is ignored`,
    nb: () => "hendelsen kommer etter at forløpet er avsluttet",
    nn: () => "hendinga kjem etter at forløpet er avslutta",
  },
  point_out_of_order: {
    en: (p) =>
      `interaction point ${sp(p)} cannot be completed before point ${String(p["requires"])} is completed; it is ignored`,
    nb: (p) => `samhandlingspunkt ${sp(p)} kan ikke gjennomføres før punkt ${String(p["requires"])}`,
    nn: (p) => `samhandlingspunkt ${sp(p)} kan ikkje gjennomførast før punkt ${String(p["requires"])}`,
  },
  point_already_completed: {
    en: (p) => `interaction point ${sp(p)} is already completed in this episode; the event is ignored`,
    nb: (p) => `samhandlingspunkt ${sp(p)} er allerede gjennomført`,
    nn: (p) => `samhandlingspunkt ${sp(p)} er allereie gjennomført`,
  },
  assessment_not_completed: {
    en: (p) =>
      `a "completed" event must carry an assessment with outcome "completed", got "${String(p["outcome"])}"; ` +
      'record a "declined" event instead',
    nb: () => "kartleggingen i hendelsen er ikke gjennomført",
    nn: () => "kartlegginga i hendinga er ikkje gjennomført",
  },
  anchor_fallback: {
    en: (p) =>
      `the profile anchors windows on "${String(p["anchor"])}", which the inclusion does not give; the diagnosis date is used`,
    nb: () => "ankerdatoen profilen ber om mangler; diagnosedatoen brukes",
    nn: () => "ankerdatoen profilen ber om manglar; diagnosedatoen vert brukt",
  },
};

const FORMATTER: IssueFormatter<PathwayIssueCode> = createIssueFormatter(TEMPLATES);

/**
 * Makes a pathway issue with its English developer message.
 * @internal
 */
export const pathwayIssue: IssueFormatter<PathwayIssueCode>["issue"] = FORMATTER.issue;

/**
 * End-user text for a pathway issue in nb, nn or en, from its code and params only. Structural codes of the model
 * (`required`, `invalid_value`, ...) are formatted by the model's `formatIssue`.
 * @example
 * ```ts
 * const { issues } = replay(events, NATIONAL_PROFILE);
 * const texts = issues.map((i) => formatPathwayIssue(i, "nb"));
 * ```
 */
export function formatPathwayIssue(issue: PathwayIssue, lang: Lang = "nb"): string {
  return Object.hasOwn(TEMPLATES, issue.code)
    ? FORMATTER.format(issue as Issue<PathwayIssueCode>, lang)
    : formatIssue(issue, lang);
}
