/**
 * Issue 17 point 2: text a person reads carries no code tokens (version ids, rule ids, language codes, OIDs, JSON
 * paths, code-list codes). The person's own words are replaced by a neutral word first, so that only what the SDK
 * writes is scanned; every output a clinician reads (epicrisis text, note text with and without a budget, the note's
 * XHTML without the machine data) in nb, nn and en, over generated assessments and the examples.
 */
import { fc, test as propTest } from "@fast-check/vitest";
import * as MODEL from "@pakkeforlop-hjem/model";
import { type Assessment, IDENTIFIER_SYSTEMS, LANGS, type Lang } from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { GOLDEN_EXAMPLES, loadExample } from "../scripts/gen.ts";
import { renderEpicrisisText, renderNoteText } from "./text.ts";
import { renderNoteXhtml } from "./xhtml.ts";

const WORD = "Tekst";

type Mutable<T> = T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
type Contact = { name: string; role?: string; unit?: string };

/** The assessment with every free text and name replaced by {@link WORD}: what remains is what the SDK writes. */
function scrubbed(assessment: Assessment): Assessment {
  const a = structuredClone(assessment) as unknown as Mutable<Assessment>;
  const contact = (c: Contact | undefined) => {
    if (c !== undefined) {
      c.name = WORD;
      if (c.role !== undefined) {
        c.role = WORD;
      }
      if (c.unit !== undefined) {
        c.unit = WORD;
      }
    }
  };
  a.patient.name = { given: WORD, family: WORD };
  a.organisation.name = WORD;
  if (a.organisation.unit !== undefined) {
    a.organisation.unit = WORD;
  }
  a.conductedBy.name = WORD;
  a.diagnosis.text = WORD;
  for (const p of a.participants) {
    if (p.relation !== undefined) {
      p.relation = WORD;
    }
    if (p.name !== undefined) {
      p.name = WORD;
    }
  }
  if (a.outcome.status === "declined" && a.outcome.reasonText !== undefined) {
    a.outcome.reasonText = WORD;
  }
  if (a.distress?.otherConcerns !== undefined) {
    a.distress.otherConcerns = WORD;
  }
  if (a.whatMatters !== undefined) {
    a.whatMatters = WORD;
  }
  for (const t of Object.values(a.topics)) {
    if (t?.note !== undefined) {
      t.note = WORD;
    }
  }
  for (const m of a.children?.minors ?? []) {
    if (m.situation !== undefined) {
      m.situation = WORD;
    }
    if (m.followUp !== undefined) {
      m.followUp = WORD;
    }
  }
  if (a.children?.note !== undefined) {
    a.children.note = WORD;
  }
  contact(a.children?.childResponsibleContact);
  for (const m of a.measures) {
    m.description = WORD;
    if (m.responsible.unit !== undefined) {
      m.responsible.unit = WORD;
    }
    contact(m.responsible.contact);
  }
  contact(a.contactPoint);
  for (const c of a.consent) {
    c.recordedBy = WORD;
    if (c.recipient === "other") {
      c.description = WORD;
    }
  }
  if (a.nextStep?.note !== undefined) {
    a.nextStep.note = WORD;
  }
  if (a.notes !== undefined) {
    a.notes = WORD;
  }
  for (const m of a.amendments ?? []) {
    m.reason = WORD;
    m.by = WORD;
  }
  return a as unknown as Assessment;
}

/** Every code of the model's code lists that no reader would take for a word (it has a hyphen). */
const LIST_CODES: readonly string[] = (Object.values(MODEL) as unknown[])
  .filter((v): v is MODEL.CodeList<string> => typeof v === "object" && v !== null && "codes" in v)
  .flatMap((list) => [...list.codes])
  .filter((code) => code.includes("-"));

const JSON_PATH =
  /\b(patient|diagnosis|outcome|organisation|conductedBy|participants|distress|whatMatters|topics|children|measures|contactPoint|consent|nextStep|notes|amendments)(\.[a-zA-Z]|\[\d)/;

/** The code tokens in a text a person reads (empty when there are none). */
function codeTokens(text: string, a: Assessment): string[] {
  const found: string[] = [];
  const has = (token: string) =>
    new RegExp(`(^|[^\\p{L}\\p{N}-])${escapeRegExp(token)}($|[^\\p{L}\\p{N}-])`, "u").test(text);
  const oid = /\b\d+(\.\d+){4,}\b/.exec(text);
  if (oid !== null) {
    found.push(`OID ${oid[0]}`);
  }
  for (const system of Object.values(IDENTIFIER_SYSTEMS)) {
    if (text.includes(system)) {
      found.push(`identifier system ${system}`);
    }
  }
  const path = JSON_PATH.exec(text);
  if (path !== null) {
    found.push(`JSON path ${path[0]}`);
  }
  if (a.distress !== undefined) {
    for (const token of [a.distress.instrument.id, a.distress.thresholdRule.id]) {
      if (has(token)) {
        found.push(`id ${token}`);
      }
    }
    if (has(`${a.distress.instrument.id} ${a.distress.instrument.version}`)) {
      found.push("instrument version");
    }
    for (const item of a.distress.items) {
      if (/[-\d]/.test(item.code) && item.code.length > 3 && has(item.code)) {
        found.push(`item ${item.code}`);
      }
    }
  }
  // The language tag: the language line names the language in words, and a tag with a region is never printed.
  const language = /^\s*(Språk|Language): ([^,\n]*)/m.exec(text);
  if (language !== null && language[2]?.trim() === a.patient.language) {
    found.push(`language ${a.patient.language}`);
  }
  if (a.patient.language.includes("-") && has(a.patient.language)) {
    found.push(`language ${a.patient.language}`);
  }
  for (const code of LIST_CODES) {
    if (has(code)) {
      found.push(`code ${code}`);
    }
  }
  return found;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text content of an XHTML fragment: tags dropped, entities read. */
const xhtmlText = (xhtml: string): string =>
  xhtml
    .replace(/<br\/>/g, "\n")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every output a clinician reads, in a language. */
function outputs(a: Assessment, lang: Lang, budget: number): Record<string, string> {
  return {
    epicrisis: renderEpicrisisText(a, { lang }),
    note: renderNoteText(a, { lang }).text,
    budget: renderNoteText(a, { lang, budget }).text,
    xhtml: xhtmlText(renderNoteXhtml(a, { lang, includeData: false })),
  };
}

describe("no code tokens in text a person reads (issue 17)", () => {
  propTest.prop([arbAssessment(), fc.constantFrom<Lang>(...LANGS), fc.integer({ min: 300, max: 4000 })], {
    numRuns: 150,
  })("generated assessments, nb/nn/en, text and XHTML", (generated, lang, budget) => {
    const a = scrubbed(generated);
    for (const [name, text] of Object.entries(outputs(a, lang, budget))) {
      expect(codeTokens(text, a), `${name} (${lang})`).toEqual([]);
    }
  });

  test.each(GOLDEN_EXAMPLES.flatMap((example) => LANGS.map((lang) => [example, lang] as const)))(
    "example %s in %s",
    (example, lang) => {
      const a = scrubbed(loadExample(example));
      for (const [name, text] of Object.entries(outputs(a, lang, 1200))) {
        expect(codeTokens(text, a), `${name}`).toEqual([]);
      }
    },
  );

  test("the scan finds the tokens it looks for", () => {
    const a = loadExample("sp1-consent-all");
    const text =
      "Instrument: x (dt-legacy 1.0)\nTerskel: ≥ 4 (regel score-at-or-above 1.0)\nSpråk: nb, ikke behov\n" +
      `${IDENTIFIER_SYSTEMS.fnr}\nendret: topics.nutrition.status\nUtfall: not-reached`;
    expect(codeTokens(text, a)).toEqual([
      `OID ${IDENTIFIER_SYSTEMS.fnr.replace("urn:oid:", "")}`,
      `identifier system ${IDENTIFIER_SYSTEMS.fnr}`,
      "JSON path topics.n",
      "id dt-legacy",
      "id score-at-or-above",
      "instrument version",
      "language nb",
      "code not-reached",
    ]);
  });

  test("the thermometer says its edition, period and whose threshold, in words", () => {
    const text = renderEpicrisisText(loadExample("sp1-consent-all"), { lang: "nb", width: 200 });
    expect(text).toContain("Instrument: Påkjenningstermometer med problemliste (ja/nei), utgave fra før 2022\n");
    expect(text).toContain("Periode: Siste uke, inkludert i dag\n");
    expect(text).toContain("Terskel: ≥ 4 (nasjonal): på eller over terskel\n");
    expect(text).toContain("Språk: norsk bokmål, ikke behov for tolk\n");
    const nn = renderEpicrisisText(loadExample("sp1-declines-municipality"), { lang: "nn", width: 200 });
    expect(nn).toContain("Språk: nynorsk,");
    const en = renderEpicrisisText(loadExample("sp1-consent-all"), { lang: "en", width: 200 });
    expect(en).toContain("Language: Norwegian Bokmål,");
    expect(en).toContain("Period: The past week including today\n");
  });

  test("a regional cut-off is named as regional, by its value", () => {
    const a = loadExample("sp1-consent-all");
    const distress = a.distress as NonNullable<Assessment["distress"]>;
    const regional = {
      ...a,
      distress: { ...distress, thresholdRule: { id: "helse-nord-dt", version: "2", cutoff: 5 }, aboveThreshold: true },
    };
    const text = renderEpicrisisText(regional, { lang: "nb", width: 200 });
    expect(text).toContain("Terskel: ≥ 5 (regional): på eller over terskel\n");
    expect(text).not.toContain("helse-nord-dt");
  });
});
