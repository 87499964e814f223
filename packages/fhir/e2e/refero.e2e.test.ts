/**
 * End to end with the real renderer: builds a tiny Vite page that mounts `@helsenorge/refero` with the generated
 * Refero-dialect thermometer Questionnaire, opens it in headless Chromium (Debian's `chromium`, driven by
 * playwright-core), answers it like a patient, submits, and maps Refero's QuestionnaireResponse back through
 * `fromQuestionnaireResponse`. Skips, with the reason in the test name, where Chromium or this folder's
 * dependencies are missing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { THERMOMETER_LEGACY_FORM } from "@pakkeforlop-hjem/instruments";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fromQuestionnaireResponse, type Questionnaire, toQuestionnaire } from "../src/index.ts";

const here = dirname(fileURLToPath(import.meta.url));

function findChromium(): string | undefined {
  if (process.env["CHROMIUM_PATH"] !== undefined && existsSync(process.env["CHROMIUM_PATH"])) {
    return process.env["CHROMIUM_PATH"];
  }
  try {
    return (
      execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

const chromiumPath = findChromium();
const depsInstalled = existsSync(join(here, "node_modules", "@helsenorge", "refero"));
const skipReason =
  chromiumPath === undefined
    ? "SKIPPED: no chromium on PATH (apt-get install -y chromium)"
    : !depsInstalled
      ? "SKIPPED: e2e dependencies missing (pnpm --dir packages/fhir/e2e install --ignore-workspace --frozen-lockfile)"
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

describe.skipIf(skipReason !== undefined)(
  `@helsenorge/refero renders the Refero dialect${skipReason === undefined ? "" : ` (${skipReason})`}`,
  () => {
    type Browser = { newPage: () => Promise<import("playwright-core").Page>; close: () => Promise<void> };
    let browser: Browser;
    let server: { close: () => Promise<void>; resolvedUrls: { local: string[] } | null };
    let profile: string;

    beforeAll(async () => {
      const vite = await import("vite");
      await vite.build({ configFile: join(here, "vite.config.ts"), root: join(here, "page"), logLevel: "error" });
      server = await vite.preview({
        configFile: join(here, "vite.config.ts"),
        root: join(here, "page"),
        preview: { host: "127.0.0.1", port: 0 },
        logLevel: "error",
      });
      const { chromium } = await import("playwright-core");
      profile = mkdtempSync(join(tmpdir(), "refero-e2e-"));
      // A fresh profile directory: playwright passes it to Chromium as --user-data-dir.
      browser = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath as string,
        headless: true,
        args: FLAGS,
      });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (profile !== undefined) {
        rmSync(profile, { recursive: true, force: true });
      }
    });

    test("a patient answers the thermometer in Refero and the response maps back to the distress score", async () => {
      const file = join(here, "../../../schemas/fhir/refero/distress-thermometer-legacy.nb.json");
      const questionnaire = JSON.parse(readFileSync(file, "utf8")) as Questionnaire;
      expect(questionnaire).toEqual(toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "refero", lang: "nb" }));

      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const url = server.resolvedUrls?.local[0] as string;
      expect(url.startsWith("http://127.0.0.1:")).toBe(true);
      await page.goto(`${url}#distress-thermometer-legacy.nb`);

      // The slider is Refero's choice slider (0–10); it starts in the middle, two steps right is 7.
      const slider = page.locator("#item_distress-score");
      await slider.waitFor();
      await slider.focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      // enableWhen: the problem list shows once the score is answered.
      await page.locator('input[type=radio][name="problem%2Echild-care"][value="yes"]').check();
      await page.locator('input[type=radio][name="problem%2Esleep"][value="no"]').check();
      await page.locator("[data-testid=refero-submit-button]").click();
      await page.waitForFunction(() => (window as unknown as { __response?: unknown }).__response !== undefined);
      const response = await page.evaluate(() => (window as unknown as { __response?: unknown }).__response);

      // Refero writes the url without "|version".
      expect((response as { questionnaire?: string }).questionnaire).toBe(questionnaire.url);
      const r = fromQuestionnaireResponse(response, { questionnaire });
      if (!r.success) {
        throw new Error(r.error.message);
      }
      expect(r.data.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
      expect(r.data.answers).toEqual({ "distress-score": 7, "problem.child-care": "yes", "problem.sleep": "no" });
      expect(r.data.distress?.screening.score).toBe(7);
      expect(r.data.distress?.aboveThreshold).toBe(true);
      expect(errors).toEqual([]);
    });
  },
);

if (skipReason !== undefined) {
  test.skip(skipReason, () => undefined);
}
