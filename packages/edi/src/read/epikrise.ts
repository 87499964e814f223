/**
 * Epikrise 1.1/1.2 (messaging.md §6; DOMAIN.md §6: "its own header, no MsgHead; the assessment goes in an InfItem
 * description"): the root `Message`, `ServRprt/MsgDescr` and each `InfItem` as a note (its `Type` as the code,
 * `Observation/Description` as the body). The header under the root (`Type`, `MsgId`, `GenDate`) is read by
 * `header.ts`; `ServProvider`, `Requester`, `CopyDest` and `Patient` by `addressing.ts` and `identity.ts`; `RefDoc`s
 * by `attachments.ts`.
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

const msgDescr: CloseRule = (s, el) => {
  if (el.parent === "ServRprt") {
    s.subject = el.value;
  }
  return true;
};

/** The Epikrise reader (see the file comment). */
export const EPIKRISE: Reader = {
  root: { Message: root },
  open: { Type: type, InfItem: infItem, Description: description },
  close: { MsgDescr: msgDescr },
};
