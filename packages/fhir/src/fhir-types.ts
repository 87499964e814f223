/**
 * The few FHIR R4 shapes this package reads and writes, written out here so the package has no third-party
 * dependency and its public types stay small. Field names and cardinalities follow FHIR R4 (4.0.1).
 * @see https://hl7.org/fhir/R4/questionnaire.html
 */

/** An R4 extension with the value types this package uses. */
export interface Extension {
  readonly url: string;
  readonly extension?: readonly Extension[];
  readonly valueBoolean?: boolean;
  readonly valueCode?: string;
  readonly valueCodeableConcept?: CodeableConcept;
  readonly valueCoding?: Coding;
  readonly valueDecimal?: number;
  readonly valueExpression?: Expression;
  readonly valueInteger?: number;
  readonly valueMarkdown?: string;
  readonly valueString?: string;
}

/** Extensions on a primitive value (`_text`, `_display`, `_title`). */
export interface PrimitiveExtension {
  readonly extension?: readonly Extension[];
}

/** An R4 Coding. */
export interface Coding {
  readonly extension?: readonly Extension[];
  readonly system?: string;
  readonly version?: string;
  readonly code?: string;
  readonly display?: string;
  readonly _display?: PrimitiveExtension;
}

/** An R4 CodeableConcept. */
export interface CodeableConcept {
  readonly coding?: readonly Coding[];
  readonly text?: string;
}

/** An R4 Expression (SDC calculated values). */
export interface Expression {
  readonly description?: string;
  readonly name?: string;
  readonly language: string;
  readonly expression?: string;
}

/** `Questionnaire.item.enableWhen`. */
export interface QuestionnaireEnableWhen {
  readonly question: string;
  readonly operator: "exists" | "=" | "!=" | ">" | "<" | ">=" | "<=";
  readonly answerBoolean?: boolean;
  readonly answerInteger?: number;
  readonly answerDate?: string;
  readonly answerString?: string;
  readonly answerCoding?: Coding;
}

/** `Questionnaire.item.answerOption`. */
export interface QuestionnaireAnswerOption {
  readonly valueCoding: Coding;
}

/** The item types of R4 `Questionnaire.item.type` this package emits. */
export type QuestionnaireItemType =
  | "group"
  | "display"
  | "boolean"
  | "decimal"
  | "integer"
  | "date"
  | "string"
  | "text"
  | "choice";

/** `Questionnaire.item`. */
export interface QuestionnaireItem {
  readonly extension?: readonly Extension[];
  readonly linkId: string;
  readonly code?: readonly Coding[];
  readonly text?: string;
  readonly _text?: PrimitiveExtension;
  readonly type: QuestionnaireItemType;
  readonly enableWhen?: readonly QuestionnaireEnableWhen[];
  readonly enableBehavior?: "all" | "any";
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly readOnly?: boolean;
  readonly maxLength?: number;
  readonly answerOption?: readonly QuestionnaireAnswerOption[];
  readonly item?: readonly QuestionnaireItem[];
}

/** An R4 Meta. */
export interface Meta {
  readonly versionId?: string;
  readonly lastUpdated?: string;
  readonly profile?: readonly string[];
  /** Security labels, e.g. `REDACTED` on a recipient's copy (issue 9). */
  readonly security?: readonly Coding[];
  readonly tag?: readonly Coding[];
  readonly extension?: readonly Extension[];
}

/** An R4 Questionnaire, limited to the elements this package writes. */
export interface Questionnaire {
  readonly resourceType: "Questionnaire";
  readonly id?: string;
  readonly meta?: Meta;
  readonly language?: string;
  readonly extension?: readonly Extension[];
  readonly url?: string;
  readonly version?: string;
  readonly name?: string;
  readonly title?: string;
  readonly _title?: PrimitiveExtension;
  readonly status: "draft" | "active" | "retired" | "unknown";
  readonly subjectType?: readonly string[];
  readonly publisher?: string;
  readonly description?: string;
  readonly copyright?: string;
  readonly code?: readonly Coding[];
  readonly item?: readonly QuestionnaireItem[];
}

/** A searchset Bundle of Questionnaires, one per language: how Helsenorge ships a translated form. */
export interface QuestionnaireBundle {
  readonly resourceType: "Bundle";
  readonly id?: string;
  readonly type: "searchset" | "collection";
  readonly total?: number;
  readonly entry: readonly { readonly fullUrl?: string; readonly resource: Questionnaire }[];
}

/** `QuestionnaireResponse.item.answer`. */
export interface QuestionnaireResponseAnswer {
  readonly valueBoolean?: boolean;
  readonly valueDecimal?: number;
  readonly valueInteger?: number;
  readonly valueDate?: string;
  readonly valueDateTime?: string;
  readonly valueTime?: string;
  readonly valueString?: string;
  readonly valueUri?: string;
  readonly valueCoding?: Coding;
  readonly valueQuantity?: unknown;
  readonly valueReference?: unknown;
  readonly valueAttachment?: unknown;
  readonly item?: readonly QuestionnaireResponseItem[];
}

/** `QuestionnaireResponse.item`. */
export interface QuestionnaireResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly QuestionnaireResponseAnswer[];
  readonly item?: readonly QuestionnaireResponseItem[];
}

/** An R4 QuestionnaireResponse, limited to the elements this package reads and writes. */
export interface QuestionnaireResponse {
  readonly resourceType: "QuestionnaireResponse";
  readonly id?: string;
  readonly meta?: Meta;
  readonly language?: string;
  readonly questionnaire?: string;
  readonly status: "in-progress" | "completed" | "amended" | "entered-in-error" | "stopped";
  readonly subject?: { readonly reference?: string };
  readonly authored?: string;
  readonly item?: readonly QuestionnaireResponseItem[];
}

/** `OperationOutcome.issue`. */
export interface OperationOutcomeIssue {
  readonly severity: "fatal" | "error" | "warning" | "information";
  readonly code: string;
  readonly details?: CodeableConcept;
  readonly diagnostics?: string;
  readonly expression?: readonly string[];
}

/** An R4 OperationOutcome. */
export interface OperationOutcome {
  readonly resourceType: "OperationOutcome";
  readonly issue: readonly OperationOutcomeIssue[];
}
