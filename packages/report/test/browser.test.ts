/**
 * The report page in headless Chromium (issue 18 point 3): it renders in nb, nn and en with every chart drawn, logs
 * no console error, makes no request (the page's Content-Security-Policy forbids any, and none is tried), and axe
 * finds nothing. The nb page's first section is the picture in the docs (`PFH_SCREENSHOT_DIR`, else a temp dir).
 * Skips, with the reason in the test name, where Chromium is not installed.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "@pakkeforlop-hjem/model";
import { AHUS_PROFILE } from "@pakkeforlop-hjem/pathway";
import { launchChromium, NO_CHROMIUM } from "@pakkeforlop-hjem/test-utils/chromium";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createReportAggregator, MEASURES, renderReportHtml, reportFigures } from "../src/index.ts";
import { reportLines } from "./generate.ts";

const SHOTS = process.env["PFH_SCREENSHOT_DIR"] ?? join(tmpdir(), "pfh-screenshots");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The figures of 1200 generated patients of the Ahus pilots and beside them. */
function figures() {
  const aggregator = createReportAggregator({ profile: AHUS_PROFILE });
  let n = 0;
  for (const line of reportLines({ patients: 1200, seed: 3 })) {
    aggregator.add(line, ++n);
  }
  return reportFigures(aggregator.finish());
}

describe.skipIf(NO_CHROMIUM !== undefined)(
  `the report page in Chromium${NO_CHROMIUM === undefined ? "" : ` (${NO_CHROMIUM})`}`,
  () => {
    let browser: Browser;
    const data = figures();

    beforeAll(async () => {
      browser = await launchChromium();
      mkdirSync(SHOTS, { recursive: true });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
    });

    test.each(["nb", "nn", "en"] as const)(
      "%s: renders every chart, no console error, no request, axe clean",
      async (lang: Lang) => {
        const html = await renderReportHtml(data, { lang, madeOn: "2024-01-15" });
        expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
        const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
        const errors: string[] = [];
        const requests: string[] = [];
        page.on("console", (m) => {
          if (m.type() === "error" || m.type() === "warning") {
            errors.push(m.text());
          }
        });
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("request", (r) => {
          if (r.url() !== "about:blank" && !r.url().startsWith("data:")) {
            requests.push(r.url());
          }
        });
        await page.setContent(html, { waitUntil: "load" });
        expect(await page.locator("section").count()).toBe(MEASURES.length);
        expect(await page.locator("section svg").count()).toBe(MEASURES.length * 2);
        const drawn = await page
          .locator("section svg")
          .evaluateAll((svgs) =>
            svgs.map((s) => s.getBoundingClientRect().width > 100 && s.querySelectorAll("path, rect").length > 3),
          );
        expect(drawn.every(Boolean)).toBe(true);
        expect(
          await page.getByText(lang === "nn" ? "skjerma" : lang === "en" ? "suppressed" : "skjermet").count(),
        ).toBeGreaterThan(0);
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          interface Result {
            violations: { id: string; nodes: { target: unknown }[] }[];
          }
          const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<Result> } }).axe;
          const r = await axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`);
        });
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
        if (lang === "nb") {
          const box = (await page.locator("section").first().boundingBox()) as { y: number; height: number };
          await page.screenshot({
            path: join(SHOTS, "report-overview.png"),
            fullPage: true,
            clip: { x: 0, y: 0, width: 1100, height: Math.ceil(box.y + box.height) },
          });
        }
        await page.close();
      },
      120_000,
    );
  },
);
