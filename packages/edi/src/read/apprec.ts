/**
 * AppRec 1.0/1.1 ("applikasjonskvittering", messaging.md §5; DOMAIN.md §6): the root, its `MsgType` and own `Id`,
 * `Status` (8258), the `Error`s (8221 or a message-specific list) and `OriginalMsgId` (the message it answers).
 * `GenDate` is read by `header.ts`; the `Sender`/`Receiver` parties (with their `Role`) by `addressing.ts`.
 */
import { NAMESPACES } from "../codes.ts";
import { codeOf } from "./coded.ts";
import type { CloseRule, OpenRule, Reader } from "./state.ts";

/** An `AppRec` root in the 1.0 namespace is 1.0; in any other namespace it is read as 1.1. */
const root: OpenRule = (s) => {
  s.message.kind = "apprec";
  s.message.version = s.message.namespace === NAMESPACES.appRec10 ? "1.0" : "1.1";
  return true;
};

/** `AppRec/MsgType` (`APPREC`), or `OriginalMsgId/MsgType` (the 8279 type of the message answered). */
const msgType: OpenRule = (s, el) => {
  if (el.parent === "AppRec") {
    s.message.msgType = codeOf(el.attrs);
    return true;
  }
  if (el.parent !== "OriginalMsgId") {
    return false;
  }
  const v = el.attrs["V"];
  if (v !== undefined) {
    s.message.original.msgType = v.trim();
  }
  return true;
};

/** `AppRec/Status` (8258); other `Status` elements belong to other readers (Epikrise `Message/Status`). */
const status: OpenRule = (s, el) => {
  if (el.parent !== "AppRec") {
    return false;
  }
  s.message.appStatus = codeOf(el.attrs);
  return true;
};

const error: OpenRule = (s, el) => {
  if (el.parent === "AppRec") {
    s.message.appErrors.push(codeOf(el.attrs));
  }
  return true;
};

/** `AppRec/OriginalMsgId`: seen, so a receipt without it is found incomplete (`checks.ts`). */
const originalMsgId: OpenRule = (s, el) => {
  if (el.parent === "AppRec") {
    s.message.originalSeen = true;
  }
  return true;
};

/** `AppRec/Id` is the receipt's own id; `OriginalMsgId/Id` the id of the message answered. */
const id: CloseRule = (s, el) => {
  if (el.parent === "AppRec") {
    s.message.msgId = el.value;
  } else if (el.parent === "OriginalMsgId") {
    s.message.original.id = el.value;
  } else {
    return false;
  }
  return true;
};

const issueDate: CloseRule = (s, el) => {
  if (el.parent === "OriginalMsgId") {
    s.message.original.issueDate = el.value;
  }
  return true;
};

/** The AppRec reader (see the file comment). */
export const APPREC: Reader = {
  root: { AppRec: root },
  open: { MsgType: msgType, Status: status, Error: error, OriginalMsgId: originalMsgId },
  close: { Id: id, IssueDate: issueDate },
};
