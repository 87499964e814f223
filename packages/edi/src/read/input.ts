/**
 * The input before the pass: its size in bytes (checked before anything is read, messaging.md §11.7) and the
 * decoding of bytes into text (issue 15 point 6, issue 21 point 4). The encoding is detected as the XML 1.0 spec
 * says (appendix F, "Autodetection of Character Encodings"): a byte order mark first, then the first four bytes,
 * then the `encoding` of the XML declaration at the very start, UTF-8 when there is none. Supported: UTF-8 (and its
 * subset US-ASCII), UTF-16 LE/BE and ISO-8859-1, all seen in Norwegian messaging (messaging.md §11.4); windows-1252
 * is read as itself. Bytes that are not valid in the encoding are a typed error ({@link Decoded}), never replaced.
 */

/** UTF-8 length of a string: 1–3 bytes a UTF-16 unit (a surrogate pair counts 2 + 2). */
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

/**
 * The size that `maxBytes` limits: the byte length, or a string's UTF-8 length. A string short enough to fit even at
 * three bytes a character is not measured.
 */
export function inputSize(input: string | Uint8Array, limit: number): number {
  if (typeof input !== "string") {
    return input.length;
  }
  return input.length * 3 <= limit ? input.length : utf8Length(input);
}

// TextDecoder is a global in Node, browsers and workers; the lib settings (ES2022, no DOM) do not declare it.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

/** The encodings this reader decodes, by their canonical name (the one issue params carry). */
export type Encoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "ISO-8859-1" | "windows-1252";

/**
 * Bytes decoded, or why not: `invalid_encoding` (bytes not valid in the detected encoding, or a declaration that
 * contradicts the byte order mark) or `unsupported_encoding` (a declared encoding this reader does not decode).
 * Params hold only the canonical encoding name, never the label as written.
 */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly code: "invalid_encoding"; readonly encoding: Encoding }
  | { readonly ok: false; readonly code: "unsupported_encoding" };

/** Declared labels (lower case) → encoding. A Map, so a label from the document never reaches a prototype. */
const LABELS: ReadonlyMap<string, Encoding | "UTF-16"> = new Map<string, Encoding | "UTF-16">([
  ["utf-8", "UTF-8"],
  ["utf8", "UTF-8"],
  ["us-ascii", "UTF-8"],
  ["ascii", "UTF-8"],
  ["utf-16", "UTF-16"],
  ["utf-16le", "UTF-16LE"],
  ["utf-16be", "UTF-16BE"],
  ["iso-8859-1", "ISO-8859-1"],
  ["iso8859-1", "ISO-8859-1"],
  ["iso_8859-1", "ISO-8859-1"],
  ["latin1", "ISO-8859-1"],
  ["l1", "ISO-8859-1"],
  ["windows-1252", "windows-1252"],
  ["cp1252", "windows-1252"],
]);

/** The XML declaration at the very start (XML 1.0 §2.8): `version`, then `encoding`, quoted either way. */
const DECLARATION = /^<\?xml\s+version\s*=\s*(?:"[^"]*"|'[^']*')\s+encoding\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** The declared encoding label, lower case, of text decoded so far (only its start is looked at); `""` for none. */
export function declaredEncoding(start: string): string {
  const m = DECLARATION.exec(start.slice(0, 200));
  return (m?.[1] ?? m?.[2] ?? "").trim().toLowerCase();
}

/** ISO-8859-1 proper: each byte is the code point (TextDecoder's "latin1" is windows-1252 in the Encoding spec). */
function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

function strict(encoding: Encoding, bytes: Uint8Array): Decoded {
  if (encoding === "ISO-8859-1") {
    return { ok: true, text: latin1(bytes), encoding };
  }
  if ((encoding === "UTF-16LE" || encoding === "UTF-16BE") && bytes.length % 2 !== 0) {
    return { ok: false, code: "invalid_encoding", encoding };
  }
  try {
    // ignoreBOM keeps a byte order mark as U+FEFF; the caller skipped it already, so one here is data.
    const text = new TextDecoder(encoding.toLowerCase(), { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, code: "invalid_encoding", encoding };
  }
}

/** The encoding family the first bytes show (XML 1.0 appendix F), and how many bytes of byte order mark to skip. */
function sniff(b: Uint8Array): { family: "UTF-8" | "UTF-16LE" | "UTF-16BE"; bom: number } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { family: "UTF-8", bom: 3 };
  }
  if (b[0] === 0xfe && b[1] === 0xff) {
    return { family: "UTF-16BE", bom: 2 };
  }
  if (b[0] === 0xff && b[1] === 0xfe) {
    return { family: "UTF-16LE", bom: 2 };
  }
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) {
    return { family: "UTF-16BE", bom: 0 };
  }
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) {
    return { family: "UTF-16LE", bom: 0 };
  }
  return { family: "UTF-8", bom: 0 };
}

/**
 * Text from bytes (see the file comment). A UTF-16 family (by BOM or by `<?` in two bytes) is decoded as UTF-16
 * and its declaration, if any, must say UTF-16; a UTF-8 BOM admits only a UTF-8 declaration; without either, the
 * declaration decides, UTF-8 by default. The byte order mark is not part of the text.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const { family, bom } = sniff(bytes);
  const body = bytes.subarray(bom);
  if (family !== "UTF-8") {
    const decoded = strict(family, body);
    if (!decoded.ok) {
      return decoded;
    }
    const label = LABELS.get(declaredEncoding(decoded.text));
    const agrees = label === undefined ? declaredEncoding(decoded.text) === "" : label.startsWith("UTF-16");
    return agrees ? decoded : { ok: false, code: "invalid_encoding", encoding: family };
  }
  // ASCII-compatible: the declaration is readable as Latin-1 whatever the encoding is.
  const label = declaredEncoding(latin1(body.subarray(0, 200)));
  const encoding = label === "" ? "UTF-8" : LABELS.get(label);
  if (encoding === undefined) {
    return { ok: false, code: "unsupported_encoding" };
  }
  if (
    encoding === "UTF-16" ||
    encoding === "UTF-16LE" ||
    encoding === "UTF-16BE" ||
    (bom > 0 && encoding !== "UTF-8")
  ) {
    // A UTF-16 declaration in bytes that are not UTF-16, or a UTF-8 byte order mark with another declaration.
    return { ok: false, code: "invalid_encoding", encoding: "UTF-8" };
  }
  return strict(encoding, body);
}
