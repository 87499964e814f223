/**
 * The input before the pass: its size in bytes (checked before anything is read, messaging.md §11.7) and the
 * decoding of bytes into text. Decoding follows the `encoding` named near the start (UTF-8 by default; ISO-8859-1 is
 * common in Norwegian messaging, messaging.md §11.4).
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
declare const TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };

/** Text from bytes, by the label of the first `encoding="…"` in the first 200 bytes; an unknown label reads as UTF-8. */
export function decodeBytes(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const m = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  const label = (m?.[1] ?? "utf-8").toLowerCase();
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
