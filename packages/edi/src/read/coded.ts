/**
 * KITH coded values as written (`CS`/`CV`: `V`, `DN`, `S`, `OT`) and identifier types (`TypeId`, `TypeOffId`),
 * read leniently (DOMAIN.md §6: "lenient when parsing"; messaging.md §2: real messages mix 9051/8116/8268 or omit
 * `S`). Shared by every reader.
 */
import { kithIdTypeToSystem } from "@pakkeforlop-hjem/model";
import type { ParsedCode } from "../parsed-message.ts";
import type { IdentDraft } from "./state.ts";

/** A coded value from an element's attributes: `V` and `S` trimmed, `DN` and `OT` as written, missing ones left out. */
export function codeOf(attrs: Readonly<Record<string, string>>): ParsedCode {
  const out: { v?: string; dn?: string; s?: string; ot?: string } = {};
  const v = attrs["V"];
  const dn = attrs["DN"];
  const s = attrs["S"];
  const ot = attrs["OT"];
  if (v !== undefined) {
    out.v = v.trim();
  }
  if (dn !== undefined) {
    out.dn = dn;
  }
  if (s !== undefined) {
    out.s = s.trim();
  }
  if (ot !== undefined) {
    out.ot = ot;
  }
  return out;
}

/**
 * Types an identifier from its `TypeId`/`TypeOffId`: the code as written, the code list when given, and the FHIR
 * system when the model knows the code (any of the code lists 8116, 9051 or the old 8268, or none).
 */
export function setIdentType(ident: IdentDraft, attrs: Readonly<Record<string, string>>): void {
  const v = attrs["V"]?.trim();
  const s = attrs["S"]?.trim();
  if (v !== undefined && v !== "") {
    ident.type = v;
    const system = kithIdTypeToSystem(v, s);
    if (system !== undefined) {
      ident.system = system;
    }
  }
  if (s !== undefined && s !== "") {
    ident.codeSystem = s;
  }
}
