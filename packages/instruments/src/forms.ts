/**
 * The form definitions this package ships (generated as JSON into `schemas/forms/` by `pnpm gen`). Each is marked
 * pure, so a bundle keeps only the forms it uses.
 */
import { DT_LEGACY } from "./dt-legacy.ts";
import { DT_REVISED } from "./dt-revised.ts";
import { ESAS_R } from "./esas-r.ts";
import type { FormDefinition } from "./form.ts";
import { createSymptomForm, createThermometerForm } from "./instrument-form.ts";
import { createNeedsAssessmentForm } from "./needs-assessment-form.ts";

/**
 * The needs-assessment form for interaction point 1 (hospital), with the legacy problem list (DOMAIN.md §1–§3).
 * @example
 * ```ts
 * validateAnswers(NEEDS_ASSESSMENT_SP1, answers);
 * ```
 */
export const NEEDS_ASSESSMENT_SP1: FormDefinition = /* @__PURE__ */ createNeedsAssessmentForm(1);

/**
 * The needs-assessment form for interaction point 2 (municipality, about 3–4 months after diagnosis).
 * @example
 * ```ts
 * visibleItems(NEEDS_ASSESSMENT_SP2, answers, "nn");
 * ```
 */
export const NEEDS_ASSESSMENT_SP2: FormDefinition = /* @__PURE__ */ createNeedsAssessmentForm(2);

/**
 * The needs-assessment form for interaction point 3 (municipality, 12–18 months; the last one).
 * @example
 * ```ts
 * NEEDS_ASSESSMENT_SP3.interactionPoint; // 3
 * ```
 */
export const NEEDS_ASSESSMENT_SP3: FormDefinition = /* @__PURE__ */ createNeedsAssessmentForm(3);

/**
 * The stand-alone thermometer form with the legacy (yes/no) problem list.
 * @example
 * ```ts
 * answersToDistress(THERMOMETER_LEGACY_FORM, { "distress-score": 6, "problem.pain": "yes" });
 * ```
 */
export const THERMOMETER_LEGACY_FORM: FormDefinition = /* @__PURE__ */ createThermometerForm(DT_LEGACY);

/**
 * The stand-alone thermometer form with the revised ("mark all that apply") problem list.
 * @example
 * ```ts
 * answersToDistress(THERMOMETER_REVISED_FORM, { "distress-score": 2, "problems.physical": ["pain"] });
 * ```
 */
export const THERMOMETER_REVISED_FORM: FormDefinition = /* @__PURE__ */ createThermometerForm(DT_REVISED);

/**
 * The ESAS-r symptom form.
 * @example
 * ```ts
 * answersToSymptoms(ESAS_R_FORM, { "symptom.pain": 3 });
 * ```
 */
export const ESAS_R_FORM: FormDefinition = /* @__PURE__ */ createSymptomForm(ESAS_R);

/**
 * Every shipped form definition.
 * @example
 * ```ts
 * FORMS.map((f) => f.id);
 * ```
 */
export const FORMS: readonly FormDefinition[] = [
  NEEDS_ASSESSMENT_SP1,
  NEEDS_ASSESSMENT_SP2,
  NEEDS_ASSESSMENT_SP3,
  THERMOMETER_LEGACY_FORM,
  THERMOMETER_REVISED_FORM,
  ESAS_R_FORM,
];

/**
 * Finds a shipped form by id (and version, when given), or `undefined`.
 * @example
 * ```ts
 * const form = findForm("needs-assessment-sp2");
 * ```
 */
export function findForm(id: string, version?: string): FormDefinition | undefined {
  return FORMS.find((f) => f.id === id && (version === undefined || f.version === version));
}
