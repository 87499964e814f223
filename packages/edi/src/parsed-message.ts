/**
 * What {@link parseMessage} returns: the public shape of a message read leniently (DOMAIN.md §6). The readers in
 * `read/` fill mutable drafts of these types in one pass; `read/finish.ts` turns the drafts into them.
 */
import type { Issue, NoteDataRow } from "@pakkeforlop-hjem/model";
import type { EdiIssueCode } from "./issues.ts";

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
  /**
   * Coded content: Epikrise `Observation/CodedDescr/Concept` (ICD-10 7110, ICPC-2 7170, ...). When the body is empty,
   * `text` is these codes, one a line, as `DN (V)`.
   */
  readonly codes?: readonly ParsedCode[];
  /** The question a "Svar på forespørsel" echoes (`Notat/Foresporsel`): its `TypeForesp`, `EmneSporsmal`, `Sporsmal`. */
  readonly question?: ParsedNote;
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
  /** MsgHead `ProcessingStatus` (8113: `P`, `T` training, `D` test) or Epikrise `Message/Status` (8323: `TEST`). */
  readonly processingStatus?: string;
  /**
   * Epikrise `ServRprt/ServType` (7309): `N` Ny, `M` Endring, `C` Kansellering. A Dialogmelding has none: its
   * corrections are replies in the thread (`conversationRef`), and the carried assessment's amendments say which.
   */
  readonly servType?: ParsedCode;
  /** The document a message is (a version of): Epikrise `ServRprt/ServProvId`, else the first note's `DokIdNotat`. */
  readonly documentId?: string;
  /**
   * Which of `parseMessage`'s `ownHerIds` the receiver matched, and at which level of its addressing (organisation →
   * service → person, messaging.md §2); absent when `ownHerIds` was not given or nothing matched.
   */
  readonly receiverMatch?: { readonly level: "organisation" | "service" | "person"; readonly herId: string };
  /** `true` when `parseMessage` was told `allowTestNumbers`; `extractAssessment` then allows them too. */
  readonly allowTestNumbers?: true;
  readonly issues: readonly Issue<EdiIssueCode>[];
}
