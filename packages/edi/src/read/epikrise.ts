/**
 * Epikrise 1.1/1.2 (messaging.md §6; DOMAIN.md §6: "its own header, no MsgHead; the assessment goes in an InfItem
 * description"): the root `Message`, `ServRprt/MsgDescr` and each `InfItem` as a note (its `Type` as the code,
 * `Observation/Description` as the body). The header under the root (`Type`, `MsgId`, `GenDate`) is read by
 * `header.ts`; `ServProvider`, `Requester`, `CopyDest` and `Patient` by `addressing.ts` and `identity.ts`; `RefDoc`s
 * by `attachments.ts`.
 *
 * Issue 15 points 3, 4 and 8: the report's `ServType` (7309 N Ny, M Endring, C Kansellering) and `ServProvId` (the
 * document id, the same in N, M and C: messaging.md §6 "lifecycle") are read, so a correction is never taken for a
 * new message; `Message/Status` (8323, `TEST`) is the processing status; an InfItem's coded content
 * (`Observation/CodedDescr/Concept`, 7110 ICD-10, 7170 ICPC-2, ...) is read into the note's `codes`, also when its
 * `Description` is empty.
 */
import { NAMESPACES } from "../codes.ts";
import { startBody } from "./body.ts";
import { codeOf } from "./coded.ts";
import type { CloseRule, NoteDraft, OpenRule, Reader } from "./state.ts";

/** A `Message` root is an Epikrise only in the 1.1 or 1.2 namespace. */
const root: OpenRule = (s) => {
  const ns = s.message.namespace;
  if (ns !== NAMESPACES.epikrise11 && ns !== NAMESPACES.epikrise12) {
    return false;
  }
  s.message.kind = "epikrise";
  s.message.version = ns === NAMESPACES.epikrise11 ? "1.1" : "1.2";
  return true;
};

/** An InfItem's `Type` (8233) is the code of its note. */
const type: OpenRule = (s, el) => {
  if (el.parent !== "InfItem") {
    return false;
  }
  const note = s.message.notes[s.message.notes.length - 1];
  if (note !== undefined && note.kind === "infitem") {
    note.code = codeOf(el.attrs);
  }
  return true;
};

/** An `InfItem` is a note whose theme is the report's `MsgDescr`. */
const infItem: OpenRule = (s, el) => {
  if (s.message.kind !== "epikrise") {
    return false;
  }
  const note: NoteDraft = { kind: "infitem", parts: [], xhtml: false };
  if (s.subject !== undefined) {
    note.theme = s.subject;
  }
  s.message.notes.push(note);
  el.next = { kind: "note", draft: note };
  return true;
};

/** `Observation/Description` of a note is its body (text or XHTML). */
const description: OpenRule = (s, el) => {
  if (el.holder.kind !== "note" || el.parent !== "Observation") {
    return false;
  }
  startBody(s, el.holder.draft, el.depth);
  return true;
};

/** `ServRprt/ServType` (7309): new, change or cancellation. `Event`'s and `ResultItem`'s ServType are not it. */
const servType: OpenRule = (s, el) => {
  if (el.parent === "ServRprt" && s.message.kind === "epikrise") {
    s.message.servType = codeOf(el.attrs);
  }
  return true;
};

/** `Message/Status` (8323: `TEST`, `APR`, `NAPR`): whether the message is a test message. AppRec's Status is not it. */
const messageStatus: OpenRule = (s, el) => {
  if (el.depth !== 1 || s.message.kind !== "epikrise") {
    return false;
  }
  const v = el.attrs["V"]?.trim();
  if (v !== undefined && v !== "") {
    s.message.processingStatus = v;
  }
  return true;
};

/** `Observation/CodedDescr/Concept`: a coded value of the InfItem's note. */
const concept: OpenRule = (_s, el) => {
  if (el.parent === "CodedDescr" && el.holder.kind === "note") {
    el.holder.draft.codes ??= [];
    el.holder.draft.codes.push(codeOf(el.attrs));
  }
  return true;
};

/** `ServRprt/ServProvId`: the document id that a change (M) or cancellation (C) repeats. */
const servProvId: CloseRule = (s, el) => {
  if (el.parent === "ServRprt" && s.message.kind === "epikrise") {
    s.message.documentId = el.value;
  }
  return true;
};

const msgDescr: CloseRule = (s, el) => {
  if (el.parent === "ServRprt") {
    s.subject = el.value;
  }
  return true;
};

/** The Epikrise reader (see the file comment). */
export const EPIKRISE: Reader = {
  root: { Message: root },
  open: {
    Type: type,
    InfItem: infItem,
    Description: description,
    ServType: servType,
    Status: messageStatus,
    Concept: concept,
  },
  close: { MsgDescr: msgDescr, ServProvId: servProvId },
};
