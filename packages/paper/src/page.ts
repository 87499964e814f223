/**
 * The printed page: one self-contained HTML document (inline CSS and SVG, no scripts, no external requests, a
 * Content-Security-Policy that forbids any), A4 with running footers that carry the pathway's marking (DOMAIN.md
 * §1), the region and the page number, and page breaks that keep a question with its answer space.
 */
import { escapeXml } from "@pakkeforlop-hjem/epikrise";
import type { Lang } from "@pakkeforlop-hjem/model";
import { PATHWAY_MARKING } from "@pakkeforlop-hjem/pathway";
import { TEXTS } from "./texts.ts";

/** A CSS string literal (quotes, backslashes and the characters that could end a `<style>` element escaped). */
const cssString = (s: string): string => `"${s.replace(/[\\"<>&\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

const CSS = `
@page{size:A4;margin:14mm 14mm 17mm}
*{box-sizing:border-box}
html{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;font-size:10pt;line-height:1.35;color:#000;background:#fff}
body{margin:0 auto;max-width:182mm;padding:0}
@media screen{body{padding:12mm 8mm}}
h1{font-size:17pt;margin:1mm 0 0}
h2{font-size:12.5pt;margin:5mm 0 2mm;padding-top:2mm;border-top:.6mm solid #000;break-after:avoid}
h3{font-size:10.5pt;margin:3mm 0 1mm;break-after:avoid}
p{margin:0 0 1.2mm}
.mark{font-weight:700;font-size:11pt;margin:0}
.region{margin:0;font-size:10pt}
.sub{font-size:12pt;margin:0 0 2mm}
.use,.where,.help,.cond,.hint{font-size:9pt}
.cond{font-style:italic}
.ident{display:grid;grid-template-columns:1fr 1fr 45mm;gap:2mm 5mm;margin:3mm 0 2mm;break-inside:avoid}
.ident .f{border-bottom:.3mm solid #000;min-height:9mm;font-size:8pt;padding-top:.5mm}
.ident .sticker{grid-column:3;grid-row:1/span 3;border:.3mm dashed #000;font-size:8pt;padding:1mm;min-height:30mm}
.q{break-inside:avoid;margin:0 0 3mm}
.qt{font-weight:700;margin-bottom:1mm}
.req{font-weight:400;font-size:9pt}
.opts{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1mm 6mm}
.opts.cols3{display:block;columns:3;column-gap:5mm}
.opts li{break-inside:avoid;margin:0 0 1mm}
.o,.x{display:inline-block;width:3.6mm;height:3.6mm;border:.3mm solid #000;vertical-align:-.6mm;margin-right:1.6mm}
.o{border-radius:50%}
.line{border-bottom:.3mm solid #000;height:7.5mm}
.line.short{width:45mm}
.ph{color:#777;font-size:8pt;display:inline-block;padding-top:3.5mm}
.box{display:inline-block;border:.3mm solid #000;width:18mm;height:7mm}
.entry{border:.3mm solid #000;padding:1.5mm 3mm 0;margin:0 0 2.5mm;break-inside:avoid;display:grid;grid-template-columns:1fr 1fr;column-gap:6mm;font-size:9pt}
.entry-h,.entry .wide,.entry .sub-grp{grid-column:1/-1}
.entry-h{font-weight:700}
.entry .q{margin-bottom:2mm}
.row{display:flex;align-items:flex-end;gap:2mm;flex-wrap:wrap}
.row .qt{margin:0}
.row .fill{flex:1;border-bottom:.3mm solid #000;min-width:25mm;height:6mm}
.row .help,.row .cond{flex-basis:100%}
.keep{break-inside:avoid}
.next{break-after:avoid}
.scale{list-style:none;margin:0;padding:0;display:flex;gap:3.2mm}
.scale li{text-align:center;font-size:9pt}
.scale .o{display:block;margin:0 auto .5mm}
.anchors{display:flex;justify-content:space-between;font-size:8.5pt;max-width:120mm}
.thermo{display:flex;gap:2mm;align-items:stretch;break-inside:avoid}
.dt>.q{float:left;width:42mm}
.dt>.pl{margin-left:47mm}
.dt::after{content:"";display:block;clear:both}
.dt .thermo{flex-direction:column}
.dt .thermo .ends{padding:0;gap:1mm}
.dt h3{margin-top:0}
.thermo svg{width:27mm;height:58mm;flex:none}
.thermo .ends{display:flex;flex-direction:column;justify-content:space-between;font-size:9pt;padding:2mm 0 9mm}
.matrices{columns:2;column-gap:5mm}
table.matrix{border-collapse:collapse;width:100%;table-layout:fixed;margin:0 0 3mm;break-inside:avoid;font-size:9pt}
.matrix caption{text-align:left;font-weight:700;padding-bottom:.5mm}
.matrix th,.matrix td{border-bottom:.2mm solid #999;padding:.6mm 1mm;text-align:left;font-weight:400}
.matrix tbody td{text-align:center}
.matrix thead th{font-size:8pt;border-bottom:.3mm solid #000;width:11mm;text-align:center}
.matrix thead td{border-bottom:.3mm solid #000}
table.status{border-collapse:collapse;width:100%;font-size:9pt}
.status th,.status td{border:.2mm solid #777;padding:.8mm 1mm;text-align:left;font-weight:400}
.status thead th{font-size:8pt;text-align:center;vertical-align:bottom}
.status td{text-align:center;width:17mm}
.status td.wide{width:auto;min-width:35mm}
.status th.wide{width:auto}
.status tbody tr{height:11.5mm;break-inside:avoid}
.status tbody th{font-weight:700;width:38mm}
.sign{display:grid;grid-template-columns:1fr 1fr;gap:5mm;margin-top:8mm;break-inside:avoid}
.sign .f{border-bottom:.3mm solid #000;min-height:10mm;font-size:8pt}
.record h1{font-size:15pt}
.record h2{font-size:12pt}
`;

/** What a printed page holds. */
export interface PrintPage {
  readonly lang: Lang;
  readonly title: string;
  /** The region's name (the profile), printed under the marking and in every page's footer. */
  readonly region: string | undefined;
  /** The body, already escaped HTML. */
  readonly body: string;
  readonly className?: string;
}

/**
 * The whole HTML document.
 * @internal
 */
export function printDocument(page: PrintPage): string {
  const t = TEXTS[page.lang];
  const footer = [PATHWAY_MARKING, page.region].filter((s) => s !== undefined && s !== "").join(" · ");
  const css = `${CSS}@page{@bottom-left{content:${cssString(footer)};font:7.5pt "Liberation Sans",Arial,sans-serif}@bottom-right{content:${cssString(`${t.page} `)} counter(page) ${cssString(` ${t.of} `)} counter(pages);font:7.5pt "Liberation Sans",Arial,sans-serif}}`;
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(page.title)}</title>
<style>${css}</style>
</head>
<body${page.className === undefined ? "" : ` class="${page.className}"`}>
${page.body}
</body>
</html>
`;
}

/**
 * The heading block every page starts with: the pathway's marking, the region and the title.
 * @internal
 */
export function pageHead(o: {
  readonly region: string | undefined;
  readonly title: string;
  readonly sub: string;
}): string {
  return `<header>
<p class="mark">${escapeXml(PATHWAY_MARKING)}</p>
${o.region === undefined ? "" : `<p class="region">${escapeXml(o.region)}</p>\n`}<h1>${escapeXml(o.title)}</h1>
<p class="sub">${escapeXml(o.sub)}</p>
</header>`;
}
