/**
 * Regional profiles: the parts of the pathway the national guideline leaves to regions, as validated data
 * (DOMAIN.md §1 "configurable"). A profile says where each interaction point happens, its time window, the
 * municipality's single point of entry, which message kind each sender system sends, whether the GP gets a copy,
 * how patient letters go, what happens on a hospital transfer and whether a relapse restarts the points.
 */
import {
  FORMAT_PATTERNS,
  type SafeResult,
  SdkError,
  SHARABLE_PARTS,
  type SharablePart,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import { type Icd10Range, icd10RangeProblem } from "./icd10.ts";
import { type ObjectShape, type Shape, s, shapeIssues } from "./internal/shape.ts";
import { type PathwayIssue, pathwayIssue } from "./issues.ts";

/** Where an interaction point is held (DOMAIN.md §1 table). */
export type PointSetting = "hospital" | "municipality";

/** The date the SP windows are counted from (DOMAIN.md §1: the diagnosis date by default; configurable). */
export type WindowAnchor = "diagnosis" | "informed" | "inclusion";

/**
 * The municipality's single point of entry ("én vei inn", DOMAIN.md §1 and §4). Municipalities name it
 * differently; the profile says which one receives the SP1 result.
 */
export type EntryPointService =
  | "saksbehandlertjeneste"
  | "tjenestekontor"
  | "tildelingskontor"
  | "koordinerende-enhet"
  | "kreftkoordinator";

/**
 * The kind of message a sender produces (DOMAIN.md §5): a Helsefaglig dialog (Dialogmelding 1.1 in MsgHead 1.2,
 * Helseplattformen), a letter in epikrise format (Epikrise 1.2, DocuLive), or the regional DIPS document template
 * sent as an EDI document (Ahus region).
 */
export type MessageKind = "helsefaglig-dialog" | "epikrise" | "dips-edi-template";

/**
 * How letters to the patient go (DOMAIN.md §1 "patients who are not digital", §5 Helsenorge): not at all, through
 * Helsenorge for digital patients and on paper for the others, or always on paper.
 */
export type PatientLetterPolicy = "none" | "helsenorge-or-paper" | "paper";

/**
 * A printed document the region sends along with the patient letter, which the letter names in its "Vedlegg" line
 * (DOMAIN.md §5 "Paper beside the EHR": Helsedirektoratet's patient brochure is sent along on paper; issue 17).
 * @example
 * ```ts
 * const brochure: LetterEnclosure = { title: "Pakkeforløp hjem for pasienter med kreft", publisher: "Helsedirektoratet" };
 * ```
 */
export interface LetterEnclosure {
  /** The document's title as published. */
  readonly title: string;
  /** Who publishes it, e.g. `Helsedirektoratet`. */
  readonly publisher?: string;
  /** `paper` (default): only with letters on paper; `all`: with every letter, Helsenorge too. */
  readonly with?: "paper" | "all";
}

/**
 * Who does SP1 when the patient moves between hospitals before it (DOMAIN.md §1): the hospitals agree case by
 * case (national text), or the hospital that starts treatment does it (Ahus region).
 */
export type Sp1TransferRule = "hospitals-agree" | "treating-hospital";

/** What a relapse does (DOMAIN.md §1 "side exits": whether it restarts the points is configurable). */
export type RelapseRule = "restart" | "continue";

/** A time window in whole calendar months after the anchor date, both ends inclusive. */
export interface MonthWindow {
  readonly fromMonths: number;
  readonly toMonths: number;
}

/** The rule for one interaction point. */
export interface PointRule {
  readonly interactionPoint: 1 | 2 | 3;
  readonly setting: PointSetting;
  /** Required for points 2 and 3; optional for point 1 (which the guideline ties to the start of treatment). */
  readonly window?: MonthWindow;
  /** Who conducts the conversation, in words (e.g. "kreftkoordinator"); for display only. */
  readonly conductedBy?: readonly string[];
}

/**
 * Which message kind a sender system sends, and through which document template (issue 16 point 1; DOMAIN.md §5).
 * @example
 * ```ts
 * const dips: SenderSystemRule = { system: "dips", messageKind: "dips-edi-template", template: "ahus-dips-regional" };
 * ```
 */
export interface SenderSystemRule {
  /** A token naming the EHR, e.g. `helseplattformen`, `doculive`, `dips`. */
  readonly system: string;
  readonly messageKind: MessageKind;
  /**
   * The id of the document template the sender's text is printed through (the epikrise package's
   * `BUILT_IN_TEMPLATES`, or a region's own). Required for `dips-edi-template`: the template's text goes in an
   * Epikrise 1.2 (`buildTemplateEpikrise` in the edi package), which is how DIPS sends documents.
   */
  readonly template?: string;
}

/** Where a profile's rules come from. */
export interface ProfileSource {
  readonly title: string;
  /** Section or page, e.g. "DOMAIN.md §5". */
  readonly section?: string;
  readonly url?: string;
}

/**
 * A regional profile (DOMAIN.md §1: what the guideline leaves to regions is data, not code).
 * @example
 * ```ts
 * const profile: Profile = { ...NATIONAL_PROFILE, id: "my-region", entryPoint: "tjenestekontor" };
 * ```
 */
export interface Profile {
  /** Stable token, e.g. `national`. */
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly description?: string;
  readonly sources: readonly ProfileSource[];
  readonly anchor: WindowAnchor;
  /** One rule for each of the interaction points 1, 2 and 3. */
  readonly interactionPoints: readonly PointRule[];
  readonly sp1OnTransfer: Sp1TransferRule;
  /** The municipality's single point of entry for the SP1 result. */
  readonly entryPoint: EntryPointService;
  /** Whether the fastlege gets a copy of the SP1 result (DOMAIN.md §1: on in the national text). */
  readonly gpCopy: boolean;
  readonly messages: {
    readonly bySenderSystem: readonly SenderSystemRule[];
    /** Used when the sender system is not listed (or not given). */
    readonly default?: MessageKind;
  };
  readonly patientLetter: PatientLetterPolicy;
  /** What the region sends along with the patient letter (absent: nothing); the letter lists them (issue 17). */
  readonly letterEnclosures?: readonly LetterEnclosure[];
  readonly relapse: RelapseRule;
  /**
   * Data minimisation (issue 9; DOMAIN.md §5 "share with those who need it"): the parts of an assessment each
   * recipient kind needs. Rendering for a delivery renders no more than that unless the caller includes more
   * explicitly (`include` in the epikrise renderers). An absent recipient kind needs everything: the national
   * guideline sends the whole result, so the built-in profiles leave this out.
   */
  readonly recipientNeeds?: RecipientNeeds;
  /**
   * Who the profile serves (DOMAIN.md §5 "Pilots"; issue 16). Absent: the national scope, every patient with a new
   * cancer diagnosis (ICD-10 C00–C97, D00–D09).
   */
  readonly scope?: ProfileScope;
  /**
   * The pre-visit answer (issue 16; DOMAIN.md §5 Helsenorge): when "no needs now, maybe later" defers an offer, it is
   * offered again `reofferAfterMonths` calendar months after the answer. Absent: the re-offer is unscheduled (the SDK
   * never invents a date).
   */
  readonly preVisit?: { readonly reofferAfterMonths: number };
}

/**
 * A place a pilot covers: a municipality by its SSB number (4 digits, e.g. `3212` Nesodden), optionally narrowed to a
 * city district by its SSB number (6 digits, e.g. `030112` Oslo bydel Alna). `name` is for display only.
 * @example
 * ```ts
 * const alna: PilotPlace = { municipality: "0301", district: "030112", name: "Oslo, bydel Alna" };
 * ```
 */
export interface PilotPlace {
  readonly municipality: string;
  readonly district?: string;
  readonly name: string;
}

/**
 * One pilot of a region: the cancer groups (ICD-10 ranges), the places (absent: every place), the hospitals
 * (tokens the region uses, absent: every hospital) and the dates it ran (ISO dates, both ends inclusive; absent:
 * open). A patient is under the pilot when every given condition holds.
 * @example
 * ```ts
 * const pilot: Pilot = { id: "lung", name: "Lungekreft", icd10: [{ from: "C34", to: "C34" }], places: [] };
 * ```
 */
export interface Pilot {
  /** Stable token, e.g. `ahus-pilot-1`. */
  readonly id: string;
  readonly name: string;
  readonly icd10: readonly Icd10Range[];
  readonly places?: readonly PilotPlace[];
  readonly hospitals?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  /** Where the pilot is described. */
  readonly source?: string;
}

/**
 * The scope of a profile (DOMAIN.md §5): the ICD-10 ranges it serves.
 * @example
 * ```ts
 * const scope: ProfileScope = { icd10: [...NATIONAL_ICD10_SCOPE, UNCERTAIN_BEHAVIOUR_ICD10] };
 * ```
 */
export interface ProfileScope {
  /**
   * ICD-10 ranges in scope. Absent: `NATIONAL_ICD10_SCOPE` (C00–C97, D00–D09). Add D37–D48 where the region includes
   * neoplasms of uncertain behaviour. No range may cover the benign D10–D36.
   */
  readonly icd10?: readonly Icd10Range[];
  /** The region's pilots, in order: the first that takes a patient names the patient's pilot (see `inScope`). */
  readonly pilots?: readonly Pilot[];
  /** `true` when the profile serves its pilots only; otherwise a patient no pilot takes is in the national scope. */
  readonly pilotsOnly?: boolean;
}

/**
 * The parts each recipient kind needs (issue 9). `topics` covers every topic; `free-text` every free-text field.
 * @example
 * ```ts
 * const needs: RecipientNeeds = { gp: ["distress-score", "topics", "measures", "contact-point"] };
 * ```
 */
export interface RecipientNeeds {
  readonly municipality?: readonly SharablePart[];
  readonly gp?: readonly SharablePart[];
  readonly patient?: readonly SharablePart[];
}

const MESSAGE_KINDS = ["helsefaglig-dialog", "epikrise", "dips-edi-template"] as const;

/**
 * Enumerations of the profile, in order, for forms and tests.
 * @example
 * ```ts
 * PROFILE_ENUMS.entryPoints.includes("tjenestekontor"); // true
 * ```
 */
export const PROFILE_ENUMS: {
  readonly settings: readonly PointSetting[];
  readonly anchors: readonly WindowAnchor[];
  readonly entryPoints: readonly EntryPointService[];
  readonly messageKinds: readonly MessageKind[];
  readonly patientLetters: readonly PatientLetterPolicy[];
  readonly sp1OnTransfer: readonly Sp1TransferRule[];
  readonly relapse: readonly RelapseRule[];
} = {
  settings: ["hospital", "municipality"],
  anchors: ["diagnosis", "informed", "inclusion"],
  entryPoints: [
    "saksbehandlertjeneste",
    "tjenestekontor",
    "tildelingskontor",
    "koordinerende-enhet",
    "kreftkoordinator",
  ],
  messageKinds: MESSAGE_KINDS,
  patientLetters: ["none", "helsenorge-or-paper", "paper"],
  sp1OnTransfer: ["hospitals-agree", "treating-hospital"],
  relapse: ["restart", "continue"],
};

/** An ICD-10 code of the cancer chapters (C00–C97, D00–D09, D37–D48), a category or a subdivision. */
const ICD10_CODE = /^(C[0-8][0-9]|C9[0-7]|D0[0-9]|D3[7-9]|D4[0-8])(\.[0-9]{1,2})?$/;

let shape: ObjectShape | undefined;

/**
 * The structure of a profile, as data (issue 19): the main entry checks it without zod, the `/zod` entry makes the
 * zod schema (and the JSON Schema) from it. Made on first use, so a bundle that validates no profile drops it.
 * @internal
 */
export function profileShape(): ObjectShape {
  shape ??= buildShape();
  return shape;
}

function buildShape(): ObjectShape {
  const token = s.string({ pattern: FORMAT_PATTERNS.token });
  const line = s.string({ min: 1, max: 500, pattern: FORMAT_PATTERNS.line });
  const month = s.int(0, 120);
  const icd10Category = s.string({ pattern: ICD10_CODE });
  const icd10Range = s.object({ from: icd10Category, to: icd10Category });
  const parts = s.array(s.enum(SHARABLE_PARTS.codes), { max: 50 });
  return s.object({
    id: token,
    version: s.string({ pattern: FORMAT_PATTERNS.version }),
    name: line,
    description: s.optional(s.string({ min: 1, max: 10_000, pattern: FORMAT_PATTERNS.text })),
    sources: s.array(
      s.object({ title: line, section: s.optional(line), url: s.optional(s.string({ format: "url" })) }),
    ),
    anchor: s.enum(PROFILE_ENUMS.anchors),
    interactionPoints: s.array(
      s.object({
        interactionPoint: s.literals(1, 2, 3),
        setting: s.enum(PROFILE_ENUMS.settings),
        window: s.optional(s.object({ fromMonths: month, toMonths: month })),
        conductedBy: s.optional(s.array(line, { max: 20 })),
      }),
      { max: 3 },
    ),
    sp1OnTransfer: s.enum(PROFILE_ENUMS.sp1OnTransfer),
    entryPoint: s.enum(PROFILE_ENUMS.entryPoints),
    gpCopy: s.boolean(),
    messages: s.object({
      bySenderSystem: s.array(
        s.object({ system: token, messageKind: s.enum(MESSAGE_KINDS), template: s.optional(token) }),
      ),
      default: s.optional(s.enum(MESSAGE_KINDS)),
    }),
    patientLetter: s.enum(PROFILE_ENUMS.patientLetters),
    letterEnclosures: s.optional(
      s.array(s.object({ title: line, publisher: s.optional(line), with: s.optional(s.enum(["paper", "all"])) }), {
        max: 10,
      }),
    ),
    relapse: s.enum(PROFILE_ENUMS.relapse),
    recipientNeeds: s.optional(
      s.object({ municipality: s.optional(parts), gp: s.optional(parts), patient: s.optional(parts) }),
    ),
    scope: s.optional(
      s.object({
        icd10: s.optional(s.array(icd10Range, { min: 1, max: 50 })),
        pilots: s.optional(s.array(pilotShape(token, line, icd10Range), { max: 50 })),
        pilotsOnly: s.optional(s.boolean()),
      }),
    ),
    preVisit: s.optional(s.object({ reofferAfterMonths: s.int(1, 24) })),
  });
}

function pilotShape(token: Shape, line: Shape, icd10Range: Shape): ObjectShape {
  return s.object({
    id: token,
    name: line,
    icd10: s.array(icd10Range, { min: 1, max: 50 }),
    places: s.optional(
      s.array(
        s.object({
          // SSB: municipality numbers have 4 digits, city-district numbers 6 (KLASS 131 and 103).
          municipality: s.string({ pattern: /^[0-9]{4}$/ }),
          district: s.optional(s.string({ pattern: /^[0-9]{6}$/ })),
          name: line,
        }),
        { min: 1, max: 500 },
      ),
    ),
    hospitals: s.optional(s.array(token, { min: 1, max: 50 })),
    from: s.optional(s.string({ format: "date" })),
    to: s.optional(s.string({ format: "date" })),
    source: s.optional(line),
  });
}

/**
 * Cross-field rules of a profile: one rule per interaction point, windows for points 2 and 3 in order, one message
 * kind per sender system and at least one message kind (DOMAIN.md §1, §5).
 * @internal
 */
export function profileRuleIssues(profile: Profile): PathwayIssue[] {
  const out: PathwayIssue[] = [];
  const seen = new Map<number, PointRule>();
  profile.interactionPoints.forEach((rule, i) => {
    if (seen.has(rule.interactionPoint)) {
      out.push(
        pathwayIssue("duplicate_interaction_point", ["interactionPoints", i], {
          interactionPoint: rule.interactionPoint,
        }),
      );
    } else {
      seen.set(rule.interactionPoint, rule);
    }
    // DOMAIN.md §1: SP2 and SP3 are windows counted from the anchor date.
    if (rule.window === undefined && rule.interactionPoint !== 1) {
      out.push(pathwayIssue("missing_window", ["interactionPoints", i], { interactionPoint: rule.interactionPoint }));
    }
    if (rule.window !== undefined && rule.window.toMonths < rule.window.fromMonths) {
      out.push(pathwayIssue("window_order", ["interactionPoints", i, "window", "toMonths"], {}));
    }
  });
  for (const ip of [1, 2, 3] as const) {
    if (!seen.has(ip)) {
      out.push(pathwayIssue("missing_interaction_point", ["interactionPoints"], { interactionPoint: ip }));
    }
  }
  // DOMAIN.md §1: the points come in order; a later window may not open before an earlier one.
  let previous: number | undefined;
  for (const ip of [1, 2, 3] as const) {
    const from = seen.get(ip)?.window?.fromMonths;
    if (from === undefined) {
      continue;
    }
    if (previous !== undefined && from < previous) {
      const index = profile.interactionPoints.findIndex((r) => r.interactionPoint === ip);
      out.push(
        pathwayIssue("window_sequence", ["interactionPoints", index, "window", "fromMonths"], { interactionPoint: ip }),
      );
    }
    previous = from;
  }
  const systems = new Set<string>();
  profile.messages.bySenderSystem.forEach((rule, i) => {
    const key = rule.system.toLowerCase();
    if (systems.has(key)) {
      out.push(pathwayIssue("duplicate_sender_system", ["messages", "bySenderSystem", i, "system"], {}));
    }
    systems.add(key);
    // Issue 16 point 1: a profile never routes to something the SDK cannot send; the DIPS template needs its template.
    if (rule.messageKind === "dips-edi-template" && rule.template === undefined) {
      out.push(pathwayIssue("template_required", ["messages", "bySenderSystem", i, "template"], {}));
    }
  });
  if (profile.messages.default === "dips-edi-template") {
    out.push(pathwayIssue("template_required", ["messages", "default"], {}));
  }
  if (profile.messages.default === undefined && profile.messages.bySenderSystem.length === 0) {
    out.push(pathwayIssue("no_message_kind", ["messages"], {}));
  }
  out.push(...scopeRuleIssues(profile));
  return out;
}

/**
 * DOMAIN.md §5 (Pilots): ICD-10 ranges run forwards and never cover benign tumours (D10–D36); pilot ids are unique;
 * a pilot's dates are in order; a district belongs to its municipality (SSB: the district number starts with it).
 */
function scopeRuleIssues(profile: Profile): PathwayIssue[] {
  const out: PathwayIssue[] = [];
  const ranges = (list: readonly Icd10Range[] | undefined, path: (string | number)[]) =>
    list?.forEach((range, i) => {
      const problem = icd10RangeProblem(range);
      if (problem !== undefined) {
        out.push(pathwayIssue("icd10_range", [...path, i], { problem }));
      }
    });
  ranges(profile.scope?.icd10, ["scope", "icd10"]);
  const ids = new Set<string>();
  profile.scope?.pilots?.forEach((pilot, i) => {
    const at = ["scope", "pilots", i];
    if (ids.has(pilot.id)) {
      out.push(pathwayIssue("duplicate_pilot", [...at, "id"], {}));
    }
    ids.add(pilot.id);
    ranges(pilot.icd10, [...at, "icd10"]);
    if (pilot.from !== undefined && pilot.to !== undefined && pilot.to < pilot.from) {
      out.push(pathwayIssue("pilot_dates", [...at, "to"], {}));
    }
    pilot.places?.forEach((place, j) => {
      if (place.district !== undefined && !place.district.startsWith(place.municipality)) {
        out.push(pathwayIssue("district_municipality", [...at, "places", j, "district"], {}));
      }
    });
  });
  return out;
}

/**
 * Every issue of a profile: structural ones first, then the cross-field rules (which run only on a structurally
 * valid profile). An empty array means the profile is usable.
 * @example
 * ```ts
 * profileIssues({ ...NATIONAL_PROFILE, interactionPoints: [] }).map((i) => i.code);
 * // ["missing_interaction_point", "missing_interaction_point", "missing_interaction_point"]
 * ```
 */
export function profileIssues(input: unknown): PathwayIssue[] {
  const issues = shapeIssues(profileShape(), input);
  return issues.length > 0 ? issues : profileRuleIssues(input as Profile);
}

/**
 * Validates an unknown value as a {@link Profile} and returns a result instead of throwing. On success `data` is
 * the input itself, typed.
 * @example
 * ```ts
 * const result = safeParseProfile(JSON.parse(text));
 * if (!result.success) for (const i of result.error.issues) console.log(formatPathwayIssue(i, "nb"));
 * ```
 */
export function safeParseProfile(input: unknown): SafeResult<Profile, PathwayIssue> {
  const issues = profileIssues(input);
  return issues.length === 0
    ? { success: true, data: input as Profile }
    : { success: false, error: new ValidationError(issues) };
}

/**
 * Validates an unknown value as a {@link Profile}, or throws.
 * @throws `ValidationError` (from the model) with every issue when the value is not a usable profile.
 * @example
 * ```ts
 * const profile = parseProfile(JSON.parse(text));
 * ```
 */
export function parseProfile(input: unknown): Profile {
  const result = safeParseProfile(input);
  if (!result.success) {
    throw result.error;
  }
  return result.data;
}

/**
 * Defines your own regional profile in code, typed and checked at once; start from a built-in one and change what
 * your region agreed.
 * @throws `ValidationError` (from the model) when the profile is incomplete or contradicts itself (a programming error).
 * @example
 * ```ts
 * const bodo = defineProfile({
 *   ...NATIONAL_PROFILE,
 *   id: "bodo",
 *   name: "Bodø kommune",
 *   entryPoint: "koordinerende-enhet",
 *   sources: [{ title: "Felles prosedyre RKK Salten", url: "https://www.digipro-web.no/" }],
 * });
 * ```
 */
export function defineProfile(profile: Profile): Profile {
  return parseProfile(profile);
}

/**
 * The rule for one interaction point of a valid profile.
 * @throws `SdkError` (from the model) `invalid_argument` when the profile has no rule for the point (validate it first).
 * @example
 * ```ts
 * pointRule(NATIONAL_PROFILE, 2).window; // { fromMonths: 3, toMonths: 4 }
 * ```
 */
export function pointRule(profile: Profile, interactionPoint: 1 | 2 | 3): PointRule {
  const rule = profile.interactionPoints.find((r) => r.interactionPoint === interactionPoint);
  if (rule === undefined) {
    throw new SdkError(
      "invalid_argument",
      `profile "${profile.id}" has no rule for interaction point ${interactionPoint}; validate it with safeParseProfile`,
    );
  }
  return rule;
}
