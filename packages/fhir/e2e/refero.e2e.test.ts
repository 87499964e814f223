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
import { type AssessmentContext, THERMOMETER_LEGACY_FORM } from "@pakkeforlop-hjem/instruments";
import type { Assessment } from "@pakkeforlop-hjem/model";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fromQuestionnaireResponse, type Questionnaire, toQuestionnaire } from "../src/index.ts";

const here = dirname(fileURLToPath(import.meta.url));

/** The generated Refero-dialect Questionnaire `schemas/fhir/refero/<name>.json`. */
const generated = (name: string): Questionnaire =>
  JSON.parse(readFileSync(join(here, `../../../schemas/fhir/refero/${name}.json`), "utf8")) as Questionnaire;

/** What the form does not ask, from a shipped example (synthetic test numbers allowed). */
const example = JSON.parse(
  readFileSync(join(here, "../../../examples/data/sp1-consent-all.json"), "utf8"),
) as Assessment;
const CONTEXT: AssessmentContext = {
  id: "refero-e2e",
  conductedAt: example.conductedAt,
  patient: example.patient,
  conductedBy: example.conductedBy,
  organisation: example.organisation,
  diagnosis: example.diagnosis,
  parseOptions: { allowTestNumbers: true },
};

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
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (profile !== undefined) {
        rmSync(profile, { recursive: true, force: true });
      }
    }, 60_000);

    type Page = import("playwright-core").Page;

    /** Opens a generated Questionnaire in Refero; page errors are collected. */
    async function open(name: string): Promise<{ page: Page; errors: string[] }> {
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.resolvedUrls?.local[0] as string}#${name}`);
      return { page, errors };
    }

    /**
     * Submits and returns Refero's QuestionnaireResponse as the host stores it: Refero leaves the status to the host
     * (research/fhir-refero.md §1.7), which marks a submitted response `completed`.
     */
    async function submit(page: Page): Promise<Record<string, unknown>> {
      await page.locator("[data-testid=refero-submit-button]").click();
      await page.waitForFunction(() => (window as unknown as { __response?: unknown }).__response !== undefined);
      const raw = (await page.evaluate(() => (window as unknown as { __response?: unknown }).__response)) as Record<
        string,
        unknown
      >;
      expect(["in-progress", "completed"]).toContain(raw["status"]);
      return { ...raw, status: "completed" };
    }

    /**
     * Types into a text field and leaves it: Refero stores a text answer on blur and after a debounce, so the field is
     * blurred and the debounce awaited before the next step (a submit right after typing raced it under load).
     */
    async function typeInto(page: Page, selector: string, text: string): Promise<void> {
      const field = page.locator(selector);
      await field.fill(text);
      await field.blur();
      // Refero stores a typed answer after a debounce; give it well past that before the next step.
      await page.waitForTimeout(1000);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }

    const radio = (page: Page, linkId: string, code: string) =>
      page.locator(`input[type=radio][name="${encodeURIComponent(linkId).replaceAll(".", "%2E")}"][value="${code}"]`);

    /** The answers every needs-assessment form requires of a conversation that took place. */
    async function requiredOnly(page: Page): Promise<void> {
      await radio(page, "outcome", "completed").check();
      await radio(page, "mode", "in-person").check();
      await radio(page, "patient-age-group", "adult").check();
      await radio(page, "respondent", "patient").check();
    }

    test.each([1, 2, 3] as const)(
      "SP%i in nb: answered where required only, submitted in Refero, imported as an assessment",
      async (ip) => {
        const name = `needs-assessment-sp${ip}.nb`;
        const questionnaire = generated(name);
        const { page, errors } = await open(name);
        await requiredOnly(page);
        const response = await submit(page);
        const r = fromQuestionnaireResponse(response, { questionnaire, context: CONTEXT });
        if (!r.success) {
          throw new Error(r.error.message);
        }
        expect(r.data.answers).toEqual({
          outcome: "completed",
          mode: "in-person",
          "patient-age-group": "adult",
          respondent: "patient",
        });
        const a = r.data.assessment as Assessment;
        expect(a.interactionPoint).toBe(ip);
        expect([a.outcome.status, a.mode, a.respondent]).toEqual(["completed", "in-person", "patient"]);
        expect([a.participants, a.measures, a.consent, a.children]).toEqual([[], [], [], undefined]);
        expect(errors).toEqual([]);
        await page.close();
      },
    );

    test("SP2 in nb: a patient without minors answers Nei, with a measure and consent; field by field", async () => {
      const name = "needs-assessment-sp2.nb";
      const questionnaire = generated(name);
      const { page, errors } = await open(name);
      await requiredOnly(page);
      await radio(page, "has-minors", "2").check();
      await typeInto(page, "#item_measure-description", "Kontakt med fysioterapeut");
      // More than six options: a drop-down.
      await page.locator("select#item_measure-responsible").selectOption("municipal-service");
      await radio(page, "measure-status", "planned").check();
      await radio(page, "consent-gp", "granted").check();
      await typeInto(page, "#item_notes", "Ingen merknader");
      const response = await submit(page);
      const r = fromQuestionnaireResponse(response, { questionnaire, context: CONTEXT });
      if (!r.success) {
        throw new Error(r.error.message);
      }
      expect(r.data.answers).toEqual({
        outcome: "completed",
        mode: "in-person",
        "patient-age-group": "adult",
        respondent: "patient",
        "has-minors": false,
        measures: [
          {
            "measure-description": "Kontakt med fysioterapeut",
            "measure-responsible": "municipal-service",
            "measure-status": "planned",
          },
        ],
        "consent-gp": "granted",
        notes: "Ingen merknader",
      });
      const a = r.data.assessment as Assessment;
      expect(a.children).toEqual({ hasMinorChildrenOrSiblings: false, minors: [] });
      expect(a.measures).toEqual([
        {
          id: "m1",
          description: "Kontakt med fysioterapeut",
          responsible: { kind: "municipal-service" },
          status: "planned",
        },
      ]);
      expect(a.consent.map((c) => [c.recipient, c.value])).toEqual([["gp", "granted"]]);
      expect(a.notes).toBe("Ingen merknader");
      expect(errors).toEqual([]);
      await page.close();
    });

    test.each([1, 2, 3] as const)(
      "SP%i in nb: a fuller answer set (thermometer, a topic, a minor with Ja/Nei, consent, next step), field by field",
      async (ip) => {
        const name = `needs-assessment-sp${ip}.nb`;
        const action = ip < 3 ? "next-interaction-point" : "pathway-complete";
        const questionnaire = generated(name);
        const { page, errors } = await open(name);
        await requiredOnly(page);
        // The slider starts in the middle; two steps right is 7.
        const slider = page.locator("#item_distress-score");
        await slider.focus();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        await radio(page, "problem.child-care", "yes").check();
        await radio(page, "topic.nutrition.status", "need").check();
        await radio(page, "has-minors", "1").check();
        await radio(page, "minor-relation", "child").check();
        await typeInto(page, "#item_minor-age", "9");
        await radio(page, "minor-information-given", "2").check();
        await radio(page, "consent-municipality", "granted").check();
        await radio(page, "next-step-action", action).check();
        const response = await submit(page);
        const r = fromQuestionnaireResponse(response, { questionnaire, context: CONTEXT });
        if (!r.success) {
          throw new Error(r.error.message);
        }
        expect(r.data.answers).toEqual({
          outcome: "completed",
          mode: "in-person",
          "patient-age-group": "adult",
          respondent: "patient",
          "distress-score": 7,
          "problem.child-care": "yes",
          "topic.nutrition.status": "need",
          "has-minors": true,
          minors: [{ "minor-relation": "child", "minor-age": 9, "minor-information-given": false }],
          "consent-municipality": "granted",
          "next-step-action": action,
        });
        const a = r.data.assessment as Assessment;
        expect([a.distress?.score, a.distress?.aboveThreshold]).toEqual([7, true]);
        expect(a.topics).toEqual({ nutrition: { status: "need" } });
        expect(a.children).toEqual({
          hasMinorChildrenOrSiblings: true,
          minors: [{ relation: "child", age: 9, informationGiven: false }],
        });
        expect(a.consent.map((c) => [c.recipient, c.value])).toEqual([["municipality", "granted"]]);
        expect(a.nextStep).toEqual(ip < 3 ? { action, interactionPoint: ip + 1 } : { action });
        expect(errors).toEqual([]);
        await page.close();
      },
    );

    test("SP1 in nb: a problem list without a score and a topic the patient asked for before the visit (issue 16)", async () => {
      const name = "needs-assessment-sp1.nb";
      const questionnaire = generated(name);
      const { page, errors } = await open(name);
      await requiredOnly(page);
      // No score: the problem list is shown all the same.
      await radio(page, "problem.sleep", "yes").check();
      // Refero's label covers the box; a forced click lands on the label, which ticks it.
      await page.locator('input[type=checkbox][value="nutrition"]').check({ force: true });
      await radio(page, "topic.nutrition.status", "need").check();
      const response = await submit(page);
      const r = fromQuestionnaireResponse(response, { questionnaire, context: CONTEXT });
      if (!r.success) {
        throw new Error(r.error.message);
      }
      expect(r.data.answers).toEqual({
        outcome: "completed",
        mode: "in-person",
        "patient-age-group": "adult",
        respondent: "patient",
        "problem.sleep": "yes",
        "wish-topics": ["nutrition"],
        "topic.nutrition.status": "need",
      });
      const a = r.data.assessment as Assessment;
      expect([a.distress?.score, a.distress?.aboveThreshold, a.distress?.items]).toEqual([
        undefined,
        undefined,
        [{ code: "sleep", value: "yes" }],
      ]);
      expect(a.topics).toEqual({ nutrition: { status: "need", raisedBy: "patient" } });
      expect(errors).toEqual([]);
      await page.close();
    });

    test("ESAS-r in nb: Refero's calculated total is the sum for one answer and for every answer", async () => {
      const name = "esas-r.nb";
      const questionnaire = generated(name);
      const symptoms = JSON.stringify(questionnaire.item)
        .match(/"linkId":"symptom\.[a-z-]+"/g)
        ?.map((m) => m.slice(10, -1)) as string[];
      expect(symptoms.length).toBe(9);
      type Item = { linkId: string; item?: Item[]; answer?: { valueInteger?: number; valueDecimal?: number }[] };
      const totalOf = (response: Record<string, unknown>): number | undefined => {
        const walk = (items: Item[] = []): Item[] => items.flatMap((i) => [i, ...walk(i.item)]);
        const a = walk(response["item"] as Item[]).find((i) => i.linkId === "total-score")?.answer?.[0];
        return a?.valueInteger ?? a?.valueDecimal;
      };
      for (const answered of [symptoms.slice(0, 1), symptoms]) {
        const { page, errors } = await open(name);
        for (const id of answered) {
          await page.locator(`[id="item_${id.replaceAll(".", "%2E")}"]`).focus();
          await page.keyboard.press("ArrowRight");
        }
        // Each slider starts in the middle (5); one step right is 6. Refero calculates the total as answers change.
        const sum = 6 * answered.length;
        await page.waitForFunction(
          (expected) => document.getElementById("item_total-score")?.textContent?.endsWith(String(expected)) === true,
          sum,
        );
        const response = await submit(page);
        const r = fromQuestionnaireResponse(response, { questionnaire });
        if (!r.success) {
          throw new Error(r.error.message);
        }
        expect(Object.keys(r.data.answers).length).toBe(answered.length);
        expect([totalOf(response), r.data.symptoms?.total]).toEqual([sum, sum]);
        expect(errors).toEqual([]);
        await page.close();
      }
    });

    test("SP3 in nb: a declined conversation with its reason", async () => {
      const name = "needs-assessment-sp3.nb";
      const questionnaire = generated(name);
      const { page, errors } = await open(name);
      await radio(page, "outcome", "declined").check();
      await radio(page, "decline-reason", "not-now").check();
      await radio(page, "mode", "phone").check();
      await radio(page, "patient-age-group", "adult").check();
      await radio(page, "respondent", "patient").check();
      const response = await submit(page);
      const r = fromQuestionnaireResponse(response, { questionnaire, context: CONTEXT });
      if (!r.success) {
        throw new Error(r.error.message);
      }
      expect(r.data.assessment?.outcome).toEqual({ status: "declined", reason: "not-now" });
      expect(errors).toEqual([]);
      await page.close();
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
      // The problem list is shown with or without a score (issue 16).
      await page.locator('input[type=radio][name="problem%2Echild-care"][value="yes"]').check();
      await page.locator('input[type=radio][name="problem%2Esleep"][value="no"]').check();
      const response = await submit(page);

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

    test.each([
      ["distress-thermometer-legacy.nb", "legacy"],
      ["distress-thermometer-revised.nb", "revised"],
    ] as const)(
      "%s: the patient's own thermometer without a number is submitted and read as unscored (issue 16)",
      async (name, edition) => {
        const questionnaire = generated(name);
        const { page, errors } = await open(name);
        await page.locator("#item_distress-score").waitFor();
        // The slider is left alone: the patient marks problems and declines the number.
        if (edition === "legacy") {
          await radio(page, "problem.child-care", "yes").check();
          await radio(page, "problem.sleep", "no").check();
        } else {
          // Refero's label covers the box; a forced click lands on the label, which ticks it.
          await page.locator('input[type=checkbox][value="loneliness"]').check({ force: true });
        }
        const response = await submit(page);
        const r = fromQuestionnaireResponse(response, { questionnaire });
        if (!r.success) {
          throw new Error(r.error.message);
        }
        expect(r.data.answers).toEqual(
          edition === "legacy"
            ? { "problem.child-care": "yes", "problem.sleep": "no" }
            : { "problems.emotional": ["loneliness"] },
        );
        const d = r.data.distress;
        expect([d?.scored, d?.aboveThreshold, d !== undefined && "score" in d.screening]).toEqual([
          false,
          undefined,
          false,
        ]);
        expect(d?.screening.items.map((i) => i.code)).toEqual(
          edition === "legacy" ? ["child-care", "sleep"] : ["loneliness"],
        );
        expect(errors).toEqual([]);
        await page.close();
      },
    );
  },
);

if (skipReason !== undefined) {
  test.skip(skipReason, () => undefined);
}
