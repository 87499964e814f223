import { test as propTest } from "@fast-check/vitest";
import { HELD_BACK_TEXT, isRedacted, LANGS, recipientView, type SharablePart, TOPICS } from "@pakkeforlop-hjem/model";
import { arbRedactionCase, fc } from "@pakkeforlop-hjem/test-utils/privacy";
import { describe, expect, test } from "vitest";
import { loadExample } from "../scripts/gen.ts";
import { TEXT, topicLabel } from "./labels.ts";
import { renderPatientLetter } from "./letter.ts";
import { type NoteDataRow, readNoteData } from "./note-data.ts";
import { renderEpicrisisText, renderNoteText } from "./text.ts";
import { renderNoteXhtml } from "./xhtml.ts";

const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The carrier rows of a note, read with a regular expression (the edi parser does it properly). */
function rowsOf(xhtml: string): NoteDataRow[] {
  return [...xhtml.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map(
    (m) => [unescapeXml(m[1] as string), unescapeXml(m[2] as string)] as const,
  );
}

describe("privacy per recipient (issue 9)", () => {
  propTest.prop([arbRedactionCase(), fc.constantFrom(...LANGS)], { numRuns: 150 })(
    "no held-back value appears in any rendering for the recipient; the note says that something was held back",
    (c, lang) => {
      const delivery = { withhold: c.withhold };
      const outputs = {
        epicrisis: renderEpicrisisText(c.assessment, { lang, delivery }),
        note: renderNoteText(c.assessment, { lang, delivery }).text,
        xhtml: renderNoteXhtml(c.assessment, { lang, delivery, includeData: true }),
        letter: renderPatientLetter(c.assessment, { lang, delivery }),
      };
      for (const [name, out] of Object.entries(outputs)) {
        for (const s of c.hidden) {
          expect(out, `${name} leaks a held-back value`).not.toContain(s);
        }
        expect(out, name).toContain(TEXT.heldBack[lang]);
        // The neutral line never says what: no "held back: <part>" list reaches the recipient.
        expect(out, name).not.toContain(`${TEXT.heldBackFrom[lang]}:`);
      }
      // Held-back topics are "not answered or not shared", like any absent topic in a copy.
      const held = new Set<SharablePart>(c.withhold);
      for (const k of TOPICS.codes) {
        if ((held.has(`topic:${k}`) || held.has("topics")) && c.assessment.topics[k] !== undefined) {
          const label = topicLabel(k, lang, c.assessment.patient.ageGroup);
          expect(outputs.epicrisis).toContain(`${label}: ${TEXT.notAnsweredOrShared[lang]}`);
        }
      }
      // The carrier holds the recipient's copy, which validates and says it is a copy.
      const read = readNoteData(rowsOf(outputs.xhtml));
      expect(read.success).toBe(true);
      if (read.success) {
        expect(read.data.redacted).toBe(true);
        expect(isRedacted(read.data.assessment)).toBe(true);
        expect(read.data.assessment).toEqual(recipientView(c.assessment, { delivery }));
        expect(JSON.stringify(read.data.assessment.consent)).not.toContain("withhold");
      }
    },
  );

  propTest.prop([arbRedactionCase()], { numRuns: 50 })("the parts not held back are still shared", (c) => {
    const xhtml = renderNoteXhtml(c.assessment, { delivery: { withhold: c.withhold } });
    for (const s of c.shown) {
      expect(xhtml).toContain(s);
    }
  });

  test("minimisation: leaveOut leaves parts out by default and include brings them back, never what consent holds back", () => {
    const a = loadExample("sp1-withhold-mental-health");
    const delivery = { withhold: ["topic:mental-health"] as const, leaveOut: ["what-matters", "children"] as const };
    const byDefault = renderEpicrisisText(a, { delivery });
    expect(byDefault).not.toContain(a.whatMatters as string);
    expect(byDefault).not.toContain("Anne Barneansvarlig");
    const more = renderEpicrisisText(a, { delivery, include: ["what-matters", "children", "topic:mental-health"] });
    expect(more).toContain("Anne Barneansvarlig");
    expect(more).toContain((a.whatMatters as string).slice(0, 20));
    expect(more).not.toContain(a.topics["mental-health"]?.note as string);
    expect(recipientView(a, { delivery }).redaction?.reasons).toEqual(["consent", "minimisation"]);
  });

  test("the full rendering (the sender's own copy) lists what is held back from whom", () => {
    const a = loadExample("sp1-withhold-mental-health");
    const text = renderEpicrisisText(a, { lang: "en" });
    expect(text).toContain("held back: Topic: Mental health, All free text");
    expect(text).not.toContain(TEXT.heldBack.en);
  });

  test("free text held back leaves the marker where a required text was", () => {
    const a = loadExample("sp1-withhold-mental-health");
    expect(renderEpicrisisText(a, { delivery: { withhold: ["free-text"] } })).toContain(`- ${HELD_BACK_TEXT}`);
  });
});
