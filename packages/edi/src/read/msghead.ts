/**
 * MsgHead 1.2 ("Hodemelding", messaging.md §2; DOMAIN.md §6): the root, and `MsgInfo`'s `Type` (8279), `MsgId`,
 * `GenDate`, `ProcessingStatus` and `ConversationRef`. The parties and the patient in `MsgInfo` are read by `addressing.ts` and
 * `identity.ts`; the `Document`s (payload and attachments) by `attachments.ts`.
 */
import { codeOf } from "./coded.ts";
import type { CloseRule, OpenRule, Reader } from "./state.ts";

/** A `MsgHead` root in any namespace (real messages misspell it) is MsgHead 1.2, until its payload is known. */
const root: OpenRule = (s) => {
  s.message.kind = "msghead";
  s.message.version = "1.2";
  return true;
};

/** `MsgInfo/Type`: the 8279 message type (`DIALOG_HELSEFAGLIG`, ...). */
const type: OpenRule = (s, el) => {
  if (el.parent !== "MsgInfo") {
    return false;
  }
  s.message.msgType = codeOf(el.attrs);
  return true;
};

/** `MsgInfo/ProcessingStatus` (8113): `P` production, `T` training, `D` test. */
const processingStatus: OpenRule = (s, el) => {
  const v = el.attrs["V"]?.trim();
  if (el.parent === "MsgInfo" && v !== undefined && v !== "") {
    s.message.processingStatus = v;
  }
  return true;
};

const msgId: CloseRule = (s, el) => {
  if (el.depth !== 2 || el.parent !== "MsgInfo") {
    return false;
  }
  s.message.msgId = el.value;
  return true;
};

const genDate: CloseRule = (s, el) => {
  if (el.parent !== "MsgInfo") {
    return false;
  }
  s.message.genDate = el.value;
  return true;
};

/** `ConversationRef`: the previous message (`RefToParent`) and the first one (`RefToConversation`) of the dialog. */
const refToParent: CloseRule = (s, el) => {
  s.message.refToParent = el.value;
  return true;
};

const refToConversation: CloseRule = (s, el) => {
  s.message.refToConversation = el.value;
  return true;
};

/** The MsgHead reader (see the file comment). */
export const MSGHEAD: Reader = {
  root: { MsgHead: root },
  open: { Type: type, ProcessingStatus: processingStatus },
  close: { MsgId: msgId, GenDate: genDate, RefToParent: refToParent, RefToConversation: refToConversation },
};
