/**
 * The data attachment (issue 17 point 1; messaging.md §2 "Attachments", HIS 1036): the structured assessment a
 * message carries for machines, out of the clinician's sight. MsgHead carries machine data as documents, so the
 * builders add one `RefDoc` beside the note: `MsgType` 8114 `A` (Vedlegg), `MimeType` `application/json`, a
 * `Description` that names the JSON Schema (its URL) and the schema version, and the assessment's JSON (UTF-8) in a
 * `Base64Container`. In a Helsefaglig dialog it is a second MsgHead `Document`; in an Epikrise 1.2 a `RefDoc` at the
 * end of `ServRprt`. The note text stays for people.
 *
 * A receiver recognises the attachment by its MIME type and the schema URL in its description (any major version
 * `…/schemas/vN/assessment.schema.json`; the model then decides whether it knows the `schemaVersion` inside).
 * Decoding is strict: base64 that does not decode, bytes that are not UTF-8, text that is not JSON are each a
 * `data_attachment_unreadable` issue with its `reason`, never a guess.
 */
import {
  type Assessment,
  type Issue,
  type IssueCode,
  type Lang,
  type NoteDataIssueCode,
  type ParseOptions,
  type SafeResult,
  SCHEMA_ID_BASE,
  SCHEMA_VERSION,
  safeParseAssessment,
  ValidationError,
} from "@pakkeforlop-hjem/model";
import { NAMESPACES } from "./codes.ts";
import { code, el } from "./internal/xml.ts";
import { EDI_ISSUES, type EdiIssueCode } from "./issues.ts";
import type { ParsedAttachment } from "./parsed-message.ts";

/**
 * The MIME type of the data attachment.
 * @example
 * ```ts
 * message.attachments.filter((a) => a.mimeType === DATA_ATTACHMENT_MIME_TYPE);
 * ```
 */
export const DATA_ATTACHMENT_MIME_TYPE = "application/json";

/**
 * The URL of the JSON Schema the attachment's content follows (the `$id` of `schemas/v1/assessment.schema.json`).
 * @example
 * ```ts
 * DATA_ATTACHMENT_SCHEMA; // "https://pakkeforlop-hjem.github.io/sdk/schemas/v1/assessment.schema.json"
 * ```
 */
export const DATA_ATTACHMENT_SCHEMA: string = `${SCHEMA_ID_BASE}/v${SCHEMA_VERSION.split(".")[0]}/assessment.schema.json`;

const TITLE: Readonly<Record<Lang, string>> = {
  nb: "Strukturerte data fra kartleggingssamtalen (JSON)",
  nn: "Strukturerte data frå kartleggingssamtalen (JSON)",
  en: "Structured data of the needs assessment (JSON)",
};
const VERSION: Readonly<Record<Lang, string>> = { nb: "versjon", nn: "versjon", en: "version" };

/**
 * The attachment's `Description`: what it is, in the message's language, then the schema URL and version, which a
 * receiver's system matches (an EHR lists the description as the attachment's title).
 * @example
 * ```ts
 * dataAttachmentDescription("nb");
 * // "Strukturerte data fra kartleggingssamtalen (JSON): https://pakkeforlop-hjem.github.io/sdk/schemas/v1/assessment.schema.json versjon 1.0"
 * ```
 */
export function dataAttachmentDescription(lang: Lang = "nb"): string {
  return `${TITLE[lang]}: ${DATA_ATTACHMENT_SCHEMA} ${VERSION[lang]} ${SCHEMA_VERSION}`;
}

// TextEncoder and TextDecoder are globals in Node, browsers and workers; the lib settings (ES2022, no DOM) do not
// declare them (as in read/input.ts).
declare const TextEncoder: new () => { encode(input: string): Uint8Array };
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(input: Uint8Array): string };

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** The value of each base64 character, by char code (the others are refused before decoding). */
const VALUE: Uint8Array = /* @__PURE__ */ (() => {
  const v = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) {
    v[ALPHABET.charCodeAt(i)] = i;
  }
  return v;
})();

/** Every pair of base64 characters, by the 12 bits they encode: three bytes are two lookups. */
const PAIRS: readonly string[] = /* @__PURE__ */ Array.from(
  { length: 4096 },
  (_v, n) => `${ALPHABET[n >> 6]}${ALPHABET[n & 63]}`,
);

/** The runtime's `btoa` (Node 16+, browsers, workers): native, about twice as fast as the loop below. */
const nativeBtoa = (globalThis as { readonly btoa?: (binary: string) => string }).btoa;

/** Node's `Buffer`, when the code runs in Node: the fastest way there (one native call, no binary string). */
const nodeBuffer = (
  globalThis as {
    readonly Buffer?: { from(text: string, encoding: "utf8"): { toString(encoding: "base64"): string } };
  }
).Buffer;

/** UTF-8 bytes of a string as base64 (RFC 4648, padded, one line: an `xs:base64Binary`). */
export function toBase64Utf8(text: string): string {
  if (nodeBuffer !== undefined) {
    return nodeBuffer.from(text, "utf8").toString("base64");
  }
  const b = new TextEncoder().encode(text);
  return base64ViaBtoa(b) ?? base64Of(b);
}

/** Base64 of bytes through the runtime's `btoa` (browsers, workers), or `undefined` where there is none. */
export function base64ViaBtoa(b: Uint8Array): string | undefined {
  if (nativeBtoa === undefined) {
    return undefined;
  }
  let binary = "";
  for (let i = 0; i < b.length; i += 0x2000) {
    binary += String.fromCharCode.apply(null, b.subarray(i, i + 0x2000) as unknown as number[]);
  }
  return nativeBtoa(binary);
}

/** Base64 of bytes without the runtime's help. */
export function base64Of(b: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = ((b[i] as number) << 16) | ((b[i + 1] as number) << 8) | (b[i + 2] as number);
    out += (PAIRS[n >> 12] as string) + (PAIRS[n & 4095] as string);
  }
  if (i < b.length) {
    const n = ((b[i] as number) << 16) | ((b[i + 1] ?? 0) << 8);
    const two = i + 1 < b.length;
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}${two ? ALPHABET[(n >> 6) & 63] : "="}=`;
  }
  return out;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes base64 (XML whitespace removed first, padding required, as `xs:base64Binary`) to UTF-8 text, or says why
 * not: `base64` for text that is not base64, `utf8` for bytes that are not UTF-8.
 * @example
 * ```ts
 * fromBase64Utf8("e30="); // { text: "{}" }
 * ```
 */
export function fromBase64Utf8(base64: string): { readonly text: string } | { readonly reason: "base64" | "utf8" } {
  const clean = base64.replace(/[\t\n\r ]+/g, "");
  if (!BASE64.test(clean)) {
    return { reason: "base64" };
  }
  const pad = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  const bytes = new Uint8Array((clean.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    // "=" (61) has value 0 here, so padding adds no bits.
    const n =
      ((VALUE[clean.charCodeAt(i)] as number) << 18) |
      ((VALUE[clean.charCodeAt(i + 1)] as number) << 12) |
      ((VALUE[clean.charCodeAt(i + 2)] as number) << 6) |
      (VALUE[clean.charCodeAt(i + 3)] as number);
    bytes[o++] = n >> 16;
    if (o < bytes.length) {
      bytes[o++] = (n >> 8) & 255;
    }
    if (o < bytes.length) {
      bytes[o++] = n & 255;
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { reason: "utf8" };
  }
}

/**
 * The data attachment's `RefDoc`, its children in the order MsgHead 1.2 and Epikrise 1.2 both define, for the
 * recipient's view of the assessment (both builders write the RefDoc in their default namespace).
 */
export function dataAttachmentRefDoc(view: Assessment, lang: Lang): string {
  return (
    `<RefDoc>${code("MsgType", "A", "Vedlegg")}${el("MimeType", DATA_ATTACHMENT_MIME_TYPE)}` +
    `${el("Description", dataAttachmentDescription(lang))}` +
    `<Content><Base64Container xmlns="${NAMESPACES.base64}">${toBase64Utf8(JSON.stringify(view))}</Base64Container></Content></RefDoc>`
  );
}

const SCHEMA_URL = /* @__PURE__ */ new RegExp(
  `${SCHEMA_ID_BASE.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}/v[1-9][0-9]{0,2}/assessment\\.schema\\.json`,
);

/**
 * Whether an attachment is this SDK's data attachment: `application/json` (any case, parameters such as `charset`
 * allowed) and the assessment schema's URL, of any major version, in its description.
 * @example
 * ```ts
 * const data = message.attachments.findIndex(isDataAttachment);
 * ```
 */
export function isDataAttachment(attachment: ParsedAttachment): boolean {
  const mime = attachment.mimeType?.split(";")[0]?.trim().toLowerCase();
  return mime === DATA_ATTACHMENT_MIME_TYPE && SCHEMA_URL.test(attachment.description ?? "");
}

/** The issues reading a data attachment can give: its own, and the model's for the assessment it holds. */
export type DataAttachmentIssue = Issue<IssueCode | NoteDataIssueCode | EdiIssueCode>;

/**
 * Reads the assessment from a data attachment: base64 → UTF-8 → JSON → the model's `safeParseAssessment`. Issue
 * paths: `["attachments", index, "Base64Container"]` for the content, paths into the assessment for the model's.
 */
export function readDataAttachment(
  attachment: ParsedAttachment,
  index: number,
  options: ParseOptions,
): SafeResult<Assessment, IssueCode | NoteDataIssueCode | EdiIssueCode> {
  const where = ["attachments", index, "Base64Container"];
  const unreadable = (reason: "missing" | "base64" | "utf8" | "json") => ({
    success: false as const,
    error: new ValidationError<DataAttachmentIssue>([
      EDI_ISSUES.issue("data_attachment_unreadable", where, { reason }),
    ]),
  });
  if (attachment.base64 === undefined) {
    return unreadable("missing");
  }
  const decoded = fromBase64Utf8(attachment.base64);
  if (!("text" in decoded)) {
    return unreadable(decoded.reason);
  }
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch {
    return unreadable("json");
  }
  return safeParseAssessment(json, options);
}
