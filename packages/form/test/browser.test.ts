/**
 * `<pfh-needs-assessment>` in real headless Chromium (Debian's `chromium`, driven by playwright-core), served under a
 * strict Content-Security-Policy: every shipped form in every language renders, shows the errors of the same
 * `validateAnswers` the server runs (summary focused, links to the fields, errors at the fields), is filled through
 * those links the way a user would, and submits what the SDK itself makes of the answers; axe-core finds nothing;
 * SP1 and the thermometer can be completed with the keyboard alone; the page reports no CSP violation.
 * Skips, with the reason in the test name, where Chromium is not installed.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  answersToAssessment,
  answersToDistress,
  answersToSymptoms,
  FORMS,
  type FormAnswers,
  type FormDefinition,
  validateAnswers,
} from "@pakkeforlop-hjem/instruments";
import { type Assessment, formatIssue, LANGS, type Lang, safeParseAssessment } from "@pakkeforlop-hjem/model";
import { launchChromium, NO_CHROMIUM } from "@pakkeforlop-hjem/test-utils/chromium";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { issueText } from "../src/answers.ts";
import { UI } from "../src/texts.ts";
import { CONTEXT } from "./browser/context.ts";
import { type PageServer, startPageServer } from "./browser-server.ts";
import { afterSubmit, answerFocused, axe, cspViolations, events, focused } from "./page-helpers.ts";

/** Where the screenshots for the docs go (`PFH_SCREENSHOT_DIR`, else a temp dir). */
const SHOTS = process.env["PFH_SCREENSHOT_DIR"] ?? join(tmpdir(), "pfh-screenshots");

describe.skipIf(NO_CHROMIUM !== undefined)(
  `<pfh-needs-assessment> in headless Chromium${NO_CHROMIUM === undefined ? "" : ` (${NO_CHROMIUM})`}`,
  () => {
    let browser: Browser;
    let context: BrowserContext;
    let server: PageServer;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      [server, browser] = await Promise.all([startPageServer(), launchChromium()]);
      context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(form: string, lang: Lang, query = ""): Promise<Page> {
      const page = await context.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") {
          pageErrors.push(m.text());
        }
      });
      await page.goto(`${server.url}/?form=${form}&lang=${lang}${query}`);
      await page.locator("pfh-needs-assessment h2").waitFor();
      return page;
    }

    const submitButton = (page: Page, lang: Lang) => page.getByRole("button", { name: UI[lang].submit, exact: true });
    const summary = (page: Page) => page.locator("pfh-needs-assessment .sum");

    /** What the SDK makes of the answers in Node: the detail the element must have sent. */
    function expectedDetail(form: FormDefinition, answers: FormAnswers): unknown {
      if (form.kind === "needs-assessment") {
        const r = answersToAssessment(form, answers, CONTEXT);
        expect(r.success).toBe(true);
        return r.success ? { kind: form.kind, answers, assessment: r.data } : undefined;
      }
      if (form.kind === "distress-thermometer") {
        const r = answersToDistress(form, answers);
        return r.success ? { kind: form.kind, answers, distress: r.data } : undefined;
      }
      const r = answersToSymptoms(form, answers);
      return r.success ? { kind: form.kind, answers, symptoms: r.data } : undefined;
    }

    /**
     * The messages the element must list: `validateAnswers`'s, and, for a stand-alone thermometer it accepts, what
     * `answersToDistress` refuses (nothing answered at all; the number itself is optional, issue 16).
     */
    function expectedMessages(
      form: FormDefinition,
      answers: FormAnswers,
      lang: Lang,
    ): readonly { readonly text: string; readonly path: readonly (string | number)[] }[] {
      const checked = validateAnswers(form, answers, { lang });
      if (!checked.success) {
        return checked.messages;
      }
      const r = form.kind === "distress-thermometer" ? answersToDistress(form, answers) : undefined;
      return r === undefined || r.success
        ? []
        : r.error.issues.map((i) => ({ text: formatIssue(i, lang), path: i.path }));
    }

    /** Submits; on errors follows the first link of the summary and answers that field; until it submits. */
    async function completeThroughErrors(page: Page, form: FormDefinition, lang: Lang): Promise<number> {
      for (let round = 1; round <= 40; round++) {
        await submitButton(page, lang).click();
        const state = await afterSubmit(page);
        if (state.submitted) {
          return round;
        }
        // The summary has focus and lists exactly the issues validateAnswers finds, with the same texts.
        expect(state.focusedClass).toContain("sum");
        const messages = expectedMessages(form, state.answers as FormAnswers, lang);
        expect(messages.length).toBeGreaterThan(0);
        expect(
          state.links.map((l, i) => l.text.endsWith(` ${issueText(messages[i]?.text ?? "", messages[i]?.path ?? [])}`)),
        ).toEqual(messages.map(() => true));
        // The link leads to the field; the field is described by its error text.
        await summary(page).getByRole("link").first().click();
        const at = await focused(page);
        expect(at.id).toBe(state.links[0]?.target);
        expect(at.describedBy).toMatch(/-e\b/);
        await answerFocused(page, lang, at);
      }
      throw new Error(`${form.id} (${lang}) did not submit after 40 rounds`);
    }

    async function roundTrip(form: FormDefinition, lang: Lang): Promise<void> {
      const page = await open(form.id, lang);
      await expect(page.locator("pfh-needs-assessment h2").textContent()).resolves.toBe(form.title[lang]);
      expect(await summary(page).isHidden()).toBe(true);
      if (form.kind === "symptom-scale") {
        // Every symptom is optional (a row of 0–10 radio buttons); another problem without its score is an error.
        await page.getByRole("radio", { name: "7", exact: true }).first().check();
        await page.locator('[id="f-symptom-other-text"]').fill({ nb: "Svimmel", nn: "Svimmel", en: "Dizzy" }[lang]);
      }
      await submitButton(page, lang).click();
      await summary(page).waitFor({ state: "visible" });
      await expect(summary(page).locator("h3").textContent()).resolves.toBe(UI[lang].summary);
      expect((await events(page)).map((e) => e.type)).toContain("invalid");
      if (form.id === "needs-assessment-sp1" && lang === "nb") {
        mkdirSync(SHOTS, { recursive: true });
        await summary(page).screenshot({ path: join(SHOTS, "form-error-summary.png") });
      }
      expect(await axe(page)).toEqual([]);

      const rounds = await completeThroughErrors(page, form, lang);
      expect(rounds).toBeGreaterThan(1);
      expect(await summary(page).isHidden()).toBe(true);
      const sent = (await events(page)).filter((e) => e.type === "submit");
      expect(sent).toHaveLength(1);
      const detail = sent[0]?.detail as { answers: FormAnswers; assessment?: Assessment };
      expect(detail).toEqual(expectedDetail(form, detail.answers));
      if (detail.assessment !== undefined) {
        // The lean validator (the model's precompiled one) accepts what the element sent.
        expect(safeParseAssessment(detail.assessment, { allowTestNumbers: true }).success).toBe(true);
      }
      expect(await axe(page)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    }

    test.each(FORMS.map((f) => [f.id, f] as const))(
      "%s in nb, nn and en: renders, shows the errors, is filled through them, submits; axe and CSP clean",
      async (_id, form) => {
        await Promise.all(LANGS.map((lang) => roundTrip(form, lang)));
        expect(pageErrors).toEqual([]);
      },
    );

    test("a saved draft and the patient's pre-visit answers fill the form, and the form says so", async () => {
      const page = await open("needs-assessment-sp1", "nb", "&prefill=1");
      await expect(page.locator("pfh-needs-assessment .note").textContent()).resolves.toBe(UI.nb.preVisit);
      expect(await page.getByRole("radio", { name: "Video" }).isChecked()).toBe(true);
      expect(await page.getByRole("slider").getAttribute("aria-valuenow")).toBe("6");
      expect(await page.getByRole("group", { name: "Søvn" }).getByRole("radio", { name: "Ja" }).isChecked()).toBe(true);
      expect(await page.locator('[id="f-other-concerns"]').inputValue()).toBe("Sover dårlig");
      const answers = await page.evaluate(
        () => (document.querySelector("pfh-needs-assessment") as unknown as { answers: unknown }).answers,
      );
      expect(answers).toMatchObject({
        outcome: "completed",
        "distress-score": 6,
        "problem.sleep": "yes",
        "wish-topics": ["nutrition"],
      });
      // Issue 16: the topics the patient asked for before the visit are pre-selected.
      const wishes = page.getByRole("group", { name: /Hva ba pasienten om å snakke om/ });
      expect(await wishes.getByRole("checkbox", { name: "Ernæring" }).isChecked()).toBe(true);
      // Declining hides the thermometer; its answers stay in the draft but are not sent.
      await page.getByRole("radio", { name: "Takket nei" }).check();
      const changes = (await events(page)).filter((e) => e.type === "change");
      expect(changes.at(-1)?.detail).not.toHaveProperty("distress-score");
      await page.getByRole("radio", { name: "Gjennomført" }).check();
      expect(await page.getByRole("slider").getAttribute("aria-valuenow")).toBe("6");
      await page.close();
    });

    test("the problem list is answered without a score, and the assessment keeps it (issue 16)", async () => {
      const page = await open("needs-assessment-sp1", "nb");
      await page.getByRole("radio", { name: "Gjennomført" }).check();
      const sleep = page.getByRole("group", { name: "Søvn" }).getByRole("radio", { name: "Ja" });
      await sleep.check();
      expect(await page.getByRole("slider").getAttribute("aria-valuenow")).toBe("0");
      const answers = await page.evaluate(
        () => (document.querySelector("pfh-needs-assessment") as unknown as { answers: unknown }).answers,
      );
      expect(answers).toMatchObject({ outcome: "completed", "problem.sleep": "yes" });
      expect(answers).not.toHaveProperty("distress-score");
      await page.close();
    });

    test("without the EHR context a needs assessment is not sent: the summary says the record's details are missing", async () => {
      const page = await open("needs-assessment-sp1", "nn", "&context=none&prefill=1");
      await page.getByRole("radio", { name: "Vaksen" }).check();
      await page
        .getByRole("group", { name: /Har pasienten born/ })
        .getByRole("radio", { name: "Nei" })
        .check();
      for (const name of [/Deling med kommunen/, /Deling med fastlegen/]) {
        await page.getByRole("group", { name }).getByRole("radio", { name: "Samtykt", exact: true }).check();
      }
      await submitButton(page, "nn").click();
      await expect(summary(page).locator("li").allTextContents()).resolves.toEqual([UI.nn.context]);
      const invalid = (await events(page)).filter((e) => e.type === "invalid").at(-1)?.detail as {
        issues: { code: string }[];
      };
      expect(invalid.issues.map((i) => i.code)).toEqual(["missing_context"]);
      expect((await events(page)).some((e) => e.type === "submit")).toBe(false);
      await page.close();
    });

    test("the CSP is enforced: a page that sets an inline style is reported (the recorder works)", async () => {
      const page = await context.newPage();
      await page.goto(`${server.url}/probe`);
      await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^style-src-attr /)]);
      await page.close();
    });

    test("a text field's limit counts code points, as validateAnswers does: an emoji fits at the limit, one more mark does not", async () => {
      const page = await open("needs-assessment-sp1", "nb");
      await page.getByRole("radio", { name: "Gjennomført" }).check();
      await page.getByRole("button", { name: "Legg til: tiltak" }).click();
      const field = page.locator('[id="f-measures__0__measure-description"]');
      const max = Number(await field.getAttribute("data-max"));
      expect(max).toBeGreaterThan(2);
      expect(await field.getAttribute("maxlength"), "no UTF-16 maxlength").toBeNull();
      const codePoints = async () => Array.from(await field.inputValue()).length;
      const answer = () =>
        page.evaluate(
          () =>
            (document.querySelector("pfh-needs-assessment") as unknown as { answers: Record<string, unknown[]> })
              .answers["measures"]?.[0],
        );

      await field.fill("a".repeat(max - 1));
      await field.press("End");
      await page.keyboard.type("😀"); // 2 UTF-16 units, 1 code point: fits
      expect(await field.inputValue()).toBe(`${"a".repeat(max - 1)}😀`);
      await page.keyboard.type("b"); // one code point too many: refused, as maxlength refuses
      expect(await codePoints()).toBe(max);
      expect(await field.inputValue()).toBe(`${"a".repeat(max - 1)}😀`);

      await field.fill("a".repeat(max - 2));
      await field.press("End");
      await page.keyboard.type("e\u0301"); // e and a combining acute: 2 code points, fits exactly
      await page.keyboard.type("\u0301"); // a third mark: refused
      expect(await field.inputValue()).toBe(`${"a".repeat(max - 2)}e\u0301`);

      await field.fill(`${"😀".repeat(max)}xyz`); // pasted too long: cut to the limit, whole code points only
      expect(await field.inputValue()).toBe("😀".repeat(max));
      await expect.poll(answer).toMatchObject({ "measure-description": "😀".repeat(max) });
      await submitButton(page, "nb").click();
      const invalid = (await events(page)).filter((e) => e.type === "invalid").at(-1)?.detail as
        | { issues: { code: string }[] }
        | undefined;
      expect(invalid?.issues.map((i) => i.code) ?? []).not.toContain("text_too_long");
      await page.close();
    });

    test("SP1 in bokmål can be completed with the keyboard alone", async () => {
      const page = await open("needs-assessment-sp1", "nb");
      const tabTo = async (match: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string) => {
        for (let i = 0; i < 300; i++) {
          await page.keyboard.press("Tab");
          if (match(await focused(page))) {
            return;
          }
        }
        throw new Error(`Tab never reached ${what}`);
      };
      const radio = (group: RegExp) => (f: Focused) => f.type === "radio" && group.test(f.group);
      await page.locator("body").focus();
      await tabTo(radio(/Ble samtalen gjennomført/), "outcome");
      await page.keyboard.press("Space"); // Gjennomført
      await tabTo(radio(/Hvordan ble samtalen holdt/), "mode");
      await page.keyboard.press("ArrowRight"); // Video
      await tabTo(radio(/Hvem svarer/), "respondent");
      await page.keyboard.press("Space"); // Pasienten
      await tabTo((f) => f.role === "slider", "the thermometer");
      expect((await focused(page)).valueText).toBe("ikke besvart");
      await page.keyboard.press("End");
      expect((await focused(page)).valueNow).toBe("10");
      await page.keyboard.press("PageDown");
      await page.keyboard.press("ArrowDown");
      const slider = await focused(page);
      expect([slider.valueNow, slider.valueText]).toEqual(["7", "7"]);
      await tabTo(radio(/^Søvn$/), "the problem 'sleep'");
      await page.keyboard.press("Space"); // Ja
      await tabTo(radio(/Har pasienten barn eller søsken under 18 år/), "§ 10a");
      await page.keyboard.press("ArrowRight"); // Nei
      await tabTo((f) => f.tag === "button" && /^Legg til: tiltak$/.test(f.label), "add a measure");
      await page.keyboard.press("Enter");
      expect((await focused(page)).id).toBe("f-measures__0__measure-description");
      await page.keyboard.type("Henvisning til fysioterapeut.");
      await tabTo((f) => f.tag === "select" && /Ansvarlig/.test(f.label), "measure responsible");
      await page.keyboard.press("ArrowDown"); // Sykehuset
      await tabTo(radio(/^Status/), "measure status");
      await page.keyboard.press("Space"); // Planlagt
      await tabTo(radio(/Deling med kommunen/), "consent municipality");
      await page.keyboard.press("Space"); // Samtykket
      await tabTo(radio(/Deling med fastlegen/), "consent GP");
      await page.keyboard.press("Space");
      await tabTo((f) => f.tag === "button" && f.label === "Fullfør", "submit");
      await page.keyboard.press("Enter");
      const sent = (await events(page)).filter((e) => e.type === "submit");
      expect(sent).toHaveLength(1);
      const a = (sent[0]?.detail as { assessment: Assessment } | undefined)?.assessment as Assessment;
      expect(a.distress?.score).toBe(7);
      expect(a.distress?.aboveThreshold).toBe(true);
      expect(a.mode).toBe("video");
      expect(a.children?.hasMinorChildrenOrSiblings).toBe(false);
      expect(a.measures.map((m) => [m.description, m.responsible.kind, m.status])).toEqual([
        ["Henvisning til fysioterapeut.", "hospital", "planned"],
      ]);
      mkdirSync(SHOTS, { recursive: true });
      await page
        .getByRole("slider")
        .locator("xpath=ancestor::div[contains(@class,'field')][1]")
        .screenshot({ path: join(SHOTS, "form-thermometer.png") });
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    });

    test("the thermometer works as a slider by keyboard: arrows, Page Up/Down, Home, End, Delete", async () => {
      const page = await open("distress-thermometer-legacy", "nn");
      const slider = page.getByRole("slider", { name: /påkjenning/ });
      await slider.focus();
      const state = async () => [
        await slider.getAttribute("aria-valuenow"),
        await slider.getAttribute("aria-valuetext"),
      ];
      expect(await slider.getAttribute("aria-valuemin")).toBe("0");
      expect(await slider.getAttribute("aria-valuemax")).toBe("10");
      await expect(state()).resolves.toEqual(["0", "ikkje svart"]);
      await page.keyboard.press("ArrowUp");
      await expect(state()).resolves.toEqual(["0", expect.stringMatching(/^0: /)]);
      await page.keyboard.press("PageUp");
      await page.keyboard.press("ArrowRight");
      await expect(state()).resolves.toEqual(["3", "3"]);
      await page.keyboard.press("End");
      await expect(state()).resolves.toEqual(["10", expect.stringMatching(/^10: /)]);
      await page.keyboard.press("Home");
      await expect(state()).resolves.toEqual(["0", expect.stringMatching(/^0: /)]);
      await page.keyboard.press("Delete");
      await expect(state()).resolves.toEqual(["0", "ikkje svart"]);
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press("ArrowUp");
      }
      await expect(state()).resolves.toEqual(["4", "4"]);
      // Answer one problem and submit with Enter on the button.
      await page.getByRole("group", { name: "Søvn" }).getByRole("radio", { name: "Ja" }).focus();
      await page.keyboard.press("Space");
      await page.getByRole("button", { name: "Fullfør" }).focus();
      await page.keyboard.press("Enter");
      const sent = (await events(page)).filter((e) => e.type === "submit");
      const detail = sent[0]?.detail as { distress: { screening: { score: number; aboveThreshold: boolean } } };
      expect([detail.distress.screening.score, detail.distress.screening.aboveThreshold]).toEqual([4, true]);
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    });
  },
);

type Focused = Awaited<ReturnType<typeof focused>>;

if (NO_CHROMIUM !== undefined) {
  test.skip(NO_CHROMIUM, () => undefined);
}
