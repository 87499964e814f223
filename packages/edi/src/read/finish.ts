/**
 * Turns the drafts of a finished pass into the public {@link ParsedMessage}: parties get their HER-id and one
 * person name, notes get their text as trimmed lines. Loops, not recursion: a party nested a hundred thousand deep
 * is data, not a reason to overflow the stack.
 */
import type { ParsedMessage, ParsedNote, ParsedParty } from "../parsed-message.ts";
import type { MessageDraft, NoteDraft, PartyDraft, PersonDraft } from "./state.ts";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One person name: `Name` as written, else the given, middle and family names joined. */
function personOf(p: PersonDraft): ParsedParty["person"] & {} {
  const name = p.name ?? ([p.given, p.middle, p.family].filter((x) => x !== undefined).join(" ") || undefined);
  return name === undefined ? { ids: p.ids } : { name, ids: p.ids };
}

/** A party with its services, innermost first so that no level needs the stack. */
export function freezeParty(party: PartyDraft): ParsedParty {
  const chain: PartyDraft[] = [];
  for (let p: PartyDraft | undefined = party; p !== undefined; p = p.service) {
    chain.push(p);
  }
  let inner: ParsedParty | undefined;
  for (let i = chain.length - 1; i >= 0; i--) {
    const p = chain[i] as PartyDraft;
    const her = p.ids.find((x) => x.type?.toUpperCase() === "HER");
    const out: Mutable<ParsedParty> = { ids: p.ids };
    if (p.name !== undefined) {
      out.name = p.name;
    }
    if (her !== undefined) {
      out.herId = her.id.trim();
    }
    if (inner !== undefined) {
      out.service = inner;
    }
    if (p.person !== undefined) {
      out.person = personOf(p.person);
    }
    if (p.role !== undefined) {
      out.role = p.role;
    }
    inner = out;
  }
  return inner as ParsedParty;
}

/** A note's text: its parts joined, each line trimmed, runs of empty lines kept to one, the ends trimmed. */
export function freezeNote(n: NoteDraft): ParsedNote {
  const text = n.parts
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
  const out: Mutable<ParsedNote> = { kind: n.kind, text, xhtml: n.xhtml };
  if (n.code !== undefined) {
    out.code = n.code;
  }
  if (n.theme !== undefined) {
    out.theme = n.theme;
  }
  if (n.dataRows !== undefined) {
    out.dataRows = n.dataRows;
  }
  if (n.docId !== undefined) {
    out.docId = n.docId;
  }
  if (n.date !== undefined) {
    out.date = n.date;
  }
  return out;
}

/** The public result of a pass whose root was read (`kind` is set). */
export function finishMessage(m: MessageDraft & { kind: ParsedMessage["kind"] }): ParsedMessage {
  const out: Mutable<ParsedMessage> = {
    kind: m.kind,
    version: m.version,
    namespace: m.namespace,
    copyReceivers: m.copies.map(freezeParty),
    notes: m.notes.map(freezeNote),
    attachments: m.attachments,
    issues: m.issues,
  };
  if (m.msgType !== undefined) {
    out.msgType = m.msgType;
  }
  if (m.msgId !== undefined) {
    out.msgId = m.msgId;
  }
  if (m.genDate !== undefined) {
    out.genDate = m.genDate;
  }
  if (m.refToParent !== undefined || m.refToConversation !== undefined) {
    out.conversationRef = {
      ...(m.refToParent === undefined ? {} : { refToParent: m.refToParent }),
      ...(m.refToConversation === undefined ? {} : { refToConversation: m.refToConversation }),
    };
  }
  if (m.sender !== undefined) {
    out.sender = freezeParty(m.sender);
  }
  if (m.receiver !== undefined) {
    out.receiver = freezeParty(m.receiver);
  }
  if (m.patient !== undefined) {
    out.patient = m.patient;
  }
  if (m.kind === "apprec") {
    out.appRec = {
      errors: m.appErrors,
      originalMsgId: m.original,
      ...(m.appStatus === undefined ? {} : { status: m.appStatus }),
    };
  }
  return out;
}
