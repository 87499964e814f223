/**
 * QuestionnaireResponse → the instruments' answers → model parts. Lenient in what it reads (Refero writes the url
 * without `|version` and copies texts; SDC renderers write `url|version`), strict in what it returns: every problem is
 * an issue with a path into the response, never a thrown error.
 */
import {
  type AnswerValue,
  type AssessmentContext,
  answersToAssessment,
  answersToDistress,
  answersToSymptoms,
  type DistressScore,
  FORMS,
  type FormAnswers,
  type FormDefinition,
  type Instrument,
  type InstrumentsIssue,
  type InstrumentsIssueCode,
  type InstrumentsIssueParams,
  type SymptomScore,
  type ThresholdRule,
  validateAnswers,
} from "@pakkeforlop-hjem/instruments";
import {
  type Assessment,
  capIssues,
  formatPath,
  type Issue,
  type IssueCode,
  type IssueOf,
  type PathSegment,
  type SafeResult,
  SdkError,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from "./fhir-types.ts";
import { type FhirIssue, type FhirIssueCode, issue } from "./issues.ts";
import { answersToPreVisit, PRE_VISIT_FORM, type PreVisitWishes } from "./pre-visit-form.ts";
import { findOption, isAnswerless, isChoiceSlider, isYesNo, yesNoCode } from "./questionnaire-items.ts";

/** Every issue code {@link fromQuestionnaireResponse} can return. */
export type ResponseIssueCode = FhirIssueCode | InstrumentsIssueCode | IssueCode;

/**
 * An issue {@link fromQuestionnaireResponse} can return, typed per code: the package's own, the model's, or an
 * answer issue of the instruments package moved to the response location it came from (its params then also carry
 * the item's `linkId`).
 * @example
 * ```ts
 * const r = fromQuestionnaireResponse(body, { questionnaire });
 * if (!r.success) for (const i of r.error.issues) if (i.code === "answer_required") console.log(i.params.linkId);
 * ```
 */
export type ResponseIssue =
  | FhirIssue
  | Issue
  | IssueOf<{
      readonly [TCode in InstrumentsIssueCode]: InstrumentsIssueParams[TCode] & { readonly linkId?: string };
    }>;

/** Options for {@link fromQuestionnaireResponse}. */
export interface FromQuestionnaireResponseOptions {
  /** The Questionnaire the response answers (either dialect, any language). */
  readonly questionnaire: Questionnaire;
  /**
   * The form the Questionnaire was made from; default: the shipped form (instruments' `FORMS` or
   * {@link PRE_VISIT_FORM}) with the Questionnaire's url and version.
   */
  readonly form?: FormDefinition;
  /** For a needs-assessment form: what the form does not ask; with it the result carries an `Assessment`. */
  readonly context?: AssessmentContext;
  /** For a thermometer form: the region's threshold rule (default score ≥ 4). */
  readonly rule?: ThresholdRule;
  /** The instrument, when it is not a shipped one (licensed wording). */
  readonly instrument?: Instrument;
  /** The most items and answers read; a larger response is refused (`response_too_large`). Default 10,000. */
  readonly maxItems?: number;
  /** The most issues reported one by one, then one `too_many_issues`. Default 100. */
  readonly maxIssues?: number;
}

/**
 * The default limits of {@link fromQuestionnaireResponse}: a needs-assessment response has a few hundred items and
 * answers, so 10,000 leaves room while keeping a hostile input cheap; 100 issues are more than a person reads.
 * @example
 * ```ts
 * fromQuestionnaireResponse(body, { questionnaire, maxItems: 4 * RESPONSE_LIMITS.maxItems });
 * ```
 */
export const RESPONSE_LIMITS = { maxItems: 10_000, maxIssues: 100 } as const;

/** The statuses a response is read with: imported (`completed`, `amended`) or a draft (`in-progress`). */
export type ReadableStatus = "completed" | "amended" | "in-progress";

/** What a QuestionnaireResponse holds, read into the SDK's model. */
export interface ResponseData {
  /** The Questionnaire the response answers, always pinned as `url|version`. */
  readonly questionnaire: string;
  /** The response with `questionnaire` pinned to `url|version` (Refero writes the url only). */
  readonly response: QuestionnaireResponse;
  /** The response's status. */
  readonly status: ReadableStatus;
  /**
   * `true` for an `in-progress` response: its answers are checked but need not be complete, and nothing is scored
   * or built from them (no `distress`, `symptoms`, `preVisit` or `assessment`).
   */
  readonly draft: boolean;
  readonly form: FormDefinition;
  /** The answers, validated against the form (`validateAnswers`). */
  readonly answers: FormAnswers;
  /** A thermometer form's score (`answersToDistress`). */
  readonly distress?: DistressScore;
  /** A symptom-scale form's scores (`answersToSymptoms`). */
  readonly symptoms?: SymptomScore;
  /** The pre-visit form's wishes ({@link answersToPreVisit}). */
  readonly preVisit?: PreVisitWishes;
  /** A needs-assessment form's assessment, when a `context` was given (`answersToAssessment`). */
  readonly assessment?: Assessment;
}

type Out = ResponseIssue[];

interface Reader {
  readonly out: Out;
  /** Stop reading once more issues than this are found. */
  readonly maxIssues: number;
  /** QR location of each answer path (`[linkId]`, `[group, entry, linkId]`) as the instruments package writes it. */
  readonly where: Map<string, readonly PathSegment[]>;
}

const key = (path: readonly PathSegment[]): string => JSON.stringify(path);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const VALUE_KEYS = [
  "valueBoolean",
  "valueDecimal",
  "valueInteger",
  "valueDate",
  "valueDateTime",
  "valueTime",
  "valueString",
  "valueUri",
  "valueCoding",
  "valueQuantity",
  "valueReference",
  "valueAttachment",
] as const;

const EXPECTED: Readonly<Record<string, string>> = {
  boolean: "valueBoolean",
  integer: "valueInteger",
  date: "valueDate",
  string: "valueString",
  text: "valueString",
  choice: "valueCoding",
};

function readValue(
  r: Reader,
  item: QuestionnaireItem,
  answer: unknown,
  path: readonly PathSegment[],
): string | number | boolean | undefined {
  const present = isObject(answer) ? VALUE_KEYS.filter((k) => answer[k] !== undefined) : [];
  const expected = EXPECTED[item.type] ?? "no answer";
  const wrong = (): undefined => {
    r.out.push(
      issue("wrong_answer_type", path, { linkId: item.linkId, expected, received: present.join(", ") || "no value" }),
    );
    return undefined;
  };
  if (!isObject(answer) || present.length !== 1 || present[0] !== expected) {
    return wrong();
  }
  const v = answer[expected];
  switch (item.type) {
    case "boolean":
      return typeof v === "boolean" ? v : wrong();
    case "integer":
      return typeof v === "number" && Number.isInteger(v) ? v : wrong();
    case "date":
    case "string":
    case "text":
      return typeof v === "string" ? v : wrong();
    case "choice": {
      if (!isObject(v)) {
        return wrong();
      }
      const option = findOption(item, { system: String(v["system"]), code: String(v["code"]) });
      if (option?.code === undefined) {
        r.out.push(issue("unknown_code", path, { linkId: item.linkId }));
        return undefined;
      }
      return isChoiceSlider(item) ? Number(option.code) : isYesNo(item) ? option.code === yesNoCode(true) : option.code;
    }
    default:
      return wrong();
  }
}

function readItems(
  r: Reader,
  qItems: readonly QuestionnaireItem[],
  rItems: unknown,
  scope: Record<string, AnswerValue>,
  answerPath: readonly PathSegment[],
  qrPath: readonly PathSegment[],
): void {
  if (rItems === undefined) {
    return;
  }
  if (!Array.isArray(rItems)) {
    r.out.push(
      issue("wrong_answer_type", qrPath, {
        linkId: "(items)",
        expected: "a list of items",
        received: typeof rItems,
      }),
    );
    return;
  }
  const byId = new Map(qItems.map((q) => [q.linkId, q]));
  rItems.forEach((rItem: unknown, i) => {
    if (r.out.length > r.maxIssues) {
      return;
    }
    const here = [...qrPath, "item", i];
    const linkId = isObject(rItem) && typeof rItem["linkId"] === "string" ? rItem["linkId"] : undefined;
    const qItem = linkId === undefined ? undefined : byId.get(linkId);
    if (!isObject(rItem) || linkId === undefined || qItem === undefined) {
      r.out.push(issue("unknown_link_id", here, {}));
      return;
    }
    if (isAnswerless(qItem)) {
      return;
    }
    if (qItem.type === "group") {
      if (rItem["answer"] !== undefined) {
        r.out.push(
          issue("wrong_answer_type", [...here, "answer"], {
            linkId,
            expected: "no answer (a group)",
            received: "answer",
          }),
        );
      }
      if (qItem.repeats === true) {
        // Refero writes one instance of every repeating group, answered or not: an instance with no answers is no
        // entry (issue 20).
        const entries = (scope[linkId] ?? []) as FormAnswers[];
        const entry: Record<string, AnswerValue> = {};
        const entryPath = [...answerPath, linkId, entries.length];
        readItems(r, qItem.item ?? [], rItem["item"], entry, entryPath, here);
        if (Object.keys(entry).length > 0) {
          r.where.set(key(entryPath), here);
          scope[linkId] = [...entries, entry];
        }
      } else {
        readItems(r, qItem.item ?? [], rItem["item"], scope, answerPath, here);
      }
      return;
    }
    if (Object.hasOwn(scope, linkId)) {
      r.out.push(
        issue("wrong_answer_type", here, { linkId, expected: "one item per question", received: "a repeated item" }),
      );
      return;
    }
    if (rItem["item"] !== undefined) {
      r.out.push(issue("unknown_link_id", [...here, "item"], {}));
    }
    const answers = rItem["answer"] ?? [];
    if (!Array.isArray(answers)) {
      r.out.push(
        issue("wrong_answer_type", [...here, "answer"], {
          linkId,
          expected: "a list of answers",
          received: typeof answers,
        }),
      );
      return;
    }
    if (answers.length > 1 && qItem.repeats !== true) {
      r.out.push(
        issue("wrong_answer_type", [...here, "answer"], {
          linkId,
          expected: "one answer",
          received: `${answers.length} answers`,
        }),
      );
      return;
    }
    answers.forEach((a: unknown, j) => {
      if (isObject(a) && a["item"] !== undefined) {
        r.out.push(issue("unknown_link_id", [...here, "answer", j, "item"], {}));
      }
    });
    const values = answers.map((a: unknown, j) => readValue(r, qItem, a, [...here, "answer", j]));
    r.where.set(key([...answerPath, linkId]), here);
    if (values.length === 0 || values.some((v) => v === undefined)) {
      return;
    }
    scope[linkId] = qItem.repeats === true ? (values as string[]) : (values[0] as string | number | boolean);
  });
}

/** Moves an answer issue (linkId path) to the response location it came from, so every issue points into the QR. */
function relocate(r: Reader, i: InstrumentsIssue): ResponseIssue {
  const path = i.path;
  const lastId = [...path].reverse().find((s) => typeof s === "string");
  let target: readonly PathSegment[] | undefined = r.where.get(key(path));
  if (target === undefined && typeof path[path.length - 1] === "number") {
    const q = r.where.get(key(path.slice(0, -1)));
    target = q === undefined ? undefined : [...q, "answer", path[path.length - 1] as number];
  }
  if (target === undefined) {
    let n = path.length - 1;
    let base: readonly PathSegment[] | undefined;
    while (n > 0 && base === undefined) {
      base = r.where.get(key(path.slice(0, n)));
      n--;
    }
    target = [...(base ?? []), "descendants()", `where(linkId='${String(lastId)}')`];
  }
  const oldPrefix = formatPath(path);
  const message = i.message.startsWith(oldPrefix)
    ? `${formatPath(target)}${i.message.slice(oldPrefix.length)}`
    : i.message;
  return {
    ...i,
    path: target,
    message,
    params: { ...i.params, ...(lastId === undefined ? {} : { linkId: String(lastId) }) },
  } as ResponseIssue;
}

const fail = (issues: readonly ResponseIssue[]): SafeResult<ResponseData, ResponseIssue> => ({
  success: false,
  error: new ValidationError(issues),
});

/** The first `max` issues, then one `too_many_issues` (issue 20: 60,000 issues help nobody). */
function capped(issues: readonly ResponseIssue[], max: number): ResponseIssue[] {
  return capIssues(issues, (omitted, limit) => issue("too_many_issues", [], { omitted, limit }), max);
}

/** `true` when the response holds more than `max` items and answers (counted without recursion, stopping early). */
function tooLarge(response: Record<string, unknown>, max: number): boolean {
  const stack: unknown[] = [response];
  let count = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) {
      continue;
    }
    for (const k of ["item", "answer"] as const) {
      const list = node[k];
      if (Array.isArray(list)) {
        count += list.length;
        if (count > max) {
          return true;
        }
        stack.push(...list);
      }
    }
  }
  return false;
}

/**
 * Whether `questionnaire` names the given Questionnaire. Accepted: its canonical url, `url|version` with its version,
 * and `Questionnaire/<id>` with its id (as Helsenorge's samples write it); absent means the caller's pin. Refero
 * writes the url only, so the version a response answers is the caller's: the Questionnaire passed in, which the
 * result pins as `url|version`.
 */
function checkReference(named: unknown, q: Questionnaire): ResponseIssue | undefined {
  if (named === undefined) {
    return undefined;
  }
  if (typeof named !== "string" || named === "") {
    return issue("questionnaire_reference_invalid", ["questionnaire"], {});
  }
  const relative = /^Questionnaire\/([A-Za-z0-9\-.]{1,64})$/.exec(named);
  if (relative !== null) {
    return relative[1] === q.id
      ? undefined
      : issue("questionnaire_mismatch", ["questionnaire"], { expected: q.url as string });
  }
  const bar = named.indexOf("|");
  const url = bar < 0 ? named : named.slice(0, bar);
  const version = bar < 0 ? undefined : named.slice(bar + 1);
  if (url !== q.url) {
    return issue("questionnaire_mismatch", ["questionnaire"], { expected: q.url as string });
  }
  if (version !== undefined && version !== q.version) {
    return issue("version_mismatch", ["questionnaire"], { expected: q.version as string });
  }
  return undefined;
}

const KNOWN_STATUSES = new Set(["in-progress", "completed", "amended", "entered-in-error", "stopped"]);

/** The status, when the response may be read with it (issue 20: `entered-in-error` is never live data). */
function readStatus(status: unknown): ReadableStatus | ResponseIssue {
  if (status === "completed" || status === "amended" || status === "in-progress") {
    return status;
  }
  const named = typeof status === "string" && KNOWN_STATUSES.has(status) ? status : "unknown";
  return issue("status_not_importable", ["status"], { status: named });
}

/** Completeness issues a draft may have: it is not finished yet. */
const INCOMPLETE = new Set<string>(["answer_required", "too_few_repeats"]);

/** The form of a Questionnaire: the given one, or the shipped form with its url and version. @internal */
export function resolveForm(
  q: Questionnaire,
  given: FormDefinition | undefined,
  fn: string = "fromQuestionnaireResponse",
): FormDefinition {
  if (given !== undefined) {
    return given;
  }
  const id = q.url?.slice(q.url.lastIndexOf("/") + 1);
  const form = [...FORMS, PRE_VISIT_FORM].find((f) => f.id === id && f.version === q.version);
  if (form === undefined) {
    throw new SdkError(
      "invalid_argument",
      `${fn}: no shipped form has url ${q.url ?? "(none)"} version ${q.version ?? "(none)"}; pass options.form`,
    );
  }
  return form;
}

/**
 * Reads a QuestionnaireResponse (from Refero, an SDC renderer or {@link toQuestionnaireResponse}) into the
 * instruments' answers, validates them against the form, and maps them to model parts: the distress score for a
 * thermometer form, symptom scores for ESAS-r, the wishes of the pre-visit form, and an `Assessment` for a
 * needs-assessment form when a `context` is given. A response that names the url without `|version` (as Refero
 * writes it) is pinned to the Questionnaire's version: the caller's Questionnaire is the version it answers.
 * `questionnaire` may be the canonical url, `url|version` or `Questionnaire/<id>`. Only a `completed` or `amended`
 * response is imported; an `in-progress` one is read as a draft (`draft: true`, answers checked but not required to
 * be complete, nothing scored); any other status is refused. A response with more than `maxItems` items and answers
 * is refused unread, and at most `maxIssues` issues are reported.
 * @returns the data, or issues (`unknown_link_id`, `wrong_answer_type`, `unknown_code`, `version_mismatch`,
 * `questionnaire_mismatch`, `questionnaire_reference_invalid`, `status_not_importable`, `response_too_large`,
 * `too_many_issues`, `not_a_response`, and the instruments' answer issues) whose paths point into the response.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when `questionnaire` is not a Questionnaire or its form cannot be found.
 * @example
 * ```ts
 * const r = fromQuestionnaireResponse(response, { questionnaire });
 * if (r.success) r.data.distress?.aboveThreshold;
 * else toOperationOutcome(r.error.issues);
 * ```
 */
export function fromQuestionnaireResponse(
  response: unknown,
  options: FromQuestionnaireResponseOptions,
): SafeResult<ResponseData, ResponseIssue> {
  const q = options.questionnaire;
  if (!isObject(q) || q.resourceType !== "Questionnaire" || q.url === undefined || q.version === undefined) {
    throw new SdkError(
      "invalid_argument",
      "fromQuestionnaireResponse: options.questionnaire must be a Questionnaire with url and version",
    );
  }
  const form = resolveForm(q, options.form);
  if (!isObject(response) || response["resourceType"] !== "QuestionnaireResponse") {
    return fail([issue("not_a_response", [], {})]);
  }
  const maxIssues = options.maxIssues ?? RESPONSE_LIMITS.maxIssues;
  const maxItems = options.maxItems ?? RESPONSE_LIMITS.maxItems;
  if (tooLarge(response, maxItems)) {
    return fail([issue("response_too_large", [], { limit: maxItems })]);
  }
  const pinned = `${q.url}|${q.version}`;
  const status = readStatus(response["status"]);
  const head = [checkReference(response["questionnaire"], q), typeof status === "string" ? undefined : status];
  if (head.some((i) => i !== undefined)) {
    return fail(head.filter((i): i is ResponseIssue => i !== undefined));
  }
  const r: Reader = { out: [], maxIssues, where: new Map() };
  const answers: Record<string, AnswerValue> = {};
  readItems(r, q.item ?? [], response["item"], answers, [], []);
  if (r.out.length > 0) {
    return fail(capped(r.out, maxIssues));
  }
  const draft = status === "in-progress";
  const checked = validateAnswers(form, answers);
  const problems = checked.success ? [] : checked.error.issues.filter((i) => !draft || !INCOMPLETE.has(i.code));
  if (problems.length > 0) {
    return fail(
      capped(
        problems.map((i) => relocate(r, i)),
        maxIssues,
      ),
    );
  }
  const base = {
    questionnaire: pinned,
    response: { ...(response as unknown as QuestionnaireResponse), questionnaire: pinned },
    status: status as ReadableStatus,
    draft,
    form,
    answers,
  };
  if (draft) {
    return { success: true, data: base };
  }
  const instrument = options.instrument === undefined ? {} : { instrument: options.instrument };
  if (form.id === PRE_VISIT_FORM.id) {
    return { success: true, data: { ...base, preVisit: answersToPreVisit(answers) } };
  }
  switch (form.kind) {
    case "distress-thermometer": {
      const d = answersToDistress(form, answers, {
        ...instrument,
        ...(options.rule === undefined ? {} : { rule: options.rule }),
      });
      return d.success
        ? { success: true, data: { ...base, distress: d.data } }
        : fail(d.error.issues.map((i) => relocate(r, i)));
    }
    case "symptom-scale": {
      const s = answersToSymptoms(form, answers, instrument);
      return s.success
        ? { success: true, data: { ...base, symptoms: s.data } }
        : fail(s.error.issues.map((i) => relocate(r, i)));
    }
    default: {
      if (options.context === undefined || form.interactionPoint === undefined) {
        return { success: true, data: base };
      }
      const a = answersToAssessment(form, answers, { ...options.context, ...instrument });
      return a.success ? { success: true, data: { ...base, assessment: a.data } } : fail(a.error.issues);
    }
  }
}
