/**
 * The conversation guide and the filled record on paper: printed to PDF by headless Chromium (A4), read back with
 * poppler's `pdfinfo`/`pdftotext` where installed (else the page count from the PDF itself and the text from the
 * page, and the test name says so). Every topic, the § 10a questions, consent and the marking must be on paper.
 * Skips, with the reason in the test name, where Chromium is not installed.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { flattenItems, NEEDS_ASSESSMENT_SP1, NEEDS_ASSESSMENT_SP2 } from "@pakkeforlop-hjem/instruments";
import { type Assessment, type Lang, TOPICS } from "@pakkeforlop-hjem/model";
import {
  AHUS_PROFILE,
  NATIONAL_PROFILE,
  PATHWAY_MARKING,
  type Profile,
  TRONDELAG_PROFILE,
} from "@pakkeforlop-hjem/pathway";
import { arbAssessment, fc } from "@pakkeforlop-hjem/test-utils";
import { launchChromium, NO_CHROMIUM } from "@pakkeforlop-hjem/test-utils/chromium";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderAssessmentRecord, renderConversationGuide } from "../src/index.ts";
import { TEXTS } from "../src/texts.ts";

/** Where the screenshots for the docs go (`PFH_SCREENSHOT_DIR`, else a temp dir). */
const SHOTS = process.env["PFH_SCREENSHOT_DIR"] ?? join(tmpdir(), "pfh-screenshots");

const has = (tool: string): boolean => {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const POPPLER = has("pdftotext") && has("pdfinfo");
const HOW = POPPLER ? "read back with pdftotext" : "pdftotext missing: text read from the page";

/** Text with runs of white space (line breaks inside table cells too) as one space. */
const flat = (s: string): string => s.replace(/\s+/g, " ");

describe.skipIf(NO_CHROMIUM !== undefined)(
  `paper through Chromium's print to PDF${NO_CHROMIUM === undefined ? ` (${HOW})` : ` (${NO_CHROMIUM})`}`,
  () => {
    let browser: Browser;
    let dir: string;

    beforeAll(async () => {
      browser = await launchChromium();
      dir = mkdtempSync(join(tmpdir(), "pfh-paper-"));
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      if (dir !== undefined) {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    /** Prints the HTML to an A4 PDF; returns the page count, the text on paper and the page (still open). */
    async function print(html: string, name: string): Promise<{ pages: number; text: string; page: Page }> {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith("data:") && r.url() !== "about:blank") {
          requests.push(r.url());
        }
      });
      await page.setContent(html, { waitUntil: "load" });
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
      expect(requests).toEqual([]);
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, pdf);
      if (!POPPLER) {
        await page.emulateMedia({ media: "print" });
        const text = await page.evaluate(() => document.body.textContent ?? "");
        return { pages: (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length, text, page };
      }
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info).toMatch(/Page size:.*\(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      return { pages, text: execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }), page };
    }

    const guides: readonly (readonly [Lang, Profile])[] = [
      ["nb", TRONDELAG_PROFILE],
      ["nn", AHUS_PROFILE],
      ["en", NATIONAL_PROFILE],
    ];

    test.each(guides.map(([lang, profile]) => [lang, profile.id, profile] as const))(
      "the SP1 guide in %s (%s) fits on a few A4 pages and every topic, § 10a, consent and the marking are on paper",
      async (lang, _id, profile) => {
        const { pages, text, page } = await print(
          renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang, profile }),
          `sp1-${lang}`,
        );
        expect(pages).toBeGreaterThanOrEqual(6);
        expect(pages).toBeLessThanOrEqual(10);
        const paper = flat(text);
        for (const key of TOPICS.codes) {
          expect(paper, key).toContain(TOPICS.entries[key][lang]);
        }
        const items = new Map(flattenItems(NEEDS_ASSESSMENT_SP1.items).map((i) => [i.linkId, i]));
        for (const linkId of [
          "children",
          "has-minors",
          "minor-information-given",
          "consent-municipality",
          "consent-gp",
        ]) {
          expect(paper, linkId).toContain(flat(items.get(linkId)?.text[lang] ?? "?"));
        }
        expect(paper).toContain("§ 10a");
        if (POPPLER) {
          // The footer of every page: the marking, the region and "page n of m".
          expect(paper.split(`${PATHWAY_MARKING} · ${profile.name}`).length - 1).toBe(pages);
          expect(paper).toContain(`${TEXTS[lang].page} ${pages} ${TEXTS[lang].of} ${pages}`);
        }
        if (lang === "nb") {
          mkdirSync(SHOTS, { recursive: true });
          await page.emulateMedia({ media: "print" });
          await page.setViewportSize({ width: 794, height: 1123 });
          await page.locator(".dt").screenshot({ path: join(SHOTS, "guide-thermometer.png") });
          await page.locator("table.status").screenshot({ path: join(SHOTS, "guide-topics.png") });
        }
        await page.close();
      },
    );

    test("the SP2 guide prints too (the municipality's conversation)", async () => {
      const { pages, text, page } = await print(renderConversationGuide(NEEDS_ASSESSMENT_SP2, { lang: "nb" }), "sp2");
      expect(pages).toBeGreaterThanOrEqual(6);
      expect(flat(text)).toContain("Behovskartlegging, samhandlingspunkt 2");
      await page.close();
    });

    test("a filled assessment prints for the paper record, with the patient's answers and lines to sign", async () => {
      const [assessment] = fc.sample(arbAssessment({ outcome: "completed" }), { numRuns: 1, seed: 18 }) as [Assessment];
      const { pages, text, page } = await print(
        renderAssessmentRecord(assessment, { lang: "nb", profile: AHUS_PROFILE }),
        "record",
      );
      expect(pages).toBeGreaterThanOrEqual(1);
      const paper = flat(text);
      expect(paper).toContain(PATHWAY_MARKING);
      expect(paper).toContain(flat(`${assessment.patient.name.given} ${assessment.patient.name.family}`));
      expect(paper).toContain(TEXTS.nb.enteredBy);
      await page.close();
    });
  },
);

if (NO_CHROMIUM !== undefined) {
  test.skip(NO_CHROMIUM, () => undefined);
}
