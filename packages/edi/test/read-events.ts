/**
 * Test helpers for the readers in `src/read/`: small element trees fed as events to the event loop (no XML text, no
 * saxes), and a fast-check arbitrary of such trees over a reader's vocabulary for "never throws" properties.
 */
import { fc } from "@fast-check/vitest";
import type { ParsedMessage } from "../src/parsed-message.ts";
import { addText, closeElement, endOfMessage, openElement } from "../src/read/loop.ts";
import { createState, type Reader, type ReadState, ReadStop } from "../src/read/state.ts";

/** An element (name as written, with any prefix), character data, or a CDATA section. */
export type Node =
  | { readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly kids: readonly Node[] }
  | string
  | { readonly cdata: string };

/** An element with attributes and children. */
export const el = (name: string, attrs: Readonly<Record<string, string>> = {}, ...kids: Node[]): Node => ({
  name,
  attrs,
  kids,
});

/** Attributes as saxes gives them: a prototype-free record. */
function saxesAttrs(attrs: Readonly<Record<string, string>>): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(attrs)) {
    out[k] = v;
  }
  return out;
}

/** Feeds a tree to the loop as saxes would: start tag, children, end tag (iteratively, so trees may be deep). */
export function feed(s: ReadState, root: Node): void {
  const work: (Node | "end")[] = [root];
  while (work.length > 0) {
    const node = work.pop() as Node | "end";
    if (node === "end") {
      closeElement(s);
    } else if (typeof node === "string") {
      addText(s, node, false);
    } else if ("cdata" in node) {
      addText(s, node.cdata, true);
    } else {
      openElement(s, node.name, saxesAttrs(node.attrs));
      work.push("end");
      for (let i = node.kids.length - 1; i >= 0; i--) {
        work.push(node.kids[i] as Node);
      }
    }
  }
}

/** Reads a tree: the message, or the {@link ReadStop} that ended the pass. Any other exception propagates. */
export function readTree(
  root: Node,
  ownHerIds?: readonly string[],
): { readonly message?: ParsedMessage; readonly stop?: ReadStop; readonly state: ReadState } {
  const state = createState();
  try {
    feed(state, root);
    return { message: endOfMessage(state, ownHerIds), state };
  } catch (e) {
    if (e instanceof ReadStop) {
      return { stop: e, state };
    }
    throw e;
  }
}

/** Reads a tree that must be read; throws when the pass stopped. */
export function read(root: Node, ownHerIds?: readonly string[]): ParsedMessage {
  const r = readTree(root, ownHerIds);
  if (r.message === undefined) {
    throw new Error(`the pass stopped: ${r.stop?.code}`);
  }
  return r.message;
}

/** Every element name a reader has a rule for. */
export function vocabulary(reader: Reader): string[] {
  return [
    ...new Set([
      ...Object.keys(reader.root ?? {}),
      ...Object.keys(reader.open ?? {}),
      ...Object.keys(reader.close ?? {}),
      ...Object.keys(reader.child ?? {}),
    ]),
  ];
}

const ATTR_NAMES = ["V", "DN", "S", "OT", "class", "xmlns", "xmlns:fk1", "xmlns:__proto__", "xmlns:constructor"];
const PREFIXES = ["", "", "", "fk1:", "__proto__:", "constructor:", "x:"];

/**
 * Trees of the given element names (with odd prefixes) in any nesting, with arbitrary attributes, text and CDATA.
 * `roots` are the root elements to try.
 */
export function arbTree(names: readonly string[], roots: readonly Node[]): fc.Arbitrary<Node> {
  const text = fc.string({ maxLength: 12 });
  const attrs = fc.dictionary(fc.oneof(fc.constantFrom(...ATTR_NAMES), fc.string({ maxLength: 6 })), text, {
    maxKeys: 4,
  });
  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      text,
      text.map((cdata) => ({ cdata })),
      fc
        .record({
          prefix: fc.constantFrom(...PREFIXES),
          name: fc.constantFrom(...names),
          attrs,
          kids: fc.array(tie("node"), { maxLength: 4 }),
        })
        .map(({ prefix, name, attrs: a, kids }) => el(`${prefix}${name}`, a, ...kids)),
    ),
  }));
  return fc
    .tuple(fc.constantFrom(...roots), fc.array(node, { maxLength: 6 }))
    .map(([root, kids]) => (typeof root === "string" || "cdata" in root ? root : el(root.name, root.attrs, ...kids)));
}

/** Roots of the three kinds of message, in their namespaces. */
export const ROOTS: readonly Node[] = [
  el("MsgHead", { xmlns: "http://www.kith.no/xmlstds/msghead/2006-05-24" }),
  el("Message", { xmlns: "http://www.kith.no/xmlstds/epikrise/2012-02-15" }),
  el("Message", { xmlns: "http://www.kith.no/xmlstds/epikrise/2006-09-23" }),
  el("AppRec", { xmlns: "http://www.kith.no/xmlstds/apprec/2012-02-15" }),
];

/** Elements no rule reads but whose children are read by their parent's name (`MsgInfo/Type`, `HCP/Inst`, ...). */
export const STRUCTURE: readonly string[] = [
  "MsgHead",
  "AppRec",
  "MsgInfo",
  "Sender",
  "Receiver",
  "OtherReceiver",
  "HCP",
  "Content",
  "Dialogmelding",
  "ServRprt",
  "ServProvider",
  "Requester",
  "CopyDest",
  "Observation",
  "CodedDescr",
  "OriginalMsgId",
  "p",
  "br",
  "table",
  "tr",
  "td",
];
