/**
 * The one XML escaper of the SDK (issue 14: one rule, one home). The renderers' XHTML (epikrise) and the message
 * builders (edi) both write through it, so text reaches every XML the SDK writes escaped the same way. It sits in the
 * model because it is the lowest package both depend on.
 */

/** Options of {@link escapeXml}. */
export interface EscapeXmlOptions {
  /**
   * Where the text goes. `content` (default): element content. `attribute`: a double-quoted attribute value, where
   * tab, line feed and carriage return also become character references, so attribute-value normalisation keeps them.
   */
  readonly in?: "content" | "attribute";
  /**
   * Escape the quote characters (`"` as `&quot;`, `'` as `&apos;`) in element content too. Default `true`. In an
   * attribute `"` is always escaped and `'` never needs to be.
   */
  readonly quotes?: boolean;
}

/** The reference a character is written as, or `undefined` when it stays as it is. */
function entityOf(c: number, attribute: boolean, quotes: boolean): string | undefined {
  switch (c) {
    case 38:
      return "&amp;";
    case 60:
      return "&lt;";
    case 62:
      return "&gt;";
    case 34:
      return attribute || quotes ? "&quot;" : undefined;
    case 39:
      return !attribute && quotes ? "&apos;" : undefined;
    case 13:
      return "&#13;";
    case 10:
      return attribute ? "&#10;" : undefined;
    case 9:
      return attribute ? "&#9;" : undefined;
    default:
      return undefined;
  }
}

/**
 * Escapes text for XML 1.0 element content (default) or a double-quoted attribute value. A carriage return becomes
 * `&#13;` so it survives XML line-end normalisation. The text must hold only characters XML 1.0 allows (the model's
 * text formats guarantee it).
 * @example
 * ```ts
 * escapeXml("Kari & <Per>"); // "Kari &amp; &lt;Per&gt;"
 * escapeXml('a "b"\n', { in: "attribute" }); // "a &quot;b&quot;&#10;"
 * ```
 */
export function escapeXml(text: string, options: EscapeXmlOptions = {}): string {
  const attribute = options.in === "attribute";
  const quotes = options.quotes !== false;
  // One scan, copying the runs between the characters to escape (no regular expression, no callback per match).
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 62) {
      continue;
    }
    const entity = entityOf(c, attribute, quotes);
    if (entity !== undefined) {
      out += from === i ? entity : `${text.slice(from, i)}${entity}`;
      from = i + 1;
    }
  }
  return from === 0 ? text : `${out}${text.slice(from)}`;
}
