/** Artifacts of the instruments package: form definitions and instruments as JSON for vendors outside TypeScript. */
import { FORMS, INSTRUMENTS } from "@pakkeforlop-hjem/instruments";
import { type Artifact, stableJson } from "../../../scripts/artifacts.ts";

export async function artifacts(): Promise<Artifact[]> {
  return [
    ...FORMS.map((form) => ({ path: `schemas/forms/${form.id}.json`, content: stableJson(form) })),
    ...INSTRUMENTS.map((instrument) => ({
      path: `schemas/forms/instruments/${instrument.id}-${instrument.version}.json`,
      content: stableJson(instrument),
    })),
  ];
}
