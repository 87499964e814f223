/**
 * This SDK as an {@link Implementation}: the functions the vectors' expected results are generated with, and the
 * reference every other implementation is compared against. A thin adapter: each function calls one public export
 * and reshapes its result into the plain values of the vectors.
 */
import {
  appRecOutcomeFor,
  buildDialogCorrection,
  buildEpikrise,
  buildEpikriseCorrection,
  buildHelsefagligDialog,
  createAppRec,
  type Envelope,
  extractAssessment,
  parseMessage,
} from "@pakkeforlop-hjem/edi";
import {
  type DocumentTemplate,
  renderEpicrisisText,
  renderNoteText,
  renderNoteXhtml,
  renderPatientLetter,
  renderWithTemplate,
} from "@pakkeforlop-hjem/epikrise";
import { fromQuestionnaireResponse, PRE_VISIT_FORM, toQuestionnaire } from "@pakkeforlop-hjem/fhir";
import { findForm } from "@pakkeforlop-hjem/instruments";
import {
  type Assessment,
  assessmentIssues,
  birthDateFromPersonNumber,
  classifyPersonNumber,
  type Issue,
  kithIdTypeToSystem,
  migrateAssessment,
  type NorwegianIdKind,
  redactAssessment,
  type SharablePart,
  systemToKithIdType,
  validateNorwegianId,
} from "@pakkeforlop-hjem/model";
import {
  auditTrail,
  type CompletedEvent,
  type ConsentState,
  type Delivery,
  inScope,
  nextActions,
  type PathwayEvent,
  type Profile,
  replay,
  route,
  type SentDelivery,
} from "@pakkeforlop-hjem/pathway";
import type {
  BuildOutcome,
  ExtractOutcome,
  Implementation,
  IssueLike,
  MessageVectorOptions,
  PathwayOutcome,
  QuestionnaireResponseVectorOptions,
  QuestionnaireVectorRef,
  ResponseImportOutcome,
  TextVectorOptions,
} from "./implementation.ts";

const issuesOf = (issues: readonly Issue<string>[]): IssueLike[] => issues.map((i) => ({ code: i.code, path: i.path }));

function buildOptions(options: MessageVectorOptions) {
  return {
    msgId: options.msgId,
    genDate: options.genDate,
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.patientSex === undefined ? {} : { patientSex: options.patientSex }),
    ...(options.validate === undefined ? {} : { validate: options.validate }),
  };
}

const parts = (list: readonly string[] | undefined): SharablePart[] | undefined =>
  list === undefined ? undefined : (list as SharablePart[]);

/** What the text options say about the recipient (issue 9): the delivery's withhold and leaveOut, and include. */
function privacyOptions(options: TextVectorOptions) {
  const withhold = parts(options.withhold);
  const leaveOut = parts(options.leaveOut);
  const include = parts(options.include);
  const delivery =
    withhold === undefined && leaveOut === undefined
      ? undefined
      : { ...(withhold === undefined ? {} : { withhold }), ...(leaveOut === undefined ? {} : { leaveOut }) };
  return { ...(delivery === undefined ? {} : { delivery }), ...(include === undefined ? {} : { include }) };
}

function textOptions(options: TextVectorOptions) {
  return {
    lang: options.lang,
    ...(options.width === undefined ? {} : { width: options.width }),
    ...privacyOptions(options),
  };
}

const built = (r: ReturnType<typeof buildEpikrise>): BuildOutcome =>
  r.success ? { ok: true, xml: r.data.xml } : { ok: false, issues: issuesOf(r.error.issues) };

/** The shipped Questionnaire a `questionnaire-response` vector names (the same as `schemas/fhir/<dialect>/`). */
function shippedQuestionnaire(ref: QuestionnaireVectorRef) {
  const form = ref.form === PRE_VISIT_FORM.id ? PRE_VISIT_FORM : findForm(ref.form);
  if (form === undefined) {
    throw new Error(`no shipped form ${ref.form}`);
  }
  return toQuestionnaire(form, { dialect: ref.dialect, lang: ref.lang });
}

/** `fromQuestionnaireResponse` reduced to what a vector compares (issue 20): status, draft, pin, answers, scores. */
function importResponse(
  ref: QuestionnaireVectorRef,
  response: unknown,
  options: QuestionnaireResponseVectorOptions,
): ResponseImportOutcome {
  const r = fromQuestionnaireResponse(response, {
    questionnaire: shippedQuestionnaire(ref),
    ...(options.maxItems === undefined ? {} : { maxItems: options.maxItems }),
    ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }),
  });
  if (!r.success) {
    return { ok: false, issues: issuesOf(r.error.issues) };
  }
  const { status, draft, questionnaire, answers, distress, symptoms } = r.data;
  return {
    ok: true,
    status,
    draft,
    questionnaire,
    answers,
    ...(distress === undefined
      ? {}
      : {
          distress: distress.scored ? { score: distress.screening.score, aboveThreshold: distress.aboveThreshold } : {},
        }),
    ...(symptoms === undefined
      ? {}
      : { symptoms: { total: symptoms.total, answered: symptoms.answered, complete: symptoms.complete } }),
  };
}

/**
 * The SDK's own implementation of every vector kind. Run it to see the vectors pass, or spread it and replace the
 * functions you implement yourself.
 * @example
 * ```ts
 * const report = await runConformance(sdkImplementation, { vectors: loadVectors() });
 * report.failed; // 0
 * ```
 */
export const sdkImplementation: Required<Implementation> = {
  validateAssessment: (input, options) =>
    issuesOf(assessmentIssues(input, { allowTestNumbers: options.allowTestNumbers === true })),
  migrateAssessment: (input, options) => {
    const result = migrateAssessment(input, { allowTestNumbers: options.allowTestNumbers === true });
    return result.success ? [] : issuesOf(result.error.issues);
  },
  validateNorwegianId: (kind, value, options) => validateNorwegianId(kind as NorwegianIdKind, value, options),
  classifyPersonNumber: (value) => classifyPersonNumber(value) ?? null,
  birthDateFromPersonNumber: (value) => birthDateFromPersonNumber(value) ?? null,
  systemToKithIdType: (system, party) => systemToKithIdType(system, party) ?? null,
  kithIdTypeToSystem: (code, codeSystem) => kithIdTypeToSystem(code, codeSystem) ?? null,
  renderEpicrisisText: (assessment, options) => renderEpicrisisText(assessment as Assessment, textOptions(options)),
  renderWithTemplate: (assessment, template, options) => {
    const result = renderWithTemplate(assessment as Assessment, template as DocumentTemplate, textOptions(options));
    if (!result.success) {
      throw result.error;
    }
    return result.data;
  },
  renderNoteText: (assessment, options) =>
    renderNoteText(assessment as Assessment, {
      ...textOptions(options),
      ...(options.budget === undefined ? {} : { budget: options.budget }),
    }).text,
  renderNoteXhtml: (assessment, options) =>
    renderNoteXhtml(assessment as Assessment, {
      lang: options.lang,
      ...(options.includeData === undefined ? {} : { includeData: options.includeData }),
      ...privacyOptions(options),
    }),
  renderPatientLetter: (assessment, options) => renderPatientLetter(assessment as Assessment, textOptions(options)),
  buildHelsefagligDialog: (assessment, delivery, envelope, options): BuildOutcome => {
    const r = buildHelsefagligDialog(
      assessment as Assessment,
      delivery as Delivery,
      envelope as Envelope,
      buildOptions(options),
    );
    return r.success ? { ok: true, xml: r.data.xml } : { ok: false, issues: issuesOf(r.error.issues) };
  },
  buildEpikrise: (assessment, delivery, envelope, options): BuildOutcome => {
    const r = buildEpikrise(
      assessment as Assessment,
      delivery as Delivery,
      envelope as Envelope,
      buildOptions(options),
    );
    return r.success ? { ok: true, xml: r.data.xml } : { ok: false, issues: issuesOf(r.error.issues) };
  },
  buildEpikriseCorrection: (assessment, delivery, envelope, options): BuildOutcome =>
    built(
      buildEpikriseCorrection(
        assessment as Assessment,
        delivery as Delivery,
        envelope as Envelope,
        buildOptions(options),
      ),
    ),
  buildDialogCorrection: (assessment, delivery, envelope, options): BuildOutcome =>
    built(
      buildDialogCorrection(
        assessment as Assessment,
        delivery as Delivery,
        envelope as Envelope,
        buildOptions(options),
      ),
    ),
  redactAssessment: (assessment, options) =>
    redactAssessment(assessment as Assessment, {
      ...(options.withhold === undefined ? {} : { withhold: options.withhold as SharablePart[] }),
      ...(options.leaveOut === undefined ? {} : { leaveOut: options.leaveOut as SharablePart[] }),
    }),
  auditTrail: (sent, assessments) =>
    auditTrail({ sent: sent as SentDelivery[], assessments: assessments as Assessment[] }),
  createAppRec: (message, options): BuildOutcome => {
    const parsed = parseMessage(message);
    if (!parsed.success) {
      return { ok: false, issues: issuesOf(parsed.error.issues) };
    }
    const r = createAppRec(parsed.data, appRecOutcomeFor(parsed.data), options);
    return r.success ? { ok: true, xml: r.data.xml } : { ok: false, issues: issuesOf(r.error.issues) };
  },
  extractAssessment: (message, options): ExtractOutcome => {
    const parsed = parseMessage(message, options.allowTestNumbers === true ? { allowTestNumbers: true } : {});
    if (!parsed.success) {
      return { ok: false, issues: issuesOf(parsed.error.issues) };
    }
    const found = extractAssessment(parsed.data);
    if (!found.success) {
      return { ok: false, issues: issuesOf(found.error.issues) };
    }
    const d = found.data;
    return {
      ok: true,
      data:
        d === null
          ? null
          : {
              assessment: d.assessment,
              redacted: d.redacted,
              lifecycle: d.lifecycle,
              carrier: d.attachmentIndex === undefined ? "note-table" : "attachment",
            },
    };
  },
  route: (assessment, profile, options) =>
    route(assessment as Assessment, profile as Profile, {
      ...(options.senderSystem === undefined ? {} : { senderSystem: options.senderSystem }),
      ...(options.consent === undefined ? {} : { consent: options.consent as ConsentState }),
    }),
  inScope: (profile, patient) => inScope(profile as Profile, patient),
  importQuestionnaireResponse: importResponse,
  pathway: (events, profile, options): PathwayOutcome => {
    const { state, issues } = replay(events as PathwayEvent[], profile as Profile, {
      allowTestNumbers: options.allowTestNumbers === true,
    });
    const applied = new Set(state.assessments.map((a) => a.id));
    const seen = new Set<string>();
    const routes: PathwayOutcome["routes"][number][] = [];
    for (const event of events as PathwayEvent[]) {
      if (event.type !== "completed") {
        continue;
      }
      const a = (event as CompletedEvent).assessment;
      if (!applied.has(a.id) || seen.has(a.id)) {
        continue;
      }
      seen.add(a.id);
      const r = route(a, profile as Profile, {
        consent: state.consent,
        ...(options.senderSystem === undefined ? {} : { senderSystem: options.senderSystem }),
      });
      routes.push({ assessmentId: a.id, deliveries: r.deliveries, withheld: r.withheld });
    }
    return {
      status: state.status,
      issues: issuesOf(issues),
      nextActions: nextActions(state, { today: options.today }),
      routes,
    };
  },
};
