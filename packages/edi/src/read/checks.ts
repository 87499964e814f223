/**
 * What a receiver may act on in a message that was read (DOMAIN.md §6: AppRec 8221 E10, E21, E36; messaging.md §2,
 * §5): required header parts missing, a MsgId that is not a UUID, a patient not identified well enough, a receiver
 * that is not us. Run once on the drafts after the pass; each finding is an issue in `ParsedMessage.issues`, which
 * `appRecErrorsFor` maps to AppRec errors.
 */

import { isUuid } from "../internal/xml.ts";
import { EDI_ISSUES } from "../issues.ts";
import type { MessageDraft, PartyDraft, PatientDraft } from "./state.ts";

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

/** Whether the party or a service inside it has one of our HER-ids (any case of `HER`, any code list). */
export function partyHasHer(party: PartyDraft, own: readonly string[]): boolean {
  for (let p: PartyDraft | undefined = party; p !== undefined; p = p.service) {
    for (const id of p.ids) {
      if (id.type?.toUpperCase() === "HER" && own.includes(id.id)) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Adds the findings on a message that was read to its issues, in a fixed order. `ownHerIds` is the option of
 * `parseMessage`: without it the receiver is not checked.
 */
export function checkMessage(m: MessageDraft, ownHerIds: readonly string[] | undefined): void {
  const issues = m.issues;
  if (m.msgId === undefined || m.msgId === "") {
    issues.push(EDI_ISSUES.issue("missing_element", ["MsgId"], { element: "MsgId" }));
  } else if (!isUuid(m.msgId)) {
    issues.push(EDI_ISSUES.issue("invalid_msg_id", ["MsgId"]));
  }
  if (m.genDate === undefined || m.genDate === "") {
    issues.push(EDI_ISSUES.issue("missing_element", ["GenDate"], { element: "GenDate" }));
  }
  if (m.sender === undefined) {
    issues.push(EDI_ISSUES.issue("missing_element", ["Sender"], { element: "Sender" }));
  }
  if (m.receiver === undefined) {
    issues.push(EDI_ISSUES.issue("missing_element", ["Receiver"], { element: "Receiver" }));
  }
  if (m.kind !== "apprec" && !sufficientlyIdentified(m.patient)) {
    issues.push(EDI_ISSUES.issue("insufficient_patient_identification", ["Patient"]));
  }
  if (ownHerIds !== undefined && m.receiver !== undefined && !partyHasHer(m.receiver, ownHerIds)) {
    issues.push(EDI_ISSUES.issue("unknown_receiver", ["Receiver"]));
  }
}
