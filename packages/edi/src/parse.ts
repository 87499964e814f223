/**
 * The lenient reader (DOMAIN.md §6: "be strict when building and lenient when parsing"; messaging.md §11): the entry
 * point. It checks the input (type, size), decodes bytes, and runs the one pass of `read/loop.ts`, where one reader
 * per message part (MsgHead, Dialogmelding, Epikrise, AppRec, attachments) fills a typed result (docs/architecture.md
 * "Reading messages"). Real-world sloppiness is accepted: code lists mixed or missing (`S`), odd HER-ids, unbound
 * prefixes, misspelt namespace URIs on attributes. DOCTYPE (so every DTD, entity and XXE), oversize input and
 * non-XML are refused, each with its own code. Nothing here throws on data.
 *
 * Why saxes (see docs/message-formats.md): it checks well-formedness (so "not XML" is decided by a conforming
 * parser, AppRec T01), it never expands entities or loads DTDs, it reports DOCTYPE as an event so it can be refused,
 * and streaming into our own result skips the generic object tree: several times faster than fast-xml-parser 5 here.
 */
import { type SafeResult, ValidationError } from "@pakkeforlop-hjem/model";
import { EDI_ISSUES, type EdiIssue, type EdiIssueCode } from "./issues.ts";
import type { ParsedMessage } from "./parsed-message.ts";
import { decodeBytes, inputSize } from "./read/input.ts";
import { readXml } from "./read/loop.ts";
import { ReadStop } from "./read/state.ts";

// The result types live in parsed-message.ts; the receipt (apprec.ts) and extract.ts import these two from here.
export type { ParsedMessage, ParsedParty } from "./parsed-message.ts";

/** Options of {@link parseMessage}. */
export interface ParseMessageOptions {
  /** Largest accepted input in bytes (UTF-8 length of a string). Default 5 MB (5 000 000). */
  readonly maxBytes?: number;
  /** Your own HER-ids; when given, a message whose receiver has none of them gets `unknown_receiver` (AppRec E21). */
  readonly ownHerIds?: readonly string[];
  /**
   * Accept synthetic test identifiers (NAV month + 40, Tenor month + 80), as a test environment must. Default
   * `false`. Carried in the result (`allowTestNumbers`), so {@link extractAssessment} validates the carried assessment
   * with the same setting without being told again.
   */
  readonly allowTestNumbers?: boolean;
}

/**
 * The default size limit: a few MB fits any dialogue note with a few PDF attachments (messaging.md §11.7).
 * @example
 * ```ts
 * parseMessage(xml, { maxBytes: 4 * DEFAULT_MAX_BYTES }); // for a partner that sends large scans
 * ```
 */
export const DEFAULT_MAX_BYTES = 5_000_000;

function fail(code: EdiIssueCode, params: Record<string, string | number> = {}): SafeResult<ParsedMessage, EdiIssue> {
  // `code` is a union here, so the maker cannot pair it with its params type; the codes passed are fatal ones whose
  // params the callers build as their code defines.
  return { success: false, error: new ValidationError([EDI_ISSUES.issue(code, [], params) as EdiIssue]) };
}

/**
 * Reads a MsgHead 1.2 message (with Dialogmelding 1.0/1.1 notes), an Epikrise 1.1/1.2 or an AppRec 1.0/1.1, leniently.
 * Returns `success: false` only when nothing could be read: `not_xml`, `invalid_encoding`,
 * `unsupported_encoding`, `doctype_forbidden`, `entity_forbidden`, `too_large` or `unsupported_message`, or
 * `reader_internal_error` for a bug in this SDK (not the sender's fault: keep the message and report the bug).
 * Findings on a message that was read are in `data.issues` (at most 100, then one `too_many_issues`). Never throws
 * on data. Bytes are decoded as the XML spec says: byte order mark, then the XML declaration, UTF-8 by default;
 * UTF-8, UTF-16 LE/BE and ISO-8859-1 are read, and bytes invalid in their encoding are `invalid_encoding`.
 * @example
 * ```ts
 * const result = parseMessage(xml, { ownHerIds: ["8139433"] });
 * if (result.success) for (const note of result.data.notes) console.log(note.theme);
 * ```
 */
export function parseMessage(
  input: string | Uint8Array,
  options: ParseMessageOptions = {},
): SafeResult<ParsedMessage, EdiIssue> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    return fail("not_xml", { reason: "not a string or bytes" });
  }
  if (inputSize(input, limit) > limit) {
    return fail("too_large", { limit });
  }
  try {
    let xml: string;
    if (typeof input === "string") {
      xml = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    } else {
      const decoded = decodeBytes(input);
      if (!decoded.ok) {
        return decoded.code === "invalid_encoding"
          ? fail("invalid_encoding", { encoding: decoded.encoding })
          : fail("unsupported_encoding");
      }
      xml = decoded.text;
    }
    const data = readXml(xml, options.ownHerIds);
    // Issue 21 point 8: one option, carried to extractAssessment so the assessment is validated the same way.
    return { success: true, data: options.allowTestNumbers === true ? { ...data, allowTestNumbers: true } : data };
  } catch (e) {
    // Anything but a ReadStop is a bug in this SDK (issue 15 point 7): never reported as the sender's fault (T01).
    return e instanceof ReadStop ? fail(e.code, e.params) : fail("reader_internal_error");
  }
}
