/**
 * What an implementation under test offers: one optional function per vector kind. Inputs are plain JSON values
 * (parsed from the vector files) and strings; outputs are plain values the runner compares with the expected ones.
 * A missing function makes its vectors `skipped`.
 */

/** An issue as an implementation reports it; only `code` and `path` are compared. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly (string | number)[];
}

/**
 * A result that is either a built document or the issues that stopped it. Plain JSON on purpose, not the SDK's
 * `SafeResult` (which carries a `ValidationError` object): an implementation under test may be a process or an HTTP
 * service in any language.
 */
export type BuildOutcome =
  | { readonly ok: true; readonly xml: string }
  | { readonly ok: false; readonly issues: readonly IssueLike[] };

/** A value or a promise of it: implementations may be asynchronous (a process, an HTTP service). */
export type MaybePromise<T> = T | Promise<T>;

/** Options of an `identifier` vector. */
export interface IdentifierVectorOptions {
  readonly allowTestNumbers?: boolean;
  readonly today?: string;
}

/** Options of the text vectors (`epicrisis-text`, `note-text`, `note-xhtml`, `patient-letter`). */
export interface TextVectorOptions {
  readonly lang: "nb" | "nn" | "en";
  /** Line width of text renderers. */
  readonly width?: number;
  /** Character budget of `note-text`. */
  readonly budget?: number;
  /** `note-xhtml`: include the machine-readable data carrier (default `true`). */
  readonly includeData?: boolean;
  /**
   * Parts the patient's consent holds back from the recipient (issue 9; the delivery's `withhold`): render the
   * recipient's copy, with nothing of these parts and a neutral line that something was held back.
   */
  readonly withhold?: readonly string[];
  /** Parts the recipient does not need (the delivery's `leaveOut`, from the profile's `recipientNeeds`). */
  readonly leaveOut?: readonly string[];
  /** Parts to render although `leaveOut` leaves them out; never what `withhold` holds back. */
  readonly include?: readonly string[];
}

/** Options of a `redaction` vector: what to leave out of the copy (`redactAssessment`). */
export interface RedactionVectorOptions {
  /** Parts held back by consent (reason `consent`). */
  readonly withhold?: readonly string[];
  /** Parts the recipient does not need (reason `minimisation`). */
  readonly leaveOut?: readonly string[];
}

/** Options of the `helsefaglig-dialog` and `epikrise` vectors: fixed ids and clock. */
export interface MessageVectorOptions {
  readonly msgId: string;
  readonly genDate: string;
  readonly lang?: "nb" | "nn" | "en";
  /** `xhtml` (default) or `text`; the data travel in the data attachment either way. */
  readonly format?: "xhtml" | "text";
  /** Patient sex, kodeverk 3101, for a patient identified by DUF-nummer. */
  readonly patientSex?: "0" | "1" | "2" | "9";
  /**
   * Validate the assessment before building (default `true`). The vectors turn it off where the inputs carry
   * synthetic test numbers, which validation refuses.
   */
  readonly validate?: boolean;
}

/** Options of an `apprec` vector: fixed id and clock, and the AppRec version. */
export interface AppRecVectorOptions {
  readonly version: "1.1" | "1.0";
  readonly id: string;
  readonly genDate: string;
}

/** Options of an `extract-assessment` vector. */
export interface ExtractVectorOptions {
  /** Accept synthetic test numbers in the carried assessment. */
  readonly allowTestNumbers?: boolean;
}

/**
 * What an `extract-assessment` vector expects: the carried assessment, whether it is a recipient's copy, what the
 * message is (`new`, `change`, `cancellation`) and which carrier held it (`attachment` or the old `note-table`); or
 * `null` for a message that carries no data of this SDK.
 */
export type ExtractOutcome =
  | {
      readonly ok: true;
      readonly data: {
        readonly assessment: unknown;
        readonly redacted: boolean;
        readonly lifecycle: string;
        readonly carrier: "attachment" | "note-table";
      } | null;
    }
  | { readonly ok: false; readonly issues: readonly IssueLike[] };

/** Options of a `route` vector. */
export interface RouteVectorOptions {
  readonly senderSystem?: string;
  /** Consent known in the pathway state: recipient → `{ value, at }`. */
  readonly consent?: Readonly<Record<string, { readonly value: string; readonly at: string }>>;
}

/**
 * The patient of a `scope` vector (issue 16 point 3): the ICD-10 code, the home municipality (SSB number, 4 digits)
 * and city district (6 digits), the hospital token and the day to judge on. No name, no identifier.
 */
export interface ScopeVectorPatient {
  readonly diagnosisCode: string;
  readonly municipality?: string;
  readonly district?: string;
  readonly hospital?: string;
  /** ISO date. */
  readonly on: string;
}

/**
 * The result of a `scope` vector: `inScope`, the `pilot` that takes the patient (`{ id, name }`), the `basis`
 * (`pilot`, `national`, `outside-diagnosis`, `outside-pilots`) and `misses` (`{ pilotId, miss }` per pilot tried
 * before, `miss` one of `diagnosis`, `place`, `hospital`, `dates`). `why` and `source` are informational.
 */
export interface ScopeOutcome {
  readonly inScope: boolean;
  readonly pilot?: { readonly id: string; readonly name: string };
  readonly basis: string;
  readonly misses: readonly { readonly pilotId: string; readonly miss: string }[];
}

/** Options of a `pathway` vector. */
export interface PathwayVectorOptions {
  /** The day the next actions are judged on (ISO date). */
  readonly today: string;
  readonly senderSystem?: string;
  /** Accept synthetic test numbers in the completed events' assessments. */
  readonly allowTestNumbers?: boolean;
}

/**
 * The result of routing one assessment. Objects may carry extra informational fields (`why`, `source`): the runner
 * drops them before comparing.
 */
export interface RouteOutcome {
  readonly deliveries: readonly unknown[];
  readonly withheld: readonly unknown[];
}

/** The result of a pathway scenario: the state's status, issues, next actions and the routing of each assessment. */
export interface PathwayOutcome {
  readonly status: string;
  readonly issues: readonly IssueLike[];
  readonly nextActions: readonly unknown[];
  /** One entry per completed assessment, in event order, routed with the final consent state. */
  readonly routes: readonly ({ readonly assessmentId: string } & RouteOutcome)[];
}

/**
 * Which Questionnaire a `questionnaire-response` vector's response answers: a shipped form in one dialect and
 * language. The Questionnaire is the one the SDK ships: `schemas/fhir/refero/<form>.<lang>.json` (Helsenorge/Refero,
 * one per language, `id` `<form>-<lang>`) or `schemas/fhir/sdc/<form>.json` (HL7 SDC, one with translations); its
 * `url` is `https://pakkeforlop-hjem.github.io/sdk/fhir/Questionnaire/<form>` and its `version` the form's version.
 */
export interface QuestionnaireVectorRef {
  /** The shipped form id, e.g. `needs-assessment-sp1`, `distress-thermometer-revised`, `esas-r`. */
  readonly form: string;
  readonly dialect: "refero" | "sdc";
  /** The Questionnaire's language (`refero`: which file; `sdc`: the base language). */
  readonly lang: "nb" | "nn" | "en";
}

/** Options of a `questionnaire-response` vector: the limits, when a vector sets them lower than the defaults. */
export interface QuestionnaireResponseVectorOptions {
  /** The most items and answers read (every `item` and `answer` at any depth); more is `response_too_large`. Default 10,000. */
  readonly maxItems?: number;
  /** The most issues reported one by one, then one `too_many_issues` (path `[]`). Default 100. */
  readonly maxIssues?: number;
}

/**
 * What importing a QuestionnaireResponse gives (issue 20): the data that decides what the response means, or the
 * issues that refuse it. Plain JSON so that any language can produce it.
 * - `status`: the response's status, `completed`, `amended` or `in-progress`;
 * - `draft`: `true` for `in-progress` (answers checked but need not be complete; nothing is scored);
 * - `questionnaire`: the Questionnaire the response answers, always pinned as `url|version`;
 * - `answers`: linkId → value: `true`/`false` for yes/no (also Refero's Ja/Nei codings), the integer of a 0–10
 *   score, the code of any other choice, a string for text and dates, a list of codes for a repeating choice, and a
 *   list of entries (objects of the same shape) for a repeating group, without its empty instances;
 * - `distress` (a thermometer form, not a draft): `{ score, aboveThreshold }` under the default threshold (≥ 4), or
 *   `{}` when the problem list was answered without a number (issue 16: no score, no verdict);
 * - `symptoms` (a symptom scale such as ESAS-r, not a draft): `{ total, answered, complete }`.
 */
export type ResponseImportOutcome =
  | {
      readonly ok: true;
      readonly status: "completed" | "amended" | "in-progress";
      readonly draft: boolean;
      readonly questionnaire: string;
      readonly answers: Readonly<Record<string, unknown>>;
      /**
       * `score` and `aboveThreshold` are both absent when the problem list was answered without a thermometer score
       * (issue 16).
       */
      readonly distress?: { readonly score?: number; readonly aboveThreshold?: boolean };
      readonly symptoms?: { readonly total: number; readonly answered: number; readonly complete: boolean };
    }
  | { readonly ok: false; readonly issues: readonly IssueLike[] };

/**
 * An implementation under test: every function is optional; the vectors of a missing one are reported as skipped.
 * `sdkImplementation` is this SDK's own.
 * @example
 * ```ts
 * const mine: Implementation = {
 *   validateNorwegianId: (kind, value, options) => myValidator(kind, value, options),
 * };
 * const report = await runConformance(mine, { vectors: loadVectors() });
 * ```
 */
export interface Implementation {
  /** Every issue of an assessment document; an empty list means valid. */
  readonly validateAssessment?: (
    input: unknown,
    options: { readonly allowTestNumbers?: boolean },
  ) => MaybePromise<readonly IssueLike[]>;
  /** Brings a document of an older schema version to the current one; the issues when it cannot. */
  readonly migrateAssessment?: (
    input: unknown,
    options: { readonly allowTestNumbers?: boolean },
  ) => MaybePromise<readonly IssueLike[]>;
  /** Checks a Norwegian identifier: `{ valid: true, kind, birthDate?, testNumber, rule2032 }` or `{ valid: false, kind, reason }`. */
  readonly validateNorwegianId?: (
    kind: string,
    value: string,
    options: IdentifierVectorOptions,
  ) => MaybePromise<unknown>;
  /** `fnr`, `dnr`, `hnr`, `fhn`, or `null` for a value that is not an 11-digit number. */
  readonly classifyPersonNumber?: (value: string) => MaybePromise<string | null>;
  /** ISO birth date, or `null` when the number encodes none. */
  readonly birthDateFromPersonNumber?: (value: string) => MaybePromise<string | null>;
  /** `{ code, codeSystem, display }`, or `null` when the system has no KITH code for the party. */
  readonly systemToKithIdType?: (system: string, party: "person" | "organisation") => MaybePromise<unknown>;
  /** The FHIR system of a KITH code, or `null`. */
  readonly kithIdTypeToSystem?: (code: string, codeSystem?: string) => MaybePromise<string | null>;
  readonly renderEpicrisisText?: (assessment: unknown, options: TextVectorOptions) => MaybePromise<string>;
  readonly renderNoteText?: (assessment: unknown, options: TextVectorOptions) => MaybePromise<string>;
  readonly renderNoteXhtml?: (assessment: unknown, options: TextVectorOptions) => MaybePromise<string>;
  readonly renderPatientLetter?: (assessment: unknown, options: TextVectorOptions) => MaybePromise<string>;
  /** `template-text`: the epicrisis text printed through a document template (sections, order, headings). */
  readonly renderWithTemplate?: (
    assessment: unknown,
    template: unknown,
    options: TextVectorOptions,
  ) => MaybePromise<string>;
  readonly buildHelsefagligDialog?: (
    assessment: unknown,
    delivery: unknown,
    envelope: unknown,
    options: MessageVectorOptions,
  ) => MaybePromise<BuildOutcome>;
  readonly buildEpikrise?: (
    assessment: unknown,
    delivery: unknown,
    envelope: unknown,
    options: MessageVectorOptions,
  ) => MaybePromise<BuildOutcome>;
  /** Reads an incoming message and answers it with an AppRec (OK or rejected, as the message calls for). */
  readonly createAppRec?: (message: string, options: AppRecVectorOptions) => MaybePromise<BuildOutcome>;
  /**
   * Reads the assessment an incoming message carries (issue 17): the data attachment (`RefDoc` `application/json`
   * with the schema URL in its description, base64 JSON) first, else the old data table of the first note; copies
   * that differ are refused (`data_carriers_disagree`), content that is not base64, UTF-8 or JSON is
   * `data_attachment_unreadable`.
   */
  readonly extractAssessment?: (message: string, options: ExtractVectorOptions) => MaybePromise<ExtractOutcome>;
  /** The copy of an assessment for one recipient, without the parts left out (a valid assessment, JSON). */
  readonly redactAssessment?: (assessment: unknown, options: RedactionVectorOptions) => MaybePromise<unknown>;
  /**
   * The Epikrise 1.2 that corrects a sent one (issue 9): ServType `M` (change) or `C` (cancellation) by the last
   * amendment of the assessment, for the same document id, with only what the delivery's recipient may see.
   */
  readonly buildEpikriseCorrection?: (
    assessment: unknown,
    delivery: unknown,
    envelope: unknown,
    options: MessageVectorOptions,
  ) => MaybePromise<BuildOutcome>;
  /** The Helsefaglig dialog reply in the same thread (the envelope's ConversationRef) that says what was corrected. */
  readonly buildDialogCorrection?: (
    assessment: unknown,
    delivery: unknown,
    envelope: unknown,
    options: MessageVectorOptions,
  ) => MaybePromise<BuildOutcome>;
  readonly route?: (assessment: unknown, profile: unknown, options: RouteVectorOptions) => MaybePromise<RouteOutcome>;
  /** Whether a profile serves a patient, under which pilot and why (issue 16 point 3; the README lists the rules). */
  readonly inScope?: (profile: unknown, patient: ScopeVectorPatient) => MaybePromise<ScopeOutcome>;
  /**
   * The audit view of one patient (issue 9): `sent` is a list of `{ delivery, at, version?, message? }`,
   * `assessments` the latest version of each assessment; the result lists `sent` and `amended` entries in time order.
   */
  readonly auditTrail?: (sent: readonly unknown[], assessments: readonly unknown[]) => MaybePromise<readonly unknown[]>;
  readonly pathway?: (
    events: readonly unknown[],
    profile: unknown,
    options: PathwayVectorOptions,
  ) => MaybePromise<PathwayOutcome>;
  /**
   * Imports a QuestionnaireResponse answered with a shipped Questionnaire (issue 20): only `completed` and `amended`
   * import, `in-progress` is a draft, any other or missing status is refused (`status_not_importable`); the
   * `questionnaire` reference is the canonical url, `url|version`, `Questionnaire/<id>` or absent; a repeating-group
   * instance with no answers is no entry; Refero's Ja/Nei codings are booleans; issues are capped, and a response
   * larger than `maxItems` is refused unread. The README describes each rule.
   */
  readonly importQuestionnaireResponse?: (
    questionnaire: QuestionnaireVectorRef,
    response: unknown,
    options: QuestionnaireResponseVectorOptions,
  ) => MaybePromise<ResponseImportOutcome>;
}

/**
 * The function of {@link Implementation} each vector kind calls.
 * @example
 * ```ts
 * FUNCTION_OF_KIND["identifier"]; // "validateNorwegianId"
 * ```
 */
export const FUNCTION_OF_KIND: Readonly<Record<string, keyof Implementation>> = {
  "assessment-validation": "validateAssessment",
  "assessment-migration": "migrateAssessment",
  identifier: "validateNorwegianId",
  "person-number-class": "classifyPersonNumber",
  "person-number-birth-date": "birthDateFromPersonNumber",
  "kith-id-type": "systemToKithIdType",
  "kith-id-system": "kithIdTypeToSystem",
  "epicrisis-text": "renderEpicrisisText",
  "note-text": "renderNoteText",
  "note-xhtml": "renderNoteXhtml",
  "patient-letter": "renderPatientLetter",
  "template-text": "renderWithTemplate",
  "helsefaglig-dialog": "buildHelsefagligDialog",
  epikrise: "buildEpikrise",
  apprec: "createAppRec",
  "extract-assessment": "extractAssessment",
  redaction: "redactAssessment",
  "epikrise-correction": "buildEpikriseCorrection",
  "dialog-correction": "buildDialogCorrection",
  route: "route",
  scope: "inScope",
  "audit-trail": "auditTrail",
  pathway: "pathway",
  "questionnaire-response": "importQuestionnaireResponse",
};
