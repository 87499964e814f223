/**
 * The read state: everything the one pass over a message knows (docs/architecture.md "Reading messages"). The event
 * loop (`loop.ts`) keeps the element stacks; each reader (`msghead.ts`, `dialogmelding.ts`, `epikrise.ts`,
 * `apprec.ts`, `attachments.ts`, with `addressing.ts`, `identity.ts`, `header.ts` and `body.ts` shared) changes the
 * message drafts and only the cursors whose doc names it. `finish.ts` turns the drafts into the public
 * {@link ParsedMessage}.
 */
import type { Issue, NoteDataRow } from "@pakkeforlop-hjem/model";
import type { EdiIssueCode } from "../issues.ts";
import type { ParsedAttachment, ParsedCode, ParsedMessage, ParsedNote } from "../parsed-message.ts";

/**
 * Ends the pass: the message cannot be read at all (DOCTYPE, not well-formed, an unknown root). `parse.ts` turns it
 * into the failed result; its params hold no text from the document except, for an unknown root, its name and
 * namespace URI, shortened.
 */
export class ReadStop extends Error {
  readonly code: EdiIssueCode;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(code: EdiIssueCode, params: Readonly<Record<string, string | number>> = {}) {
    super(code);
    this.name = "ReadStop";
    this.code = code;
    this.params = params;
  }
}

/**
 * A name or namespace URI from the document, for issue params only (never for a text; issue 15 point 7, issue 21
 * point 7): at most `max` characters, each outside printable ASCII replaced by `?`, so no newline or control
 * character can reach a log.
 */
export function cleanName(value: string, max: number): string {
  return value.slice(0, max).replace(/[^\x20-\x7e]/g, "?");
}

/** How many findings a message keeps (issue 21 point 7); one `too_many_issues` says how many more there were. */
export const MAX_ISSUES = 100;

/** Adds a finding to the message, unless it has {@link MAX_ISSUES} already (then it is only counted). */
export function addIssue(m: MessageDraft, issue: Issue<EdiIssueCode>): void {
  if (m.issues.length < MAX_ISSUES) {
    m.issues.push(issue);
  } else {
    m.omittedIssues++;
  }
}

/** An identifier being read (`Ident`, `AdditionalId`, or `Id` + `TypeId` written straight into a party). */
export interface IdentDraft {
  id: string;
  type?: string;
  codeSystem?: string;
  system?: string;
}

/** A person being read; MsgHead writes the name in parts, Epikrise and AppRec in one `Name`. */
export interface PersonDraft {
  name?: string;
  family?: string;
  given?: string;
  middle?: string;
  readonly ids: IdentDraft[];
}

/** An organisation being read, with the service inside it and a person there. */
export interface PartyDraft {
  name?: string;
  readonly ids: IdentDraft[];
  service?: PartyDraft;
  person?: PersonDraft;
  role?: string;
}

/** The patient being read: MsgHead writes the name in parts, Epikrise in one `Name` and the FNR as `OffId`. */
export interface PatientDraft {
  familyName?: string;
  middleName?: string;
  givenName?: string;
  name?: string;
  dateOfBirth?: string;
  sex?: string;
  readonly ids: IdentDraft[];
}

/** A note being read; its text arrives in parts (`body.ts`) and is joined into lines by `finish.ts`. */
export interface NoteDraft {
  readonly kind: ParsedNote["kind"];
  code?: ParsedCode;
  theme?: string;
  readonly parts: string[];
  xhtml: boolean;
  /** Coded content (Epikrise `Observation/CodedDescr/Concept`). */
  codes?: ParsedCode[];
  /** The question a Dialogmelding answer echoes (`Notat/Foresporsel`). */
  question?: NoteDraft;
  dataRows?: NoteDataRow[];
  docId?: string;
  date?: string;
}

/** An attachment or referenced document being read: the public shape, mutable. */
export type AttachmentDraft = { -readonly [K in keyof ParsedAttachment]: ParsedAttachment[K] };

/** The message as read so far. Optional fields stay unset until their element is read. */
export interface MessageDraft {
  /** Set by the root rule of `msghead.ts`, `epikrise.ts` or `apprec.ts`; `attachments.ts` turns `msghead` into
   * `dialogmelding` when the first Document carries one. */
  kind?: ParsedMessage["kind"];
  version: string;
  namespace: string;
  msgType?: ParsedCode;
  msgId?: string;
  genDate?: string;
  refToParent?: string;
  refToConversation?: string;
  sender?: PartyDraft;
  receiver?: PartyDraft;
  readonly copies: PartyDraft[];
  patient?: PatientDraft;
  readonly notes: NoteDraft[];
  readonly attachments: AttachmentDraft[];
  /** AppRec `Status`, `Error`s and `OriginalMsgId` (`apprec.ts`). */
  appStatus?: ParsedCode;
  readonly appErrors: ParsedCode[];
  readonly original: { msgType?: string; issueDate?: string; id?: string };
  /** MsgHead `ProcessingStatus` (8113) or Epikrise `Message/Status` (8323). */
  processingStatus?: string;
  /** Epikrise `ServRprt/ServType` (7309). */
  servType?: ParsedCode;
  /** Epikrise `ServRprt/ServProvId`. */
  documentId?: string;
  /** Which own HER-id the receiver matched, and where (`checks.ts`). */
  receiverMatch?: ParsedMessage["receiverMatch"];
  /** MsgHead `Document`s seen (`attachments.ts`). */
  documents: number;
  /** Whether an AppRec had its `OriginalMsgId` (`apprec.ts`). */
  originalSeen: boolean;
  readonly issues: Issue<EdiIssueCode>[];
  /** Findings left out beyond {@link MAX_ISSUES} (`addIssue`). */
  omittedIssues: number;
}

/**
 * What an open element fills. Children inherit their parent's holder unless a rule gives them a new one, so a
 * `Name` or `Id` deep inside an `Organisation` lands in that organisation.
 */
export type Holder =
  | { readonly kind: "party"; readonly draft: PartyDraft }
  | { readonly kind: "person"; readonly draft: PersonDraft }
  | { readonly kind: "patient"; readonly draft: PatientDraft }
  | { readonly kind: "ident"; readonly draft: IdentDraft }
  | { readonly kind: "note"; readonly draft: NoteDraft }
  | { readonly kind: "refdoc"; readonly draft: AttachmentDraft }
  | { readonly kind: "none" };

/** The holder of elements that fill nothing. */
export const NONE: Holder = { kind: "none" };

/**
 * A note body being read (`body.ts`): Dialogmelding `TekstNotatInnhold`/`Sporsmal`, Epikrise
 * `Observation/Description`. While it is open every event goes to `body.ts`, not to the element rules.
 */
export interface BodyCursor {
  /** Depth of the body element; its end tag ends the body. */
  readonly depth: number;
  readonly note: NoteDraft;
  /** Depth of the `table.pfh-data` carrier, -1 outside it. */
  dataDepth: number;
  /** The data row and cell being read. */
  row: string[] | undefined;
  cell: string | undefined;
}

/** Namespace declarations of one element, by prefix (`""` for the default); prototype-free. */
export type NamespaceDecls = Record<string, string>;

/**
 * Everything the one pass knows. The three stacks grow and shrink together, one entry per open element.
 */
export interface ReadState {
  /** Local names of the open elements, the root first. */
  readonly names: string[];
  /** What each open element fills, parallel to `names`. */
  readonly holders: Holder[];
  /** Namespace declarations of each open element, parallel to `names`. */
  readonly scopes: (NamespaceDecls | undefined)[];
  /** Character data of the element being read (outside note bodies); every tag resets it. */
  text: string;
  /** The message as read so far. */
  readonly message: MessageDraft;
  /** The note body being read, if any (`body.ts`). */
  body: BodyCursor | undefined;
  /** MsgHead `Document`s seen, -1 before the first (`attachments.ts`). */
  documentIndex: number;
  /** Whether the first Document's payload has been identified (`attachments.ts`). */
  payloadRead: boolean;
  /** The attachment whose `Base64Container` is open (`attachments.ts`). */
  base64: AttachmentDraft | undefined;
  /** `Role`/`RoleReceiver` codes waiting for the party they describe, by the owner element (`addressing.ts`). */
  readonly pendingRoles: Map<string, string>;
  /** Epikrise `ServRprt/MsgDescr`: the theme of the InfItems (`epikrise.ts`). */
  subject: string | undefined;
}

/** A fresh state for one message. */
export function createState(): ReadState {
  return {
    names: [],
    holders: [],
    scopes: [],
    text: "",
    message: {
      version: "",
      namespace: "",
      copies: [],
      notes: [],
      attachments: [],
      appErrors: [],
      original: {},
      issues: [],
      documents: 0,
      originalSeen: false,
      omittedIssues: 0,
    },
    body: undefined,
    documentIndex: -1,
    payloadRead: false,
    base64: undefined,
    pendingRoles: new Map(),
    subject: undefined,
  };
}

/** The holder of the innermost open element. */
export const top = (s: ReadState): Holder => s.holders[s.holders.length - 1] ?? NONE;

/** The namespace URI a prefix is bound to in the open elements, or `""`. */
export function namespaceOf(s: ReadState, prefix: string): string {
  for (let i = s.scopes.length - 1; i >= 0; i--) {
    const uri = s.scopes[i]?.[prefix];
    if (uri !== undefined) {
      return uri;
    }
  }
  return "";
}

/** The prefix of a qualified name (`fk1:Id` → `fk1`), `""` when there is none. */
export function prefixOf(qualified: string): string {
  const i = qualified.indexOf(":");
  return i < 0 ? "" : qualified.slice(0, i);
}

/** The element a start tag opens, as an open rule sees it. */
export interface Opening {
  /** Local name (prefix dropped: real messages use any prefix, or none). */
  readonly name: string;
  /** The name as written, with its prefix. */
  readonly qualified: string;
  /** Attributes as written (prototype-free). */
  readonly attrs: Readonly<Record<string, string>>;
  /** 0 for the root. */
  readonly depth: number;
  readonly parent: string | undefined;
  /** The parent's holder. */
  readonly holder: Holder;
  /** What the element's children inherit: the parent's holder unless a rule sets a new one. */
  next: Holder;
}

/** An element that ends, as a close rule sees it. */
export interface Closing {
  readonly name: string;
  readonly depth: number;
  readonly parent: string | undefined;
  /** The element's own holder. */
  readonly holder: Holder;
  /** Its character data, trimmed (or its `V` attribute for KITH date types: `loop.ts`). */
  readonly value: string;
}

/** A rule for an element; `true` means it was this rule's element, and the rules after it are skipped. */
export type OpenRule = (s: ReadState, el: Opening) => boolean;
/** A rule for an element's end (see {@link OpenRule}). */
export type CloseRule = (s: ReadState, el: Closing) => boolean;

/**
 * One reader: the rules of one message part, by element local name. `loop.ts` runs the rules of all readers for an
 * element in the order of its reader list, until one returns `true`.
 */
export interface Reader {
  /** Rules for the root element: the first that returns `true` decides the kind of message. */
  readonly root?: Readonly<Record<string, OpenRule>>;
  readonly open?: Readonly<Record<string, OpenRule>>;
  readonly close?: Readonly<Record<string, CloseRule>>;
  /** Rules for any child of the named element (the payload inside `Content`, whatever its name). */
  readonly child?: Readonly<Record<string, OpenRule>>;
}
