/**
 * The lenient reader (DOMAIN.md §6: "be strict when building and lenient when parsing"; messaging.md §11). One pass of
 * the saxes streaming parser over MsgHead 1.2 (+ Dialogmelding 1.0/1.1), Epikrise 1.1/1.2 or AppRec 1.0/1.1 fills a
 * typed result. Real-world sloppiness is accepted: code lists mixed or missing (`S`), odd HER-ids, unbound prefixes,
 * misspelt namespace URIs on attributes. DOCTYPE (so every DTD, entity and XXE), oversize input and non-XML are
 * refused, each with its own code. Nothing here throws on data.
 *
 * Why saxes (see docs/message-formats.md): it checks well-formedness (so "not XML" is decided by a conforming
 * parser, AppRec T01), it never expands entities or loads DTDs, it reports DOCTYPE as an event so it can be refused,
 * and streaming into our own result skips the generic object tree: about 8x faster than fast-xml-parser 5 here.
 */
import {
  type Issue,
  kithIdTypeToSystem,
  type NoteDataRow,
  type SafeResult,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { NAMESPACES } from "./codes.ts";
import { isUuid } from "./internal/xml.ts";
import { EDI_ISSUES, type EdiIssueCode } from "./issues.ts";

/** A coded value as written (`V`, `DN`, `S`, `OT`); any may be missing in real messages. */
export interface ParsedCode {
  readonly v?: string;
  readonly dn?: string;
  readonly s?: string;
  readonly ot?: string;
}

/** An identifier as written, with the FHIR system it maps to when the type code is known (8116, 9051 or 8268). */
export interface ParsedIdent {
  readonly id: string;
  /** The type code (`FNR`, `HER`, `ENH`, ...), as written. */
  readonly type?: string;
  /** The code list OID (`S`) when given. */
  readonly codeSystem?: string;
  /** The FHIR `Identifier.system`, from the model's `kithIdTypeToSystem`. */
  readonly system?: string;
}

/** A person named in the addressing (MsgHead `HealthcareProfessional`, Epikrise/AppRec `HCPerson`/`HCProf`). */
export interface ParsedPerson {
  readonly name?: string;
  readonly ids: readonly ParsedIdent[];
}

/** A communication party: an organisation, the service in it (nested `Organisation` or `Dept`), a person there. */
export interface ParsedParty {
  readonly name?: string;
  readonly ids: readonly ParsedIdent[];
  /** The first identifier typed `HER` (any case, any or no code list), trimmed. */
  readonly herId?: string;
  /** The service or department inside the organisation. */
  readonly service?: ParsedParty;
  readonly person?: ParsedPerson;
  /** `OtherReceiver/RoleReceiver` (8112) or AppRec `Role`. */
  readonly role?: string;
}

/** The patient as written (MsgHead `Patient` or Epikrise `Patient`). */
export interface ParsedPatient {
  readonly familyName?: string;
  readonly middleName?: string;
  readonly givenName?: string;
  /** Epikrise has one name string. */
  readonly name?: string;
  readonly dateOfBirth?: string;
  readonly sex?: string;
  readonly ids: readonly ParsedIdent[];
}

/** A note (Dialogmelding `Notat`), a question (`Foresporsel`) or an epikrise `InfItem` observation. */
export interface ParsedNote {
  readonly kind: "notat" | "foresporsel" | "infitem";
  /** `TemaKodet`, `TypeForesp` or the InfItem `Type`. */
  readonly code?: ParsedCode;
  /** `Tema`, `EmneSporsmal`, or the epikrise `MsgDescr`. */
  readonly theme?: string;
  /** The text content of the body (XHTML flattened to lines; the data table left out). */
  readonly text: string;
  /** Whether the body had XHTML elements. */
  readonly xhtml: boolean;
  /** The rows of a `table.pfh-data` carrier in the body (written by this SDK), when there is one. */
  readonly dataRows?: readonly NoteDataRow[];
  /** `DokIdNotat`. */
  readonly docId?: string;
  /** `DatoNotat`. */
  readonly date?: string;
}

/** An attachment or referenced document (`RefDoc` that is not the XML payload). */
export interface ParsedAttachment {
  /** 8114: `A` attachment, `REF` reference, `XML`. */
  readonly msgType?: string;
  readonly mimeType?: string;
  readonly description?: string;
  readonly id?: string;
  readonly fileReference?: string;
  /** Base64 content of a `Base64Container`, when inline. */
  readonly base64?: string;
}

/** What an AppRec says. */
export interface ParsedAppRec {
  /** 8258: `1` OK, `2` Avvist, `3` OK with errors in part. */
  readonly status?: ParsedCode;
  readonly errors: readonly ParsedCode[];
  readonly originalMsgId: { readonly msgType?: string; readonly issueDate?: string; readonly id?: string };
}

/**
 * A message read by {@link parseMessage}.
 * - `kind`: `dialogmelding` (MsgHead + Dialogmelding), `msghead` (MsgHead with another payload, not read),
 *   `epikrise`, `apprec`.
 * - `version`: of the payload standard: Dialogmelding `1.0`/`1.1`, Epikrise `1.1`/`1.2`, AppRec `1.0`/`1.1`; MsgHead
 *   `1.2` for `msghead`.
 * - `issues`: what a receiver may want to act on (e.g. reject with an AppRec); see {@link appRecErrorsFor}.
 */
export interface ParsedMessage {
  readonly kind: "dialogmelding" | "msghead" | "epikrise" | "apprec";
  readonly version: string;
  readonly namespace: string;
  /** 8279 message type (`DIALOG_HELSEFAGLIG`, `EPIKRISE`, `APPREC`, ...). Epikrise 1.1's `E` reads as `EPIKRISE`. */
  readonly msgType?: ParsedCode;
  readonly msgId?: string;
  readonly genDate?: string;
  readonly conversationRef?: { readonly refToParent?: string; readonly refToConversation?: string };
  readonly sender?: ParsedParty;
  readonly receiver?: ParsedParty;
  readonly copyReceivers: readonly ParsedParty[];
  readonly patient?: ParsedPatient;
  readonly notes: readonly ParsedNote[];
  readonly attachments: readonly ParsedAttachment[];
  readonly appRec?: ParsedAppRec;
  readonly issues: readonly Issue<EdiIssueCode>[];
}

/** Options of {@link parseMessage}. */
export interface ParseMessageOptions {
  /** Largest accepted input in bytes (UTF-8 length of a string). Default 5 MB (5 000 000). */
  readonly maxBytes?: number;
  /** Your own HER-ids; when given, a message whose receiver has none of them gets `unknown_receiver` (AppRec E21). */
  readonly ownHerIds?: readonly string[];
}

/**
 * The default size limit: a few MB fits any dialogue note with a few PDF attachments (messaging.md §11.7).
 * @example
 * ```ts
 * parseMessage(xml, { maxBytes: 4 * DEFAULT_MAX_BYTES }); // for a partner that sends large scans
 * ```
 */
export const DEFAULT_MAX_BYTES = 5_000_000;

// ---------------------------------------------------------------------------------------------------------------

interface MParty {
  name?: string;
  ids: MIdent[];
  herId?: string;
  service?: MParty;
  person?: MPerson;
  role?: string;
}
interface MPerson {
  name?: string;
  family?: string;
  given?: string;
  middle?: string;
  ids: MIdent[];
}
interface MIdent {
  id: string;
  type?: string;
  codeSystem?: string;
  system?: string;
}
interface MPatient {
  familyName?: string;
  middleName?: string;
  givenName?: string;
  name?: string;
  dateOfBirth?: string;
  sex?: string;
  ids: MIdent[];
}
interface MNote {
  kind: ParsedNote["kind"];
  code?: ParsedCode;
  theme?: string;
  parts: string[];
  xhtml: boolean;
  dataRows?: NoteDataRow[];
  docId?: string;
  date?: string;
}
type MAttachment = { -readonly [K in keyof ParsedAttachment]: ParsedAttachment[K] };

/** What an open element holds: a party, a person, the patient, an identifier or a note. */
type Holder =
  | { readonly k: "party"; readonly o: MParty }
  | { readonly k: "person"; readonly o: MPerson }
  | { readonly k: "patient"; readonly o: MPatient }
  | { readonly k: "ident"; readonly o: MIdent }
  | { readonly k: "note"; readonly o: MNote }
  | { readonly k: "refdoc"; readonly o: MAttachment }
  | { readonly k: "none" };

const NONE: Holder = { k: "none" };

class Stop {
  readonly code: EdiIssueCode;
  readonly params: Record<string, string | number>;
  constructor(code: EdiIssueCode, params: Record<string, string | number> = {}) {
    this.code = code;
    this.params = params;
  }
}

const local = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

const BLOCK = new Set(["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "caption"]);

function codeOf(attrs: Record<string, string>): ParsedCode {
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

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
    }
  }
  return n;
}

// TextDecoder is a global in Node, browsers and workers; the lib settings (ES2022, no DOM) do not declare it.
declare const TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };

function decode(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const m = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  const label = (m?.[1] ?? "utf-8").toLowerCase();
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function fail(
  code: EdiIssueCode,
  params: Record<string, string | number> = {},
): SafeResult<ParsedMessage, EdiIssueCode> {
  return { success: false, error: new ValidationError([EDI_ISSUES.issue(code, [], params)]) };
}

/**
 * Reads a MsgHead 1.2 message (with Dialogmelding 1.0/1.1 notes), an Epikrise 1.1/1.2 or an AppRec 1.0/1.1, leniently.
 * Returns `success: false` only when nothing could be read: `not_xml`, `doctype_forbidden`, `entity_forbidden`,
 * `too_large` or `unsupported_message`. Findings on a message that was read are in `data.issues`. Never throws on
 * data. Bytes are decoded by the encoding in the XML declaration (UTF-8 by default; ISO-8859-1 is common).
 * @example
 * ```ts
 * const result = parseMessage(xml, { ownHerIds: ["8139433"] });
 * if (result.success) for (const note of result.data.notes) console.log(note.theme);
 * ```
 */
export function parseMessage(
  input: string | Uint8Array,
  options: ParseMessageOptions = {},
): SafeResult<ParsedMessage, EdiIssueCode> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    return fail("not_xml", { reason: "not a string or bytes" });
  }
  const size =
    typeof input === "string" ? (input.length * 3 <= limit ? input.length : utf8Length(input)) : input.length;
  if (size > limit) {
    return fail("too_large", { limit });
  }
  let xml = typeof input === "string" ? input : decode(input);
  if (xml.charCodeAt(0) === 0xfeff) {
    xml = xml.slice(1);
  }
  try {
    return { success: true, data: read(xml, options) };
  } catch (e) {
    if (e instanceof Stop) {
      return fail(e.code, e.params);
    }
    return fail("not_xml", { reason: "unreadable" });
  }
}

function read(xml: string, options: ParseMessageOptions): ParsedMessage {
  const parser = new SaxesParser({ position: false, xmlns: false });
  let kind: ParsedMessage["kind"] | undefined;
  let version = "";
  let namespace = "";
  let msgType: ParsedCode | undefined;
  let msgId: string | undefined;
  let genDate: string | undefined;
  let refToParent: string | undefined;
  let refToConversation: string | undefined;
  let sender: MParty | undefined;
  let receiver: MParty | undefined;
  const copies: MParty[] = [];
  let patient: MPatient | undefined;
  const notes: MNote[] = [];
  const attachments: MAttachment[] = [];
  let appStatus: ParsedCode | undefined;
  const appErrors: ParsedCode[] = [];
  const original: { msgType?: string; issueDate?: string; id?: string } = {};
  let subject: string | undefined;
  const issues: Issue<EdiIssueCode>[] = [];

  const names: string[] = [];
  const holders: Holder[] = [];
  const nsStack: (Record<string, string> | undefined)[] = [];
  let text = "";
  // Note bodies: depth of the body element, the pfh-data table, the row and cell being read.
  let bodyDepth = -1;
  let bodyNote: MNote | undefined;
  let dataDepth = -1;
  let row: string[] | undefined;
  let cell: string | undefined;
  let documentIndex = -1;
  let payloadRead = false;
  let base64: MAttachment | undefined;

  const nsOf = (prefix: string): string => {
    for (let i = nsStack.length - 1; i >= 0; i--) {
      const v = nsStack[i]?.[prefix];
      if (v !== undefined) {
        return v;
      }
    }
    return "";
  };
  const holder = (): Holder => holders[holders.length - 1] ?? NONE;
  parser.on("doctype", (dt) => {
    throw /<!ENTITY/i.test(dt) ? new Stop("entity_forbidden") : new Stop("doctype_forbidden");
  });
  // saxes' error text can quote names from the document, so only a fixed reason goes into the issue.
  parser.on("error", () => {
    throw new Stop("not_xml", { reason: "not well-formed" });
  });
  parser.on("text", (t) => {
    if (bodyDepth >= 0) {
      if (cell !== undefined) {
        cell += t;
      } else if (dataDepth < 0 && bodyNote !== undefined) {
        bodyNote.parts.push(t);
      }
    } else {
      text += t;
    }
  });
  parser.on("cdata", (t) => {
    if (bodyDepth >= 0 && bodyNote !== undefined && dataDepth < 0) {
      bodyNote.parts.push(t);
    } else {
      text += t;
    }
  });

  parser.on("opentag", (tag: SaxesTagPlain) => {
    const attrs = tag.attributes;
    let decl: Record<string, string> | undefined;
    for (const key in attrs) {
      if (key === "xmlns" || key.startsWith("xmlns:")) {
        decl ??= {};
        decl[key === "xmlns" ? "" : key.slice(6)] = (attrs[key] as string).trim();
      }
    }
    nsStack.push(decl);
    const raw = tag.name;
    const name = local(raw);
    const depth = names.length;
    const parent = names[depth - 1];
    names.push(name);
    text = "";

    if (depth === 0) {
      const ci = raw.indexOf(":");
      namespace = nsOf(ci < 0 ? "" : raw.slice(0, ci));
      if (name === "MsgHead") {
        kind = "msghead";
        version = "1.2";
      } else if (name === "Message" && (namespace === NAMESPACES.epikrise11 || namespace === NAMESPACES.epikrise12)) {
        kind = "epikrise";
        version = namespace === NAMESPACES.epikrise11 ? "1.1" : "1.2";
      } else if (name === "AppRec") {
        kind = "apprec";
        version = namespace === NAMESPACES.appRec10 ? "1.0" : "1.1";
      } else {
        throw new Stop("unsupported_message", { element: name.slice(0, 40), namespace: namespace.slice(0, 80) });
      }
      holders.push(NONE);
      return;
    }

    // Inside a note body: XHTML (or text); look for the pfh-data carrier table.
    if (bodyDepth >= 0) {
      holders.push(holder());
      if (bodyNote !== undefined) {
        bodyNote.xhtml = true;
        if (dataDepth < 0) {
          if (name === "table" && /(^|\s)pfh-data(\s|$)/.test(attrs["class"] ?? "")) {
            dataDepth = depth;
            bodyNote.dataRows ??= [];
          } else if (name === "br") {
            bodyNote.parts.push("\n");
          }
        } else if (name === "tr") {
          row = [];
        } else if (name === "td" && row !== undefined) {
          cell = "";
        }
      }
      return;
    }

    const h = holder();
    let next: Holder = h;
    switch (name) {
      case "Organisation":
      case "Inst":
      case "Dept": {
        const party: MParty = { ids: [] };
        const owner = (parent === "HCP" ? names[depth - 2] : parent) ?? "";
        if (h.k === "party") {
          h.o.service ??= party;
        } else if (owner === "Sender" || owner === "ServProvider") {
          sender = party;
        } else if (owner === "Receiver" || owner === "Requester") {
          receiver = party;
        } else if (owner === "OtherReceiver" || owner === "CopyDest") {
          copies.push(party);
        }
        // Organisations elsewhere (e.g. TilknyttetEnhet/Kontaktenhet) are not addressing: read and dropped.
        const pending = pendingRoles.get(owner);
        if (pending !== undefined && h.k !== "party") {
          party.role = pending;
          pendingRoles.delete(owner);
        }
        next = { k: "party", o: party };
        break;
      }
      case "HealthcareProfessional":
      case "HCPerson":
      case "HCProf":
      case "Person": {
        const person: MPerson = { ids: [] };
        if (h.k === "party") {
          h.o.person ??= person;
        } else if ((name === "HCProf" || name === "HealthcareProfessional") && parent === "HCP") {
          const owner = names[depth - 2];
          const party: MParty = { ids: [], person };
          if (owner === "Sender" || owner === "ServProvider") {
            sender = party;
          } else if (owner === "Receiver" || owner === "Requester") {
            receiver = party;
          } else if (owner === "CopyDest") {
            copies.push(party);
          }
        } else if (parent === "OtherReceiver") {
          copies.push({
            ids: [],
            person,
            ...(pendingRoles.has("OtherReceiver") ? { role: pendingRoles.get("OtherReceiver") as string } : {}),
          });
          pendingRoles.delete("OtherReceiver");
        }
        next = { k: "person", o: person };
        break;
      }
      case "Patient": {
        if (names[depth - 1] === "MsgInfo" || names[depth - 1] === "ServRprt") {
          patient = { ids: [] };
          next = { k: "patient", o: patient };
        } else {
          next = { k: "person", o: { ids: [] } };
        }
        break;
      }
      case "Ident":
      case "AdditionalId": {
        next = { k: "ident", o: { id: "" } };
        break;
      }
      case "TypeId":
      case "Type":
      case "TypeOffId": {
        if (h.k === "ident" && (name === "TypeId" || name === "Type")) {
          setType(h.o, attrs);
        } else if (name === "TypeId" && (h.k === "party" || h.k === "person")) {
          const last = h.o.ids[h.o.ids.length - 1];
          if (last !== undefined) {
            setType(last, attrs);
          }
        } else if (name === "TypeOffId" && h.k === "patient") {
          const last = h.o.ids[h.o.ids.length - 1];
          if (last !== undefined) {
            setType(last, attrs);
          }
        } else if (name === "Type" && depth === 1 && parent !== undefined) {
          // Epikrise Message/Type (1.1 writes V="E"); MsgHead's Type is under MsgInfo.
          const c = codeOf(attrs);
          msgType = c.v === "E" ? { ...c, v: "EPIKRISE" } : c;
        } else if (name === "Type" && parent === "MsgInfo") {
          msgType = codeOf(attrs);
        } else if (name === "Type" && parent === "InfItem") {
          const note = notes[notes.length - 1];
          if (note !== undefined && note.kind === "infitem") {
            note.code = codeOf(attrs);
          }
        }
        break;
      }
      case "MsgType": {
        if (parent === "AppRec") {
          msgType = codeOf(attrs);
        } else if (parent === "OriginalMsgId") {
          const v = attrs["V"];
          if (v !== undefined) {
            original.msgType = v.trim();
          }
        } else if (parent === "RefDoc" && h.k === "refdoc") {
          const v = attrs["V"];
          if (v !== undefined) {
            h.o.msgType = v.trim();
          }
        }
        break;
      }
      case "GenDate":
      case "DateOfBirth":
      case "IssueDate": {
        const v = attrs["V"];
        if (v !== undefined) {
          text = v;
        }
        break;
      }
      case "Sex": {
        if (h.k === "patient" && attrs["V"] !== undefined) {
          h.o.sex = (attrs["V"] as string).trim();
        }
        break;
      }
      case "RoleReceiver":
      case "Role": {
        const v = attrs["V"];
        if (v !== undefined) {
          pendingRoles.set(name === "RoleReceiver" ? "OtherReceiver" : (parent ?? ""), v.trim());
        }
        break;
      }
      case "Status":
        if (parent === "AppRec") {
          appStatus = codeOf(attrs);
        }
        break;
      case "Error":
        if (parent === "AppRec") {
          appErrors.push(codeOf(attrs));
        }
        break;
      case "Document":
        if (parent === "MsgHead") {
          documentIndex++;
        }
        break;
      case "RefDoc": {
        const doc: MAttachment = {};
        next = { k: "refdoc", o: doc };
        break;
      }
      case "Notat":
      case "Foresporsel": {
        if (kind === "dialogmelding" && (parent === "Dialogmelding" || name === "Notat")) {
          const note: MNote = { kind: name === "Notat" ? "notat" : "foresporsel", parts: [], xhtml: false };
          notes.push(note);
          next = { k: "note", o: note };
        }
        break;
      }
      case "InfItem": {
        if (kind === "epikrise") {
          const note: MNote = { kind: "infitem", parts: [], xhtml: false };
          if (subject !== undefined) {
            note.theme = subject;
          }
          notes.push(note);
          next = { k: "note", o: note };
        }
        break;
      }
      case "TemaKodet":
      case "TypeForesp":
        if (h.k === "note" && parent === (h.o.kind === "notat" ? "Notat" : "Foresporsel")) {
          h.o.code = codeOf(attrs);
        }
        break;
      case "TekstNotatInnhold":
      case "Sporsmal":
      case "Description": {
        const body = name === "TekstNotatInnhold" ? "Notat" : name === "Sporsmal" ? "Foresporsel" : "Observation";
        const own =
          h.k === "note" && (name === "Description" || (h.o.kind === "notat") === (name === "TekstNotatInnhold"));
        if (h.k === "note" && own && parent === body) {
          bodyDepth = depth;
          bodyNote = h.o;
        }
        break;
      }
      default:
        break;
    }

    // The payload: the first element inside a RefDoc/Content.
    if (parent === "Content" && h.k === "refdoc") {
      const ci = raw.indexOf(":");
      const ns = nsOf(ci < 0 ? "" : raw.slice(0, ci));
      if (name === "Dialogmelding" && documentIndex === 0 && !payloadRead && kind === "msghead") {
        payloadRead = true;
        if (ns === NAMESPACES.dialog10 || ns === NAMESPACES.dialog11 || ns === "") {
          kind = "dialogmelding";
          version = ns === NAMESPACES.dialog10 ? "1.0" : "1.1";
          namespace = ns;
        } else {
          issues.push(
            EDI_ISSUES.issue("unsupported_payload", ["Document", 0], { element: name, namespace: ns.slice(0, 80) }),
          );
        }
      } else if (name === "Base64Container") {
        base64 = h.o;
        base64.base64 = "";
      } else if (documentIndex === 0 && !payloadRead) {
        payloadRead = true;
        issues.push(
          EDI_ISSUES.issue("unsupported_payload", ["Document", 0], {
            element: name.slice(0, 40),
            namespace: ns.slice(0, 80),
          }),
        );
      }
    }
    holders.push(next);
  });

  const pendingRoles = new Map<string, string>();

  function setType(ident: MIdent, attrs: Record<string, string>): void {
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

  parser.on("closetag", () => {
    const depth = names.length - 1;
    const name = names.pop() as string;
    const h = holders.pop() ?? NONE;
    nsStack.pop();
    const parent = names[depth - 1];

    if (bodyDepth >= 0) {
      if (depth === bodyDepth) {
        bodyDepth = -1;
        bodyNote = undefined;
        text = "";
        return;
      }
      if (bodyNote !== undefined) {
        if (dataDepth >= 0) {
          if (name === "td" && cell !== undefined && row !== undefined) {
            row.push(cell);
            cell = undefined;
          } else if (name === "tr" && row !== undefined) {
            if (row.length >= 2) {
              bodyNote.dataRows?.push([row[0] as string, row[1] as string]);
            }
            row = undefined;
          } else if (depth === dataDepth) {
            dataDepth = -1;
          }
        } else if (BLOCK.has(name)) {
          bodyNote.parts.push("\n");
        }
      }
      return;
    }

    const value = text.trim();
    text = "";
    if (base64 !== undefined && name === "Base64Container") {
      base64.base64 = value.replace(/\s+/g, "");
      base64 = undefined;
      return;
    }
    switch (name) {
      case "MsgId":
        if (depth === 2 && parent === "MsgInfo") {
          msgId = value;
        } else if (depth === 1) {
          msgId = value;
        }
        break;
      case "GenDate":
        if (depth === 1 || parent === "MsgInfo") {
          genDate = value;
        }
        break;
      case "Id":
        if (parent === "AppRec") {
          msgId = value;
        } else if (parent === "OriginalMsgId") {
          original.id = value;
        } else if (h.k === "ident") {
          h.o.id = value;
        } else if (h.k === "party" || h.k === "person") {
          h.o.ids.push({ id: value });
        } else if (h.k === "refdoc") {
          h.o.id = value;
        }
        break;
      case "IssueDate":
        if (parent === "OriginalMsgId") {
          original.issueDate = value;
        }
        break;
      case "RefToParent":
        refToParent = value;
        break;
      case "RefToConversation":
        refToConversation = value;
        break;
      case "OrganisationName":
      case "Name":
        if (h.k === "party" || h.k === "person") {
          h.o.name = value;
        } else if (h.k === "patient") {
          h.o.name = value;
        }
        break;
      case "FamilyName":
      case "GivenName":
      case "MiddleName": {
        const o = h.k === "patient" ? h.o : h.k === "person" ? h.o : undefined;
        if (o !== undefined) {
          if (h.k === "patient") {
            const p = h.o;
            if (name === "FamilyName") {
              p.familyName = value;
            } else if (name === "GivenName") {
              p.givenName = value;
            } else {
              p.middleName = value;
            }
          } else if (h.k === "person") {
            const p = h.o;
            if (name === "FamilyName") {
              p.family = value;
            } else if (name === "GivenName") {
              p.given = value;
            } else {
              p.middle = value;
            }
          }
        }
        break;
      }
      case "DateOfBirth":
        if (h.k === "patient") {
          h.o.dateOfBirth = value;
        }
        break;
      case "OffId":
        if (h.k === "patient" && value !== "") {
          h.o.ids.push({ id: value });
        }
        break;
      case "Ident":
      case "AdditionalId": {
        const owner = holders[holders.length - 1] ?? NONE;
        if (
          h.k === "ident" &&
          h.o.id !== "" &&
          (owner.k === "party" || owner.k === "person" || owner.k === "patient")
        ) {
          owner.o.ids.push(h.o);
        }
        break;
      }
      case "Tema":
      case "EmneSporsmal":
        if (h.k === "note") {
          h.o.theme = value;
        }
        break;
      case "DokIdNotat":
        if (h.k === "note") {
          h.o.docId = value;
        }
        break;
      case "DatoNotat":
        if (h.k === "note") {
          h.o.date = value;
        }
        break;
      case "MsgDescr":
        if (parent === "ServRprt") {
          subject = value;
        }
        break;
      case "MimeType":
      case "Description":
      case "FileReference":
        if (h.k === "refdoc" && parent === "RefDoc") {
          if (name === "MimeType") {
            h.o.mimeType = value;
          } else if (name === "Description") {
            h.o.description = value;
          } else {
            h.o.fileReference = value;
          }
        }
        break;
      case "RefDoc":
        if (h.k === "refdoc" && !(kind !== "epikrise" && documentIndex === 0 && h.o.msgType?.toUpperCase() === "XML")) {
          attachments.push(h.o);
        }
        break;
      default:
        break;
    }
  });

  parser.write(xml).close();
  if (kind === undefined) {
    throw new Stop("not_xml", { reason: "no root element" });
  }
  return finish();

  function finish(): ParsedMessage {
    const k = kind as ParsedMessage["kind"];
    if (msgId === undefined || msgId === "") {
      issues.push(EDI_ISSUES.issue("missing_element", ["MsgId"], { element: "MsgId" }));
    } else if (!isUuid(msgId)) {
      issues.push(EDI_ISSUES.issue("invalid_msg_id", ["MsgId"]));
    }
    if (genDate === undefined || genDate === "") {
      issues.push(EDI_ISSUES.issue("missing_element", ["GenDate"], { element: "GenDate" }));
    }
    if (sender === undefined) {
      issues.push(EDI_ISSUES.issue("missing_element", ["Sender"], { element: "Sender" }));
    }
    if (receiver === undefined) {
      issues.push(EDI_ISSUES.issue("missing_element", ["Receiver"], { element: "Receiver" }));
    }
    const pat = patient === undefined ? undefined : freezePatient(patient);
    if (k !== "apprec" && !sufficientlyIdentified(pat)) {
      issues.push(EDI_ISSUES.issue("insufficient_patient_identification", ["Patient"]));
    }
    const recv = receiver === undefined ? undefined : freezeParty(receiver);
    if (options.ownHerIds !== undefined && recv !== undefined && !partyHasHer(recv, options.ownHerIds)) {
      issues.push(EDI_ISSUES.issue("unknown_receiver", ["Receiver"]));
    }
    const out: {
      -readonly [K in keyof ParsedMessage]: ParsedMessage[K];
    } = {
      kind: k,
      version,
      namespace,
      copyReceivers: copies.map(freezeParty),
      notes: notes.map(freezeNote),
      attachments,
      issues,
    };
    if (msgType !== undefined) {
      out.msgType = msgType;
    }
    if (msgId !== undefined) {
      out.msgId = msgId;
    }
    if (genDate !== undefined) {
      out.genDate = genDate;
    }
    if (refToParent !== undefined || refToConversation !== undefined) {
      out.conversationRef = {
        ...(refToParent === undefined ? {} : { refToParent }),
        ...(refToConversation === undefined ? {} : { refToConversation }),
      };
    }
    if (sender !== undefined) {
      out.sender = freezeParty(sender);
    }
    if (recv !== undefined) {
      out.receiver = recv;
    }
    if (pat !== undefined) {
      out.patient = pat;
    }
    if (k === "apprec") {
      out.appRec = {
        errors: appErrors,
        originalMsgId: original,
        ...(appStatus === undefined ? {} : { status: appStatus }),
      };
    }
    return out;
  }
}

function partyHasHer(party: ParsedParty, own: readonly string[]): boolean {
  for (let p: ParsedParty | undefined = party; p !== undefined; p = p.service) {
    for (const id of p.ids) {
      if (id.type?.toUpperCase() === "HER" && own.includes(id.id)) {
        return true;
      }
    }
  }
  return false;
}

function freezeParty(p: MParty): ParsedParty {
  const her = p.ids.find((i) => i.type?.toUpperCase() === "HER");
  const out: { -readonly [K in keyof ParsedParty]: ParsedParty[K] } = { ids: p.ids };
  if (p.name !== undefined) {
    out.name = p.name;
  }
  if (her !== undefined) {
    out.herId = her.id.trim();
  }
  if (p.service !== undefined) {
    out.service = freezeParty(p.service);
  }
  if (p.person !== undefined) {
    const name =
      p.person.name ??
      ([p.person.given, p.person.middle, p.person.family].filter((x) => x !== undefined).join(" ") || undefined);
    out.person = name === undefined ? { ids: p.person.ids } : { name, ids: p.person.ids };
  }
  if (p.role !== undefined) {
    out.role = p.role;
  }
  return out;
}

function freezePatient(p: MPatient): ParsedPatient {
  return p;
}

function freezeNote(n: MNote): ParsedNote {
  const text = n.parts
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
  const out: { -readonly [K in keyof ParsedNote]: ParsedNote[K] } = { kind: n.kind, text, xhtml: n.xhtml };
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

const PUBLIC_IDS = new Set(["FNR", "DNR", "FHN"]);

/**
 * The AppRec v1.1 rule for identifying a patient (messaging.md §2): name with FNR, D-nummer or FH-nummer, or name with
 * birth date and sex.
 */
function sufficientlyIdentified(p: ParsedPatient | undefined): boolean {
  if (p === undefined) {
    return false;
  }
  const named = (p.familyName ?? p.givenName ?? p.name ?? "") !== "";
  if (!named) {
    return false;
  }
  if (p.ids.some((i) => i.type !== undefined && PUBLIC_IDS.has(i.type.toUpperCase()) && i.id !== "")) {
    return true;
  }
  return (p.dateOfBirth ?? "") !== "" && (p.sex ?? "") !== "";
}
