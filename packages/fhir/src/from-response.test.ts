import { readFileSync } from "node:fs";
import { test as propTest } from "@fast-check/vitest";
import {
  type AssessmentContext,
  answersToAssessment,
  createNeedsAssessmentForm,
  DT_REVISED,
  FORMS,
  type FormAnswers,
  type FormDefinition,
  NEEDS_ASSESSMENT_SP1,
  NEEDS_ASSESSMENT_SP2,
  NEEDS_ASSESSMENT_SP3,
  THERMOMETER_LEGACY_FORM,
} from "@pakkeforlop-hjem/instruments";
import { type Assessment, formatIssue, isSdkError, LANGS } from "@pakkeforlop-hjem/model";
import { fc } from "@pakkeforlop-hjem/test-utils";
import { arbDialect, arbFormCase, arbPersonalValue } from "@pakkeforlop-hjem/test-utils/fhir";
import { arbNeedsAssessment } from "@pakkeforlop-hjem/test-utils/instruments";
import { describe, expect, test } from "vitest";
import { fhirErrors } from "../test/validate-fhir.ts";
import { assessmentToAnswers } from "./assessment-to-answers.ts";
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from "./fhir-types.ts";
import { fromQuestionnaireResponse, RESPONSE_LIMITS } from "./from-response.ts";
import { toOperationOutcome } from "./operation-outcome.ts";
import { PRE_VISIT_FORM } from "./pre-visit-form.ts";
import { type Dialect, toQuestionnaire } from "./to-questionnaire.ts";
import { toQuestionnaireResponse } from "./to-response.ts";

const referoQ = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "refero", lang: "nb" });
const sdcQ = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "sdc" });
const URL = referoQ.url as string;

/** A response as Refero writes it: url only, texts copied; completed, as the host marks it on submit. */
const referoResponse = (answers: FormAnswers): Record<string, unknown> => {
  const { questionnaire: _pinned, ...rest } = toQuestionnaireResponse(referoQ, answers, { status: "completed" });
  return { ...rest, questionnaire: URL };
};

const codes = (r: ReturnType<typeof fromQuestionnaireResponse>) => (r.success ? [] : r.error.issues.map((i) => i.code));
const paths = (r: ReturnType<typeof fromQuestionnaireResponse>) =>
  r.success ? [] : r.error.issues.map((i) => toOperationOutcome([i]).issue[0]?.expression?.[0]);

describe("fromQuestionnaireResponse", () => {
  propTest.prop([arbFormCase()], { numRuns: 60 })(
    "random valid answers → QuestionnaireResponse → answers round-trip in both dialects",
    ({ form, dialect, lang, answers }) => {
      const questionnaire = toQuestionnaire(form, { dialect, lang });
      const response = toQuestionnaireResponse(questionnaire, answers, { authored: "2026-03-02T10:00:00+01:00" });
      const r = fromQuestionnaireResponse(response, { questionnaire });
      if (!r.success) {
        throw new Error(r.error.message);
      }
      expect(r.data.answers).toEqual(answers);
      expect(r.data.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
      if (form.kind === "distress-thermometer") {
        expect(r.data.distress?.screening.score).toBe(answers["distress-score"]);
      }
    },
  );

  propTest.prop([arbFormCase(FORMS.filter((f) => f.kind !== "needs-assessment"))], { numRuns: 15 })(
    "every generated QuestionnaireResponse is valid FHIR R4",
    ({ form, dialect, lang, answers }) => {
      const q = toQuestionnaire(form, { dialect, lang });
      expect(fhirErrors(toQuestionnaireResponse(q, answers, { authored: "2026-03-02T10:00:00+01:00" }))).toEqual([]);
    },
  );

  propTest.prop([arbNeedsAssessment(FORMS[0] as (typeof FORMS)[number])], { numRuns: 5 })(
    "a needs-assessment response with a context becomes the same Assessment as the answers",
    ({ context, answers }) => {
      const questionnaire = toQuestionnaire(FORMS[0] as (typeof FORMS)[number], { dialect: "sdc" });
      const r = fromQuestionnaireResponse(toQuestionnaireResponse(questionnaire, answers), { questionnaire, context });
      if (!r.success) {
        throw new Error(r.error.message);
      }
      expect(r.data.assessment?.id).toBe(context.id);
    },
  );

  test("pins url|version when Refero wrote only the url, and scores the thermometer", () => {
    const r = fromQuestionnaireResponse(referoResponse({ "distress-score": 6, "problem.pain": "yes" }), {
      questionnaire: referoQ,
    });
    expect(r.success && r.data.response.questionnaire).toBe(`${URL}|1.0`);
    expect(r.success && r.data.distress?.aboveThreshold).toBe(true);
  });

  test("reads the patient's thermometer without a number as unscored: no score, no verdict (issue 16)", () => {
    for (const [questionnaire, response] of [
      [referoQ, referoResponse({ "problem.pain": "yes" })],
      [sdcQ, toQuestionnaireResponse(sdcQ, { "problem.pain": "yes" })],
    ] as const) {
      const r = fromQuestionnaireResponse(response, { questionnaire });
      expect(r.success && [r.data.distress?.scored, r.data.distress?.aboveThreshold]).toEqual([false, undefined]);
      expect(r.success && r.data.distress?.screening.items).toEqual([{ code: "pain", value: "yes" }]);
    }
    expect(codes(fromQuestionnaireResponse(referoResponse({}), { questionnaire: referoQ }))).toEqual([
      "answer_required",
    ]);
  });

  test("reads the SDC integer slider and the Refero coded slider to the same answer", () => {
    const a = fromQuestionnaireResponse(toQuestionnaireResponse(sdcQ, { "distress-score": 3 }), {
      questionnaire: sdcQ,
    });
    const b = fromQuestionnaireResponse(referoResponse({ "distress-score": 3 }), { questionnaire: referoQ });
    expect(a.success && a.data.answers).toEqual({ "distress-score": 3 });
    expect(b.success && b.data.answers).toEqual({ "distress-score": 3 });
  });

  test("maps the pre-visit form to the patient's wishes", () => {
    const questionnaire = toQuestionnaire(PRE_VISIT_FORM, { dialect: "refero", lang: "nn" });
    const qr = toQuestionnaireResponse(questionnaire, { wish: "talk", "wish-topics": ["nutrition", "coping"] });
    const r = fromQuestionnaireResponse(qr, { questionnaire });
    expect(r.success && r.data.preVisit).toEqual({ wantsToTalk: true, topics: ["nutrition", "coping"] });
  });

  test("not_a_response: the input is not a QuestionnaireResponse", () => {
    expect(codes(fromQuestionnaireResponse({ resourceType: "Patient" }, { questionnaire: referoQ }))).toEqual([
      "not_a_response",
    ]);
    expect(codes(fromQuestionnaireResponse("x", { questionnaire: referoQ }))).toEqual(["not_a_response"]);
  });

  test("questionnaire_mismatch: the response names another Questionnaire", () => {
    const qr = { ...referoResponse({ "distress-score": 1 }), questionnaire: "https://example.org/Questionnaire/x|1.0" };
    expect(codes(fromQuestionnaireResponse(qr, { questionnaire: referoQ }))).toEqual(["questionnaire_mismatch"]);
  });

  test("version_mismatch: the response was answered with another version", () => {
    const qr = { ...referoResponse({ "distress-score": 1 }), questionnaire: `${URL}|0.9` };
    const r = fromQuestionnaireResponse(qr, { questionnaire: referoQ });
    expect(codes(r)).toEqual(["version_mismatch"]);
    expect(paths(r)).toEqual(["QuestionnaireResponse.questionnaire"]);
  });

  test("unknown_link_id: an item that is not in the Questionnaire", () => {
    const qr = { ...referoResponse({}), item: [{ linkId: "nope", answer: [{ valueString: "x" }] }] };
    const r = fromQuestionnaireResponse(qr, { questionnaire: referoQ });
    expect(codes(r)).toEqual(["unknown_link_id"]);
    expect(paths(r)).toEqual(["QuestionnaireResponse.item[0]"]);
  });

  test("wrong_answer_type: a string for the slider, and two answers where one is allowed", () => {
    const item = (answer: unknown[]) => ({
      ...referoResponse({}),
      item: [{ linkId: "distress", item: [{ linkId: "distress-score", answer }] }],
    });
    const one = fromQuestionnaireResponse(item([{ valueString: "7" }]), { questionnaire: referoQ });
    expect(codes(one)).toEqual(["wrong_answer_type"]);
    expect(paths(one)).toEqual(["QuestionnaireResponse.item[0].item[0].answer[0]"]);
    const two = fromQuestionnaireResponse(item([{ valueInteger: 1 }, { valueInteger: 2 }]), { questionnaire: sdcQ });
    expect(codes(two)).toEqual(["wrong_answer_type"]);
  });

  test("unknown_code: a coding that is not one of the options", () => {
    const qr = {
      ...referoResponse({}),
      item: [
        {
          linkId: "distress",
          item: [{ linkId: "distress-score", answer: [{ valueCoding: { system: "x", code: "7" } }] }],
        },
      ],
    };
    expect(codes(fromQuestionnaireResponse(qr, { questionnaire: referoQ }))).toEqual(["unknown_code"]);
  });

  test("answer issues of the instruments package point into the response", () => {
    const r = fromQuestionnaireResponse(referoResponse({}), { questionnaire: referoQ });
    expect(codes(r)).toEqual(["answer_required"]);
    expect(paths(r)).toEqual(["QuestionnaireResponse.descendants().where(linkId='distress-score')"]);
    const first = r.success ? undefined : r.error.issues[0];
    expect(first?.code === "answer_required" && first.params.linkId).toBe("distress-score");
  });

  test("throws SdkError when the questionnaire is not ours and no form is given", () => {
    const other = { ...referoQ, url: "https://example.org/Questionnaire/x" };
    try {
      fromQuestionnaireResponse({}, { questionnaire: other });
      expect.unreachable();
    } catch (e) {
      expect(isSdkError(e) && e.code).toBe("invalid_argument");
    }
  });

  propTest.prop([arbPersonalValue(), fc.constantFrom(referoQ, sdcQ)])(
    "no message, end-user text or OperationOutcome repeats a value from the response",
    (secret, questionnaire) => {
      const bad: unknown[] = [
        { ...referoResponse({}), questionnaire: `${URL}|${secret}` },
        { ...referoResponse({}), questionnaire: `${secret}|1.0` },
        { ...referoResponse({}), item: [{ linkId: secret, answer: [{ valueString: secret }] }] },
        {
          ...referoResponse({}),
          item: [
            {
              linkId: "distress",
              item: [
                { linkId: "distress-score", answer: [{ valueString: secret }] },
                {
                  linkId: "problem-list",
                  item: [{ linkId: "other-concerns", answer: [{ valueCoding: { system: secret, code: secret } }] }],
                },
              ],
            },
          ],
        },
        {
          ...referoResponse({}),
          item: [
            {
              linkId: "distress",
              item: [
                {
                  linkId: "problem-list",
                  item: [{ linkId: "other-concerns", answer: [{ valueString: `${secret}\u0000` }] }],
                },
              ],
            },
          ],
        },
      ];
      for (const qr of bad) {
        const r = fromQuestionnaireResponse(qr, {
          questionnaire: questionnaire as QuestionnaireResponse & typeof referoQ,
        });
        expect(r.success).toBe(false);
        if (!r.success) {
          const texts = [
            ...r.error.issues.map((i) => i.message),
            ...r.error.issues.flatMap((i) => LANGS.map((l) => formatIssue(i, l))),
            JSON.stringify(toOperationOutcome(r.error.issues)),
          ];
          for (const t of texts) {
            expect(t).not.toContain(secret);
          }
        }
      }
    },
  );
});

const NEEDS_FORMS: readonly FormDefinition[] = [
  NEEDS_ASSESSMENT_SP1,
  NEEDS_ASSESSMENT_SP2,
  NEEDS_ASSESSMENT_SP3,
  ...([1, 2, 3] as const).map((ip) => createNeedsAssessmentForm(ip, { instrument: DT_REVISED })),
];

const example = (name: string): Assessment =>
  JSON.parse(
    readFileSync(new globalThis.URL(`../../../examples/data/${name}.json`, import.meta.url), "utf8"),
  ) as Assessment;

/**
 * A response shaped as Refero writes it: the url without `|version`, every unanswered repeating group as one empty
 * instance, every unanswered question as an item without answers.
 */
function asRefero(q: Questionnaire, qr: QuestionnaireResponse): Record<string, unknown> {
  const shape = (qItems: readonly QuestionnaireItem[], rItems: readonly QuestionnaireResponseItem[]) =>
    qItems.flatMap((qi): QuestionnaireResponseItem[] => {
      if (qi.type === "display" || qi.readOnly === true) {
        return [];
      }
      const given = rItems.filter((r) => r.linkId === qi.linkId);
      if (qi.type === "group") {
        const instances = given.length === 0 ? [{ linkId: qi.linkId, item: [] }] : given;
        return instances.map((r) => ({
          linkId: qi.linkId,
          text: qi.text ?? "",
          item: shape(qi.item ?? [], r.item ?? []),
        }));
      }
      return given.length === 0 ? [{ linkId: qi.linkId, text: qi.text ?? "" }] : given;
    });
  const { questionnaire: _pinned, ...rest } = qr;
  return { ...rest, questionnaire: q.url, item: shape(q.item ?? [], qr.item ?? []) };
}

const contextOf = (a: Assessment): AssessmentContext => ({
  id: a.id,
  conductedAt: a.conductedAt,
  patient: a.patient,
  conductedBy: a.conductedBy,
  organisation: a.organisation,
  diagnosis: a.diagnosis,
  ...(a.distress === undefined ? {} : { thresholdRule: a.distress.thresholdRule }),
  parseOptions: { allowTestNumbers: true },
});

describe("assessment → answers → QuestionnaireResponse → assessment", () => {
  propTest.prop(
    [
      fc.constantFrom(...NEEDS_FORMS).chain((form) =>
        fc.record({
          form: fc.constant(form),
          dialect: arbDialect(),
          lang: fc.constantFrom(...form.languages),
          refero: fc.boolean(),
          c: arbNeedsAssessment(form),
        }),
      ),
    ],
    { numRuns: 60 },
  )(
    "gives the same assessment for every needs-assessment form, language and dialect",
    ({ form, dialect, lang, refero, c }) => {
      const first = answersToAssessment(form, c.answers, c.context);
      if (!first.success) {
        throw new Error(first.error.message);
      }
      const questionnaire = toQuestionnaire(form, { dialect, lang });
      const qr = toQuestionnaireResponse(questionnaire, assessmentToAnswers(form, first.data));
      const r = fromQuestionnaireResponse(refero ? asRefero(questionnaire, qr) : qr, {
        questionnaire,
        form,
        context: c.context,
      });
      if (!r.success) {
        throw new Error(r.error.message);
      }
      expect(r.data.assessment).toEqual(first.data);
    },
  );

  const EXAMPLES = [
    "sp1-consent-all",
    "sp1-declines-municipality",
    "sp2-with-children",
    "sp3-palliative",
    "child-patient-guardian",
    "sp1-declined",
  ];
  const FORM_OF = { 1: NEEDS_ASSESSMENT_SP1, 2: NEEDS_ASSESSMENT_SP2, 3: NEEDS_ASSESSMENT_SP3 } as const;
  const cases = EXAMPLES.flatMap((name) =>
    (["refero", "sdc"] as const).flatMap((dialect: Dialect) => LANGS.map((lang) => [name, dialect, lang] as const)),
  );

  test.each(cases)("the example %s survives the trip (%s, %s)", (name, dialect, lang) => {
    const a = example(name);
    const form =
      a.distress?.instrument.id === DT_REVISED.id
        ? createNeedsAssessmentForm(a.interactionPoint, { instrument: DT_REVISED })
        : FORM_OF[a.interactionPoint];
    const questionnaire = toQuestionnaire(form, { dialect, lang });
    const answers = assessmentToAnswers(form, a);
    const r = fromQuestionnaireResponse(asRefero(questionnaire, toQuestionnaireResponse(questionnaire, answers)), {
      questionnaire,
      form,
      context: contextOf(a),
    });
    if (!r.success) {
      throw new Error(r.error.message);
    }
    const back = r.data.assessment as Assessment;
    expect(assessmentToAnswers(form, back)).toEqual(answers);
    expect(back.consent.map((c) => [c.recipient, c.value])).toEqual(a.consent.map((c) => [c.recipient, c.value]));
    // The form does not ask the child contact's role and unit (see assessmentToAnswers).
    expect(back.children?.minors).toEqual(a.children?.minors);
    expect(back.children?.hasMinorChildrenOrSiblings).toEqual(a.children?.hasMinorChildrenOrSiblings);
    expect(back.topics).toEqual(a.topics);
  });
});

describe("Refero's own shapes", () => {
  const q = toQuestionnaire(NEEDS_ASSESSMENT_SP1, { dialect: "refero", lang: "nb" });
  const minimal: FormAnswers = {
    outcome: "completed",
    mode: "in-person",
    "patient-age-group": "adult",
    respondent: "patient",
  };

  test("an empty instance of a repeating group is no entry", () => {
    const qr = asRefero(q, toQuestionnaireResponse(q, minimal));
    const r = fromQuestionnaireResponse(qr, { questionnaire: q });
    if (!r.success) {
      throw new Error(r.error.message);
    }
    expect(r.data.answers).toEqual(minimal);
    expect(JSON.stringify(qr)).toContain('"linkId":"measures"');
  });

  test("a half-answered instance still needs its required answers, pointing at the instance", () => {
    const qr = toQuestionnaireResponse(q, { ...minimal, measures: [{ "measure-status": "planned" }] });
    const r = fromQuestionnaireResponse(qr, { questionnaire: q });
    expect(codes(r)).toEqual(["answer_required", "answer_required"]);
    expect(paths(r)[0]).toMatch(/^QuestionnaireResponse\.item\[\d+\]\.descendants\(\)/);
  });

  test("Ja/Nei reads back as a boolean, so a patient without minors answers no", () => {
    const qr = toQuestionnaireResponse(q, { ...minimal, "has-minors": false });
    expect(JSON.stringify(qr)).toContain('"code":"2"');
    const r = fromQuestionnaireResponse(qr, { questionnaire: q });
    expect(r.success && r.data.answers["has-minors"]).toBe(false);
    const yes = toQuestionnaireResponse(q, {
      ...minimal,
      "has-minors": true,
      minors: [{ "minor-relation": "child", "minor-age": 7, "minor-information-given": false }],
    });
    const y = fromQuestionnaireResponse(yes, { questionnaire: q });
    expect(y.success && y.data.answers["minors"]).toEqual([
      { "minor-relation": "child", "minor-age": 7, "minor-information-given": false },
    ]);
  });
});

describe("status, questionnaire reference and limits", () => {
  const ok = (answers: FormAnswers = { "distress-score": 5 }) => ({
    ...toQuestionnaireResponse(referoQ, answers),
    questionnaire: URL,
  });

  test("completed and amended are imported and scored", () => {
    for (const status of ["completed", "amended"]) {
      const r = fromQuestionnaireResponse({ ...ok(), status }, { questionnaire: referoQ });
      expect(r.success && [r.data.status, r.data.draft, r.data.distress?.screening.score]).toEqual([status, false, 5]);
    }
  });

  test("in-progress is a draft: incomplete answers are fine, wrong ones are not, nothing is scored", () => {
    const draft = fromQuestionnaireResponse({ ...ok({}), status: "in-progress" }, { questionnaire: referoQ });
    expect(draft.success && [draft.data.draft, draft.data.distress, draft.data.answers]).toEqual([true, undefined, {}]);
    const some = fromQuestionnaireResponse({ ...ok(), status: "in-progress" }, { questionnaire: referoQ });
    expect(some.success && [some.data.status, some.data.distress]).toEqual(["in-progress", undefined]);
    const wrong = {
      ...ok({}),
      status: "in-progress",
      item: [{ linkId: "distress", item: [{ linkId: "distress-score", answer: [{ valueString: "7" }] }] }],
    };
    expect(codes(fromQuestionnaireResponse(wrong, { questionnaire: referoQ }))).toEqual(["wrong_answer_type"]);
  });

  test.each([
    ["entered-in-error", "entered-in-error"],
    ["stopped", "stopped"],
    ["something-else", "unknown"],
    [undefined, "unknown"],
    [7, "unknown"],
  ])("status %s is refused as status_not_importable (%s)", (status, named) => {
    const r = fromQuestionnaireResponse({ ...ok(), status }, { questionnaire: referoQ });
    expect(codes(r)).toEqual(["status_not_importable"]);
    expect(paths(r)).toEqual(["QuestionnaireResponse.status"]);
    const i = r.success ? undefined : r.error.issues[0];
    expect(i?.code === "status_not_importable" && i.params.status).toBe(named);
  });

  test("questionnaire reference forms: canonical url, url|version, Questionnaire/<id>, or none (the caller's pin)", () => {
    const pinned = `${URL}|1.0`;
    for (const questionnaire of [URL, pinned, `Questionnaire/${referoQ.id}`, undefined]) {
      const r = fromQuestionnaireResponse({ ...ok(), questionnaire }, { questionnaire: referoQ });
      expect(r.success && r.data.response.questionnaire, String(questionnaire)).toBe(pinned);
    }
    expect(referoQ.id).toBe("distress-thermometer-legacy-nb");
  });

  test("a url-only response is pinned to the version of the Questionnaire the caller passes", () => {
    const next = { ...referoQ, version: "1.1" };
    const form = { ...THERMOMETER_LEGACY_FORM, version: "1.1" };
    const r = fromQuestionnaireResponse(ok(), { questionnaire: next, form });
    expect(r.success && r.data.questionnaire).toBe(`${URL}|1.1`);
    expect(
      codes(fromQuestionnaireResponse({ ...ok(), questionnaire: `${URL}|1.0` }, { questionnaire: next, form })),
    ).toEqual(["version_mismatch"]);
  });

  test.each([
    [{ reference: "Questionnaire/x" }, "questionnaire_reference_invalid"],
    [42, "questionnaire_reference_invalid"],
    ["", "questionnaire_reference_invalid"],
    ["Questionnaire/needs-assessment-sp1-nb", "questionnaire_mismatch"],
    ["Questionnaire/distress-thermometer-legacy-nn", "questionnaire_mismatch"],
  ])("questionnaire %j is refused (%s)", (questionnaire, code) => {
    const r = fromQuestionnaireResponse({ ...ok(), questionnaire }, { questionnaire: referoQ });
    expect(codes(r)).toEqual([code]);
    expect(paths(r)).toEqual(["QuestionnaireResponse.questionnaire"]);
  });

  test("many unknown items: at most maxIssues issues, then one too_many_issues; no text says undefined", () => {
    const item = Array.from({ length: 5_000 }, (_, i) => ({ linkId: `x${i}`, answer: [{ valueString: "x" }] }));
    const r = fromQuestionnaireResponse({ ...ok(), item }, { questionnaire: referoQ });
    const issues = r.success ? [] : r.error.issues;
    expect(issues.length).toBe(RESPONSE_LIMITS.maxIssues + 1);
    expect(issues.at(-1)?.code).toBe("too_many_issues");
    expect(issues[0]?.code).toBe("unknown_link_id");
    for (const i of issues.slice(0, 3)) {
      for (const lang of LANGS) {
        expect(formatIssue(i, lang)).not.toMatch(/undefined/);
      }
    }
  });

  test("a response with more items and answers than maxItems is refused unread", () => {
    const item = Array.from({ length: RESPONSE_LIMITS.maxItems + 1 }, () => ({ linkId: "x" }));
    expect(codes(fromQuestionnaireResponse({ ...ok(), item }, { questionnaire: referoQ }))).toEqual([
      "response_too_large",
    ]);
    const deep: Record<string, unknown> = { linkId: "distress" };
    let at = deep;
    for (let i = 0; i < 20_000; i++) {
      const next = { linkId: "distress" };
      at["item"] = [next];
      at = next;
    }
    expect(codes(fromQuestionnaireResponse({ ...ok(), item: [deep] }, { questionnaire: referoQ }))).toEqual([
      "response_too_large",
    ]);
    expect(codes(fromQuestionnaireResponse(ok(), { questionnaire: referoQ, maxItems: 1 }))).toEqual([
      "response_too_large",
    ]);
  });
});
