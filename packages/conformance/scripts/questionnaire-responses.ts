/**
 * The `questionnaire-response` vectors (issue 20): small hand-written QuestionnaireResponses, as Refero and SDC
 * renderers write them, for each rule of `fromQuestionnaireResponse`: status (imported, draft, refused), the
 * questionnaire reference forms, empty repeat instances, Refero's Ja/Nei codings, the thermometer without a number
 * (issue 16) and the limits. Expected results
 * come from the SDK (`sdkImplementation.importQuestionnaireResponse`).
 */
import {
  type ExpectedIssue,
  type QuestionnaireResponseVectorOptions,
  type QuestionnaireVectorRef,
  sdkImplementation as sdk,
  type VectorEntry,
} from "@pakkeforlop-hjem/conformance";
import { codeSystemUrl, questionnaireUrl } from "@pakkeforlop-hjem/fhir";
import { stableJson } from "../../../scripts/artifacts.ts";

/** What this file needs of the generator's builder. */
export interface VectorBuilder {
  json(path: string, value: unknown): string;
  file(path: string, content: string): string;
  add(entry: VectorEntry): void;
}

type Json = Record<string, unknown>;

interface ResponseCase {
  readonly name: string;
  readonly description: string;
  readonly questionnaire: QuestionnaireVectorRef;
  readonly response: unknown;
  readonly options?: QuestionnaireResponseVectorOptions;
}

const DT = "distress-thermometer-revised";
const SP1 = "needs-assessment-sp1";
const DT_REFERO: QuestionnaireVectorRef = { form: DT, dialect: "refero", lang: "nb" };
const DT_SDC: QuestionnaireVectorRef = { form: DT, dialect: "sdc", lang: "nb" };
const SP1_REFERO: QuestionnaireVectorRef = { form: SP1, dialect: "refero", lang: "nb" };
const SP1_SDC: QuestionnaireVectorRef = { form: SP1, dialect: "sdc", lang: "nb" };
/** Volven 1101 (Ja/Nei): how Refero asks a yes/no question (issue 20). */
const JA_NEI = "urn:oid:2.16.578.1.12.4.1.1101";

const coding = (system: string, code: string, display?: string): Json => ({
  valueCoding: { system, code, ...(display === undefined ? {} : { display }) },
});
const ja = coding(JA_NEI, "1", "Ja");
const nei = coding(JA_NEI, "2", "Nei");
const answered = (linkId: string, ...answer: Json[]): Json => ({ linkId, answer });
/** An item as Refero writes an unanswered one: the linkId and the copied text, no `answer`. */
const blank = (linkId: string): Json => ({ linkId, text: "…" });
const group = (linkId: string, ...item: Json[]): Json => ({ linkId, item });

function response(status: unknown, questionnaire: unknown, item?: Json[]): Json {
  return {
    resourceType: "QuestionnaireResponse",
    ...(questionnaire === undefined ? {} : { questionnaire }),
    ...(status === undefined ? {} : { status }),
    ...(item === undefined ? {} : { item }),
  };
}

/** The revised thermometer as Refero writes it: the score as a coding of the 0–10 code system. */
const dtItems = (score: number): Json[] => [
  group("distress", answered("distress-score", coding(codeSystemUrl("score-0-10"), String(score), String(score)))),
];
const DT_URL = questionnaireUrl(DT);
/** `ABSENT` leaves `questionnaire` out of the response. */
const ABSENT = Symbol("absent");
const dt = (status: unknown, questionnaire: unknown = DT_URL, score = 5): Json =>
  response(status, questionnaire === ABSENT ? undefined : questionnaire, dtItems(score));

/** The context a completed SP1 conversation needs, as Refero writes it. */
const sp1Context = (...without: string[]): Json =>
  group(
    "context",
    ...[
      answered("outcome", coding(codeSystemUrl("outcome"), "completed", "Gjennomført")),
      answered("mode", coding(codeSystemUrl("mode"), "in-person", "Fysisk oppmøte")),
      answered("patient-age-group", coding(codeSystemUrl("age-group"), "adult", "Voksen")),
      answered("respondent", coding(codeSystemUrl("respondent"), "patient", "Pasienten")),
    ].filter((i) => !without.includes(i["linkId"] as string)),
    // Refero writes one instance of every repeating group, answered or not.
    group("participants", blank("participant-kind"), blank("participant-relation")),
  );
const emptyMinor = group(
  "minors",
  blank("minor-relation"),
  blank("minor-age"),
  blank("minor-situation"),
  blank("minor-information-given"),
  blank("minor-follow-up"),
);
const minor = (informed: Json): Json =>
  group(
    "minors",
    answered("minor-relation", coding(codeSystemUrl("minor-relation"), "child", "Barn")),
    answered("minor-age", { valueInteger: 7 }),
    answered("minor-information-given", informed),
  );
const emptyMeasure = group("measures", blank("measure-description"), blank("measure-status"));
const SP1_URL = questionnaireUrl(SP1);
const sp1 = (status: string, ...rest: Json[]): Json => response(status, SP1_URL, [sp1Context(), ...rest]);

function statusCases(): ResponseCase[] {
  const refused = (name: string, status: unknown, what: string): ResponseCase => ({
    name: `status.${name}`,
    description: `status ${what} is refused (status_not_importable)`,
    questionnaire: DT_REFERO,
    response: dt(status),
  });
  return [
    {
      name: "status.completed",
      description: "status completed is imported and scored (score 5, above the threshold)",
      questionnaire: DT_REFERO,
      response: dt("completed"),
    },
    {
      name: "status.amended",
      description: "status amended is imported and scored like completed (score 3, below the threshold)",
      questionnaire: DT_REFERO,
      response: dt("amended", DT_URL, 3),
    },
    {
      name: "status.in-progress.empty",
      description: "status in-progress is a draft: no answers at all is fine, nothing is scored",
      questionnaire: DT_REFERO,
      response: response("in-progress", DT_URL),
    },
    {
      name: "status.in-progress.answered",
      description: "status in-progress is a draft: answers are read but not scored",
      questionnaire: DT_REFERO,
      response: dt("in-progress"),
    },
    {
      name: "status.in-progress.wrong-type",
      description: "a draft's answers are still checked: a string for the coded score is wrong_answer_type",
      questionnaire: DT_REFERO,
      response: response("in-progress", DT_URL, [group("distress", answered("distress-score", { valueString: "5" }))]),
    },
    {
      name: "status.completed.unanswered",
      description: "a completed response must hold the required answers (answer_required), unlike a draft",
      questionnaire: DT_REFERO,
      response: response("completed", DT_URL),
    },
    refused("entered-in-error", "entered-in-error", "entered-in-error"),
    refused("stopped", "stopped", "stopped"),
    refused("unknown", "cancelled", "that is not a QuestionnaireResponse status"),
    refused("missing", undefined, "missing"),
    refused("not-a-string", 7, "that is not a string"),
  ];
}

function referenceCases(): ResponseCase[] {
  const ok = (name: string, questionnaire: unknown, what: string): ResponseCase => ({
    name: `reference.${name}`,
    description: `questionnaire ${what} is accepted and pinned as url|version`,
    questionnaire: DT_REFERO,
    response: dt("completed", questionnaire),
  });
  const refused = (name: string, questionnaire: unknown, what: string, code: string): ResponseCase => ({
    name: `reference.${name}`,
    description: `questionnaire ${what} is refused (${code})`,
    questionnaire: DT_REFERO,
    response: dt("completed", questionnaire),
  });
  return [
    ok("url", DT_URL, "as the canonical url without a version (as Refero writes it)"),
    ok("url-version", `${DT_URL}|1.0`, "as url|version with the Questionnaire's version"),
    ok("relative-id", `Questionnaire/${DT}-nb`, "as Questionnaire/<id> with the Refero Questionnaire's id"),
    ok("absent", ABSENT, "absent (the caller's Questionnaire is the one answered)"),
    {
      name: "reference.sdc.relative-id",
      description: "questionnaire as Questionnaire/<id> with the SDC Questionnaire's id; the SDC score is an integer",
      questionnaire: DT_SDC,
      response: response("completed", `Questionnaire/${DT}`, [
        group("distress", answered("distress-score", { valueInteger: 5 })),
      ]),
    },
    refused(
      "object",
      { reference: `Questionnaire/${DT}-nb` },
      "as a Reference object",
      "questionnaire_reference_invalid",
    ),
    refused("number", 42, "as a number", "questionnaire_reference_invalid"),
    refused("empty", "", "as an empty string", "questionnaire_reference_invalid"),
    refused("other-form", questionnaireUrl("esas-r"), "naming another form's url", "questionnaire_mismatch"),
    refused(
      "other-language-id",
      `Questionnaire/${DT}-nn`,
      "naming the id of the same form in another language",
      "questionnaire_mismatch",
    ),
    refused(
      "other-url-version",
      `${questionnaireUrl("esas-r")}|1.0`,
      "naming another form's url|version",
      "questionnaire_mismatch",
    ),
    refused("other-version", `${DT_URL}|0.9`, "naming another version of the form", "version_mismatch"),
    {
      name: "reference.and-status",
      description: "a wrong reference and a wrong status are both reported, before any item is read",
      questionnaire: DT_REFERO,
      response: response("entered-in-error", 42, [answered("not-in-the-form", { valueString: "x" })]),
    },
    {
      name: "not-a-response",
      description: "a resource that is not a QuestionnaireResponse is refused (not_a_response)",
      questionnaire: DT_REFERO,
      response: { resourceType: "Patient", status: "completed" },
    },
  ];
}

function referoCases(): ResponseCase[] {
  const children = (...item: Json[]): Json => group("children", ...item);
  return [
    {
      name: "refero.sp1.empty-repeat-instances",
      description:
        "Refero's response with an empty instance of each repeating group (participants, minors, measures): no entries",
      questionnaire: SP1_REFERO,
      response: sp1("completed", children(blank("has-minors"), emptyMinor), emptyMeasure),
    },
    {
      name: "refero.sp1.repeat.answered-and-empty",
      description: "a repeating group with one answered and one empty instance has one entry",
      questionnaire: SP1_REFERO,
      response: sp1("completed", children(answered("has-minors", ja), minor(ja), emptyMinor)),
    },
    {
      name: "refero.sp1.repeat.half-answered",
      description: "an instance with some answers is an entry and needs its required answers (answer_required)",
      questionnaire: SP1_REFERO,
      response: sp1(
        "completed",
        group(
          "measures",
          blank("measure-description"),
          answered("measure-status", coding(codeSystemUrl("measure-status"), "planned", "Planlagt")),
        ),
      ),
    },
    {
      name: "refero.sp1.ja-nei.nei",
      description: "Refero's Nei (Volven 1101 code 2) to a yes/no question is false",
      questionnaire: SP1_REFERO,
      response: sp1("completed", children(answered("has-minors", nei), emptyMinor)),
    },
    {
      name: "refero.sp1.ja-nei.ja",
      description: "Refero's Ja (code 1) is true, also inside a repeating group (Nei there is false)",
      questionnaire: SP1_REFERO,
      response: sp1("completed", children(answered("has-minors", ja), minor(nei))),
    },
    {
      name: "refero.sp1.ja-nei.unknown-code",
      description: "a Volven 1101 code that is neither Ja nor Nei is unknown_code",
      questionnaire: SP1_REFERO,
      response: sp1("completed", children(answered("has-minors", coding(JA_NEI, "3", "Vet ikke")))),
    },
    {
      name: "refero.sp1.ja-nei.value-boolean",
      description: "the Refero Questionnaire asks yes/no as a coding: a valueBoolean there is wrong_answer_type",
      questionnaire: SP1_REFERO,
      response: sp1("completed", children(answered("has-minors", { valueBoolean: false }))),
    },
    {
      name: "sdc.sp1.boolean",
      description: "the SDC Questionnaire asks yes/no as a boolean: the same answers as Refero's Ja/Nei",
      questionnaire: SP1_SDC,
      response: response("completed", `${SP1_URL}|1.0`, [
        sp1Context(),
        children(answered("has-minors", { valueBoolean: true }), minor({ valueBoolean: false })),
      ]),
    },
    {
      name: "refero.sp1.completed.missing-required",
      description: "a completed needs assessment without the respondent is refused (answer_required)",
      questionnaire: SP1_REFERO,
      response: response("completed", SP1_URL, [sp1Context("respondent")]),
    },
    {
      name: "refero.sp1.in-progress.missing-required",
      description: "the same answers in-progress are a draft",
      questionnaire: SP1_REFERO,
      response: response("in-progress", SP1_URL, [sp1Context("respondent")]),
    },
    {
      name: "refero.esas-r.symptoms",
      description:
        "ESAS-r as Refero writes it: two symptoms answered, total 3, not complete; the total item is ignored",
      questionnaire: { form: "esas-r", dialect: "refero", lang: "nb" },
      response: response("completed", questionnaireUrl("esas-r"), [
        answered("symptom.pain", coding(codeSystemUrl("score-0-10"), "3", "3")),
        answered("symptom.nausea", coding(codeSystemUrl("score-0-10"), "0", "0")),
        blank("symptom.tiredness"),
        answered("total-score", { valueInteger: 3 }),
      ]),
    },
  ];
}

/**
 * The stand-alone thermometer answered without a number (issue 16): a patient may mark problems and decline the
 * score. The problems are read, nothing is judged against the threshold.
 */
function noScoreCases(): ResponseCase[] {
  const revised = (code: string) => coding(codeSystemUrl("dt-revised"), code);
  const legacy = (value: "yes" | "no") => coding(codeSystemUrl("yes-no"), value);
  return [
    {
      name: "refero.thermometer.no-score",
      description:
        "the patient's own revised thermometer with problems marked and no number: read, no score and no verdict (issue 16)",
      questionnaire: DT_REFERO,
      response: response("completed", DT_URL, [
        group(
          "distress",
          blank("distress-score"),
          group(
            "problem-list",
            answered("problems.emotional", revised("loneliness"), revised("worry-anxiety")),
            answered("problems.practical", revised("transport")),
          ),
        ),
      ]),
    },
    {
      name: "refero.thermometer.no-score.other-concerns",
      description: "only the other concerns written, no number and no problem marked: read, no score (issue 16)",
      questionnaire: DT_REFERO,
      response: response("completed", DT_URL, [
        group("distress", group("problem-list", answered("other-concerns", { valueString: "…" }))),
      ]),
    },
    {
      name: "sdc.thermometer-legacy.no-score",
      description: "the legacy thermometer (SDC) with yes/no problems and no number: read, no score (issue 16)",
      questionnaire: { form: "distress-thermometer-legacy", dialect: "sdc", lang: "nb" },
      response: response("completed", questionnaireUrl("distress-thermometer-legacy"), [
        group(
          "distress",
          group(
            "problem-list",
            group("problem-category.practical", answered("problem.housing", legacy("yes"))),
            group("problem-category.physical", answered("problem.sleep", legacy("no"))),
          ),
        ),
      ]),
    },
  ];
}

function limitCases(): ResponseCase[] {
  const unknown = (n: number): Json[] => Array.from({ length: n }, (_, i) => ({ linkId: `unknown-${i + 1}` }));
  return [
    {
      name: "limits.issues.default-cap",
      description: "101 unknown items: the first 100 issues, then one too_many_issues (default maxIssues 100)",
      questionnaire: DT_REFERO,
      response: response("completed", DT_URL, unknown(101)),
    },
    {
      name: "limits.issues.at-cap",
      description: "as many issues as maxIssues are reported one by one, without too_many_issues",
      questionnaire: DT_REFERO,
      response: response("completed", DT_URL, unknown(3)),
      options: { maxIssues: 3 },
    },
    {
      name: "limits.issues.over-cap",
      description: "more issues than maxIssues: the first maxIssues, then one too_many_issues",
      questionnaire: DT_REFERO,
      response: response("completed", DT_URL, unknown(5)),
      options: { maxIssues: 3 },
    },
    {
      name: "limits.items.at-limit",
      description: "a response with as many items and answers as maxItems (group, item, answer: 3) is read",
      questionnaire: DT_REFERO,
      response: dt("completed"),
      options: { maxItems: 3 },
    },
    {
      name: "limits.items.over-limit",
      description: "a response with more items and answers than maxItems is refused unread (response_too_large)",
      questionnaire: DT_REFERO,
      response: dt("completed"),
      options: { maxItems: 2 },
    },
    {
      name: "limits.items.before-status",
      description: "the size is checked first: a too large response is refused unread, whatever its status",
      questionnaire: DT_REFERO,
      response: dt("entered-in-error", 42),
      options: { maxItems: 2 },
    },
  ];
}

const issuesOf = (list: readonly { code: string; path: readonly (string | number)[] }[]): ExpectedIssue[] =>
  list.map((i) => ({ code: i.code, path: [...i.path] }));

/** Adds every `questionnaire-response` vector: the response as an input file, the import or its issues expected. */
export function questionnaireResponses(b: VectorBuilder): void {
  for (const c of [...statusCases(), ...referenceCases(), ...referoCases(), ...noScoreCases(), ...limitCases()]) {
    const options = c.options ?? {};
    const outcome = sdk.importQuestionnaireResponse(c.questionnaire, c.response, options);
    if (outcome instanceof Promise) {
      throw new Error("the SDK implementation returned a promise");
    }
    const { ok: _ok, ...data } = outcome as { ok: boolean };
    b.add({
      id: `questionnaire-response/${c.name}`,
      kind: "questionnaire-response",
      description: c.description,
      input: { questionnaire: c.questionnaire },
      inputs: { response: b.json(`inputs/questionnaire-responses/${c.name}.json`, c.response) },
      options: { ...options },
      expected: outcome.ok
        ? { file: b.file(`expected/questionnaire-response/${c.name}.json`, stableJson(data)) }
        : { issues: issuesOf(outcome.issues) },
      source: "hand-curated (as Refero or an SDC renderer writes a response; copied item texts shortened to …)",
    });
  }
}
