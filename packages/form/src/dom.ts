/** Tiny DOM builders: elements are made with `createElement` and attributes, never from HTML strings or styles. */

/** Attribute values; `undefined` and `false` leave the attribute out, `true` sets it empty. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;
/** Children; `undefined` and `false` are skipped. */
export type Kid = Node | string | undefined | false;

function apply<TElement extends Element>(e: TElement, attrs: Attrs, kids: readonly Kid[]): TElement {
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== false) {
      e.setAttribute(k, v === true ? "" : String(v));
    }
  }
  for (const kid of kids) {
    if (kid !== undefined && kid !== false) {
      e.append(kid);
    }
  }
  return e;
}

/** An HTML element. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...kids: Kid[]
): HTMLElementTagNameMap[K] {
  return apply(document.createElement(tag), attrs, kids);
}

/** An SVG element. */
export function svg(tag: string, attrs: Attrs = {}, ...kids: Kid[]): SVGElement {
  return apply(document.createElementNS("http://www.w3.org/2000/svg", tag), attrs, kids);
}
