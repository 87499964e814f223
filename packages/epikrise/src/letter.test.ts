import { readFileSync } from "node:fs";
import { fc, test as propTest } from "@fast-check/vitest";
import { type Assessment, LANGS, type Lang, safeParseAssessment, TOPICS } from "@pakkeforlop-hjem/model";
import { effectiveConsent, NATIONAL_PROFILE, TRONDELAG_PROFILE } from "@pakkeforlop-hjem/pathway";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { ADDRESS_LINE, type LetterOptions, renderPatientLetter } from "./letter.ts";
import { GUARDIAN_ADDRESSEE, LETTER_TOPICS, READER_WORDS, SHARED } from "./letter-words.ts";

const arbLang = fc.constantFrom<Lang>(...LANGS);

function fixture(name: string): Assessment {
  return JSON.parse(readFileSync(new URL(`../test/fixtures/${name}.json`, import.meta.url), "utf8")) as Assessment;
}

const POSTAL = {
  address: ["Storgata 1", "2815 Gjøvik"],
  senderAddress: ["Postboks 104", "2381 Brumunddal"],
} as const;

/** One golden letter per reader (issue 17 point 3), in every language. */
const READERS: readonly [string, LetterOptions][] = [
  ["letter-adult", {}],
  ["letter-guardian", {}],
  ["letter-declined-municipality", {}],
  ["letter-paper", { profile: TRONDELAG_PROFILE, postal: POSTAL }],
];

describe("renderPatientLetter goldens per reader", () => {
  test.each(READERS)("the fixture %s is a valid assessment", (name) => {
    const parsed = safeParseAssessment(fixture(name), { allowTestNumbers: true });
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  for (const [name, options] of READERS) {
    test.each(LANGS)(`${name} in %s equals its golden file`, async (lang) => {
      await expect(renderPatientLetter(fixture(name), { ...options, lang })).toMatchFileSnapshot(
        `../test/golden/letters/${name}.${lang}.txt`,
      );
    });
  }
});

describe("renderPatientLetter speaks to its reader", () => {
  test("the adult's letter names topics in plain words with the notes written for the patient, never the nurse's", () => {
    const letter = renderPatientLetter(fixture("letter-adult"), { lang: "nb" });
    expect(letter).toContain("- Jobb og utdanning: Du var usikker på når du kan begynne i jobb igjen.");
    expect(letter).toContain("- Tanker og følelser\n");
    expect(letter).not.toContain("Usikker på når hun");
    expect(letter).not.toContain("Bekymret og sover dårlig");
    expect(letter).not.toContain("Ernæring");
  });

  test.each(LANGS)("the guardians' letter in %s speaks of the child by name and to the guardians", (lang) => {
    const letter = renderPatientLetter(fixture("letter-guardian"), { lang });
    const words = READER_WORDS.guardian;
    expect(letter).toContain(`${words.whatMatters[lang].replace("{child}", "Emma")}\n`);
    expect(letter).toContain(`${words.distressText[lang]} 5`);
    for (const key of ["whatMatters", "needs", "questions", "sharedYes"] as const) {
      if (READER_WORDS.patient[key][lang] !== words[key][lang]) {
        expect(letter).not.toContain(READER_WORDS.patient[key][lang]);
      }
    }
  });

  test("after the patient declined the municipality the letter names no contact in the municipality", () => {
    const a = fixture("letter-declined-municipality");
    expect(a.contactPoint).toBeDefined();
    const letter = renderPatientLetter(a, { lang: "nb" });
    expect(letter).not.toContain("Din kontakt i kommunen");
    expect(letter).not.toContain("Ola Kreftkoordinator");
    expect(letter).toContain("Du har sagt nei til at disse får en oppsummering: kommunen.");
  });

  test("a paper letter puts the reader's name and address on the envelope window's line, the sender above", () => {
    const lines = renderPatientLetter(fixture("letter-paper"), { lang: "nb", postal: POSTAL }).split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "Sykehuset Innlandet HF",
      "Kreftavdelingen, Gjøvik",
      "Postboks 104",
      "2381 Brumunddal",
    ]);
    expect(lines.slice(ADDRESS_LINE - 1, ADDRESS_LINE + 2)).toEqual(["Kari Testpasient", "Storgata 1", "2815 Gjøvik"]);
  });

  test("a paper letter to a child's guardians is addressed to them", () => {
    const a = fixture("letter-guardian");
    const lines = renderPatientLetter(a, { lang: "nn", paper: true }).split("\n");
    expect(lines[ADDRESS_LINE - 1]).toBe(`${GUARDIAN_ADDRESSEE.nn} Emma Barnesen`);
  });

  test("the profile's brochure is listed as an enclosure on paper, not in a digital letter", () => {
    const paper = renderPatientLetter(fixture("letter-paper"), { lang: "nb", profile: TRONDELAG_PROFILE });
    expect(paper.trimEnd().endsWith("Vedlegg: Pakkeforløp hjem for pasienter med kreft (Helsedirektoratet)")).toBe(
      true,
    );
    const digital = renderPatientLetter(fixture("letter-adult"), { lang: "nb", profile: TRONDELAG_PROFILE });
    expect(digital).not.toContain("Vedlegg");
    const all = { ...TRONDELAG_PROFILE, letterEnclosures: [{ title: "Om samtalen", with: "all" as const }] };
    expect(renderPatientLetter(fixture("letter-adult"), { lang: "en", profile: all })).toContain(
      "Enclosed: Om samtalen\n",
    );
  });

  test("an address of more lines than an envelope window holds is refused", () => {
    const address = ["a", "b", "c", "d", "e"];
    expect(() => renderPatientLetter(fixture("letter-paper"), { postal: { address } })).toThrow(RangeError);
  });

  test("every topic has a plain name in every language, and none is the guideline's label", () => {
    for (const k of TOPICS.codes) {
      for (const lang of LANGS) {
        expect(LETTER_TOPICS[k][lang].length).toBeGreaterThan(0);
      }
    }
  });
});

/** Marks every topic's clinician note and patient note with a sentinel that survives wrapping. */
function withSentinels(a: Assessment): Assessment {
  const topics: Record<string, unknown> = {};
  TOPICS.codes.forEach((k, i) => {
    const t = a.topics[k];
    if (t !== undefined) {
      topics[k] = { status: t.status, note: `Qclin${i}X`, patientNote: `Qpat${i}X` };
    }
  });
  return { ...a, topics: topics as Assessment["topics"] };
}

describe("renderPatientLetter rules over generated assessments", () => {
  propTest.prop([arbAssessment(), arbLang], { numRuns: 200 })(
    "a clinician's topic note never reaches the letter; the note for the patient does, under a topic with a need",
    (generated, lang) => {
      const a = withSentinels(generated);
      const letter = renderPatientLetter(a, { lang });
      TOPICS.codes.forEach((k, i) => {
        expect(letter).not.toContain(`Qclin${i}X`);
        expect(letter.includes(`Qpat${i}X`)).toBe(a.topics[k]?.status === "need");
      });
    },
  );

  propTest.prop([arbAssessment(), arbLang], { numRuns: 200 })(
    "the contact in the municipality is named exactly when there is one and the municipality was not declined",
    (a, lang) => {
      const letter = renderPatientLetter(a, { lang });
      const reader = a.patient.ageGroup === "child" ? "guardian" : "patient";
      const heading = `\n${READER_WORDS[reader].contact[lang]}\n`;
      const shown = a.contactPoint !== undefined && effectiveConsent(a, "municipality") !== "declined";
      expect(letter.includes(heading)).toBe(shown);
    },
  );

  propTest.prop([arbAssessment(), arbLang], { numRuns: 200 })(
    "a recipient the patient declined is never listed among those who receive a summary",
    (a, lang) => {
      const reader = a.patient.ageGroup === "child" ? "guardian" : "patient";
      const words = READER_WORDS[reader];
      const letter = renderPatientLetter(a, { lang, width: 120 }).replace(/\n/g, " ");
      const start = letter.indexOf(words.sharedYes[lang]);
      const yes = start === -1 ? "" : letter.slice(start, letter.indexOf(".", start));
      const gp = words.gp[lang].replace("{child}", a.patient.name.given);
      if (effectiveConsent(a, "gp") === "declined") {
        expect(yes).not.toContain(gp);
      }
      if (effectiveConsent(a, "municipality") === "declined") {
        expect(yes).not.toContain(SHARED.municipality[lang]);
      }
    },
  );

  propTest.prop([arbAssessment(), arbLang], { numRuns: 150 })(
    "a letter for a patient who is not digital starts with the postal layout; a child's goes to the guardians",
    (a, lang) => {
      const lines = renderPatientLetter(a, { lang, profile: NATIONAL_PROFILE }).split("\n");
      const name = `${a.patient.name.given} ${a.patient.name.family}`;
      const addressee = a.patient.ageGroup === "child" ? `${GUARDIAN_ADDRESSEE[lang]} ${name}` : name;
      expect(lines[ADDRESS_LINE - 1] === addressee).toBe(!a.patient.digital);
    },
  );
});
