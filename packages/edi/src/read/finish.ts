/**
 * Turns the drafts of a finished pass into the public {@link ParsedMessage}: parties get their HER-id and one
 * person name, notes get their text as trimmed lines. Loops, not recursion: a party nested a hundred thousand deep
 * is data, not a reason to overflow the stack.
 */

import { EDI_ISSUES } from "../issues.ts";
import type { ParsedCode, ParsedMessage, ParsedNote, ParsedParty } from "../parsed-message.ts";
import { MAX_ISSUES, type MessageDraft, type NoteDraft, type PartyDraft, type PersonDraft } from "./state.ts";

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

/** A coded value as a line of text: `DN (V)`, or whichever of them is there. */
const codeLine = (c: ParsedCode): string =>
  [c.dn ?? c.ot, c.v === undefined ? undefined : `(${c.v})`].filter((x) => x !== undefined && x !== "").join(" ");

/**
 * A note's text: its parts joined, each line trimmed, runs of empty lines kept to one, the ends trimmed; the coded
 * content as lines when the body is empty. An echoed question is frozen the same way (one level: a question has none).
 */
export function freezeNote(n: NoteDraft): ParsedNote {
  const written = n.parts
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
  const text = written === "" && n.codes !== undefined ? n.codes.map(codeLine).join("\n") : written;
  const out: Mutable<ParsedNote> = { kind: n.kind, text, xhtml: n.xhtml };
  if (n.codes !== undefined) {
    out.codes = n.codes;
  }
  if (n.question !== undefined) {
    const { question: _nested, ...question } = n.question;
    out.question = freezeNote(question);
  }
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

/** Processing status, ServType, the document id (ServProvId, else the first note's DokIdNotat), the receiver match. */
function copyLifecycle(m: MessageDraft, out: Mutable<ParsedMessage>): void {
  if (m.processingStatus !== undefined) {
    out.processingStatus = m.processingStatus;
  }
  if (m.servType !== undefined) {
    out.servType = m.servType;
  }
  const documentId = m.documentId ?? m.notes[0]?.docId;
  if (documentId !== undefined && documentId !== "") {
    out.documentId = documentId;
  }
  if (m.receiverMatch !== undefined) {
    out.receiverMatch = m.receiverMatch;
  }
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
    issues:
      m.omittedIssues === 0
        ? m.issues
        : [...m.issues, EDI_ISSUES.issue("too_many_issues", [], { limit: MAX_ISSUES, omitted: m.omittedIssues })],
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
  copyLifecycle(m, out);
  if (m.kind === "apprec") {
    out.appRec = {
      errors: m.appErrors,
      originalMsgId: m.original,
      ...(m.appStatus === undefined ? {} : { status: m.appStatus }),
    };
  }
  return out;
}
