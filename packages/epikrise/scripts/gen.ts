/**
 * Golden files of the renderers (issue 5): for each example assessment and each language, the epicrisis text, the
 * note XHTML and the patient letter. Run through `pnpm gen`; drift-checked in CI and by `render.test.ts`.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderEpicrisisText, renderNoteXhtml, renderPatientLetter } from "@pakkeforlop-hjem/epikrise";
import { type Assessment, LANGS } from "@pakkeforlop-hjem/model";
import type { Artifact } from "../../../scripts/artifacts.ts";

/** The example assessments with golden files, one per situation the issue names. */
export const GOLDEN_EXAMPLES = [
  "sp1-consent-all",
  "sp1-declines-municipality",
  "sp2-with-children",
  "sp3-palliative",
  "child-patient-guardian",
  "sp1-declined",
] as const;

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export function loadExample(name: string): Assessment {
  return JSON.parse(readFileSync(join(root, "examples", "data", `${name}.json`), "utf8")) as Assessment;
}

export async function artifacts(): Promise<Artifact[]> {
  const out: Artifact[] = [];
  for (const name of GOLDEN_EXAMPLES) {
    const a = loadExample(name);
    for (const lang of LANGS) {
      const base = `packages/epikrise/test/golden/${name}.${lang}`;
      out.push({ path: `${base}.epicrisis.txt`, content: renderEpicrisisText(a, { lang }) });
      out.push({ path: `${base}.note.xhtml`, content: renderNoteXhtml(a, { lang }) });
      out.push({ path: `${base}.letter.txt`, content: renderPatientLetter(a, { lang }) });
    }
  }
  return out;
}
