/**
 * Epikrise 1.2 (HIS 80226:2014): its own header, no MsgHead (DOMAIN.md §5–§6; messaging.md §6). For senders that send
 * the assessment "as a letter in epikrise format" (DocuLive). The note goes in one `InfItem` with an `Observation`
 * whose `Description` holds the XHTML (or the text), typed 8233 `OPPL` "Klinisk opplysning". The structured data go
 * in a `RefDoc` at the end of `ServRprt` (issue 17, `data-attachment.ts`).
 */

import {
  BUILT_IN_TEMPLATES,
  type DocumentTemplate,
  type EpikriseIssue,
  renderWithTemplate,
} from "@pakkeforlop-hjem/epikrise";
import {
  type Assessment,
  isCancelled,
  type SafeResult,
  SdkError,
  systemToKithIdType,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import type { Delivery } from "@pakkeforlop-hjem/pathway";
import { type BuiltKind, precheck, themeOf } from "./build-dialog.ts";
import { NAMESPACES } from "./codes.ts";
import type { Envelope, EnvelopeParty, EnvelopeUnit } from "./envelope.ts";
import { code, el, escapeText } from "./internal/xml.ts";
import { EDI_ISSUES } from "./issues.ts";
import {
  type BuildIssue,
  type BuildOptions,
  type BuiltMessage,
  dataRefDoc,
  resolveIdAndDate,
  resolveNote,
} from "./options.ts";

const orgnrId = (unit: EnvelopeUnit): string =>
  unit.orgnr === undefined
    ? ""
    : `<AdditionalId><Id>${unit.orgnr}</Id>${code("Type", "ENH", "Organisasjonsnummer")}</AdditionalId>`;

/** `HCP/Inst` with the service as `Dept`, both addressed by HER-id (HIS 1153); the person, when given, as `HCPerson`. */
function hcp(party: EnvelopeParty, person?: string): string {
  const o = party.organisation;
  const s = party.service;
  return (
    `<HCP><Inst>${el("Name", o.name)}<Id>${o.herId}</Id>${code("TypeId", "HER", "HER-id")}` +
    `<Dept>${el("Name", s.name)}<Id>${s.herId}</Id>${code("TypeId", "HER", "HER-id")}${orgnrId(s)}</Dept>` +
    `${person ?? ""}${orgnrId(o)}</Inst></HCP>`
  );
}

function patient(a: Assessment, sex: string | undefined): string {
  const p = a.patient;
  const kith = systemToKithIdType(p.identifier.system, "person");
  return (
    `<Patient>${sex === undefined ? "" : code("Sex", sex)}<DateOfBirth V="${p.birthDate}"/>` +
    `${el("Name", `${p.name.family}, ${p.name.given}`)}` +
    (kith === undefined ? "" : `<OffId>${p.identifier.value}</OffId>${code("TypeOffId", kith.code, kith.display)}`) +
    "</Patient>"
  );
}

/**
 * Builds an Epikrise 1.2 document for a delivery whose `messageKind` is `epikrise` (DOMAIN.md §5: DocuLive sends a
 * letter in epikrise format). Sender = `ServProvider`, receiver = `Requester`, copy receivers = `CopyDest`, each as
 * `Inst` (organisation, HER-id) with the service as `Dept`; the structured assessment (what the recipient may see) as
 * the data attachment, a `RefDoc` at the end of `ServRprt` (issue 17). `ServProvId` is the assessment id, so a later change
 * (ServType M) or cancellation (C) can refer to it. `MsgDescr` carries the pathway marking and the interaction point.
 * Returns the issue `assessment_cancelled` for a cancelled assessment (or a delivery that `route` marked as a
 * cancellation notice): send its cancellation with {@link buildEpikriseCorrection} instead (issue 21).
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` on misuse (wrong delivery kind, bad envelope, no id or clock source).
 * @example
 * ```ts
 * const result = buildEpikrise(assessment, delivery, envelope, { ids: () => crypto.randomUUID(), now: () => new Date().toISOString(), note });
 * if (result.success) send(result.data.xml);
 * ```
 */
export function buildEpikrise(
  assessment: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: BuildOptions,
): SafeResult<BuiltMessage, BuildIssue> {
  // Issue 21: a cancelled assessment is never sent as new (ServType N); only its cancellation (C) may go.
  if (isCancelled(assessment) || delivery.notice === "cancellation") {
    return { success: false, error: new ValidationError([EDI_ISSUES.issue("assessment_cancelled", ["amendments"])]) };
  }
  return build(assessment, delivery, envelope, options, "N", "epikrise");
}

/**
 * The issues {@link buildTemplateEpikrise} can return: a builder's, and the epikrise package's template lint.
 * @example
 * ```ts
 * const codes = (issues: readonly TemplateBuildIssue[]) => issues.map((i) => i.code);
 * ```
 */
export type TemplateBuildIssue = BuildIssue | EpikriseIssue;

/** Options of {@link buildTemplateEpikrise}: the builders' options and the document template. */
export interface TemplateBuildOptions extends BuildOptions {
  /**
   * The template to print the text through. Default: the built-in template the delivery names (`delivery.template`,
   * from the profile's sender rule, e.g. `ahus-dips-regional`). A region's own template goes here.
   */
  readonly template?: DocumentTemplate;
}

/** The template of a `dips-edi-template` delivery: the caller's, else the built-in one the delivery names. */
function templateOf(delivery: Delivery, options: TemplateBuildOptions): DocumentTemplate {
  if (options.template !== undefined) {
    return options.template;
  }
  const id = delivery.template;
  const builtIn =
    id !== undefined && Object.hasOwn(BUILT_IN_TEMPLATES, id)
      ? BUILT_IN_TEMPLATES[id as keyof typeof BUILT_IN_TEMPLATES]
      : undefined;
  if (builtIn === undefined) {
    throw new SdkError(
      "invalid_argument",
      "delivery.template: names no built-in document template; pass options.template (the region's own template)",
    );
  }
  return builtIn;
}

/** The note of a template delivery: the caller's note, else the template's text of what the recipient may see. */
function templateNote(
  assessment: Assessment,
  delivery: Delivery,
  options: TemplateBuildOptions,
): SafeResult<BuildOptions, TemplateBuildIssue> {
  if (options.note !== undefined) {
    return { success: true, data: options };
  }
  const text = renderWithTemplate(assessment, templateOf(delivery, options), {
    lang: options.lang ?? "nb",
    delivery,
    ...(options.include === undefined ? {} : { include: options.include }),
  });
  return text.success ? { success: true, data: { ...options, note: { text: text.data } } } : text;
}

/**
 * Builds the document of a delivery whose `messageKind` is `dips-edi-template` (issue 16 point 1; DOMAIN.md §5:
 * hospitals on DIPS send the regional document template as an EDI document): the assessment printed through the
 * document template (`renderWithTemplate` of the epikrise package, with only what the delivery's recipient may see),
 * as the text of an Epikrise 1.2, which is how DIPS sends documents. Everything else is {@link buildEpikrise}'s: the
 * header, the parties, the pathway marking in `MsgDescr`, `ServProvId` = the assessment id.
 * Returns the lint's issues for a template that fails `lintTemplate`, and `assessment_cancelled` for a cancelled
 * assessment (send its cancellation with {@link buildEpikriseCorrection}).
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` on misuse (wrong delivery kind, a template id
 * that names no built-in template and no `template` given, bad envelope, no id or clock source).
 * @example
 * ```ts
 * const [delivery] = route(assessment, AHUS_PROFILE, { senderSystem: "dips" }).deliveries;
 * const result = buildTemplateEpikrise(assessment, delivery, envelope, { ids: () => crypto.randomUUID(), now: () => new Date().toISOString() });
 * ```
 */
export function buildTemplateEpikrise(
  assessment: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: TemplateBuildOptions,
): SafeResult<BuiltMessage, TemplateBuildIssue> {
  if (isCancelled(assessment) || delivery.notice === "cancellation") {
    return { success: false, error: new ValidationError([EDI_ISSUES.issue("assessment_cancelled", ["amendments"])]) };
  }
  if (delivery.messageKind !== "dips-edi-template") {
    // The precheck's misuse error, before any rendering.
    precheck(assessment, delivery, envelope, { ...options, validate: false }, "dips-edi-template");
  }
  const withNote = templateNote(assessment, delivery, options);
  return withNote.success ? build(assessment, delivery, envelope, withNote.data, "N", "dips-edi-template") : withNote;
}

/**
 * Issue 15 point 8: Epikrise has no ProcessingStatus; a training or test message (envelope `processingStatus` `T` or
 * `D`) is marked with `Message/Status` 8323 `TEST`, as the MsgHead builder marks it with ProcessingStatus.
 */
const testStatus = (envelope: Envelope): string =>
  envelope.processingStatus === "T" || envelope.processingStatus === "D" ? code("Status", "TEST", "Testmelding") : "";

const SERV_TYPE_DN = { N: "Ny", M: "Endring", C: "Kansellering" } as const;

/**
 * Builds the Epikrise 1.2 that follows a correction (issue 9; messaging.md: ServType 7309 M "Endring" or C
 * "Kansellering" with the same `ServProvId`): pass the assessment that the model's `amendAssessment` or
 * `cancelAssessment` returned. Its last amendment decides the ServType (`change` → M, `cancellation` → C); the note
 * shows the amendment (who, when, why, which parts) and, like every note, only what the delivery's recipient may see.
 * A `dips-edi-template` delivery's correction is printed through its template, as {@link buildTemplateEpikrise}
 * prints the document (pass `template` in the options for a region's own; one that fails `lintTemplate` throws).
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the assessment has no amendment, and on the
 * misuse {@link buildEpikrise} refuses.
 * @example
 * ```ts
 * const { assessment: v2 } = cancelAssessment(v1, { reason, by, at });
 * const result = buildEpikriseCorrection(v2, delivery, envelope, { ids, now });
 * ```
 */
export function buildEpikriseCorrection(
  amended: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: TemplateBuildOptions,
): SafeResult<BuiltMessage, BuildIssue> {
  const last = amended.amendments?.at(-1);
  if (last === undefined) {
    throw new SdkError(
      "invalid_argument",
      "amended.amendments: is empty; correct the assessment with amendAssessment or cancelAssessment first",
    );
  }
  const servType = last.kind === "cancellation" ? "C" : "M";
  if (delivery.messageKind === "dips-edi-template") {
    // Issue 16 point 1: a DIPS document's correction goes the same way, through the same template.
    const withNote = templateNote(amended, delivery, options);
    if (!withNote.success) {
      // The template was linted when the document went; a correction through an unsound one is misuse.
      throw new SdkError(
        "invalid_argument",
        "options.template: fails lintTemplate; correct it through a sound template",
      );
    }
    return build(amended, delivery, envelope, withNote.data, servType, "dips-edi-template");
  }
  return build(amended, delivery, envelope, options, servType, "epikrise");
}

function build(
  assessment: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: BuildOptions,
  servType: keyof typeof SERV_TYPE_DN,
  kind: BuiltKind,
): SafeResult<BuiltMessage, BuildIssue> {
  const issues = precheck(assessment, delivery, envelope, options, kind);
  if (issues.length > 0) {
    return { success: false, error: new ValidationError(issues) };
  }
  const ids = resolveIdAndDate(options);
  const note = resolveNote(assessment, options, delivery);
  const body = note.xhtml ?? escapeText(note.text);
  const by = assessment.conductedBy;
  const person = `<HCPerson>${el("Name", by.name)}${by.hpr === undefined ? "" : `<Id>${by.hpr.value}</Id>${code("TypeId", "HPR", "HPR-nummer")}`}</HCPerson>`;
  const copies = (envelope.copyReceivers ?? []).map((c) => `<CopyDest>${hcp(c)}</CopyDest>`).join("");
  const at = assessment.conductedAt;
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<Message xmlns="${NAMESPACES.epikrise12}">` +
    `${code("Type", "EPIKRISE", "Epikrise")}<MIGversion>v1.2 2012-02-15</MIGversion>` +
    `<GenDate V="${ids.genDate}"/><MsgId>${ids.msgId}</MsgId>${testStatus(envelope)}` +
    `<ServRprt>${code("ServType", servType, SERV_TYPE_DN[servType])}<IssueDate V="${ids.genDate}"/>${code("Status", "F", "Endelig")}` +
    `${el("MsgDescr", themeOf(assessment.interactionPoint))}${el("ServProvId", assessment.id)}` +
    `<Event><ReportedEvent><StartDateTime V="${at}"/></ReportedEvent>${code("ServType", "N", "Ny")}<Service/>` +
    `<InfItem><Observation><Description>${body}</Description></Observation>${code("Type", "OPPL", "Klinisk opplysning")}` +
    `<StartDateTime V="${at}"/></InfItem></Event>` +
    `${patient(assessment, options.patientSex)}<ServProvider>${hcp(envelope.sender, person)}</ServProvider>${copies}` +
    `<Requester>${hcp(envelope.receiver)}</Requester>${dataRefDoc(assessment, options, delivery)}</ServRprt></Message>\n`;
  return { success: true, data: { xml, msgId: ids.msgId, genDate: ids.genDate, msgType: "EPIKRISE" } };
}
