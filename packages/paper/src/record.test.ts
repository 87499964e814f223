import { fc, test as propTest } from "@fast-check/vitest";
import { LANGS } from "@pakkeforlop-hjem/model";
import { AHUS_PROFILE, PATHWAY_MARKING } from "@pakkeforlop-hjem/pathway";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { renderAssessmentRecord } from "./record.ts";
import { TEXTS } from "./texts.ts";

describe("renderAssessmentRecord", () => {
  const [sample] = fc.sample(arbAssessment({ outcome: "completed" }), { numRuns: 1, seed: 7 });

  test.each(LANGS.map((l) => [l]))("in %s: the note for people, the region, the marking and lines to sign", (lang) => {
    const html = renderAssessmentRecord(sample as NonNullable<typeof sample>, { lang, profile: AHUS_PROFILE });
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<h1>${PATHWAY_MARKING}`);
    expect(html).toContain(`<p class="region">${AHUS_PROFILE.name}</p>`);
    expect(html).toContain(TEXTS[lang].record);
    expect(html).toContain(TEXTS[lang].enteredBy);
    // The machine-readable table stays out of the paper record.
    expect(html).not.toContain("pfh-data");
    expect(html).not.toMatch(/<script|\b(src|href)=|url\(/);
  });

  propTest.prop([arbAssessment()], { numRuns: 60 })("renders every valid assessment", (assessment) => {
    const html = renderAssessmentRecord(assessment, { lang: "nn" });
    expect(html).toContain("</html>");
  });
});
