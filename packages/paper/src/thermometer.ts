/**
 * The distress thermometer on paper (DOMAIN.md §3): a drawn thermometer with the levels 0–10, each with a circle to
 * mark, and the words at the ends. Inline SVG, so the page needs nothing from elsewhere.
 */
import { escapeXml } from "@pakkeforlop-hjem/epikrise";

/**
 * The thermometer as HTML (an SVG drawing plus the end texts).
 * @internal
 */
export function paperThermometer(o: {
  readonly min: number;
  readonly max: number;
  readonly low: string;
  readonly high: string;
}): string {
  const levels: string[] = [];
  for (let v = o.min; v <= o.max; v++) {
    const y = 232 - ((v - o.min) * 200) / (o.max - o.min);
    levels.push(
      `<line x1="68" x2="78" y1="${y}" y2="${y}" stroke="#000" stroke-width="2"/>` +
        `<text x="96" y="${y + 5}" font-size="15" text-anchor="middle" font-family="Liberation Sans, Arial, sans-serif">${v}</text>` +
        `<circle cx="124" cy="${y}" r="7.5" fill="none" stroke="#000" stroke-width="1.6"/>`,
    );
  }
  return `<div class="thermo"><svg viewBox="0 0 140 300" role="img" aria-label="${escapeXml(`${o.min}–${o.max}`)}">
<rect x="40" y="12" width="28" height="244" rx="14" fill="#fff" stroke="#000" stroke-width="2"/>
<circle cx="54" cy="268" r="24" fill="#fff" stroke="#000" stroke-width="2"/>
${levels.join("\n")}
</svg><div class="ends"><span>${o.max}: ${escapeXml(o.high)}</span><span>${o.min}: ${escapeXml(o.low)}</span></div></div>`;
}
