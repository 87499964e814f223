/**
 * What a receiver may act on in a message that was read (DOMAIN.md §6: AppRec 8221 E10, E21, E36; messaging.md §2,
 * §5): required parts missing, a MsgId that is not a UUID, a patient not identified well enough, a receiver that is
 * not us. Run once on the drafts after the pass; each finding is an issue in `ParsedMessage.issues`, which
 * `appRecErrorsFor` maps to AppRec errors.
 *
 * Lenient is not lax (issue 15 point 5): case, missing code systems and odd prefixes are tolerated, but a message
 * without a part the schema requires and no receiver can act without (MsgHead `MsgInfo/Type` and `Document`, a
 * note's code, Epikrise `ServRprt/ServType`, AppRec `Status` and `OriginalMsgId`) gets `missing_element` (T02).
 * The receiver matches at organisation, service or person level (issue 15 point 1; messaging.md §2: organisation →
 * service → person, each with its own HER-id).
 */

import { isUuid } from "../internal/xml.ts";
import { EDI_ISSUES } from "../issues.ts";
import type { ParsedMessage } from "../parsed-message.ts";
import { addIssue, type IdentDraft, type MessageDraft, type PartyDraft, type PatientDraft } from "./state.ts";

/** Identifier types that identify a patient publicly (messaging.md §2): FNR, D-nummer, FH-nummer. */
const PUBLIC_IDS: ReadonlySet<string> = new Set(["FNR", "DNR", "FHN"]);

/**
 * The AppRec v1.1 rule for identifying a patient (messaging.md §2): name with FNR, D-nummer or FH-nummer, or name
 * with birth date and sex.
 */
export function sufficientlyIdentified(p: PatientDraft | undefined): boolean {
  if (p === undefined || (p.familyName ?? p.givenName ?? p.name ?? "") === "") {
    return false;
  }
  if (p.ids.some((i) => i.type !== undefined && PUBLIC_IDS.has(i.type.toUpperCase()) && i.id !== "")) {
    return true;
  }
  return (p.dateOfBirth ?? "") !== "" && (p.sex ?? "") !== "";
}

type Match = NonNullable<ParsedMessage["receiverMatch"]>;

/** The first of `ids` typed `HER` (any case, any code list) whose value, trimmed, is one of ours. */
function ownHer(ids: readonly IdentDraft[], own: readonly string[]): string | undefined {
  for (const id of ids) {
    const value = id.id.trim();
    if (id.type?.toUpperCase() === "HER" && own.includes(value)) {
      return value;
    }
  }
  return undefined;
}

/**
 * Where a party has one of our HER-ids: the organisation itself, a service inside it (any depth), or a person at
 * either (`HealthcareProfessional`, `HCPerson`, `HCProf` with a HER-id). The outermost match wins; a loop, so a
 * party nested any depth needs no stack.
 */
export function receiverMatch(party: PartyDraft, own: readonly string[]): Match | undefined {
  let level: "organisation" | "service" = "organisation";
  for (let p: PartyDraft | undefined = party; p !== undefined; p = p.service) {
    const here = ownHer(p.ids, own);
    if (here !== undefined) {
      return { level, herId: here };
    }
    const person = p.person === undefined ? undefined : ownHer(p.person.ids, own);
    if (person !== undefined) {
      return { level: "person", herId: person };
    }
    level = "service";
  }
  return undefined;
}

/** Whether the party, a service inside it or a person there has one of our HER-ids (see {@link receiverMatch}). */
export function partyHasHer(party: PartyDraft, own: readonly string[]): boolean {
  return receiverMatch(party, own) !== undefined;
}

const missing = (m: MessageDraft, element: string, path: readonly (string | number)[] = [element]): void =>
  addIssue(m, EDI_ISSUES.issue("missing_element", path, { element }));

/** The parts each kind of message requires (see the file comment); the element names are the schema's, fixed. */
function checkRequiredParts(m: MessageDraft): void {
  if (m.kind === "msghead" || m.kind === "dialogmelding") {
    if ((m.msgType?.v ?? "") === "") {
      missing(m, "MsgInfo/Type", ["MsgInfo", "Type"]);
    }
    if (m.documents === 0) {
      missing(m, "Document");
    }
  }
  if (m.kind === "dialogmelding") {
    if (m.notes.length === 0) {
      missing(m, "Notat", ["Dialogmelding", "Notat"]);
    }
    m.notes.forEach((note, i) => {
      if ((note.code?.v ?? "") === "") {
        const element = note.kind === "notat" ? "TemaKodet" : "TypeForesp";
        missing(m, element, ["Dialogmelding", note.kind === "notat" ? "Notat" : "Foresporsel", i, element]);
      }
    });
  }
  if (m.kind === "epikrise" && (m.servType?.v ?? "") === "") {
    missing(m, "ServRprt/ServType", ["ServRprt", "ServType"]);
  }
  if (m.kind === "apprec") {
    if ((m.appStatus?.v ?? "") === "") {
      missing(m, "Status");
    } else if (m.appStatus?.v === "2" && m.appErrors.length === 0) {
      missing(m, "Error");
    }
    if (!m.originalSeen || (m.original.id ?? "") === "") {
      missing(m, "OriginalMsgId/Id", ["OriginalMsgId", "Id"]);
    }
  }
}

/**
 * Adds the findings on a message that was read to its issues, in a fixed order, and notes where the receiver
 * matched. `ownHerIds` is the option of `parseMessage`: without it the receiver is not checked.
 */
export function checkMessage(m: MessageDraft, ownHerIds: readonly string[] | undefined): void {
  if (m.msgId === undefined || m.msgId === "") {
    missing(m, "MsgId");
  } else if (!isUuid(m.msgId)) {
    addIssue(m, EDI_ISSUES.issue("invalid_msg_id", ["MsgId"]));
  }
  if (m.genDate === undefined || m.genDate === "") {
    missing(m, "GenDate");
  }
  if (m.sender === undefined) {
    missing(m, "Sender");
  }
  if (m.receiver === undefined) {
    missing(m, "Receiver");
  }
  checkRequiredParts(m);
  if (m.kind !== "apprec" && !sufficientlyIdentified(m.patient)) {
    addIssue(m, EDI_ISSUES.issue("insufficient_patient_identification", ["Patient"]));
  }
  if (ownHerIds !== undefined && m.receiver !== undefined) {
    const match = receiverMatch(m.receiver, ownHerIds);
    if (match === undefined) {
      addIssue(m, EDI_ISSUES.issue("unknown_receiver", ["Receiver"]));
    } else {
      m.receiverMatch = match;
    }
  }
}
