import { test as propTest } from "@fast-check/vitest";
import {
  type FormDefinition,
  NEEDS_ASSESSMENT_SP1,
  THERMOMETER_LEGACY_FORM,
  THERMOMETER_REVISED_FORM,
} from "@pakkeforlop-hjem/instruments";
import { isSdkError } from "@pakkeforlop-hjem/model";
import { fc } from "@pakkeforlop-hjem/test-utils";
import { arbDialect, arbLangOf, FHIR_FORMS } from "@pakkeforlop-hjem/test-utils/fhir";
import { describe, expect, test } from "vitest";
import { fhirErrors } from "../test/validate-fhir.ts";
import type { Questionnaire, QuestionnaireItem } from "./fhir-types.ts";
import { isAnswerless } from "./questionnaire-items.ts";
import { toQuestionnaire, toQuestionnaireBundle } from "./to-questionnaire.ts";

const walk = (items: readonly QuestionnaireItem[] = []): QuestionnaireItem[] =>
  items.flatMap((i) => [i, ...walk(i.item)]);
const find = (q: Questionnaire, linkId: string): QuestionnaireItem => {
  const item = walk(q.item).find((i) => i.linkId === linkId);
  if (item === undefined) {
    throw new Error(`no item ${linkId}`);
  }
  return item;
};

const CASES = FHIR_FORMS.flatMap((form) => [
  ...form.languages.map(
    (lang) => [`${form.id} refero ${lang}`, toQuestionnaire(form, { dialect: "refero", lang })] as const,
  ),
  [`${form.id} refero bundle`, toQuestionnaireBundle(form)] as const,
  [`${form.id} sdc`, toQuestionnaire(form, { dialect: "sdc" })] as const,
]);

describe("toQuestionnaire", () => {
  test.each(CASES)("%s is valid FHIR R4 (medplum validator)", (_title, resource) => {
    expect(fhirErrors(resource)).toEqual([]);
  });

  test("the validator is not vacuous: it rejects wrong types, unknown elements and missing linkIds", () => {
    const bad = {
      resourceType: "Questionnaire",
      status: "active",
      item: [
        {
          type: "integer",
          required: "yes",
          foo: 1,
          enableWhen: [{ question: "x", operator: "=", answerInteger: 1.5 }],
        },
      ],
    };
    const errors = fhirErrors(bad).join("\n");
    expect(errors).toContain("linkId");
    expect(errors).toContain("foo");
    expect(errors).toContain("required");
  });

  propTest.prop([fc.constantFrom(...FHIR_FORMS).chain((f) => fc.tuple(fc.constant(f), arbLangOf(f), arbLangOf(f)))])(
    "both dialects share url, version, answerable linkIds and the codings of every non-slider choice",
    ([form, lang1, lang2]) => {
      const r = toQuestionnaire(form, { dialect: "refero", lang: lang1 });
      const s = toQuestionnaire(form, { dialect: "sdc", lang: lang2 });
      expect([r.url, r.version]).toEqual([s.url, s.version]);
      const answerable = (q: Questionnaire) =>
        walk(q.item)
          .filter((i) => !isAnswerless(i))
          .map((i) => i.linkId);
      expect(answerable(r)).toEqual(answerable(s));
      const codings = (q: Questionnaire) =>
        walk(q.item)
          .filter((i) => i.type === "choice")
          .map((i) => [i.linkId, i.answerOption?.map((o) => `${o.valueCoding.system}|${o.valueCoding.code}`)]);
      // Refero's sliders are choices; SDC's are integers: every other choice has identical codings.
      const sdcChoices = new Set(codings(s).map(([id]) => id));
      expect(codings(r).filter(([id]) => sdcChoices.has(id))).toEqual(codings(s));
    },
  );

  test("Refero: the thermometer is a choice slider with 11 coded options, ordinalValue, end labels and a help child", () => {
    const q = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "refero", lang: "nb" });
    const dt = find(q, "distress-score");
    expect(dt.type).toBe("choice");
    // Issue 16: the patient may decline the number, as in the needs-assessment forms.
    expect(dt.required).toBeUndefined();
    expect(dt.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe("slider");
    expect(dt.answerOption?.map((o) => o.valueCoding.code)).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
    expect(dt.answerOption?.[7]?.valueCoding.extension).toEqual([
      { url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: 7 },
    ]);
    expect(dt.answerOption?.[7]?.valueCoding.system).toBe(
      "https://pakkeforlop-hjem.github.io/sdk/fhir/CodeSystem/score-0-10",
    );
    expect(dt.code?.map((c) => `${c.system}#${c.code}`)).toEqual([
      "http://helsenorge.no/fhir/CodeSystem/SliderDisplayType#ordinalValue",
      "http://helsenorge.no/fhir/CodeSystem/SliderLabels#LabelLeft",
      "http://helsenorge.no/fhir/CodeSystem/SliderLabels#LabelRight",
    ]);
    const help = dt.item?.[0];
    expect(help).toMatchObject({ linkId: "distress-score-help", type: "text", readOnly: true });
    expect(help?.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe("help");
    expect(q.language).toBe("nb-NO");
    expect(q.meta?.tag?.[0]?.code).toBe("nb-NO");
  });

  test("SDC: the thermometer is an integer slider with sliderStepValue, help and end labels as display items, and translations", () => {
    const q = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "sdc" });
    const dt = find(q, "distress-score");
    expect(dt.type).toBe("integer");
    expect(dt.answerOption).toBeUndefined();
    expect(dt.extension?.map((e) => e.url.split("/").pop())).toEqual([
      "questionnaire-itemControl",
      "questionnaire-sliderStepValue",
      "minValue",
      "maxValue",
    ]);
    expect(dt.item?.map((i) => [i.linkId, i.type])).toEqual([
      ["distress-score-help", "display"],
      ["distress-score-lower", "display"],
      ["distress-score-upper", "display"],
    ]);
    const langs = dt._text?.extension?.map((e) => e.extension?.[0]?.valueCode);
    expect(langs).toEqual(["nn-NO", "en-GB"]);
    expect(q.meta).toBeUndefined();
  });

  test("SDC: a symptom scale has a calculatedExpression total; Refero a TS-coded sdf-calculatedExpression", () => {
    const esas = FHIR_FORMS.find((f) => f.kind === "symptom-scale") as FormDefinition;
    const sdc = find(toQuestionnaire(esas, { dialect: "sdc" }), "total-score");
    expect(sdc.extension?.[0]?.valueExpression?.language).toBe("text/fhirpath");
    const refero = find(toQuestionnaire(esas, { dialect: "refero", lang: "en" }), "total-score");
    expect(refero.code?.[0]?.code).toBe("TS");
    expect(refero.readOnly).toBe(true);
  });

  test("licence metadata goes into copyright; no LOINC or SNOMED CT code anywhere", () => {
    for (const form of [THERMOMETER_LEGACY_FORM, THERMOMETER_REVISED_FORM, NEEDS_ASSESSMENT_SP1]) {
      for (const q of [toQuestionnaire(form, { dialect: "sdc" }), toQuestionnaire(form, { dialect: "refero" })]) {
        expect(q.copyright).toContain("NCCN");
        expect(JSON.stringify(q)).not.toMatch(/loinc\.org|snomed\.info/);
      }
    }
  });

  test("conditions become enableWhen with typed answers", () => {
    const q = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "refero", lang: "nb" });
    expect(find(q, "topic.nutrition.note").enableWhen).toEqual([
      { question: "topic.nutrition.status", operator: "exists", answerBoolean: true },
    ]);
    // Issue 16: the problem list may be answered without a score.
    expect(find(q, "problem-list").enableWhen).toBeUndefined();
    expect(find(q, "topics").enableWhen).toEqual([
      {
        question: "outcome",
        operator: "=",
        answerCoding: { system: "https://pakkeforlop-hjem.github.io/sdk/fhir/CodeSystem/outcome", code: "completed" },
      },
    ]);
    expect(find(q, "minors").enableWhen).toEqual([
      { question: "has-minors", operator: "=", answerCoding: { system: "urn:oid:2.16.578.1.12.4.1.1101", code: "1" } },
    ]);
    const sdc = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "sdc" });
    expect(find(sdc, "minors").enableWhen).toEqual([{ question: "has-minors", operator: "=", answerBoolean: true }]);
  });

  test("Refero: a yes/no question is a Ja/Nei choice with radio buttons (a checkbox cannot be answered no)", () => {
    for (const lang of ["nb", "nn", "en"] as const) {
      const q = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "refero", lang });
      const booleans = walk(q.item).filter((i) => i.type === "boolean");
      expect(booleans).toEqual([]);
      const info = find(q, "minor-information-given");
      expect(info.type).toBe("choice");
      expect(info.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe("radio-button");
      expect(info.answerOption?.map((o) => [o.valueCoding.system, o.valueCoding.code])).toEqual([
        ["urn:oid:2.16.578.1.12.4.1.1101", "1"],
        ["urn:oid:2.16.578.1.12.4.1.1101", "2"],
      ]);
      expect(info.answerOption?.[1]?.valueCoding.display).toBe(lang === "en" ? "No" : "Nei");
    }
    expect(find(toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "sdc" }), "has-minors").type).toBe("boolean");
  });

  test("Refero: what a Helsenorge form author expects: form extensions, markdown help, validation texts, sublabels", () => {
    const q = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "refero", lang: "nn" });
    expect(q.extension?.map((e) => e.url.slice(e.url.lastIndexOf("/") + 1))).toEqual([
      "sdf-authenticationrequirement",
      "sdf-generatepdf",
      "sdf-generatenarrative",
      "sdf-presentationbuttons",
    ]);
    const help = find(q, "reoffer-on-help");
    expect(help._text?.extension?.[0]?.valueMarkdown).toBe(help.text);
    const ext = (linkId: string, url: string) =>
      find(q, linkId).extension?.find((e) => e.url === url)?.valueString ??
      find(q, linkId).extension?.find((e) => e.url === url)?.valueMarkdown;
    expect(ext("minor-age", "http://ehelse.no/fhir/StructureDefinition/validationtext")).toBe(
      "Skriv eit heilt tal frå 0 til 17.",
    );
    expect(ext("minor-age", "http://helsenorge.no/fhir/StructureDefinition/sdf-sublabel")).toBe("Eit tal frå 0 til 17");
    expect(ext("notes", "http://ehelse.no/fhir/StructureDefinition/validationtext")).toMatch(
      /^Skriv høgst \d+ teikn\.$/,
    );
    const sdc = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "sdc" });
    expect(sdc.extension).toBeUndefined();
    expect(JSON.stringify(sdc)).not.toContain("validationtext");
  });

  test("every slider option (a scored answer) carries its ordinalValue in Refero", () => {
    for (const form of FHIR_FORMS) {
      const q = toQuestionnaire(form, { dialect: "refero", lang: "nb" });
      for (const item of walk(q.item).filter((i) =>
        i.extension?.some((e) => e.valueCodeableConcept?.coding?.[0]?.code === "slider"),
      )) {
        for (const o of item.answerOption ?? []) {
          expect(o.valueCoding.extension?.[0]).toEqual({
            url: "http://hl7.org/fhir/StructureDefinition/ordinalValue",
            valueDecimal: Number(o.valueCoding.code),
          });
        }
      }
    }
  });

  test("Refero: an optional repeating group's children are not required there; a group with minOccurs keeps them", () => {
    const refero = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "refero", lang: "nb" });
    const sdc = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "sdc" });
    for (const group of ["participants", "measures", "consent-other"]) {
      expect(find(refero, group).required).toBeUndefined();
      expect(walk(find(refero, group).item).filter((i) => i.required === true)).toEqual([]);
      expect(walk(find(sdc, group).item).some((i) => i.required === true)).toBe(true);
    }
    expect(find(refero, "minor-age").required).toBe(true);
    expect(find(refero, "minor-information-given").required).toBe(true);
  });

  test("Refero: an ordering condition on a slider becomes one equality per matching step, enableBehavior any", () => {
    const form: FormDefinition = {
      ...THERMOMETER_LEGACY_FORM,
      items: [
        { linkId: "s", type: "integer", text: { nb: "S" }, minValue: 0, maxValue: 10, control: "slider" },
        { linkId: "f", type: "text", text: { nb: "F" }, enableWhen: [{ question: "s", operator: ">=", answer: 4 }] },
      ],
      languages: ["nb"],
    };
    const refero = find(toQuestionnaire(form, { dialect: "refero" }), "f");
    expect(refero.enableBehavior).toBe("any");
    expect(refero.enableWhen?.map((w) => w.answerCoding?.code)).toEqual(["4", "5", "6", "7", "8", "9", "10"]);
    const sdc = find(toQuestionnaire(form, { dialect: "sdc" }), "f");
    expect(sdc.enableWhen).toEqual([{ question: "s", operator: ">=", answerInteger: 4 }]);
  });

  propTest.prop([fc.constantFrom(...FHIR_FORMS), arbDialect()])("is deterministic", (form, dialect) => {
    expect(JSON.stringify(toQuestionnaire(form, { dialect }))).toBe(JSON.stringify(toQuestionnaire(form, { dialect })));
  });

  test("throws SdkError for a language the form does not have", () => {
    const form: FormDefinition = { ...THERMOMETER_LEGACY_FORM, languages: ["nb"] };
    expect(() => toQuestionnaire(form, { dialect: "refero", lang: "en" })).toThrow(/no "en" texts/);
    try {
      toQuestionnaire(form, { dialect: "refero", lang: "en" });
    } catch (e) {
      expect(isSdkError(e) && e.code).toBe("invalid_argument");
    }
  });

  test("starts with the conventional FHIR element order", () => {
    const keys = Object.keys(toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "refero" }));
    expect(keys).toEqual([
      "resourceType",
      "id",
      "meta",
      "language",
      "extension",
      "url",
      "version",
      "name",
      "title",
      "status",
      "subjectType",
      "publisher",
      "copyright",
      "code",
      "item",
    ]);
  });
});

describe("toQuestionnaireBundle", () => {
  test("holds one Questionnaire per language with the same url, version and linkIds", () => {
    const b = toQuestionnaireBundle(THERMOMETER_REVISED_FORM);
    expect(b.type).toBe("searchset");
    expect(b.entry.map((e) => e.resource.language)).toEqual(["nb-NO", "nn-NO", "en-GB"]);
    expect(new Set(b.entry.map((e) => `${e.resource.url}|${e.resource.version}`)).size).toBe(1);
    const ids = b.entry.map((e) => JSON.stringify(walk(e.resource.item).map((i) => i.linkId)));
    expect(new Set(ids).size).toBe(1);
  });
});
