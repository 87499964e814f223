/**
 * The component's styles, adopted as a constructable stylesheet (no `<style>` element, no style attribute), so a
 * page with `style-src 'self'` needs no `unsafe-inline`. Themed with CSS custom properties; the defaults follow
 * Designsystemet's look (accent blue, danger red, 4px radius, 44px targets).
 */
const CSS = `:host{--_a:var(--pfh-color-accent,#0062ba);--_d:var(--pfh-color-danger,#b3261e);--_b:var(--pfh-color-border,#68707c);--_s:var(--pfh-color-surface,#fff);--_t:var(--pfh-color-text-subtle,#4b5563);--_l:var(--pfh-color-border-subtle,#d2d7de);--_r:var(--pfh-radius,4px);--_o:var(--pfh-color-on-accent,#fff);display:block;color:var(--pfh-color-text,#1e2b3c);font-family:var(--pfh-font-family,inherit);font-size:var(--pfh-font-size,1rem);line-height:1.5}h2,h3,p{margin:0 0 .5rem}fieldset{border:0;padding:0;min-width:0}legend{padding:0;font-weight:500;margin-bottom:.25rem}.grp{border-top:1px solid var(--_l);padding-top:1rem}.grp .grp{border-top:0;border-left:4px solid var(--_l);padding:0 0 0 1rem}fieldset,.field{margin:0 0 1.25rem}.field>label,.lbl{display:block;font-weight:500}.req,.hint{color:var(--_t)}.req{font-weight:400}.err{color:var(--_d);font-weight:500;margin:.25rem 0 0}.opt{display:flex;gap:.5rem;align-items:center;min-height:2.75rem}.inline .opts{display:flex;flex-wrap:wrap;column-gap:1.5rem}[type=radio],[type=checkbox]{width:1.25rem;height:1.25rem;margin:0;accent-color:var(--_a)}input:not([type=radio],[type=checkbox]),select,textarea{font:inherit;color:inherit;box-sizing:border-box;min-height:2.75rem;padding:.5rem .75rem;border:1px solid var(--_b);border-radius:var(--_r);background:var(--_s);max-width:100%}textarea,[type=text],[type=tel]{width:100%}[inputmode=numeric]{width:8rem}[aria-invalid=true]{border:2px solid var(--_d)!important}:focus-visible{outline:3px solid var(--pfh-color-focus,#1e2b3c);outline-offset:2px}button{font:inherit;min-height:2.75rem;padding:.5rem 1.25rem;border-radius:var(--_r);border:2px solid var(--_a);cursor:pointer}.pri{background:var(--_a);color:var(--_o);font-weight:500}.sec{background:var(--_s);color:var(--_a)}.entry{border:1px solid var(--_l);border-radius:var(--_r);padding:1rem;margin:0 0 .75rem}.sum{border:2px solid var(--_d);border-radius:var(--_r);background:var(--pfh-color-danger-surface,#fdf2f1);padding:1rem 1.25rem;margin:0 0 1.5rem}.sum ul{margin:.5rem 0 0;padding-left:1.25rem}.sum a{color:var(--_d)}.note{color:var(--_t);border-left:4px solid var(--_a);padding-left:.75rem}.sl{display:grid;grid-template-columns:auto 1fr;column-gap:1rem;margin:.5rem 0;max-width:28rem}.sl>[role=slider]{grid-row:span 2;cursor:pointer;border-radius:var(--_r);touch-action:none}.sl .lo{align-self:end}.thermo{display:block;width:9rem;height:17rem}.tube,.tick{stroke:var(--_b);stroke-width:2}.tube{fill:var(--_s)}.fill{fill:var(--pfh-color-thermometer,#c0392b)}.num{fill:currentColor;font-size:14px;text-anchor:middle;dominant-baseline:central}.mark{fill:var(--_a)}.clear{margin-top:.5rem}`;

let sheet: CSSStyleSheet | undefined;

/**
 * The shared stylesheet (made once per page).
 * @internal
 */
export function styleSheet(): CSSStyleSheet {
  if (sheet === undefined) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
