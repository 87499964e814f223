/**
 * Documents and attachments (messaging.md §2 "Attachments", HIS 1036): MsgHead's `Document`s, each with one `RefDoc`
 * (`MsgType` 8114 `XML`/`A`/`REF`, `Id`, `MimeType`, `Description`, `FileReference` or `Content`), and Epikrise's
 * `RefDoc`s. The first element in the first Document's `Content` is the payload: a Dialogmelding makes the message a
 * `dialogmelding` (`dialogmelding.ts` reads its notes), anything else is reported as `unsupported_payload`. Every
 * other `RefDoc` is an attachment; a `Base64Container` in its `Content` is its inline content.
 */
import { EDI_ISSUES } from "../issues.ts";
import { dialogVersion } from "./dialogmelding.ts";
import {
  type AttachmentDraft,
  addIssue,
  type CloseRule,
  cleanName,
  namespaceOf,
  type OpenRule,
  prefixOf,
  type Reader,
} from "./state.ts";

const document: OpenRule = (s, el) => {
  if (el.parent === "MsgHead") {
    s.documentIndex++;
    s.message.documents++;
  }
  return true;
};

const refDoc: OpenRule = (_s, el) => {
  const draft: AttachmentDraft = {};
  el.next = { kind: "refdoc", draft };
  return true;
};

/** `RefDoc/MsgType` (8114); other `MsgType`s are AppRec's (`apprec.ts`). */
const msgType: OpenRule = (_s, el) => {
  if (el.parent !== "RefDoc" || el.holder.kind !== "refdoc") {
    return false;
  }
  const v = el.attrs["V"];
  if (v !== undefined) {
    el.holder.draft.msgType = v.trim();
  }
  return true;
};

/** Any child of a RefDoc's `Content`: a `Base64Container`, or the payload of the first Document. */
const content: OpenRule = (s, el) => {
  if (el.holder.kind !== "refdoc") {
    return false;
  }
  if (el.name === "Base64Container") {
    s.base64 = el.holder.draft;
    s.base64.base64 = "";
    return true;
  }
  if (s.documentIndex !== 0 || s.payloadRead) {
    return false;
  }
  s.payloadRead = true;
  const ns = namespaceOf(s, prefixOf(el.qualified));
  const version = el.name === "Dialogmelding" && s.message.kind === "msghead" ? dialogVersion(ns) : undefined;
  if (version === undefined) {
    const params = { element: cleanName(el.name, 40), namespace: cleanName(ns, 80) };
    addIssue(s.message, EDI_ISSUES.issue("unsupported_payload", ["Document", 0], params));
  } else {
    s.message.kind = "dialogmelding";
    s.message.version = version;
    s.message.namespace = ns;
  }
  return true;
};

/** The inline content, with the whitespace of its line breaks removed. */
const base64: CloseRule = (s, el) => {
  if (s.base64 === undefined) {
    return false;
  }
  s.base64.base64 = el.value.replace(/\s+/g, "");
  s.base64 = undefined;
  return true;
};

const id: CloseRule = (_s, el) => {
  if (el.holder.kind !== "refdoc") {
    return false;
  }
  el.holder.draft.id = el.value;
  return true;
};

/** `RefDoc`'s `MimeType`, `Description` and `FileReference`. */
const field: CloseRule = (_s, el) => {
  if (el.holder.kind === "refdoc" && el.parent === "RefDoc") {
    const draft = el.holder.draft;
    if (el.name === "MimeType") {
      draft.mimeType = el.value;
    } else if (el.name === "Description") {
      draft.description = el.value;
    } else {
      draft.fileReference = el.value;
    }
  }
  return true;
};

/** A `RefDoc` is an attachment, except the first Document's XML instance in a MsgHead (the payload). */
const refDocEnd: CloseRule = (s, el) => {
  const h = el.holder;
  if (h.kind !== "refdoc") {
    return true;
  }
  const xml = h.draft.msgType?.toUpperCase() === "XML";
  if (!(xml && s.documentIndex === 0 && s.message.kind !== "epikrise")) {
    s.message.attachments.push(h.draft);
  }
  return true;
};

/** The documents and attachments reader (see the file comment). */
export const ATTACHMENTS: Reader = {
  open: { Document: document, RefDoc: refDoc, MsgType: msgType },
  child: { Content: content },
  close: {
    Base64Container: base64,
    Id: id,
    MimeType: field,
    Description: field,
    FileReference: field,
    RefDoc: refDocEnd,
  },
};
