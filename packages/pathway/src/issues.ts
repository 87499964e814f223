/**
 * Issue codes of the pathway package and their texts in nb, nn and en, on the model's error model (`defineIssues`,
 * ARCHITECTURE.md "Errors"). Codes are API: adding one is a minor change, renaming or removing one is a major
 * change. Texts name the field and the rule and never contain a personal value.
 */
import {
  defineIssues,
  formatIssue,
  type Issue,
  type IssueMaker,
  type IssueOf,
  type Lang,
  type NoParams,
} from "@pakkeforlop-hjem/model";

/**
 * The params of every issue code the pathway package reports, by code, beside the model's structural codes
 * (`required`, `invalid_value`, ...). Profile codes say what a regional profile lacks; event codes name an
 * impossible sequence.
 */
export type PathwayIssueParams = {
  readonly missing_interaction_point: { readonly interactionPoint: number };
  readonly duplicate_interaction_point: { readonly interactionPoint: number };
  readonly missing_window: { readonly interactionPoint: number };
  readonly window_order: NoParams;
  readonly window_sequence: { readonly interactionPoint: number };
  readonly duplicate_sender_system: NoParams;
  readonly no_message_kind: NoParams;
  /** A sender rule sends the DIPS document template without naming the template (or the default sends it). */
  readonly template_required: NoParams;
  /** `versions`: how many different events share the id. */
  readonly conflicting_duplicate: { readonly versions: number };
  /** `type`: the event's type. */
  readonly event_before_inclusion: { readonly type: string };
  readonly already_included: NoParams;
  /** `type`: the event's type; `endedBy`: the status that ended the pathway. */
  readonly event_after_end: { readonly type: string; readonly endedBy: string };
  /** `requires`: the point that must be completed first. */
  readonly point_out_of_order: { readonly interactionPoint: number; readonly requires: number };
  readonly point_already_completed: { readonly interactionPoint: number };
  /** `outcome`: the outcome of the assessment the event carried. */
  readonly assessment_not_completed: { readonly outcome: string };
  /** `anchor`: the anchor the profile asks for. */
  readonly anchor_fallback: { readonly anchor: string };
  readonly unknown_assessment: NoParams;
  /** An ICD-10 range of a profile's scope runs backwards (`order`) or covers benign tumours D10–D36 (`benign`). */
  readonly icd10_range: { readonly problem: "order" | "benign" };
  /** The assessment's diagnosis is outside the profile's ICD-10 scope (e.g. D37–D48 the profile does not include). */
  readonly diagnosis_out_of_scope: NoParams;
  /** Two pilots of a profile share an id. */
  readonly duplicate_pilot: NoParams;
  /** A pilot ends before it starts. */
  readonly pilot_dates: NoParams;
  /** A city district's SSB number does not start with its municipality's number. */
  readonly district_municipality: NoParams;
  /** A § 10b check is recorded for a patient not recorded as deceased. */
  readonly not_deceased: NoParams;
  /**
   * A warning: a topic the patient asked before the visit to talk about (the agenda) has no status in the completed
   * conversation; the topic is the last segment of the path (issue 16).
   */
  readonly raised_topic_not_covered: NoParams;
};

/**
 * Every issue code the pathway package reports, beside the model's structural codes.
 * @example
 * ```ts
 * const code: PathwayIssueCode = "missing_window";
 * ```
 */
export type PathwayIssueCode = keyof PathwayIssueParams;

/**
 * An issue reported by this package, typed per code: one of its own codes or a code of the model.
 * @example
 * ```ts
 * const issues: readonly PathwayIssue[] = replay(events, NATIONAL_PROFILE).issues;
 * ```
 */
export type PathwayIssue = IssueOf<PathwayIssueParams> | Issue;

/**
 * The pathway package's issue maker: its codes ({@link PathwayIssueParams}) with their texts, registered with the
 * model's `formatIssue`.
 * @example
 * ```ts
 * const i = PATHWAY_ISSUES.issue("missing_window", ["interactionPoints", 1], { interactionPoint: 2 });
 * formatIssue(i, "nb"); // "interactionPoints[1]: samhandlingspunkt 2 må ha et tidsvindu (måneder fra ankerdatoen)"
 * ```
 */
export const PATHWAY_ISSUES: IssueMaker<PathwayIssueParams> = /* @__PURE__ */ defineIssues<PathwayIssueParams>({
  unknown_assessment: {
    en: "names an assessment that no completed event of the current episode recorded; nothing was cancelled",
    nb: "viser til en kartlegging som ingen fullført hendelse i denne episoden har registrert; ingenting ble trukket tilbake",
    nn: "viser til ei kartlegging som ingen fullført hending i denne episoden har registrert; ingenting vart trekt tilbake",
  },
  icd10_range: {
    en: (p) =>
      p.problem === "order"
        ? "the ICD-10 range ends before it starts: to must not come before from"
        : "the ICD-10 range covers benign tumours (D10–D36), which are outside the pathway",
    nb: (p) =>
      p.problem === "order"
        ? "ICD-10-intervallet slutter før det begynner"
        : "ICD-10-intervallet dekker godartede svulster (D10–D36), som er utenfor forløpet",
    nn: (p) =>
      p.problem === "order"
        ? "ICD-10-intervallet sluttar før det byrjar"
        : "ICD-10-intervallet dekkjer godarta svulstar (D10–D36), som er utanfor forløpet",
  },
  diagnosis_out_of_scope: {
    en: "the diagnosis is outside the profile's ICD-10 scope (D37–D48 only where the profile includes them); the conversation is recorded, check the diagnosis or the profile",
    nb: "diagnosen er utenfor profilens ICD-10-omfang; samtalen er registrert, kontroller diagnosen eller profilen",
    nn: "diagnosen er utanfor ICD-10-omfanget til profilen; samtalen er registrert, kontroller diagnosen eller profilen",
  },
  raised_topic_not_covered: {
    en: "the patient asked before the visit to talk about this topic, but the conversation records nothing for it; the conversation is recorded, check with the patient whether the topic was covered",
    nb: "pasienten ba før samtalen om å snakke om dette temaet, men samtalen har ikke registrert noe for det; samtalen er registrert, avklar med pasienten om temaet ble tatt opp",
    nn: "pasienten bad før samtalen om å snakke om dette temaet, men samtalen har ikkje registrert noko for det; samtalen er registrert, avklar med pasienten om temaet vart teke opp",
  },
  template_required: {
    en: "the DIPS document template needs the id of the template it prints through; name it in a sender-system rule (the default cannot send it)",
    nb: "DIPS-dokumentmalen må oppgi hvilken mal teksten skrives gjennom; oppgi den i en regel for avsendersystemet (standardvalget kan ikke sende den)",
    nn: "DIPS-dokumentmalen må oppgi kva mal teksten vert skriven gjennom; oppgi han i ein regel for avsendarsystemet (standardvalet kan ikkje sende han)",
  },
  duplicate_pilot: {
    en: "repeats a pilot id used earlier in the list; keep one pilot per id",
    nb: "samme pilot-id er brukt to ganger",
    nn: "same pilot-id er brukt to gonger",
  },
  pilot_dates: {
    en: "the pilot ends before it starts: to must not come before from",
    nb: "piloten slutter før den begynner",
    nn: "piloten sluttar før han byrjar",
  },
  district_municipality: {
    en: "the city district's SSB number must start with its municipality's number (e.g. 030112 in 0301)",
    nb: "bydelsnummeret må begynne med kommunenummeret (for eksempel 030112 i 0301)",
    nn: "bydelsnummeret må byrje med kommunenummeret (til dømes 030112 i 0301)",
  },
  not_deceased: {
    en: "records the check of bereaved children, but no death is recorded; it is ignored",
    nb: "registrerer oppfølging av etterlatte barn, men ingen dødsfall er registrert",
    nn: "registrerer oppfølging av etterlatne barn, men ingen dødsfall er registrert",
  },
  missing_interaction_point: {
    en: (p) =>
      `has no rule for interaction point ${p.interactionPoint}; a profile needs one rule for each of 1, 2 and 3`,
    nb: (p) =>
      `mangler regel for samhandlingspunkt ${p.interactionPoint}; profilen må ha én regel for hvert av punktene 1, 2 og 3`,
    nn: (p) =>
      `manglar regel for samhandlingspunkt ${p.interactionPoint}; profilen må ha éin regel for kvart av punkta 1, 2 og 3`,
  },
  duplicate_interaction_point: {
    en: (p) => `repeats interaction point ${p.interactionPoint}; keep one rule per point`,
    nb: (p) => `samhandlingspunkt ${p.interactionPoint} er oppgitt mer enn én gang`,
    nn: (p) => `samhandlingspunkt ${p.interactionPoint} er oppgitt meir enn éin gong`,
  },
  missing_window: {
    en: (p) =>
      `interaction point ${p.interactionPoint} needs a time window (months from the anchor date), e.g. 3–4 for point 2`,
    nb: (p) => `samhandlingspunkt ${p.interactionPoint} må ha et tidsvindu (måneder fra ankerdatoen)`,
    nn: (p) => `samhandlingspunkt ${p.interactionPoint} må ha eit tidsvindauge (månader frå ankerdatoen)`,
  },
  window_order: {
    en: "window must not close before it opens: toMonths must be at least fromMonths",
    nb: "tidsvinduet kan ikke slutte før det begynner",
    nn: "tidsvindauget kan ikkje slutte før det byrjar",
  },
  window_sequence: {
    en: (p) =>
      `window of interaction point ${p.interactionPoint} must not open before the window of the point before it`,
    nb: (p) => `tidsvinduet for samhandlingspunkt ${p.interactionPoint} kan ikke begynne før vinduet til punktet før`,
    nn: (p) =>
      `tidsvindauget for samhandlingspunkt ${p.interactionPoint} kan ikkje byrje før vindauget til punktet før`,
  },
  duplicate_sender_system: {
    en: "names the same sender system twice; keep one message kind per system",
    nb: "samme avsendersystem er oppgitt to ganger",
    nn: "same avsendarsystem er oppgitt to gonger",
  },
  no_message_kind: {
    en: "names no message kind: add a default or at least one sender system",
    nb: "mangler meldingstype: legg til en standard eller minst ett avsendersystem",
    nn: "manglar meldingstype: legg til ein standard eller minst eitt avsendarsystem",
  },
  conflicting_duplicate: {
    en: "two events share this id but differ in content; the first by time (then content) is kept",
    nb: "to hendelser har samme id, men ulikt innhold",
    nn: "to hendingar har same id, men ulikt innhald",
  },
  event_before_inclusion: {
    en: (p) => `"${p.type}" comes before the patient was included; record an "included" event first`,
    nb: "hendelsen kommer før pasienten er inkludert i forløpet",
    nn: "hendinga kjem før pasienten er inkludert i forløpet",
  },
  already_included: {
    en: "the patient is already included; a second inclusion is ignored (use a relapse event for a new episode)",
    nb: "pasienten er allerede inkludert",
    nn: "pasienten er allereie inkludert",
  },
  event_after_end: {
    en: (p) => `"${p.type}" comes after the pathway ended (${p.endedBy}); it is ignored`,
    nb: "hendelsen kommer etter at forløpet er avsluttet",
    nn: "hendinga kjem etter at forløpet er avslutta",
  },
  point_out_of_order: {
    en: (p) =>
      `interaction point ${p.interactionPoint} cannot be completed before point ${p.requires} is completed; it is ignored`,
    nb: (p) => `samhandlingspunkt ${p.interactionPoint} kan ikke gjennomføres før punkt ${p.requires}`,
    nn: (p) => `samhandlingspunkt ${p.interactionPoint} kan ikkje gjennomførast før punkt ${p.requires}`,
  },
  point_already_completed: {
    en: (p) => `interaction point ${p.interactionPoint} is already completed in this episode; the event is ignored`,
    nb: (p) => `samhandlingspunkt ${p.interactionPoint} er allerede gjennomført`,
    nn: (p) => `samhandlingspunkt ${p.interactionPoint} er allereie gjennomført`,
  },
  assessment_not_completed: {
    en: (p) =>
      `a "completed" event must carry an assessment with outcome "completed", got "${p.outcome}"; ` +
      'record a "declined" event instead',
    nb: "kartleggingen i hendelsen er ikke gjennomført",
    nn: "kartlegginga i hendinga er ikkje gjennomført",
  },
  anchor_fallback: {
    en: (p) =>
      `the profile anchors windows on "${p.anchor}", which the inclusion does not give; the diagnosis date is used`,
    nb: "ankerdatoen profilen ber om mangler; diagnosedatoen brukes",
    nn: "ankerdatoen profilen ber om manglar; diagnosedatoen vert brukt",
  },
});

/**
 * Makes a pathway issue with its English developer message.
 * @internal
 */
export const pathwayIssue: IssueMaker<PathwayIssueParams>["issue"] = (code, path, ...params) =>
  PATHWAY_ISSUES.issue(code, path, ...params);

/**
 * End-user text for a pathway issue in nb, nn or en.
 * @deprecated Use `formatIssue` from `@pakkeforlop-hjem/model`, which formats the issues of every package; removed
 * in 1.0.
 * @example
 * ```ts
 * const { issues } = replay(events, NATIONAL_PROFILE);
 * const texts = issues.map((i) => formatPathwayIssue(i, "nb"));
 * ```
 */
export function formatPathwayIssue(issue: PathwayIssue, lang: Lang = "nb"): string {
  return formatIssue(issue, lang);
}
