/**
 * Golden files of the renderers (issue 5): for each example assessment and each language, the epicrisis text, the
 * note XHTML and the patient letter. Run through `pnpm gen`; drift-checked in CI and by `render.test.ts`.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderEpicrisisText, renderNoteXhtml, renderPatientLetter } from "@pakkeforlop-hjem/epikrise";
import { type Assessment, LANGS } from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, route } from "@pakkeforlop-hjem/pathway";
import type { Artifact } from "../../../scripts/artifacts.ts";

/** The example assessments with golden files, one per situation the issue names. */
export const GOLDEN_EXAMPLES = [
  "sp1-consent-all",
  "sp1-declines-municipality",
  "sp2-with-children",
  "sp3-palliative",
  "child-patient-guardian",
  "sp1-declined",
  "sp1-withhold-mental-health",
  "sp1-corrected",
] as const;

/**
 * Examples whose deliveries hold parts back (issue 9): besides the full rendering, each recipient's rendering under
 * the national profile, as `<name>.<recipient>.<lang>.*`.
 */
export const RECIPIENT_GOLDEN_EXAMPLES = ["sp1-withhold-mental-health"] as const;

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
  for (const name of RECIPIENT_GOLDEN_EXAMPLES) {
    const a = loadExample(name);
    for (const delivery of route(a, NATIONAL_PROFILE).deliveries) {
      if (delivery.withhold === undefined && delivery.leaveOut === undefined) {
        continue;
      }
      for (const lang of LANGS) {
        const base = `packages/epikrise/test/golden/${name}.${delivery.recipient.kind}.${lang}`;
        out.push({ path: `${base}.epicrisis.txt`, content: renderEpicrisisText(a, { lang, delivery }) });
        out.push({ path: `${base}.note.xhtml`, content: renderNoteXhtml(a, { lang, delivery }) });
      }
    }
  }
  return out;
}
