/**
 * Identity: the patient, names and identifiers of parties, persons and the patient (messaging.md §2 "Ident = Id +
 * TypeId", §6; DOMAIN.md §6 on identifier types). MsgHead writes `Ident` (`Id` + `TypeId`) and names in parts;
 * Epikrise and AppRec write `Id` + `TypeId` straight into the party and one `Name`; Epikrise writes the patient's
 * `OffId` + `TypeOffId`. An identifier's type is kept as written, with the FHIR system when the model knows it.
 */
import { setIdentType } from "./coded.ts";
import { type CloseRule, type OpenRule, type Reader, top } from "./state.ts";

/** `Patient` under MsgHead `MsgInfo` or Epikrise `ServRprt` is the patient; elsewhere it is a person, dropped. */
const patient: OpenRule = (s, el) => {
  if (el.parent === "MsgInfo" || el.parent === "ServRprt") {
    const draft = { ids: [] };
    s.message.patient = draft;
    el.next = { kind: "patient", draft };
  } else {
    el.next = { kind: "person", draft: { ids: [] } };
  }
  return true;
};

/** `Ident`, `AdditionalId`: an identifier, kept by its owner when it ends with an `Id`. */
const ident: OpenRule = (_s, el) => {
  el.next = { kind: "ident", draft: { id: "" } };
  return true;
};

/** `TypeId` types the identifier it is in, or else the last `Id` written straight into a party or person. */
const typeId: OpenRule = (_s, el) => {
  const h = el.holder;
  if (h.kind === "ident") {
    setIdentType(h.draft, el.attrs);
  } else if (h.kind === "party" || h.kind === "person") {
    const last = h.draft.ids[h.draft.ids.length - 1];
    if (last !== undefined) {
      setIdentType(last, el.attrs);
    }
  }
  return true;
};

/** `Type` inside an identifier (some senders write it for `TypeId`); other `Type`s belong to the headers. */
const identType: OpenRule = (_s, el) => {
  if (el.holder.kind !== "ident") {
    return false;
  }
  setIdentType(el.holder.draft, el.attrs);
  return true;
};

/** Epikrise `TypeOffId` types the patient's last `OffId`. */
const typeOffId: OpenRule = (_s, el) => {
  if (el.holder.kind === "patient") {
    const last = el.holder.draft.ids[el.holder.draft.ids.length - 1];
    if (last !== undefined) {
      setIdentType(last, el.attrs);
    }
  }
  return true;
};

const sex: OpenRule = (_s, el) => {
  const v = el.attrs["V"];
  if (el.holder.kind === "patient" && v !== undefined) {
    el.holder.draft.sex = v.trim();
  }
  return true;
};

/** `Id`: of the identifier it is in, or a new identifier of the party or person (AppRec's own `Id` comes first). */
const id: CloseRule = (_s, el) => {
  const h = el.holder;
  if (h.kind === "ident") {
    h.draft.id = el.value;
  } else if (h.kind === "party" || h.kind === "person") {
    h.draft.ids.push({ id: el.value });
  } else {
    return false;
  }
  return true;
};

const name: CloseRule = (_s, el) => {
  const h = el.holder;
  if (h.kind === "party" || h.kind === "person" || h.kind === "patient") {
    h.draft.name = el.value;
  }
  return true;
};

/** `FamilyName`, `GivenName`, `MiddleName` of the patient or a person. */
const namePart: CloseRule = (_s, el) => {
  const h = el.holder;
  const part = el.name === "FamilyName" ? "family" : el.name === "GivenName" ? "given" : "middle";
  if (h.kind === "patient") {
    h.draft[`${part}Name`] = el.value;
  } else if (h.kind === "person") {
    h.draft[part] = el.value;
  }
  return true;
};

const dateOfBirth: CloseRule = (_s, el) => {
  if (el.holder.kind === "patient") {
    el.holder.draft.dateOfBirth = el.value;
  }
  return true;
};

const offId: CloseRule = (_s, el) => {
  if (el.holder.kind === "patient" && el.value !== "") {
    el.holder.draft.ids.push({ id: el.value });
  }
  return true;
};

/** An `Ident`/`AdditionalId` with a non-empty `Id` joins the party, person or patient it is in. */
const identEnd: CloseRule = (s, el) => {
  const owner = top(s);
  if (
    el.holder.kind === "ident" &&
    el.holder.draft.id !== "" &&
    (owner.kind === "party" || owner.kind === "person" || owner.kind === "patient")
  ) {
    owner.draft.ids.push(el.holder.draft);
  }
  return true;
};

/** The identity reader (see the file comment). */
export const IDENTITY: Reader = {
  open: {
    Patient: patient,
    Ident: ident,
    AdditionalId: ident,
    TypeId: typeId,
    Type: identType,
    TypeOffId: typeOffId,
    Sex: sex,
  },
  close: {
    Id: id,
    Name: name,
    OrganisationName: name,
    FamilyName: namePart,
    GivenName: namePart,
    MiddleName: namePart,
    DateOfBirth: dateOfBirth,
    OffId: offId,
    Ident: identEnd,
    AdditionalId: identEnd,
  },
};
