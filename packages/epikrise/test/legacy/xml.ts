/**
 * Escapes text for XML 1.0 element content and attribute values.
 * @example
 * ```ts
 * escapeXml("Kari & <Per>"); // "Kari &amp; &lt;Per&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  // One scan, copying the runs between the characters to escape (no regular expression, no callback per match).
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let entity: string;
    if (c === 38) {
      entity = "&amp;";
    } else if (c === 60) {
      entity = "&lt;";
    } else if (c === 62) {
      entity = "&gt;";
    } else if (c === 34) {
      entity = "&quot;";
    } else if (c === 39) {
      entity = "&apos;";
    } else {
      continue;
    }
    out += from === i ? entity : `${text.slice(from, i)}${entity}`;
    from = i + 1;
  }
  return from === 0 ? text : `${out}${text.slice(from)}`;
}
