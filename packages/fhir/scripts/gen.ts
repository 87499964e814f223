/**
 * Artifacts of the FHIR package, run through `pnpm gen`: every shipped form as a FHIR R4 Questionnaire in both
 * dialects: `schemas/fhir/refero/<form>.<lang>.json` (one per language) and `<form>.bundle.json` (Helsenorge's
 * searchset Bundle of them), and `schemas/fhir/sdc/<form>.json` (one resource with translations). Element order is
 * FHIR's conventional order (not sorted keys), which the emitters fix, so the output is deterministic.
 */

import { PRE_VISIT_FORM, toQuestionnaire, toQuestionnaireBundle } from "@pakkeforlop-hjem/fhir";
import { FORMS } from "@pakkeforlop-hjem/instruments";
import { type Artifact, orderedJson } from "../../../scripts/artifacts.ts";

export async function artifacts(): Promise<Artifact[]> {
  const out: Artifact[] = [];
  for (const form of [...FORMS, PRE_VISIT_FORM]) {
    for (const lang of form.languages) {
      out.push({
        path: `schemas/fhir/refero/${form.id}.${lang}.json`,
        content: orderedJson(toQuestionnaire(form, { dialect: "refero", lang })),
      });
    }
    out.push({ path: `schemas/fhir/refero/${form.id}.bundle.json`, content: orderedJson(toQuestionnaireBundle(form)) });
    out.push({
      path: `schemas/fhir/sdc/${form.id}.json`,
      content: orderedJson(toQuestionnaire(form, { dialect: "sdc" })),
    });
  }
  return out;
}
