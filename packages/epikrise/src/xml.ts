/**
 * Escapes text for XML 1.0 element content and attribute values.
 * @example
 * ```ts
 * escapeXml("Kari & <Per>"); // "Kari &amp; &lt;Per&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;",
  );
}
