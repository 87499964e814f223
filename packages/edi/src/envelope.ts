/**
 * The addressing of a message (messaging.md §1–§2, "tjenestebasert adressering", HIS 1153): who sends, who receives,
 * who gets a copy, which thread it belongs to. None of it is in the assessment: the sender system knows its own
 * HER-ids, and the receiver's come from NHN's address register at send time (pathway `Delivery` has no addresses).
 */
import { type ProfessionCode, SdkError } from "@pakkeforlop-hjem/model";
import { isUuid } from "./internal/xml.ts";

/**
 * An organisation or one of its services, addressed by its HER-id (Adresseregisteret). `orgnr` (9 digits,
 * Enhetsregisteret) is written next to the HER-id when given.
 */
export interface EnvelopeUnit {
  readonly name: string;
  /** HER-id: digits only. */
  readonly herId: string;
  readonly orgnr?: string;
  /** Phone of the service, e.g. `+47 73 86 80 00`. Used when the professional has no phone of their own. */
  readonly phone?: string;
}

/**
 * A communication party: the legal organisation and the service in it that handles the message (HIS 1153: address the
 * service, e.g. the municipality's saksbehandlertjeneste, its single point of entry (DOMAIN.md §1 "one way in"), never
 * a person).
 */
export interface EnvelopeParty {
  readonly organisation: EnvelopeUnit;
  readonly service: EnvelopeUnit;
}

/** The thread a reply belongs to (MsgHead `ConversationRef`; mandatory from the 2nd message of a dialog). */
export interface ConversationRef {
  /** MsgId of the message this one answers. */
  readonly refToParent: string;
  /** MsgId of the first message of the dialog. */
  readonly refToConversation: string;
}

/** A health professional named in the note besides its author (e.g. the patient's fastlege, 9034 code 6). */
export interface EnvelopeProfessional {
  readonly name: string;
  readonly profession?: ProfessionCode;
  /** HPR-nummer, digits. */
  readonly hpr?: string;
  readonly phone?: string;
}

/**
 * Everything a builder needs besides the assessment and the delivery: sender and receiver (organisation + service,
 * with HER-ids), copy receivers, the thread, and facts about the sending software.
 *
 * - `receiver` is the party this message goes to: the delivery's recipient (the municipality's entry-point service,
 *   the fastlege's office) looked up in the address register.
 * - `copyReceivers` become MsgHead `OtherReceiver` (role COP) or Epikrise `CopyDest`. Each copy receiver answers with
 *   its own AppRec (messaging.md §5).
 * - `conversation` makes the message a reply; without it the message opens a new thread and carries the role
 *   "Kontakt hos mottaker" (9034 code 24) with `contactAtReceiver` as the wanted profession (HIS 1077).
 * - `gp`, when known, is named in the note with role 6 Fastlege.
 * - `software` is written in AppRecs (`SoftwareName`/`SoftwareVersion`).
 * - `processingStatus` is MsgHead `ProcessingStatus` (8113): `P` production, `T` training, `D` test. Default `P`.
 * @example
 * ```ts
 * const envelope: Envelope = {
 *   sender: { organisation: { name: "St. Olavs hospital HF", herId: "59" }, service: { name: "Kreftklinikken", herId: "8142518", phone: "+47 72 57 30 00" } },
 *   receiver: { organisation: { name: "Trondheim kommune", herId: "85231" }, service: { name: "Saksbehandlertjeneste helse og omsorg", herId: "8139433" } },
 * };
 * ```
 */
export interface Envelope {
  readonly sender: EnvelopeParty;
  readonly receiver: EnvelopeParty;
  readonly copyReceivers?: readonly EnvelopeParty[];
  readonly conversation?: ConversationRef;
  /** Wanted profession of the contact at the receiver on a new thread (9060). Default `SP` to a municipality, `LE` to a GP. */
  readonly contactAtReceiver?: ProfessionCode;
  readonly gp?: EnvelopeProfessional;
  readonly software?: { readonly name: string; readonly version?: string };
  readonly processingStatus?: "P" | "T" | "D";
}

const HER = /^[0-9]{1,9}$/;
const ORGNR = /^[0-9]{9}$/;

function checkUnit(unit: EnvelopeUnit, where: string): void {
  if (typeof unit?.name !== "string" || unit.name.trim() === "") {
    throw new SdkError("invalid_argument", `${where}.name: expected a non-empty name`);
  }
  if (typeof unit.herId !== "string" || !HER.test(unit.herId)) {
    throw new SdkError("invalid_argument", `${where}.herId: expected a HER-id of 1-9 digits from Adresseregisteret`);
  }
  if (unit.orgnr !== undefined && !ORGNR.test(unit.orgnr)) {
    throw new SdkError("invalid_argument", `${where}.orgnr: expected 9 digits`);
  }
}

/** Envelopes made by {@link defineEnvelope}: checked once and deep-frozen, so they cannot change afterwards. */
const DEFINED = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) {
      deepFreeze(v);
    }
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks an envelope once and returns a deep-frozen copy. Builders skip the check and reuse the rendered
 * organisation XML for a defined envelope, which matters when one sender sends many messages; a plain object
 * envelope is checked and rendered on every call, so later changes to it are always seen.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the envelope is not usable.
 * @example
 * ```ts
 * const envelope = defineEnvelope({ sender, receiver, copyReceivers: [gpOffice] });
 * buildHelsefagligDialog(assessment, delivery, envelope, { ids, now });
 * ```
 */
export function defineEnvelope(envelope: Envelope): Envelope {
  checkEnvelope(envelope);
  const frozen = deepFreeze(JSON.parse(JSON.stringify(envelope)) as Envelope);
  DEFINED.add(frozen);
  for (const party of [frozen.sender, frozen.receiver, ...(frozen.copyReceivers ?? [])]) {
    DEFINED.add(party);
  }
  return frozen;
}

/** `true` for envelopes and parties made by {@link defineEnvelope} (immutable, already checked). */
export function isDefined(value: object): boolean {
  return DEFINED.has(value);
}

/**
 * Throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when the envelope is not usable (misuse, not data). A defined
 * envelope ({@link defineEnvelope}) was checked when it was made.
 */
export function checkEnvelope(envelope: Envelope): void {
  if (typeof envelope !== "object" || envelope === null) {
    throw new SdkError("invalid_argument", "envelope: expected an object with sender and receiver");
  }
  if (DEFINED.has(envelope)) {
    return;
  }
  const parties: [EnvelopeParty, string][] = [
    [envelope.sender, "envelope.sender"],
    [envelope.receiver, "envelope.receiver"],
    ...(envelope.copyReceivers ?? []).map((p, i): [EnvelopeParty, string] => [p, `envelope.copyReceivers[${i}]`]),
  ];
  for (const [party, where] of parties) {
    if (typeof party !== "object" || party === null) {
      throw new SdkError("invalid_argument", `${where}: expected { organisation, service }`);
    }
    checkUnit(party.organisation, `${where}.organisation`);
    checkUnit(party.service, `${where}.service`);
  }
  const c = envelope.conversation;
  if (c !== undefined && !(isUuid(c.refToParent) && isUuid(c.refToConversation))) {
    throw new SdkError(
      "invalid_argument",
      "envelope.conversation: refToParent and refToConversation must both be the UUID MsgIds of earlier messages",
    );
  }
}
