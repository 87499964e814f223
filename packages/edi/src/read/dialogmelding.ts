/**
 * Dialogmelding 1.0/1.1 (messaging.md §3, §7; DOMAIN.md §6), the payload of a MsgHead: each `Notat` and each
 * `Foresporsel` directly under `Dialogmelding` is a note, with its code (`TemaKodet`/`TypeForesp`), theme
 * (`Tema`/`EmneSporsmal`), body (`TekstNotatInnhold`/`Sporsmal`, read by `body.ts`), `DokIdNotat` and `DatoNotat`.
 * Notes are read only once `attachments.ts` has found a Dialogmelding as the first Document's payload.
 */
import { NAMESPACES } from "../codes.ts";
import { startBody } from "./body.ts";
import { codeOf } from "./coded.ts";
import type { CloseRule, NoteDraft, OpenRule, Reader } from "./state.ts";

/**
 * The Dialogmelding version a payload namespace means: `1.0`, `1.1` (also for no namespace, as lenient senders
 * write it), or `undefined` for another namespace.
 */
export function dialogVersion(namespace: string): "1.0" | "1.1" | undefined {
  if (namespace === NAMESPACES.dialog10) {
    return "1.0";
  }
  return namespace === NAMESPACES.dialog11 || namespace === "" ? "1.1" : undefined;
}

/**
 * `Notat` (anywhere in the payload) and `Foresporsel` (directly under `Dialogmelding`) are notes. A `Foresporsel`
 * inside a `Notat` is the question a "Svar på forespørsel" (DIALOG_SVAR, messaging.md §3) echoes: the note's
 * `question`, read like a Foresporsel note (issue 15 point 4).
 */
const note: OpenRule = (s, el) => {
  if (s.message.kind !== "dialogmelding") {
    return false;
  }
  if (el.name === "Foresporsel" && el.parent === "Notat" && el.holder.kind === "note") {
    const question: NoteDraft = { kind: "foresporsel", parts: [], xhtml: false };
    el.holder.draft.question ??= question;
    el.next = { kind: "note", draft: question };
    return true;
  }
  if (el.parent !== "Dialogmelding" && el.name !== "Notat") {
    return false;
  }
  const draft: NoteDraft = { kind: el.name === "Notat" ? "notat" : "foresporsel", parts: [], xhtml: false };
  s.message.notes.push(draft);
  el.next = { kind: "note", draft };
  return true;
};

/** The code of the note it is written in: `TemaKodet` (7322, 7321, ...) or `TypeForesp` (8331, 9152, ...). */
const code: OpenRule = (_s, el) => {
  const h = el.holder;
  if (h.kind === "note" && el.parent === (h.draft.kind === "notat" ? "Notat" : "Foresporsel")) {
    h.draft.code = codeOf(el.attrs);
  }
  return true;
};

/** `Notat/TekstNotatInnhold` and `Foresporsel/Sporsmal`: the note's body. */
const body: OpenRule = (s, el) => {
  const h = el.holder;
  if (h.kind !== "note") {
    return false;
  }
  const isNotat = h.draft.kind === "notat";
  const own =
    el.name === "TekstNotatInnhold" ? isNotat && el.parent === "Notat" : !isNotat && el.parent === "Foresporsel";
  if (own) {
    startBody(s, h.draft, el.depth);
  }
  return true;
};

/** `Tema` (Notat) and `EmneSporsmal` (Foresporsel, 1.1). */
const theme: CloseRule = (_s, el) => {
  if (el.holder.kind === "note") {
    el.holder.draft.theme = el.value;
  }
  return true;
};

const docId: CloseRule = (_s, el) => {
  if (el.holder.kind === "note") {
    el.holder.draft.docId = el.value;
  }
  return true;
};

const date: CloseRule = (_s, el) => {
  if (el.holder.kind === "note") {
    el.holder.draft.date = el.value;
  }
  return true;
};

/** The Dialogmelding reader (see the file comment). */
export const DIALOGMELDING: Reader = {
  open: {
    Notat: note,
    Foresporsel: note,
    TemaKodet: code,
    TypeForesp: code,
    TekstNotatInnhold: body,
    Sporsmal: body,
  },
  close: { Tema: theme, EmneSporsmal: theme, DokIdNotat: docId, DatoNotat: date },
};
