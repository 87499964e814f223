import { readFileSync } from "node:fs";
import { test as propTest } from "@fast-check/vitest";
import {
  answersToAssessment,
  createNeedsAssessmentForm,
  DT_REVISED,
  FORMS,
  type FormDefinition,
  NEEDS_ASSESSMENT_SP1,
  THERMOMETER_LEGACY_FORM,
} from "@pakkeforlop-hjem/instruments";
import {
  type Assessment,
  cancelAssessment,
  consentWithhold,
  isSdkError,
  LANGS,
  type SharablePart,
} from "@pakkeforlop-hjem/model";
import { fc } from "@pakkeforlop-hjem/test-utils";
import { arbDialect } from "@pakkeforlop-hjem/test-utils/fhir";
import { arbNeedsAssessment } from "@pakkeforlop-hjem/test-utils/instruments";
import { arbRedactionCase } from "@pakkeforlop-hjem/test-utils/privacy";
import { describe, expect, test } from "vitest";
import { fhirErrors } from "../test/validate-fhir.ts";
import {
  assessmentToQuestionnaireResponse,
  REDACTED_SECURITY_LABEL,
  REDACTION_REASON_SYSTEM,
} from "./assessment-response.ts";
import { fromQuestionnaireResponse } from "./from-response.ts";
import { toQuestionnaire } from "./to-questionnaire.ts";

const example = (name: string): Assessment =>
  JSON.parse(readFileSync(new URL(`../../../examples/data/${name}.json`, import.meta.url), "utf8")) as Assessment;

/** The needs-assessment form of an assessment: its interaction point and its screening's instrument. */
const formFor = (a: Assessment): FormDefinition =>
  a.distress?.instrument.id === DT_REVISED.id
    ? createNeedsAssessmentForm(a.interactionPoint, { instrument: DT_REVISED })
    : (FORMS.find((f) => f.kind === "needs-assessment" && f.interactionPoint === a.interactionPoint) as FormDefinition);

const NEEDS_FORMS: readonly FormDefinition[] = [
  ...FORMS.filter((f) => f.kind === "needs-assessment"),
  createNeedsAssessmentForm(2, { instrument: DT_REVISED }),
];

const sdc = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "sdc" });
const AUTHORED = "2026-03-10T11:00:00+01:00";

describe("assessmentToQuestionnaireResponse", () => {
  propTest.prop(
    [
      fc
        .constantFrom(...NEEDS_FORMS)
        .chain((form) =>
          fc.tuple(fc.constant(form), arbDialect(), fc.constantFrom(...form.languages), arbNeedsAssessment(form)),
        ),
    ],
    { numRuns: 30 },
  )(
    "assessment → QuestionnaireResponse → fromQuestionnaireResponse gives the same assessment (unredacted, both dialects)",
    ([form, dialect, lang, { context, answers }]) => {
      const a = answersToAssessment(form, answers, context);
      if (!a.success) {
        throw new Error(a.error.message);
      }
      const questionnaire = toQuestionnaire(form, { dialect, lang });
      const qr = assessmentToQuestionnaireResponse(a.data, { questionnaire, form, authored: AUTHORED });
      expect(qr.meta).toBeUndefined();
      expect(qr.status).toBe("completed");
      expect(fhirErrors(qr)).toEqual([]);
      const back = fromQuestionnaireResponse(qr, { questionnaire, form, context });
      if (!back.success) {
        throw new Error(back.error.message);
      }
      expect(back.data.answers).toEqual(answers);
      expect(back.data.assessment).toEqual(a.data);
    },
  );

  propTest.prop([arbRedactionCase(), arbDialect(), fc.constantFrom(...LANGS)], { numRuns: 60 })(
    "no held-back value, free text included, appears anywhere in the recipient's response; the rest does",
    (c, dialect, lang) => {
      const form = formFor(c.assessment);
      const questionnaire = toQuestionnaire(form, { dialect, lang });
      const qr = assessmentToQuestionnaireResponse(c.assessment, {
        questionnaire,
        form,
        delivery: { withhold: c.withhold },
        authored: AUTHORED,
      });
      const json = JSON.stringify(qr);
      for (const s of c.hidden) {
        expect(json).not.toContain(s);
      }
      for (const s of c.shown) {
        expect(json).toContain(s);
      }
      for (const part of c.withhold) {
        expect(json).not.toContain(`"${part}"`);
      }
      expect(qr.meta?.security).toEqual([REDACTED_SECURITY_LABEL]);
      expect(qr.meta?.tag?.map((t) => [t.system, t.code])).toEqual([[REDACTION_REASON_SYSTEM, "consent"]]);
      expect(fhirErrors(qr)).toEqual([]);
    },
  );

  test("the patient's consent for the fastlege holds back the mental-health topic and free text (example)", () => {
    const a = example("sp1-withhold-mental-health");
    const withhold = consentWithhold(a, "gp");
    expect(withhold).toEqual(["topic:mental-health", "free-text"]);
    const qr = assessmentToQuestionnaireResponse(a, { questionnaire: sdc, delivery: { withhold } });
    const json = JSON.stringify(qr);
    expect(json).not.toContain("topic.mental-health");
    expect(json).not.toContain(a.topics["mental-health"]?.note as string);
    for (const m of a.measures) {
      expect(json).not.toContain(m.description);
    }
    expect(json).toContain("topic.nutrition.status");
    const municipality = assessmentToQuestionnaireResponse(a, {
      questionnaire: sdc,
      delivery: { withhold: consentWithhold(a, "municipality") },
    });
    expect(JSON.stringify(municipality)).toContain(a.topics["mental-health"]?.note as string);
    expect(municipality.meta).toBeUndefined();
  });

  test("the profile's leaveOut is left out (minimisation); include brings it back, never what consent holds back", () => {
    const a = example("sp1-consent-all");
    const delivery = { leaveOut: ["what-matters", "children"] as SharablePart[] };
    const left = assessmentToQuestionnaireResponse(a, { questionnaire: sdc, delivery });
    expect(JSON.stringify(left)).not.toContain('"what-matters"');
    expect(JSON.stringify(left)).not.toContain('"has-minors"');
    expect(left.meta?.tag?.map((t) => t.code)).toEqual(["minimisation"]);
    const more = assessmentToQuestionnaireResponse(a, {
      questionnaire: sdc,
      delivery,
      include: ["what-matters", "children"],
    });
    expect(JSON.stringify(more)).toContain('"what-matters"');
    expect(more.meta).toBeUndefined();
    const both = assessmentToQuestionnaireResponse(a, {
      questionnaire: sdc,
      delivery: { ...delivery, withhold: ["what-matters"] },
      include: ["what-matters", "children"],
    });
    expect(JSON.stringify(both)).not.toContain('"what-matters"');
    expect(both.meta?.tag?.map((t) => t.code)).toEqual(["consent"]);
    const extra = assessmentToQuestionnaireResponse(a, { questionnaire: sdc, withhold: ["distress-score"] });
    expect(JSON.stringify(extra)).not.toContain("distress-score");
    expect(fhirErrors(left)).toEqual([]);
  });

  test.each([
    ["nb", "Holdt tilbake etter pasientens ønske", "Ikke tatt med fordi mottakeren ikke trenger det"],
    ["nn", "Halde tilbake etter ønske frå pasienten", "Ikkje teke med fordi mottakaren ikkje treng det"],
    ["en", "Held back at the patient's request", "Left out because the recipient does not need it"],
  ] as const)("the tag says why in %s, from the Questionnaire's language", (lang, consent, minimisation) => {
    const questionnaire = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "refero", lang });
    const qr = assessmentToQuestionnaireResponse(example("sp1-consent-all"), {
      questionnaire,
      delivery: { withhold: ["notes"], leaveOut: ["children"] },
    });
    expect(qr.language?.slice(0, 2)).toBe(lang);
    expect(qr.meta?.tag?.map((t) => t.display)).toEqual([consent, minimisation]);
    expect(
      assessmentToQuestionnaireResponse(example("sp1-consent-all"), {
        questionnaire: sdc,
        withhold: ["notes"],
        lang,
      }).meta?.tag?.[0]?.display,
    ).toBe(consent);
  });

  test("a corrected assessment is amended, a cancelled one entered-in-error", () => {
    const corrected = example("sp1-corrected");
    expect(assessmentToQuestionnaireResponse(corrected, { questionnaire: sdc }).status).toBe("amended");
    const cancelled = cancelAssessment(corrected, {
      reason: "Feil pasient",
      by: "Siri Testsykepleier",
      at: "2026-03-13T09:00:00+01:00",
    }).assessment;
    const qr = assessmentToQuestionnaireResponse(cancelled, { questionnaire: sdc, id: "qr-1" });
    expect(qr.status).toBe("entered-in-error");
    expect(qr.id).toBe("qr-1");
    expect(JSON.stringify(qr)).not.toContain("Feil pasient");
    expect(fhirErrors(qr)).toEqual([]);
  });

  test("a thermometer Questionnaire gets the screening, and held-back problems are not in it", () => {
    const a = example("sp1-consent-all");
    const questionnaire = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "refero", lang: "nb" });
    const full = assessmentToQuestionnaireResponse(a, { questionnaire });
    const back = fromQuestionnaireResponse(full, { questionnaire });
    expect(back.success && back.data.distress?.screening.score).toBe(a.distress?.score);
    const scoreOnly = assessmentToQuestionnaireResponse(a, { questionnaire, withhold: ["problem-list"] });
    expect(JSON.stringify(scoreOnly)).not.toContain('"problem.');
    expect(JSON.stringify(scoreOnly)).toContain("distress-score");
  });

  test("throws invalid_argument when the questionnaire is not one", () => {
    try {
      assessmentToQuestionnaireResponse(example("sp1-consent-all"), { questionnaire: {} as never });
      expect.unreachable();
    } catch (e) {
      expect(isSdkError(e) && e.code).toBe("invalid_argument");
    }
  });
});
