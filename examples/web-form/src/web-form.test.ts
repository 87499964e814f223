/**
 * The web form in real headless Chromium (Debian's `chromium`, driven by playwright-core): builds the page with Vite,
 * serves it with `vite preview` on 127.0.0.1, fills `<pfh-needs-assessment>` like a clinician, submits with a required
 * answer missing, sees the Norwegian errors, fixes it, sees the epicrisis preview, and runs axe-core on both states.
 * (The component under a strict CSP is tested in packages/form. This page also bundles the epikrise package for the
 * preview; its import of the model builds zod schemas at load, and zod then probes for eval, which a strict CSP
 * reports.) Skips, with the reason in the test name, where Chromium is not installed.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, NO_CHROMIUM } from "@pakkeforlop-hjem/test-utils/chromium";
import type { Browser, Page } from "playwright-core";
import type { PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

describe.skipIf(NO_CHROMIUM !== undefined)(
  `web form in headless Chromium${NO_CHROMIUM === undefined ? "" : ` (${NO_CHROMIUM})`}`,
  () => {
    let browser: Browser;
    let server: PreviewServer;
    let page: Page;
    const pageErrors: string[] = [];
    const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

    async function axe(): Promise<AxeViolation[]> {
      await page.evaluate(axeSource);
      return (await page.evaluate(
        "axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => ({ target: n.target })) })))",
      )) as AxeViolation[];
    }

    const focusedId = (): Promise<unknown> =>
      page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) {
          el = el.shadowRoot.activeElement;
        }
        return el?.id || el?.className;
      });

    beforeAll(async () => {
      const vite = await import("vite");
      const configFile = join(root, "vite.config.ts");
      await vite.build({ configFile, root, logLevel: "error" });
      server = await vite.preview({ configFile, root, preview: { host: "127.0.0.1", port: 0 }, logLevel: "error" });
      browser = await launchChromium();
      page = await browser.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test("the page is served on 127.0.0.1 and renders the form from the headless definition", async () => {
      const url = server.resolvedUrls?.local[0] as string;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      await page.goto(url);
      await expect(page.title()).resolves.toBe("Behovskartlegging – samhandlingspunkt 1");
      await expect(page.locator("pfh-needs-assessment h2").textContent()).resolves.toBe(
        "Behovskartlegging, samhandlingspunkt 1",
      );
      await page.getByRole("group", { name: /Ble samtalen gjennomført\?/ }).waitFor();
      // Conditional items are hidden until the answers enable them.
      expect(await page.getByRole("slider").count()).toBe(0);
      // The patient's age group comes from the EHR context.
      expect(await page.getByRole("radio", { name: "Voksen" }).isChecked()).toBe(true);
    });

    test("submitting with a required answer missing shows Norwegian errors in a summary and beside the field", async () => {
      await page.getByRole("radio", { name: "Gjennomført" }).check();
      await page.getByRole("radio", { name: "Fysisk oppmøte" }).check();
      // "Hvem svarer?" is left unanswered.
      // Enabled by "completed": the thermometer (a slider, by keyboard here), and its problem list once scored.
      await page.getByRole("slider", { name: /Hvor mye påkjenning/ }).focus();
      await page.keyboard.press("Home");
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press("ArrowUp");
      }
      await page.getByRole("group", { name: "Søvn" }).getByRole("radio", { name: "Ja" }).check();
      await page
        .getByRole("group", { name: /Har pasienten barn eller søsken/ })
        .getByRole("radio", { name: "Nei" })
        .check();
      await page
        .getByRole("group", { name: /Deling med kommunen/ })
        .getByRole("radio", { name: "Samtykket", exact: true })
        .check();
      await page
        .getByRole("group", { name: /Deling med fastlegen/ })
        .getByRole("radio", { name: "Samtykket", exact: true })
        .check();
      await page.getByRole("button", { name: "Kontroller og forhåndsvis" }).click();

      const summary = page.locator("pfh-needs-assessment .sum");
      await summary.waitFor({ state: "visible" });
      await expect(summary.locator("h3").textContent()).resolves.toBe("For å gå videre må du rette opp følgende feil:");
      await expect(summary.locator("li").allTextContents()).resolves.toEqual(["Hvem svarer? Må besvares"]);
      // Focus moves to the summary; its link leads to the field.
      expect(await focusedId()).toBe("sum");
      const group = page.getByRole("group", { name: /Hvem svarer\?/ });
      await expect(group.locator(".err").textContent()).resolves.toBe("Må besvares");
      expect(await group.getAttribute("aria-describedby")).toContain("-e");
      await summary.getByRole("link").click();
      expect(await focusedId()).toBe("f-respondent-0");
      expect(await page.locator("#preview-section").isHidden()).toBe(true);
    });

    test("axe-core: no violations with the errors shown", async () => {
      expect(await axe()).toEqual([]);
    });

    test("fixing the answers shows the epicrisis preview built by answersToAssessment + renderEpicrisisText", async () => {
      await page
        .getByRole("group", { name: /Hvem svarer\?/ })
        .getByRole("radio", { name: "Pasienten" })
        .check();
      await page.getByRole("button", { name: "Legg til: tiltak" }).click();
      await page.getByLabel(/Beskrivelse/).fill("Henvisning til fysioterapeut.");
      await page
        .getByLabel(/^Ansvarlig/)
        .first()
        .selectOption("municipal-service");
      await page
        .getByRole("group", { name: /^Status/ })
        .last()
        .getByRole("radio", { name: "Planlagt" })
        .check();
      await page.getByRole("button", { name: "Kontroller og forhåndsvis" }).click();

      const preview = page.locator("#preview");
      await preview.waitFor({ state: "visible" });
      expect(await page.locator("pfh-needs-assessment .sum").isHidden()).toBe(true);
      const text = (await preview.textContent()) ?? "";
      expect(text).toContain("PAKKEFORLØP HJEM FOR PASIENTER MED KREFT");
      expect(text).toContain("Samhandlingspunkt 1");
      expect(text).toContain("Skår: 6 av 10");
      expect(text).toContain("Henvisning til fysioterapeut.");
      expect(text).toContain("Fastlegen: Samtykket");
      expect(await focusedId()).toBe("preview-heading");
      await expect(page.getByRole("status").textContent()).resolves.toContain("Skjemaet er gyldig");
    });

    test("axe-core: no violations with the preview shown; no page error", async () => {
      expect(await axe()).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  },
);

if (NO_CHROMIUM !== undefined) {
  test.skip(NO_CHROMIUM, () => undefined);
}
