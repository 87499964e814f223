/**
 * The web form in real headless Chromium (Debian's `chromium`, driven by playwright-core): builds the page with Vite,
 * serves it with `vite preview` on 127.0.0.1, fills the form like a clinician, submits with a required answer
 * missing, sees the Norwegian errors, fixes it, sees the epicrisis preview, and runs axe-core on both states.
 * Skips, with the reason in the test name, where Chromium is not installed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import type { PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function findChromium(): string | undefined {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv !== undefined && existsSync(fromEnv)) {
    return fromEnv;
  }
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const chromiumPath = findChromium();
const skipReason =
  chromiumPath === undefined
    ? "SKIPPED: no chromium on PATH (apt-get update && apt-get install -y chromium)"
    : undefined;

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

describe.skipIf(skipReason !== undefined)(
  `web form in headless Chromium${skipReason === undefined ? "" : ` (${skipReason})`}`,
  () => {
    let context: BrowserContext;
    let server: PreviewServer;
    let profile: string;
    let page: Page;
    const pageErrors: string[] = [];
    const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

    async function axe(): Promise<AxeViolation[]> {
      await page.addScriptTag({ content: axeSource });
      // A string, so this Node-side test needs no DOM types.
      const result = (await page.evaluate(
        "axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) })))",
      )) as AxeViolation[];
      return result;
    }

    const serious = (violations: readonly AxeViolation[]) =>
      violations.filter((v) => v.impact === "serious" || v.impact === "critical");

    beforeAll(async () => {
      const vite = await import("vite");
      const configFile = join(root, "vite.config.ts");
      await vite.build({ configFile, root, logLevel: "error" });
      server = await vite.preview({ configFile, root, preview: { host: "127.0.0.1", port: 0 }, logLevel: "error" });
      const { chromium } = await import("playwright-core");
      profile = mkdtempSync(join(tmpdir(), "web-form-e2e-"));
      // A fresh profile directory: playwright passes it to Chromium as --user-data-dir.
      context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath as string,
        headless: true,
        args: FLAGS,
      });
      page = await context.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
    });

    afterAll(async () => {
      await context?.close();
      await server?.close();
      if (profile !== undefined) {
        rmSync(profile, { recursive: true, force: true });
      }
    });

    test("the page is served on 127.0.0.1 and renders the form from the headless definition", async () => {
      const url = server.resolvedUrls?.local[0] as string;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      await page.goto(url);
      await expect(page.title()).resolves.toBe("Behovskartlegging, samhandlingspunkt 1");
      await page.getByRole("group", { name: /Ble samtalen gjennomført\?/ }).waitFor();
      // Conditional items are hidden until the answers enable them.
      expect(await page.getByLabel(/Hvor mye påkjenning/).count()).toBe(0);
    });

    test("submitting with a required answer missing shows Norwegian errors in a summary and beside the field", async () => {
      await page.getByRole("radio", { name: "Gjennomført" }).check();
      await page.getByLabel(/Hvordan ble samtalen holdt\?/).selectOption("in-person");
      await page
        .getByRole("group", { name: /Er pasienten barn eller voksen\?/ })
        .getByRole("radio", { name: "Voksen" })
        .check();
      await page.getByLabel(/Hvem svarer\?/).selectOption("patient");
      // Enabled by "completed": the thermometer, and its problem list once a score is given.
      await page.getByLabel(/Hvor mye påkjenning/).fill("6");
      await page.getByRole("group", { name: "Søvn" }).getByRole("radio", { name: "Ja" }).check();
      await page
        .getByRole("group", { name: /Har pasienten barn eller søsken/ })
        .getByRole("radio", { name: "Nei" })
        .check();
      await page
        .getByRole("group", { name: /Deling med kommunen/ })
        .getByRole("radio", { name: "Samtykket", exact: true })
        .check();
      // "Deling med fastlegen" is left unanswered.
      await page.getByRole("button", { name: "Kontroller og forhåndsvis" }).click();

      const summary = page.locator("#error-summary");
      await summary.waitFor({ state: "visible" });
      expect(await summary.getAttribute("role")).toBe("alert");
      expect(await summary.getAttribute("aria-live")).toBe("assertive");
      await expect(summary.locator("h2").textContent()).resolves.toBe("Skjemaet har 1 feil som må rettes");
      await expect(summary.locator("li").allTextContents()).resolves.toEqual(["Deling med fastlegen: må besvares"]);
      // Focus moves to the summary; its link leads to the field.
      expect(await page.evaluate("document.activeElement && document.activeElement.id")).toBe("error-summary");
      const group = page.getByRole("group", { name: /Deling med fastlegen/ });
      await expect(group.locator(".error").textContent()).resolves.toBe("må besvares");
      expect(await group.getAttribute("aria-describedby")).toContain("-error");
      await summary.getByRole("link").click();
      expect(await page.evaluate("document.activeElement && document.activeElement.id")).toBe("f-consent-gp--0");
      expect(await page.locator("#preview-section").isHidden()).toBe(true);
    });

    test("axe-core: no serious or critical violations with the errors shown", async () => {
      const violations = await axe();
      expect(serious(violations)).toEqual([]);
    });

    test("an out-of-range score is caught in the browser too", async () => {
      await page.getByLabel(/Hvor mye påkjenning/).fill("11");
      await page.getByRole("button", { name: "Kontroller og forhåndsvis" }).click();
      await expect(page.locator("#error-summary li").allTextContents()).resolves.toEqual([
        "Hvor mye påkjenning har du hatt den siste uka, i dag medregnet?: må være innenfor 0–10",
        "Deling med fastlegen: må besvares",
      ]);
      expect(await page.getByLabel(/Hvor mye påkjenning/).getAttribute("aria-invalid")).toBe("true");
      await page.getByLabel(/Hvor mye påkjenning/).fill("6");
    });

    test("fixing the answers shows the epicrisis preview built by answersToAssessment + renderEpicrisisText", async () => {
      await page
        .getByRole("group", { name: /Deling med fastlegen/ })
        .getByRole("radio", { name: "Samtykket", exact: true })
        .check();
      await page.getByRole("button", { name: "Legg til: tiltak" }).click();
      await page.getByLabel(/Beskrivelse/).fill("Henvisning til fysioterapeut.");
      await page
        .getByLabel(/Ansvarlig/)
        .first()
        .selectOption("municipal-service");
      await page
        .getByLabel(/^Status/)
        .last()
        .selectOption("planned");
      await page.getByRole("button", { name: "Kontroller og forhåndsvis" }).click();

      const preview = page.locator("#preview");
      await preview.waitFor({ state: "visible" });
      expect(await page.locator("#error-summary").isHidden()).toBe(true);
      const text = (await preview.textContent()) ?? "";
      expect(text).toContain("PAKKEFORLØP HJEM FOR PASIENTER MED KREFT");
      expect(text).toContain("Samhandlingspunkt 1");
      expect(text).toContain("Skår: 6 av 10");
      expect(text).toContain("Henvisning til fysioterapeut.");
      expect(text).toContain("Fastlegen: Samtykket");
      expect(await page.evaluate("document.activeElement && document.activeElement.id")).toBe("preview-heading");
      await expect(page.getByRole("status").textContent()).resolves.toContain("Skjemaet er gyldig");
    });

    test("axe-core: no serious or critical violations with the preview shown", async () => {
      const violations = await axe();
      expect(serious(violations)).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  },
);

if (skipReason !== undefined) {
  test.skip(skipReason, () => undefined);
}
