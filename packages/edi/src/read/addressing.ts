/**
 * Addressing: who sends, who receives, who gets a copy (messaging.md §2 "tjenestebasert adressering", §5, §6). The
 * three headers say it with different words, and one table maps them onto the message's slots:
 *
 * | slot     | MsgHead         | Epikrise       | AppRec     |
 * |----------|-----------------|----------------|------------|
 * | sender   | `Sender`        | `ServProvider` | `Sender`   |
 * | receiver | `Receiver`      | `Requester`    | `Receiver` |
 * | copy     | `OtherReceiver` | `CopyDest`     |            |
 *
 * The first organisation (`Organisation`, `Inst`, `Dept`) under a slot element (directly or through `HCP`) is the
 * party; the first one nested in it is its service, and the first person in either is the person there. A person
 * written straight under `HCP` or `OtherReceiver` is a party of its own. Organisations and persons elsewhere (e.g.
 * `TilknyttetEnhet`, `PatRelHCP`, a note's roles) are read so their children land there, and dropped.
 */
import type { OpenRule, PartyDraft, PersonDraft, Reader, ReadState } from "./state.ts";

type Slot = "sender" | "receiver" | "copy";

/** Slot element → slot (see the table above). A Map, so a name from the document can never reach a prototype. */
const SLOTS: ReadonlyMap<string, Slot> = new Map<string, Slot>([
  ["Sender", "sender"],
  ["ServProvider", "sender"],
  ["Receiver", "receiver"],
  ["Requester", "receiver"],
  ["OtherReceiver", "copy"],
  ["CopyDest", "copy"],
]);

/**
 * Puts a party into the slot its owner element names, with the role (`RoleReceiver` 8112, AppRec `Role`) that was
 * written before it in that owner. A later party in the sender or receiver slot replaces an earlier one.
 */
function place(s: ReadState, owner: string, party: PartyDraft): void {
  const slot = SLOTS.get(owner);
  if (slot === "sender") {
    s.message.sender = party;
  } else if (slot === "receiver") {
    s.message.receiver = party;
  } else if (slot === "copy") {
    s.message.copies.push(party);
  }
  const role = s.pendingRoles.get(owner);
  if (role !== undefined) {
    party.role = role;
    s.pendingRoles.delete(owner);
  }
}

/** `Organisation` (MsgHead), `Inst` and `Dept` (Epikrise, AppRec). */
const organisation: OpenRule = (s, el) => {
  const party: PartyDraft = { ids: [] };
  if (el.holder.kind === "party") {
    el.holder.draft.service ??= party;
  } else {
    place(s, (el.parent === "HCP" ? s.names[el.depth - 2] : el.parent) ?? "", party);
  }
  el.next = { kind: "party", draft: party };
  return true;
};

/** `HealthcareProfessional` (MsgHead), `HCPerson`, `HCProf` (Epikrise, AppRec) and `Person`. */
const person: OpenRule = (s, el) => {
  const draft: PersonDraft = { ids: [] };
  if (el.holder.kind === "party") {
    el.holder.draft.person ??= draft;
  } else if ((el.name === "HCProf" || el.name === "HealthcareProfessional") && el.parent === "HCP") {
    place(s, s.names[el.depth - 2] ?? "", { ids: [], person: draft });
  } else if (el.parent === "OtherReceiver") {
    place(s, el.parent, { ids: [], person: draft });
  }
  el.next = { kind: "person", draft };
  return true;
};

/** `RoleReceiver` (MsgHead `OtherReceiver`, 8112) and `Role` (AppRec `Sender`/`Receiver`): kept for the next party. */
const role: OpenRule = (s, el) => {
  const v = el.attrs["V"];
  if (v !== undefined) {
    s.pendingRoles.set(el.name === "RoleReceiver" ? "OtherReceiver" : (el.parent ?? ""), v.trim());
  }
  return true;
};

/** The addressing reader (see the file comment). */
export const ADDRESSING: Reader = {
  open: {
    Organisation: organisation,
    Inst: organisation,
    Dept: organisation,
    HealthcareProfessional: person,
    HCPerson: person,
    HCProf: person,
    Person: person,
    RoleReceiver: role,
    Role: role,
  },
};
