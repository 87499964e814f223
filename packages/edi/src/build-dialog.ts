/**
 * MsgHead 1.2 + Dialogmelding 1.1 in the Helsefaglig dialog profile (DOMAIN.md §6; messaging.md §2, §3, §7; HIS 1077).
 * Elements are written in schema order (every KITH type is an `xs:sequence`), by hand, with escaping.
 */
import {
  type Assessment,
  assessmentIssues,
  IDENTIFIER_SYSTEMS,
  isCancelled,
  isSealedAssessment,
  PROFESSIONS,
  ROLES,
  type SafeResult,
  SdkError,
  systemToKithIdType,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import { type Delivery, PATHWAY_MARKING } from "@pakkeforlop-hjem/pathway";
import { NAMESPACES, OID_7322, OID_8116, OID_9034, OID_9051, OID_9057 } from "./codes.ts";
import { checkEnvelope, type Envelope, type EnvelopeParty, type EnvelopeUnit, isDefined } from "./envelope.ts";
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

/**
 * The `Tema` of every note of this pathway: the marking and the interaction point (DOMAIN.md §1, §6). Also the
 * epikrise `MsgDescr`. It stays the same through a thread, as HIS 1077 asks.
 * @example
 * ```ts
 * themeOf(2); // "Pakkeforløp hjem for pasienter med kreft – samhandlingspunkt 2"
 * ```
 */
export function themeOf(interactionPoint: 1 | 2 | 3): string {
  return `${PATHWAY_MARKING} – samhandlingspunkt ${interactionPoint}`;
}

/** Splits a one-string name into given and family name: the last word is the family name. */
export function splitName(name: string): { given?: string; family: string } {
  const trimmed = name.trim();
  const at = trimmed.lastIndexOf(" ");
  return at < 0 ? { family: trimmed } : { given: trimmed.slice(0, at).trim(), family: trimmed.slice(at + 1) };
}

/** `tel:` URI of a phone number (kith:URL is an anyURI: no spaces). */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}

const orgIdent = (id: string, kind: "HER" | "ENH"): string =>
  `<Ident><Id>${id}</Id>${code("TypeId", kind, kind === "HER" ? "HER-id" : "Organisasjonsnummeret i Enhetsregisteret", OID_9051)}</Ident>`;

function unitIdents(unit: EnvelopeUnit): string {
  return orgIdent(unit.herId, "HER") + (unit.orgnr === undefined ? "" : orgIdent(unit.orgnr, "ENH"));
}

// Envelopes are typically built once and reused for many messages: their XML is cached by identity (they are readonly).
const ORGANISATION_XML = new WeakMap<EnvelopeParty, string>();

/**
 * `Organisation` (legal entity) with the service as a nested `Organisation`, both with HER-ids (HIS 1153). Cached
 * only for parties of a defined (immutable) envelope.
 */
function organisation(party: EnvelopeParty): string {
  if (!isDefined(party)) {
    return organisationXml(party);
  }
  let xml = ORGANISATION_XML.get(party);
  if (xml === undefined) {
    xml = organisationXml(party);
    ORGANISATION_XML.set(party, xml);
  }
  return xml;
}

function organisationXml(party: EnvelopeParty): string {
  const o = party.organisation;
  const s = party.service;
  return `<Organisation>${el("OrganisationName", o.name)}${unitIdents(o)}<Organisation>${el("OrganisationName", s.name)}${unitIdents(s)}</Organisation></Organisation>`;
}

/**
 * Whether the patient is identified well enough (AppRec v1.1, messaging.md §2): name + FNR, D-nummer or FH-nummer,
 * or name + birth date + sex. A DUF-nummer alone is not enough.
 */
export function hasSufficientIdentification(assessment: Assessment, sex: string | undefined): boolean {
  const system = assessment.patient.identifier.system;
  return system !== IDENTIFIER_SYSTEMS.duf || sex !== undefined;
}

function patient(a: Assessment, sex: string | undefined): string {
  const p = a.patient;
  const kith = systemToKithIdType(p.identifier.system, "person");
  const ident =
    kith === undefined
      ? ""
      : `<Ident><Id>${p.identifier.value}</Id>${code("TypeId", kith.code, kith.display, OID_8116)}</Ident>`;
  return `<Patient>${el("FamilyName", p.name.family)}${el("GivenName", p.name.given)}<DateOfBirth>${p.birthDate}</DateOfBirth>${sex === undefined ? "" : code("Sex", sex, SEX_DN[sex])}${ident}</Patient>`;
}

const SEX_DN: Readonly<Record<string, string>> = {
  "0": "Ikke kjent",
  "1": "Mann",
  "2": "Kvinne",
  "9": "Ikke spesifisert",
};

function professionCode(p: keyof typeof PROFESSIONS.entries): string {
  return code("TypeHealthcareProfessional", p, PROFESSIONS.entries[p].nb);
}

function hcpNames(name: string): string {
  const { given, family } = splitName(name);
  return `${el("FamilyName", family)}${el("GivenName", given)}`;
}

// Inside Dialogmelding, Ident and TeleCom are felleskomponent1 types: their children are in the fk1 namespace.
function hprIdent(hpr: string | undefined): string {
  return hpr === undefined
    ? ""
    : `<Ident><fk1:Id>${hpr}</fk1:Id>${code("fk1:TypeId", "HPR", "HPR-nummer", OID_8116)}</Ident>`;
}

function tel(phone: string | undefined): string {
  return phone === undefined ? "" : `<TeleCom><fk1:TeleAddress V="${telUri(phone)}"/></TeleCom>`;
}

const role9034 = (v: keyof typeof ROLES.entries): string => code("RoleToPatient", v, ROLES.entries[v].nb, OID_9034);

/**
 * Builds the MsgHead envelope around a payload, and the data attachment (a `RefDoc`, issue 17) as a second
 * `Document` when there is one; shared with tests of other payloads.
 */
function msgHead(
  assessment: Assessment,
  envelope: Envelope,
  ids: { msgId: string; genDate: string },
  sex: string | undefined,
  payload: string,
  data: string,
): string {
  const conv = envelope.conversation;
  const copies = (envelope.copyReceivers ?? [])
    .map((c) => `<OtherReceiver>${code("RoleReceiver", "COP", "Kopimottaker")}${organisation(c)}</OtherReceiver>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<MsgHead xmlns="${NAMESPACES.msgHead}"><MsgInfo>` +
    `${code("Type", "DIALOG_HELSEFAGLIG", "Helsefaglig dialog")}<MIGversion>v1.2 2006-05-24</MIGversion>` +
    `<GenDate>${ids.genDate}</GenDate><MsgId>${ids.msgId}</MsgId>` +
    code("ProcessingStatus", envelope.processingStatus ?? "P", PROCESSING[envelope.processingStatus ?? "P"]) +
    (conv === undefined
      ? ""
      : `<ConversationRef><RefToParent>${conv.refToParent}</RefToParent><RefToConversation>${conv.refToConversation}</RefToConversation></ConversationRef>`) +
    `<Sender>${organisation(envelope.sender)}</Sender><Receiver>${organisation(envelope.receiver)}</Receiver>${copies}` +
    `${patient(assessment, sex)}</MsgInfo>` +
    `<Document><RefDoc>${code("MsgType", "XML", "XML-instans")}<Content>${payload}</Content></RefDoc></Document>` +
    `${data === "" ? "" : `<Document>${data}</Document>`}</MsgHead>\n`
  );
}

const PROCESSING: Readonly<Record<string, string>> = { P: "Produksjon", T: "Opplæring", D: "Debugging/test" };

function checkDelivery(assessment: Assessment, delivery: Delivery, kind: BuiltKind): void {
  if (delivery.channel !== "nhn" || delivery.messageKind !== kind) {
    throw new SdkError(
      "invalid_argument",
      `delivery: expected channel "nhn" and messageKind "${kind}", got "${delivery.channel}" / "${delivery.messageKind}"; build the message its messageKind names`,
    );
  }
  if (delivery.assessmentId !== assessment.id) {
    throw new SdkError(
      "invalid_argument",
      "delivery.assessmentId: does not match assessment.id; pass the routed assessment",
    );
  }
}

/** The message kinds the builders build from a routed delivery (issue 16 point 1: every kind a profile routes to). */
export type BuiltKind = "helsefaglig-dialog" | "epikrise" | "dips-edi-template";

/** Common checks of both builders: delivery, envelope, assessment validity, patient identification. */
export function precheck(
  assessment: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: BuildOptions,
  kind: BuiltKind,
): BuildIssue[] {
  checkDelivery(assessment, delivery, kind);
  checkEnvelope(envelope);
  const parse = { allowTestNumbers: options.allowTestNumbers === true };
  // Issue 19: a sealed assessment (model `sealAssessment`) is valid and frozen; it is not validated twice.
  if (options.validate !== false && !isSealedAssessment(assessment, parse)) {
    const issues = assessmentIssues(assessment, parse);
    if (issues.length > 0) {
      return issues;
    }
  }
  if (!hasSufficientIdentification(assessment, options.patientSex)) {
    return [EDI_ISSUES.issue("insufficient_patient_identification", ["patient", "identifier"])];
  }
  return [];
}

/**
 * Builds a Helsefaglig dialog: MsgHead 1.2 (`DIALOG_HELSEFAGLIG`) with one Dialogmelding 1.1 `Notat` (DOMAIN.md §6;
 * messaging.md §7, HIS 1077):
 * - `TemaKodet` 7322 code 6 "Henvendelse om pasient" (V, DN and S); `Tema` = the pathway marking and the interaction
 *   point; `TekstNotatInnhold` = the note (XHTML when given, else text);
 * - the responsible professional (`conductedBy`) as author (9057 code 1) with name, phone, HPR-nummer and profession
 *   (9060), and the role to the patient (9034, e.g. 17 Forløpskoordinator kreft) beside the author role in
 *   `RollerRelatertNotat`;
 * - on a new thread (no `envelope.conversation`) the role 24 "Kontakt hos mottaker" with the wanted profession;
 *   `ConversationRef` on a reply; the fastlege (role 6) when `envelope.gp` is given;
 * - copy receivers as `OtherReceiver` (COP); the patient with name, birth date and an 8116 identifier type;
 * - the structured assessment, what the recipient may see, as a second `Document`: the data attachment (issue 17,
 *   `RefDoc` `MsgType` A, `application/json`, base64 JSON), unless `attachData` is `false`. The note is for people.
 *
 * Returns issues for an invalid assessment, a missing phone or insufficient patient identification, and
 * `assessment_cancelled` for a cancelled assessment (send the cancellation with {@link buildDialogCorrection}; issue
 * 21). Throws for misuse
 * (wrong delivery kind, bad envelope, no id or clock source).
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` on misuse.
 * @example
 * ```ts
 * const result = buildHelsefagligDialog(assessment, delivery, envelope, {
 *   ids: () => crypto.randomUUID(), now: () => new Date().toISOString(), note: { text, xhtml },
 * });
 * if (result.success) send(result.data.xml);
 * ```
 * @see https://sarepta.helsedir.no (HIS 1077:2017 Helsefaglig dialog)
 */
export function buildHelsefagligDialog(
  assessment: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: BuildOptions,
): SafeResult<BuiltMessage, BuildIssue> {
  // Issue 21: a cancelled assessment is never sent as a new message; only its cancellation may go.
  if (isCancelled(assessment) || delivery.notice === "cancellation") {
    return { success: false, error: new ValidationError([EDI_ISSUES.issue("assessment_cancelled", ["amendments"])]) };
  }
  return dialog(assessment, delivery, envelope, options);
}

function dialog(
  assessment: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: BuildOptions,
): SafeResult<BuiltMessage, BuildIssue> {
  const issues = precheck(assessment, delivery, envelope, options, "helsefaglig-dialog");
  const by = assessment.conductedBy;
  const phone = by.phone ?? envelope.sender.service.phone;
  if (issues.length === 0 && phone === undefined) {
    issues.push(EDI_ISSUES.issue("missing_phone", ["conductedBy", "phone"]));
  }
  if (issues.length > 0 || phone === undefined) {
    return { success: false, error: new ValidationError(issues) };
  }
  const ids = resolveIdAndDate(options);
  const note = resolveNote(assessment, options, delivery);
  const body = note.xhtml ?? escapeText(note.text);

  const author =
    // Issue 15 point 8: the author's role to the patient goes beside RolleNotat in RollerRelatertNotat, as HIS 1077
    // and the receivers read it, not inside HealthcareProfessional.
    `<RollerRelatertNotat>${code("RolleNotat", "1", "Forfatter", OID_9057)}${by.role === undefined ? "" : role9034(by.role)}` +
    `<HealthcareProfessional>${professionCode(by.profession)}${hcpNames(by.name)}` +
    `${hprIdent(by.hpr?.value)}${tel(phone)}</HealthcareProfessional></RollerRelatertNotat>`;
  const contact =
    envelope.conversation !== undefined
      ? ""
      : `<RollerRelatertNotat>${role9034("24")}<HealthcareProfessional>${professionCode(
          envelope.contactAtReceiver ?? (delivery.recipient.kind === "gp" ? "LE" : "SP"),
        )}</HealthcareProfessional></RollerRelatertNotat>`;
  const gp = envelope.gp;
  const gpRole =
    gp === undefined
      ? ""
      : `<RollerRelatertNotat>${role9034("6")}<HealthcareProfessional>${professionCode(gp.profession ?? "LE")}${hcpNames(gp.name)}${hprIdent(gp.hpr)}${tel(gp.phone)}</HealthcareProfessional></RollerRelatertNotat>`;
  const payload =
    `<Dialogmelding xmlns="${NAMESPACES.dialog11}" xmlns:fk1="${NAMESPACES.fk1}"><Notat>` +
    `${code("TemaKodet", "6", "Henvendelse om pasient", OID_7322)}${el("Tema", themeOf(assessment.interactionPoint))}` +
    `<TekstNotatInnhold>${body}</TekstNotatInnhold>${el("DokIdNotat", assessment.id)}` +
    `<DatoNotat>${assessment.conductedAt.slice(0, 10)}</DatoNotat>${author}${contact}${gpRole}</Notat></Dialogmelding>`;
  return {
    success: true,
    data: {
      xml: msgHead(assessment, envelope, ids, options.patientSex, payload, dataRefDoc(assessment, options, delivery)),
      msgId: ids.msgId,
      genDate: ids.genDate,
      msgType: "DIALOG_HELSEFAGLIG",
    },
  };
}

/**
 * Builds the Helsefaglig dialog reply that follows a correction (issue 9): the same thread (`envelope.conversation`
 * is required: `ConversationRef` to the message that sent the assessment), the same `Tema` and `DokIdNotat`, and a
 * note that says what was corrected (the amendment: who, when, why, which parts) and shows the corrected assessment,
 * with only what the delivery's recipient may see. Pass the assessment that `amendAssessment` or `cancelAssessment`
 * of the model returned.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` without an amendment or without
 * `envelope.conversation`, and on the misuse {@link buildHelsefagligDialog} refuses.
 * @example
 * ```ts
 * const { assessment: v2 } = amendAssessment(v1, changes, { reason, by, at });
 * const reply = buildDialogCorrection(v2, delivery, { ...envelope, conversation: { refToParent: sent.msgId, refToConversation: sent.msgId } }, { ids, now });
 * ```
 */
export function buildDialogCorrection(
  amended: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: BuildOptions,
): SafeResult<BuiltMessage, BuildIssue> {
  if (amended.amendments === undefined || amended.amendments.length === 0) {
    throw new SdkError(
      "invalid_argument",
      "amended.amendments: is empty; correct the assessment with amendAssessment or cancelAssessment first",
    );
  }
  if (envelope.conversation === undefined) {
    throw new SdkError(
      "invalid_argument",
      "envelope.conversation: a correction is a reply in the thread that sent the assessment; give its ConversationRef",
    );
  }
  return dialog(amended, delivery, envelope, options);
}
