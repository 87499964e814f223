/**
 * The event loop: one pass of the saxes streaming parser over a message (docs/architecture.md "Reading messages").
 * It keeps the element stacks of the {@link ReadState}, takes an element's value (its text, or the `V` attribute of
 * KITH date types), sends the events inside a note body to `body.ts`, and runs the readers' rules for every other
 * element. DOCTYPE (so every DTD, entity and XXE) and non-well-formed input end the pass with a {@link ReadStop}.
 */
import { SaxesParser } from "saxes";
import type { ParsedMessage } from "../parsed-message.ts";
import { ADDRESSING } from "./addressing.ts";
import { APPREC } from "./apprec.ts";
import { ATTACHMENTS } from "./attachments.ts";
import { bodyCdata, bodyText, closeInBody, openInBody } from "./body.ts";
import { checkMessage } from "./checks.ts";
import { DIALOGMELDING } from "./dialogmelding.ts";
import { EPIKRISE } from "./epikrise.ts";
import { finishMessage } from "./finish.ts";
import { ROOT_HEADER } from "./header.ts";
import { IDENTITY } from "./identity.ts";
import { MSGHEAD } from "./msghead.ts";
import {
  type CloseRule,
  cleanName,
  createState,
  type NamespaceDecls,
  NONE,
  namespaceOf,
  type Opening,
  type OpenRule,
  prefixOf,
  type Reader,
  type ReadState,
  ReadStop,
  top,
} from "./state.ts";

/**
 * The readers, in the order their rules run when several read an element of the same name: AppRec's own `Id` and
 * `MsgType` before an identifier's or a RefDoc's; an identifier's `Type` before a header's.
 */
const READERS: readonly Reader[] = [
  APPREC,
  ADDRESSING,
  IDENTITY,
  ROOT_HEADER,
  MSGHEAD,
  EPIKRISE,
  DIALOGMELDING,
  ATTACHMENTS,
];

function rulesOf<TRule>(pick: (r: Reader) => Readonly<Record<string, TRule>> | undefined): Map<string, TRule[]> {
  const rules = new Map<string, TRule[]>();
  for (const reader of READERS) {
    for (const [name, rule] of Object.entries(pick(reader) ?? {})) {
      rules.set(name, [...(rules.get(name) ?? []), rule]);
    }
  }
  return rules;
}

const ROOT = rulesOf<OpenRule>((r) => r.root);
const OPEN = rulesOf<OpenRule>((r) => r.open);
const CHILD = rulesOf<OpenRule>((r) => r.child);
const CLOSE = rulesOf<CloseRule>((r) => r.close);

/** KITH date types (`TS`, `DT`) may carry the value in `V` instead of the text (Epikrise, AppRec 1.0). */
const VALUE_IN_V: ReadonlySet<string> = new Set(["GenDate", "DateOfBirth", "IssueDate"]);

const localName = (qualified: string): string => {
  const i = qualified.indexOf(":");
  return i < 0 ? qualified : qualified.slice(i + 1);
};

/** The `xmlns`/`xmlns:p` declarations of a start tag, in a prototype-free record (a prefix may be `__proto__`). */
function declarations(attrs: Readonly<Record<string, string>>): NamespaceDecls | undefined {
  let decls: NamespaceDecls | undefined;
  for (const key in attrs) {
    if (key === "xmlns" || key.startsWith("xmlns:")) {
      decls ??= Object.create(null) as NamespaceDecls;
      decls[key === "xmlns" ? "" : key.slice(6)] = (attrs[key] as string).trim();
    }
  }
  return decls;
}

function run<TElement>(rules: readonly ((s: ReadState, el: TElement) => boolean)[], s: ReadState, el: TElement): void {
  for (const rule of rules) {
    if (rule(s, el)) {
      return;
    }
  }
}

/** The root decides the kind of message; an unknown root ends the pass. */
function openRoot(s: ReadState, el: Opening): void {
  const namespace = namespaceOf(s, prefixOf(el.qualified));
  s.message.namespace = namespace;
  if (!(ROOT.get(el.name) ?? []).some((rule) => rule(s, el))) {
    throw new ReadStop("unsupported_message", { element: cleanName(el.name, 40), namespace: cleanName(namespace, 80) });
  }
}

/** A start tag. */
export function openElement(s: ReadState, qualified: string, attrs: Readonly<Record<string, string>>): void {
  s.scopes.push(declarations(attrs));
  const name = localName(qualified);
  const depth = s.names.length;
  const parent = s.names[depth - 1];
  s.names.push(name);
  s.text = "";
  if (depth === 0) {
    openRoot(s, { name, qualified, attrs, depth, parent, holder: NONE, next: NONE });
    s.holders.push(NONE);
    return;
  }
  const holder = top(s);
  if (s.body !== undefined) {
    s.holders.push(holder);
    openInBody(s.body, name, attrs, depth);
    return;
  }
  if (VALUE_IN_V.has(name) && attrs["V"] !== undefined) {
    s.text = attrs["V"];
  }
  const el = { name, qualified, attrs, depth, parent, holder, next: holder };
  const rules = OPEN.get(name);
  if (rules !== undefined) {
    run(rules, s, el);
  }
  const childRules = parent === undefined ? undefined : CHILD.get(parent);
  if (childRules !== undefined) {
    run(childRules, s, el);
  }
  s.holders.push(el.next);
}

/** An end tag. */
export function closeElement(s: ReadState): void {
  const depth = s.names.length - 1;
  const name = s.names.pop() as string;
  const holder = s.holders.pop() ?? NONE;
  s.scopes.pop();
  if (s.body !== undefined) {
    closeInBody(s, s.body, name, depth);
    return;
  }
  const value = s.text.trim();
  s.text = "";
  const rules = CLOSE.get(name);
  if (rules !== undefined) {
    run(rules, s, { name, depth, parent: s.names[depth - 1], holder, value });
  }
}

/** Character data (`cdata: true` for a CDATA section). */
export function addText(s: ReadState, text: string, cdata: boolean): void {
  if (s.body === undefined) {
    s.text += text;
  } else if (cdata) {
    bodyCdata(s.body, text);
  } else {
    bodyText(s.body, text);
  }
}

/**
 * The message read from the end of a pass: the findings of `checks.ts` added, the drafts frozen. A pass that saw no
 * root (saxes reports that as an error first) ends as not XML.
 */
export function endOfMessage(s: ReadState, ownHerIds: readonly string[] | undefined): ParsedMessage {
  const m = s.message;
  if (m.kind === undefined) {
    throw new ReadStop("not_xml", { reason: "no root element" });
  }
  checkMessage(m, ownHerIds);
  return finishMessage({ ...m, kind: m.kind });
}

/** Reads a whole message in one pass. Throws {@link ReadStop} when it cannot be read at all. */
export function readXml(xml: string, ownHerIds: readonly string[] | undefined): ParsedMessage {
  const s = createState();
  const parser = new SaxesParser({ position: false, xmlns: false });
  parser.on("doctype", (dt) => {
    throw /<!ENTITY/i.test(dt) ? new ReadStop("entity_forbidden") : new ReadStop("doctype_forbidden");
  });
  // saxes' error text can quote names from the document, so only a fixed reason goes into the issue.
  parser.on("error", () => {
    throw new ReadStop("not_xml", { reason: "not well-formed" });
  });
  parser.on("opentag", (tag) => openElement(s, tag.name, tag.attributes));
  parser.on("closetag", () => closeElement(s));
  parser.on("text", (t) => addText(s, t, false));
  parser.on("cdata", (t) => addText(s, t, true));
  parser.write(xml).close();
  return endOfMessage(s, ownHerIds);
}
