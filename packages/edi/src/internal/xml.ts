/**
 * Escaping for the hand-written builders (issue 6: builders may be hand-written "with proper escaping"), through the
 * model's one XML escaper (`escapeXml`, issue 14). Values reaching here are model-valid text (no control characters
 * other than tab and line breaks; FORMAT_PATTERNS in the model), so escaping the markup characters and a carriage
 * return is enough for well-formed XML 1.0.
 */
import { escapeXml } from "@pakkeforlop-hjem/model";

/** Escapes element content. `\r` becomes `&#13;` so it survives XML line-end normalisation. */
export function escapeText(value: string): string {
  return escapeXml(value, { quotes: false });
}

/** Escapes an attribute value (double-quoted). Whitespace is kept as character references (attribute normalisation). */
export function escapeAttr(value: string): string {
  return escapeXml(value, { in: "attribute" });
}

/** `<name>text</name>`, or nothing when the value is absent. */
export function el(name: string, value: string | undefined): string {
  return value === undefined ? "" : `<${name}>${escapeText(value)}</${name}>`;
}

/** A KITH coded value (`CV`/`CS`): `<name V=".." DN=".." S=".."/>`; `S` only when given (CS has none). */
export function code(name: string, v: string, dn?: string, s?: string): string {
  return `<${name} V="${escapeAttr(v)}"${dn === undefined ? "" : ` DN="${escapeAttr(dn)}"`}${s === undefined ? "" : ` S="${s}"`}/>`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** MsgId and AppRec Id must be UUIDs (messaging.md §2, §11.6; AppRec E10). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** An `xs:dateTime` lexical value (GenDate, IssueDate). */
export function isXsdDateTime(value: string): boolean {
  return DATE_TIME.test(value);
}
