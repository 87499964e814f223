/**
 * Canonical URLs: our own namespace for Questionnaires and CodeSystems (never invented external codes: no LOINC or
 * SNOMED CT code exists for the distress thermometer, DOMAIN.md §3), plus the HL7, SDC and Helsenorge extension URLs
 * the two dialects use (research/fhir-refero.md §1.3, §4).
 */

/**
 * Base of every canonical URL this package writes.
 * @example
 * ```ts
 * `${FHIR_BASE}/Questionnaire/needs-assessment-sp1`;
 * ```
 */
export const FHIR_BASE = "https://pakkeforlop-hjem.github.io/sdk/fhir";

/**
 * The canonical URL of our CodeSystem for a code list or value set id (`yes-no`, `topic`, `dt-revised`, …).
 * @example
 * ```ts
 * codeSystemUrl("topic"); // "https://pakkeforlop-hjem.github.io/sdk/fhir/CodeSystem/topic"
 * ```
 */
export function codeSystemUrl(list: string): string {
  return `${FHIR_BASE}/CodeSystem/${list}`;
}

/**
 * The canonical URL of the Questionnaire generated from a form (the same in both dialects and all languages).
 * @example
 * ```ts
 * questionnaireUrl("distress-thermometer-legacy");
 * // "https://pakkeforlop-hjem.github.io/sdk/fhir/Questionnaire/distress-thermometer-legacy"
 * ```
 */
export function questionnaireUrl(formId: string): string {
  return `${FHIR_BASE}/Questionnaire/${formId}`;
}

/** @internal */
export const EXT = {
  itemControl: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
  minValue: "http://hl7.org/fhir/StructureDefinition/minValue",
  maxValue: "http://hl7.org/fhir/StructureDefinition/maxValue",
  minOccurs: "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs",
  maxOccurs: "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs",
  ordinalValue: "http://hl7.org/fhir/StructureDefinition/ordinalValue",
  sliderStepValue: "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue",
  translation: "http://hl7.org/fhir/StructureDefinition/translation",
  renderingMarkdown: "http://hl7.org/fhir/StructureDefinition/rendering-markdown",
  unit: "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
  sdcCalculatedExpression: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
  sdcVariable: "http://hl7.org/fhir/StructureDefinition/variable",
  validationText: "http://ehelse.no/fhir/StructureDefinition/validationtext",
  repeatsText: "http://ehelse.no/fhir/StructureDefinition/repeatstext",
  sdfCalculatedExpression: "http://ehelse.no/fhir/StructureDefinition/sdf-calculatedExpression",
  sublabel: "http://helsenorge.no/fhir/StructureDefinition/sdf-sublabel",
  authenticationRequirement: "http://ehelse.no/fhir/StructureDefinition/sdf-authenticationrequirement",
  generatePdf: "http://ehelse.no/fhir/StructureDefinition/sdf-generatepdf",
  generateNarrative: "http://ehelse.no/fhir/StructureDefinition/sdf-generatenarrative",
  presentationButtons: "http://helsenorge.no/fhir/StructureDefinition/sdf-presentationbuttons",
} as const;

/** @internal */
export const SYSTEM = {
  itemControl: "http://hl7.org/fhir/questionnaire-item-control",
  sliderLabels: "http://helsenorge.no/fhir/CodeSystem/SliderLabels",
  sliderDisplayType: "http://helsenorge.no/fhir/CodeSystem/SliderDisplayType",
  scoringFormulas: "http://ehelse.no/scoringFormulas",
  bcp47: "urn:ietf:bcp:47",
  ucum: "http://unitsofmeasure.org",
  /** Helsenorge's Ja/Nei (volven 1101), how its own forms code a yes/no question. */
  yesNo: "urn:oid:2.16.578.1.12.4.1.1101",
  authenticationRequirement: "http://ehelse.no/fhir/ValueSet/AuthenticationRequirement",
  presentationButtons: "http://helsenorge.no/fhir/ValueSet/presentationbuttons",
} as const;

/** The codes of {@link SYSTEM}.yesNo: `1` Ja, `2` Nei. @internal */
export const YES_NO_CODE = { yes: "1", no: "2" } as const;

/** The Helsenorge profile Refero forms declare in `meta.profile`. @internal */
export const SDF_PROFILE = "http://ehelse.no/fhir/StructureDefinition/sdf-Questionnaire";
