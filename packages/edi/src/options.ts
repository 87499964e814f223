/**
 * Options shared by the builders: where ids and the clock come from (ARCHITECTURE.md: "no hidden Date.now(), no
 * random ids without an injectable source"), the note body, and the language.
 */
import { renderNoteText, renderNoteXhtml } from "@pakkeforlop-hjem/epikrise";
import {
  type Assessment,
  type Issue,
  type Lang,
  recipientView,
  SdkError,
  type SharablePart,
} from "@pakkeforlop-hjem/model";
import type { Delivery } from "@pakkeforlop-hjem/pathway";
import { dataAttachmentRefDoc } from "./data-attachment.ts";
import { isUuid, isXsdDateTime } from "./internal/xml.ts";
import type { EdiIssue } from "./issues.ts";

/** The body of the note: plain text, and XHTML when the receiver should see formatting (HISD 1155). */
export interface NoteContent {
  /** Plain text; used when `xhtml` is absent. */
  readonly text: string;
  /**
   * An XHTML fragment, one element in the XHTML namespace (`<div xmlns="http://www.w3.org/1999/xhtml">…</div>`), as
   * `renderNoteXhtml` of the epikrise package writes it. Written into the message as is: it must be well-formed.
   */
  readonly xhtml?: string;
}

/** Makes the note body of an assessment (the epikrise package's renderers fit). */
export type NoteRenderer = (assessment: Assessment, options: { readonly lang: Lang }) => NoteContent;

/** Patient sex, kodeverk 3101: 1 Mann, 2 Kvinne, 9 Ikke spesifisert, 0 Ikke kjent. */
export type PatientSex = "0" | "1" | "2" | "9";

/**
 * Options of {@link buildHelsefagligDialog} and {@link buildEpikrise}. Give either `msgId` or `ids`, and either
 * `genDate` or `now`: the SDK never makes ids or reads the clock by itself.
 * @example
 * ```ts
 * const options: BuildOptions = { ids: () => crypto.randomUUID(), now: () => new Date().toISOString(), note };
 * ```
 */
export interface BuildOptions {
  /** The MsgId (a UUID). Wins over `ids`. */
  readonly msgId?: string;
  /** Id source, e.g. `() => crypto.randomUUID()`. Must return UUIDs. */
  readonly ids?: () => string;
  /** GenDate (`xs:dateTime`). Wins over `now`. */
  readonly genDate?: string;
  /** Clock, e.g. `() => new Date().toISOString()`. */
  readonly now?: () => string;
  /**
   * The note body, for people. Default: the epikrise package's `renderNoteXhtml(assessment, { lang })`, or
   * `renderNoteText` when `format` is `text`. The data travel beside it, in the data attachment (`attachData`).
   */
  readonly note?: NoteContent;
  /** Renders the note body when `note` is not given, instead of the epikrise package. */
  readonly render?: NoteRenderer;
  /** The default note's form: `xhtml` (default) or `text` (plain). */
  readonly format?: "xhtml" | "text";
  /**
   * Attach the structured assessment, as much of it as the delivery's recipient may see, as a JSON attachment
   * (issue 17: `RefDoc` `MsgType` A, `application/json`, the schema URL and version in its description, base64
   * content), so {@link extractAssessment} can read it back. Default `true`, whatever the note; `false` sends the
   * note alone (the GP notice of a declined conversation does).
   */
  readonly attachData?: boolean;
  /** Language of the rendered note. Default `nb`. */
  readonly lang?: Lang;
  /** The patient's sex (3101). Needed only for a patient identified by DUF-nummer (AppRec E36 rule). */
  readonly patientSex?: PatientSex;
  /**
   * Validate the assessment with the model first. Default `true`. An assessment sealed by the model's
   * `sealAssessment` is not validated again (it is valid and frozen); `false` skips validation of any input.
   */
  readonly validate?: boolean;
  /**
   * Parts to include although the delivery's `leaveOut` leaves them out (issue 9, explicit). Never brings back what
   * the delivery's `withhold` (the patient's consent) holds back. The default note and a custom `render` get only
   * what the delivery's recipient may see; a `note` given by the caller is sent as is.
   */
  readonly include?: readonly SharablePart[];
  /**
   * Accept synthetic test identifiers (NAV month + 40, Tenor month + 80) when validating, as a test environment
   * must. Default `false`, as in the model. Such a message should also carry `processingStatus: "T"` in the envelope.
   */
  readonly allowTestNumbers?: boolean;
}

/** What a builder returns on success. */
export interface BuiltMessage {
  /** The XML document, UTF-8 declared, ready for the transport. */
  readonly xml: string;
  readonly msgId: string;
  readonly genDate: string;
  /** The 8279 message type, which is also the ebXML `Action` (messaging.md §1). */
  readonly msgType: "DIALOG_HELSEFAGLIG" | "EPIKRISE";
}

/** The issues a builder can return, typed per code: the model's, for an invalid assessment, and the edi package's. */
export type BuildIssue = Issue | EdiIssue;

export function resolveIdAndDate(options: BuildOptions): { msgId: string; genDate: string } {
  const msgId = options.msgId ?? options.ids?.();
  if (msgId === undefined) {
    throw new SdkError("invalid_argument", "options: give msgId or ids (e.g. ids: () => crypto.randomUUID())");
  }
  if (!isUuid(msgId)) {
    throw new SdkError("invalid_argument", "options.msgId/ids(): expected a UUID (messaging.md §2; AppRec E10)");
  }
  const genDate = options.genDate ?? options.now?.();
  if (genDate === undefined) {
    throw new SdkError("invalid_argument", "options: give genDate or now (e.g. now: () => new Date().toISOString())");
  }
  if (!isXsdDateTime(genDate)) {
    throw new SdkError(
      "invalid_argument",
      "options.genDate/now(): expected an xs:dateTime such as 2025-03-01T10:00:00Z",
    );
  }
  return { msgId, genDate };
}

export function resolveNote(assessment: Assessment, options: BuildOptions, delivery?: Delivery): NoteContent {
  if (options.note !== undefined) {
    return options.note;
  }
  // Issue 9: the note holds only what the delivery's recipient may see.
  const privacy = {
    ...(delivery === undefined ? {} : { delivery }),
    ...(options.include === undefined ? {} : { include: options.include }),
  };
  if (options.render !== undefined) {
    return options.render(recipientView(assessment, privacy), { lang: options.lang ?? "nb" });
  }
  const lang = options.lang ?? "nb";
  // Issue 17: the note is for people; the data go in the attachment (dataRefDoc), never in a visible table.
  return options.format === "text"
    ? { text: renderNoteText(assessment, { lang, ...privacy }).text }
    : { text: "", xhtml: renderNoteXhtml(assessment, { lang, ...privacy, includeData: false }) };
}

/**
 * The data attachment's `RefDoc` (issue 17; `data-attachment.ts`) with what the delivery's recipient may see (issue
 * 9: the same view as the default note), or `""` when `attachData` is `false`.
 */
export function dataRefDoc(assessment: Assessment, options: BuildOptions, delivery?: Delivery): string {
  if (options.attachData === false) {
    return "";
  }
  const view = recipientView(assessment, {
    ...(delivery === undefined ? {} : { delivery }),
    ...(options.include === undefined ? {} : { include: options.include }),
  });
  return dataAttachmentRefDoc(view, options.lang ?? "nb");
}
