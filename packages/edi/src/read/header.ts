/**
 * The header that Epikrise and AppRec write directly under their root, where MsgHead has `MsgInfo` (messaging.md §5,
 * §6): `Type` (Epikrise 8279; 1.1 writes `V="E"`, read as `EPIKRISE`, messaging.md §1), `MsgId` (Epikrise) and
 * `GenDate` (both; a `V` attribute is its value, `loop.ts`). AppRec's own id is `Id` (`apprec.ts`). These rules
 * look at the depth only, whatever the root.
 */
import { codeOf } from "./coded.ts";
import type { CloseRule, OpenRule, Reader } from "./state.ts";

const type: OpenRule = (s, el) => {
  if (el.depth !== 1) {
    return false;
  }
  const code = codeOf(el.attrs);
  s.message.msgType = code.v === "E" ? { ...code, v: "EPIKRISE" } : code;
  return true;
};

const msgId: CloseRule = (s, el) => {
  if (el.depth !== 1) {
    return false;
  }
  s.message.msgId = el.value;
  return true;
};

const genDate: CloseRule = (s, el) => {
  if (el.depth !== 1) {
    return false;
  }
  s.message.genDate = el.value;
  return true;
};

/** The root header reader (see the file comment). */
export const ROOT_HEADER: Reader = {
  open: { Type: type },
  close: { MsgId: msgId, GenDate: genDate },
};
