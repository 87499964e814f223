/**
 * The canonical assessment model, v1 (ARCHITECTURE.md "The canonical model"; DOMAIN.md §1–§3). The interfaces are
 * the documentation; the structural zod schema is the source of truth for validation and JSON Schema, and a
 * compile-time check at the end of this file proves the two describe the same shape. The cross-field rules live in
 * `rules.ts`; `assessment-schema.ts` joins the two into the public zod schema.
 *
 * Only the `@pakkeforlop-hjem/model/zod` entry and `pnpm gen` load this file at run time; everything else imports
 * its types only (a test proves the main and `/validator` entries reach no zod).
 */
import * as z from "zod";
import {
  AMENDMENT_KINDS,
  type AmendmentKind,
  CONSENT_VALUES,
  CONVERSATION_MODES,
  type ConsentValue,
  type ConversationMode,
  DECLINE_REASONS,
  type DeclineReason,
  MEASURE_STATUSES,
  type MeasureStatus,
  MINOR_RELATIONS,
  type MinorRelation,
  NEXT_STEP_ACTIONS,
  type NextStepAction,
  ORGANISATION_KINDS,
  type OrganisationKind,
  PARTICIPANT_KINDS,
  type ParticipantKind,
  PROFESSIONS,
  type ProfessionCode,
  REDACTION_REASONS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  type RedactionReason,
  type RespondentKind,
  type ResponsiblePartyKind,
  ROLES,
  type RoleCode,
  SCORE_PERIODS,
  type ScorePeriod,
  SHARABLE_PARTS,
  type SharablePart,
  TOPIC_STATUSES,
  TOPICS,
  type TopicKey,
  type TopicStatus,
  YES_NO,
  type YesNo,
} from "./code-lists.ts";
import { LIMITS, SCHEMA_VERSION } from "./constants.ts";
import { createFormats, FORMAT_PATTERNS } from "./formats.ts";
import { IDENTIFIER_SYSTEMS, type IdentifierOptions } from "./identifiers.ts";

export { LIMITS, SCHEMA_VERSION };

// ---------------------------------------------------------------------------------------------------------------
// Types (the documentation)
// ---------------------------------------------------------------------------------------------------------------

/** A person identifier accepted for a patient: FNR, D-nummer, FH-nummer or DUF (DOMAIN.md §6; AppRec E36). */
export type PatientIdentifier =
  | { readonly system: typeof IDENTIFIER_SYSTEMS.fnr; readonly value: string }
  | { readonly system: typeof IDENTIFIER_SYSTEMS.dnr; readonly value: string }
  | { readonly system: typeof IDENTIFIER_SYSTEMS.fhn; readonly value: string }
  | { readonly system: typeof IDENTIFIER_SYSTEMS.duf; readonly value: string };

/** Outcome of the offered conversation. A declined one needs a reason and may carry a re-offer date (DOMAIN.md §1). */
export type Outcome =
  | { readonly status: "completed" }
  | {
      readonly status: "declined";
      readonly reason: DeclineReason;
      /** Free text beside the coded reason. */
      readonly reasonText?: string;
      /** When to offer the conversation again. */
      readonly reofferOn?: string;
    }
  | {
      readonly status: "not-reached";
      /** How many attempts were made. */
      readonly attempts?: number;
      readonly reofferOn?: string;
    };

/** A person's name. */
export interface PersonName {
  readonly given: string;
  readonly family: string;
}

/** The patient (DOMAIN.md §1: children too; patients who are not digital get paper). */
export interface Patient {
  readonly identifier: PatientIdentifier;
  readonly name: PersonName;
  /** ISO date; must agree with the birth date inside an FNR or D-nummer. */
  readonly birthDate: string;
  /** Preferred language (BCP 47, e.g. `nb`, `se`, `ar`). */
  readonly language: string;
  readonly interpreterNeeded: boolean;
  /** Uses digital services (Helsenorge); `false` means letters on paper. */
  readonly digital: boolean;
  /** Child (under 18 at the conversation) or adult; must agree with the birth date. */
  readonly ageGroup: "adult" | "child";
}

/** Someone who took part in the conversation. */
export interface Participant {
  readonly kind: ParticipantKind;
  /** Relation to the patient in words (e.g. "ektefelle"). */
  readonly relation?: string;
  readonly name?: string;
}

/** The professional who held the conversation. */
export interface Professional {
  readonly name: string;
  readonly profession: ProfessionCode;
  readonly role?: RoleCode;
  readonly hpr?: { readonly system: typeof IDENTIFIER_SYSTEMS.hpr; readonly value: string };
  readonly phone?: string;
}

/** The organisation where the conversation took place. */
export interface Organisation {
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly herId?: { readonly system: typeof IDENTIFIER_SYSTEMS.her; readonly value: string };
  readonly orgnr?: { readonly system: typeof IDENTIFIER_SYSTEMS.orgnr; readonly value: string };
  /** Department or unit. */
  readonly unit?: string;
}

/** The cancer diagnosis; its date anchors the SP2/SP3 windows (DOMAIN.md §1). */
export interface Diagnosis {
  /** ICD-10 code, C00–D48. */
  readonly code: string;
  readonly text: string;
  readonly diagnosedOn: string;
}

/** One answered item of a problem list or symptom scale. Unanswered items are absent, never "no" (DOMAIN.md §3). */
export interface ItemAnswer {
  readonly code: string;
  /** `yes`/`no` for problem-list items, 0–10 for scale items (ESAS-r). */
  readonly value: YesNo | number;
}

/** A versioned reference to an instrument or rule. */
export interface VersionedRef {
  readonly id: string;
  readonly version: string;
}

/** The threshold rule a score was judged by: at or above `cutoff` (DOMAIN.md §3, NCCN ≥ 4 by default). */
export interface ThresholdRuleRef extends VersionedRef {
  readonly cutoff: number;
}

/**
 * Distress screening: thermometer score and problem list; filled by the instruments package (DOMAIN.md §3). The
 * problem list may be answered without a score: a patient may tick problems and decline the number (issue 16).
 */
export interface DistressScreening {
  readonly instrument: VersionedRef;
  /** 0 = no distress, 10 = extreme distress. Absent when the patient gave no number. */
  readonly score?: number;
  readonly period: ScorePeriod;
  readonly items: readonly ItemAnswer[];
  readonly otherConcerns?: string;
  readonly thresholdRule: ThresholdRuleRef;
  /** Must equal `score >= thresholdRule.cutoff`; present exactly when `score` is. */
  readonly aboveThreshold?: boolean;
  /**
   * When the patient filled in the thermometer and problem list before the visit (Helsenorge or paper; DOMAIN.md §5
   * "the patient must say which challenges he/she feels"). Present = self-reported; the completed conversation that
   * records it confirmed it with the patient. ISO date-time with zone, not after the conversation.
   */
  readonly selfReportedAt?: string;
}

/** How one topic was handled (DOMAIN.md §2). */
export interface TopicEntry {
  readonly status: TopicStatus;
  /** The clinician's note, for colleagues (often in the third person); never printed in the patient letter. */
  readonly note?: string;
  /**
   * A note written for the patient (second person, plain words; issue 17 point 3): the only topic text the patient
   * letter prints. Absent: the letter names the topic and says no more.
   */
  readonly patientNote?: string;
  /**
   * `patient`: the patient asked before the visit to talk about this topic (DOMAIN.md §5 Helsenorge, the pre-visit
   * answer; issue 16). Absent: the topic came up in the conversation.
   */
  readonly raisedBy?: "patient";
}

/** The topics; an absent key is "not answered", which renderers print as such. */
export type Topics = { readonly [K in TopicKey]?: TopicEntry };

/** A minor child or sibling (helsepersonelloven § 10a). */
export interface MinorEntry {
  readonly relation: MinorRelation;
  readonly age: number;
  readonly situation?: string;
  readonly informationGiven: boolean;
  readonly followUp?: string;
}

/** A contact person. */
export interface Contact {
  readonly name: string;
  readonly role?: string;
  readonly unit?: string;
  readonly phone?: string;
}

/** Minor children and siblings as next of kin (DOMAIN.md §1, helsepersonelloven § 10a). */
export interface ChildrenSection {
  readonly hasMinorChildrenOrSiblings: boolean;
  readonly minors: readonly MinorEntry[];
  /** Barneansvarlig personell / barnekoordinator. */
  readonly childResponsibleContact?: Contact;
  readonly note?: string;
}

/** Who carries out a measure. */
export interface ResponsibleParty {
  readonly kind: ResponsiblePartyKind;
  readonly unit?: string;
  readonly contact?: Contact;
}

/** A measure (tiltak) in the plan (DOMAIN.md §2). */
export interface Measure {
  readonly id: string;
  readonly description: string;
  readonly topic?: TopicKey;
  readonly responsible: ResponsibleParty;
  readonly dueOn?: string;
  readonly status: MeasureStatus;
}

/**
 * The patient's consent for one recipient (DOMAIN.md §1). `withhold` names parts of the assessment the patient holds
 * back from this recipient while the rest is shared (issue 9); `route` carries it into the recipient's delivery and
 * every renderer leaves those parts out.
 */
export type ConsentEntry =
  | {
      readonly recipient: "municipality" | "gp";
      readonly value: ConsentValue;
      readonly recordedAt: string;
      readonly recordedBy: string;
      /** Parts held back from this recipient (issue 9). Absent or empty: everything consented to is shared. */
      readonly withhold?: readonly SharablePart[];
    }
  | {
      readonly recipient: "other";
      /** Who the other recipient is, e.g. "NAV-kontoret". */
      readonly description: string;
      readonly value: ConsentValue;
      readonly recordedAt: string;
      readonly recordedBy: string;
      /** Parts held back from this recipient (issue 9). */
      readonly withhold?: readonly SharablePart[];
    };

/**
 * Marks a copy of an assessment from which parts were left out for one recipient (issue 9). A document with this
 * mark is never the complete assessment: a receiver must not store it as such. It says why, never what.
 */
export interface Redaction {
  readonly reasons: readonly RedactionReason[];
}

/**
 * One correction of an assessment after it was sent (issue 9): who, when, why, and which paths changed (no values).
 * A `cancellation` withdraws the assessment; the pathway then treats the point as not done.
 */
export interface Amendment {
  readonly kind: AmendmentKind;
  /** When the correction was made: ISO date-time with zone. */
  readonly at: string;
  /** Who made it (name of the professional). */
  readonly by: string;
  /** Why, in words. Free text: held back with `free-text`. */
  readonly reason: string;
  /** The changed paths in the note-data notation (`topics.nutrition.status`, `measures[0]`); empty for a cancellation. */
  readonly paths: readonly string[];
}

/** What happens next. */
export interface NextStep {
  readonly action: NextStepAction;
  readonly interactionPoint?: 1 | 2 | 3;
  readonly plannedOn?: string;
  readonly responsible?: ResponsiblePartyKind;
  readonly note?: string;
}

/**
 * One needs-assessment conversation (behovskartlegging) at one interaction point of Pakkeforløp hjem for pasienter
 * med kreft. The canonical document every package reads and writes.
 */
export interface Assessment {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly id: string;
  readonly interactionPoint: 1 | 2 | 3;
  readonly outcome: Outcome;
  /** When the conversation took place (or was offered and declined): ISO date-time with zone. */
  readonly conductedAt: string;
  readonly mode: ConversationMode;
  readonly patient: Patient;
  readonly respondent: RespondentKind;
  readonly participants: readonly Participant[];
  readonly conductedBy: Professional;
  readonly organisation: Organisation;
  readonly diagnosis: Diagnosis;
  readonly distress?: DistressScreening;
  /** "Hva er viktig for deg?" in the patient's words. */
  readonly whatMatters?: string;
  readonly topics: Topics;
  readonly children?: ChildrenSection;
  readonly measures: readonly Measure[];
  /** The patient's contact point in the municipality. */
  readonly contactPoint?: Contact;
  readonly consent: readonly ConsentEntry[];
  readonly nextStep?: NextStep;
  readonly notes?: string;
  /** The corrections after the first version, oldest first; version = `amendments.length + 1` (issue 9). */
  readonly amendments?: readonly Amendment[];
  /** Present only on a copy from which parts were left out for a recipient (issue 9). */
  readonly redaction?: Redaction;
}

// ---------------------------------------------------------------------------------------------------------------
// Schemas (the source of truth)
// ---------------------------------------------------------------------------------------------------------------

/** Options that change what the schema accepts. */
export interface SchemaOptions extends Pick<IdentifierOptions, "allowTestNumbers"> {}

/** The building blocks every part of the schema shares: text classes, dates, lists and identifiers. */
function primitives(options: SchemaOptions) {
  const formats = createFormats({ allowTestNumbers: options.allowTestNumbers === true });
  const fmt = (name: string) => z.stringFormat(name, formats[name] as (v: string) => boolean);
  const pattern = (name: keyof typeof FORMAT_PATTERNS) => z.stringFormat(name, FORMAT_PATTERNS[name]);
  return {
    fmt,
    pattern,
    name: pattern("line").min(1).max(LIMITS.name),
    shortText: pattern("line").min(1).max(LIMITS.shortText),
    longText: pattern("text").min(1).max(LIMITS.longText),
    date: fmt("date"),
    dateTime: fmt("date-time"),
    list: <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems),
    ident: <const S extends string>(system: S, format: string) =>
      z.strictObject({ system: z.literal(system), value: fmt(format) }),
  };
}

type Primitives = ReturnType<typeof primitives>;

/** The people and places of a conversation: patient, professional, organisation and contact persons. */
function peopleSchemas({ pattern, name, shortText, date, ident }: Primitives) {
  const patientIdentifier = z.discriminatedUnion("system", [
    ident(IDENTIFIER_SYSTEMS.fnr, "no-fnr"),
    ident(IDENTIFIER_SYSTEMS.dnr, "no-dnr"),
    ident(IDENTIFIER_SYSTEMS.fhn, "no-fhn"),
    ident(IDENTIFIER_SYSTEMS.duf, "no-duf"),
  ]);

  const contact = z.strictObject({
    name,
    role: shortText.optional(),
    unit: shortText.optional(),
    phone: pattern("phone").optional(),
  });

  const patient = z.strictObject({
    identifier: patientIdentifier,
    name: z.strictObject({ given: name, family: name }),
    birthDate: date,
    language: pattern("lang"),
    interpreterNeeded: z.boolean(),
    digital: z.boolean(),
    ageGroup: z.enum(["adult", "child"]),
  });

  const professional = z.strictObject({
    name,
    profession: z.enum(PROFESSIONS.codes),
    role: z.enum(ROLES.codes).optional(),
    hpr: ident(IDENTIFIER_SYSTEMS.hpr, "no-hpr").optional(),
    phone: pattern("phone").optional(),
  });

  const organisation = z.strictObject({
    name,
    kind: z.enum(ORGANISATION_KINDS.codes),
    herId: ident(IDENTIFIER_SYSTEMS.her, "no-her-id").optional(),
    orgnr: ident(IDENTIFIER_SYSTEMS.orgnr, "no-orgnr").optional(),
    unit: shortText.optional(),
  });

  return { patientIdentifier, contact, patient, professional, organisation };
}

/** What the conversation found: its outcome, the distress screening, the topics and the § 10a children. */
function findingsSchemas({ pattern, shortText, longText, date, dateTime, list }: Primitives, contact: ContactSchema) {
  const outcome = z.discriminatedUnion("status", [
    z.strictObject({ status: z.literal("completed") }),
    z.strictObject({
      status: z.literal("declined"),
      reason: z.enum(DECLINE_REASONS.codes),
      reasonText: shortText.optional(),
      reofferOn: date.optional(),
    }),
    z.strictObject({
      status: z.literal("not-reached"),
      attempts: z.int().min(1).max(100).optional(),
      reofferOn: date.optional(),
    }),
  ]);

  const versionedRef = z.strictObject({ id: pattern("token"), version: pattern("version") });
  const score = z.int().min(0).max(10);

  const distress = z.strictObject({
    instrument: versionedRef,
    score: score.optional(),
    period: z.enum(SCORE_PERIODS.codes),
    items: list(z.strictObject({ code: pattern("token"), value: z.union([z.enum(YES_NO.codes), score]) })),
    otherConcerns: longText.optional(),
    thresholdRule: z.strictObject({ id: pattern("token"), version: pattern("version"), cutoff: score }),
    aboveThreshold: z.boolean().optional(),
    selfReportedAt: dateTime.optional(),
  });

  const topicEntry = z.strictObject({
    status: z.enum(TOPIC_STATUSES.codes),
    note: longText.optional(),
    raisedBy: z.enum(["patient"]).optional(),
    patientNote: longText.optional(),
  });
  const topics = z.strictObject(
    Object.fromEntries(TOPICS.codes.map((k) => [k, topicEntry.optional()])) as Record<
      TopicKey,
      z.ZodOptional<typeof topicEntry>
    >,
  );

  const children = z.strictObject({
    hasMinorChildrenOrSiblings: z.boolean(),
    minors: list(
      z.strictObject({
        relation: z.enum(MINOR_RELATIONS.codes),
        age: z.int().min(0).max(17),
        situation: longText.optional(),
        informationGiven: z.boolean(),
        followUp: longText.optional(),
      }),
    ),
    childResponsibleContact: contact.optional(),
    note: longText.optional(),
  });

  return { outcome, distress, topics, children };
}

/** What follows from the conversation: measures, consent per recipient, the next step and later corrections. */
function followUpSchemas(
  { pattern, name, shortText, longText, date, dateTime, list }: Primitives,
  contact: ContactSchema,
) {
  const measure = z.strictObject({
    id: pattern("token"),
    description: longText,
    topic: z.enum(TOPICS.codes).optional(),
    responsible: z.strictObject({
      kind: z.enum(RESPONSIBLE_PARTY_KINDS.codes),
      unit: shortText.optional(),
      contact: contact.optional(),
    }),
    dueOn: date.optional(),
    status: z.enum(MEASURE_STATUSES.codes),
  });

  const consentBase = {
    value: z.enum(CONSENT_VALUES.codes),
    recordedAt: dateTime,
    recordedBy: name,
    withhold: list(z.enum(SHARABLE_PARTS.codes)).optional(),
  };
  const consent = z.discriminatedUnion("recipient", [
    z.strictObject({ recipient: z.enum(["municipality", "gp"]), ...consentBase }),
    z.strictObject({ recipient: z.literal("other"), description: shortText, ...consentBase }),
  ]);

  const nextStep = z.strictObject({
    action: z.enum(NEXT_STEP_ACTIONS.codes),
    interactionPoint: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    plannedOn: date.optional(),
    responsible: z.enum(RESPONSIBLE_PARTY_KINDS.codes).optional(),
    note: longText.optional(),
  });

  const amendment = z.strictObject({
    kind: z.enum(AMENDMENT_KINDS.codes),
    at: dateTime,
    by: name,
    reason: shortText,
    paths: list(pattern("line").min(1).max(LIMITS.shortText)),
  });

  return { measure, consent, nextStep, amendment };
}

type ContactSchema = ReturnType<typeof peopleSchemas>["contact"];

function build(options: SchemaOptions) {
  const p = primitives(options);
  const { pattern, name, shortText, longText, date, dateTime, list } = p;
  const { patientIdentifier, contact, patient, professional, organisation } = peopleSchemas(p);
  const { outcome, distress, topics, children } = findingsSchemas(p, contact);
  const { measure, consent, nextStep, amendment } = followUpSchemas(p, contact);

  const assessment = z.strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: pattern("token"),
    interactionPoint: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    outcome,
    conductedAt: dateTime,
    mode: z.enum(CONVERSATION_MODES.codes),
    patient,
    respondent: z.enum(RESPONDENTS.codes),
    participants: list(
      z.strictObject({ kind: z.enum(PARTICIPANT_KINDS.codes), relation: shortText.optional(), name: name.optional() }),
    ),
    conductedBy: professional,
    organisation,
    diagnosis: z.strictObject({ code: pattern("icd10-neoplasm"), text: shortText, diagnosedOn: date }),
    distress: distress.optional(),
    whatMatters: longText.optional(),
    topics,
    children: children.optional(),
    measures: list(measure),
    contactPoint: contact.optional(),
    consent: list(consent),
    nextStep: nextStep.optional(),
    notes: longText.optional(),
    amendments: list(amendment).optional(),
    redaction: z.strictObject({ reasons: list(z.enum(REDACTION_REASONS.codes)) }).optional(),
  });

  return { assessment, patient, professional, organisation, distress, measure, consent, patientIdentifier };
}

/** The structural schema (no cross-field rules), for the generator and for the type check below. */
function structural(options: SchemaOptions = {}) {
  return build(options).assessment;
}

/**
 * The structural part of the assessment schema (no cross-field rules), as used by `pnpm gen` to emit JSON Schema
 * and the precompiled validator.
 * @internal
 */
export function structuralAssessmentSchema(options: SchemaOptions = {}): z.ZodType<Assessment> {
  return structural(options) as z.ZodType<Assessment>;
}

// Compile-time proof that the documented interfaces and the schemas describe the same shape.
type Equal<TA, TB> = (<T>() => T extends TA ? 1 : 2) extends <T>() => T extends TB ? 1 : 2 ? true : false;
type DeepWritable<T> = T extends readonly (infer TItem)[]
  ? DeepWritable<TItem>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepWritable<T[K]> }
    : T;
const shapeCheck: Equal<DeepWritable<Assessment>, z.infer<ReturnType<typeof structural>>> = true;
void shapeCheck;
