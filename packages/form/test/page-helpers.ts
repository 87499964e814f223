/**
 * Helpers the browser tests run against a page: what has focus (through the shadow root), the recorded events,
 * axe-core, and filling the focused control the way a user would.
 */
import type { Page } from "playwright-core";

/** The focused element, seen through shadow roots. */
export interface Focused {
  readonly tag: string;
  readonly id: string;
  readonly type: string;
  readonly role: string;
  readonly dataType: string;
  readonly label: string;
  readonly group: string;
  readonly className: string;
  readonly checked: boolean;
  readonly value: string;
  readonly valueNow: string;
  readonly valueText: string;
  readonly describedBy: string;
}

/** Describes the focused element (runs in the page). */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) {
      el = el.shadowRoot.activeElement;
    }
    const root = el?.getRootNode() as Document | ShadowRoot | undefined;
    const id = el?.id ?? "";
    const input = el as HTMLInputElement | null;
    const labelled = el?.getAttribute("aria-labelledby");
    const label =
      (labelled ? root?.getElementById(labelled)?.textContent : undefined) ??
      (id ? root?.querySelector(`label[for="${id}"]`)?.textContent : undefined) ??
      el?.textContent ??
      "";
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id,
      type: input?.type ?? "",
      role: el?.getAttribute("role") ?? "",
      dataType: (el as HTMLElement | null)?.dataset?.["t"] ?? "",
      label: label.trim(),
      group: el?.closest("fieldset")?.querySelector("legend")?.textContent?.trim() ?? "",
      className: typeof el?.className === "string" ? el.className : "",
      checked: input?.checked === true,
      value: input?.value ?? "",
      valueNow: el?.getAttribute("aria-valuenow") ?? "",
      valueText: el?.getAttribute("aria-valuetext") ?? "",
      describedBy: el?.getAttribute("aria-describedby") ?? "",
    };
  });
}

/** Events the component dispatched, in order. */
export function events(page: Page): Promise<{ type: string; detail: unknown }[]> {
  return page.evaluate(() => (window as unknown as { __events: { type: string; detail: unknown }[] }).__events);
}

/** CSP violations the page reported. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** One axe-core violation, short. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly string[];
}

/** Runs axe-core (loaded from the page's own origin, as the CSP requires) over the page and its shadow roots. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ url: "/axe.js" });
  }
  return page.evaluate(async () => {
    interface Result {
      violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
    }
    const run = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe.run;
    const r = await run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
}

/** Answers for text-like fields, in the page's language. */
const WORDS = { nb: "Trenger hjelp i hverdagen", nn: "Treng hjelp i kvardagen", en: "Needs help at home" } as const;

/**
 * Answers the focused control the way a user would: Space on a radio or checkbox (the first option), the first
 * option of a list, 5 on a slider (keys), and typed text, numbers, phone numbers and dates.
 */
export async function answerFocused(page: Page, lang: "nb" | "nn" | "en", known?: Focused): Promise<Focused> {
  const f = known ?? (await focused(page));
  const here = page.locator(`[id="${f.id}"]`);
  if (f.type === "radio" || f.type === "checkbox") {
    await page.keyboard.press("Space");
  } else if (f.tag === "select") {
    await here.selectOption({ index: 1 });
  } else if (f.role === "slider") {
    await page.keyboard.press("Home");
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("ArrowUp");
    }
  } else if (f.type === "date") {
    await here.fill("2026-04-20");
  } else if (f.type === "tel") {
    await here.fill("+47 22 33 44 55");
  } else if (f.dataType === "integer") {
    await here.fill("3");
  } else {
    await here.fill(WORDS[lang]);
  }
  return f;
}

/** After a submit: whether it went through, what has focus, the answers and the summary's links (one round trip). */
export function afterSubmit(page: Page): Promise<{
  submitted: boolean;
  focusedClass: string;
  answers: Record<string, unknown>;
  links: { text: string; target: string }[];
}> {
  return page.evaluate(() => {
    const host = document.querySelector("pfh-needs-assessment") as (HTMLElement & { answers: object }) | null;
    const root = host?.shadowRoot;
    const recorded = (window as unknown as { __events: { type: string }[] }).__events;
    return {
      submitted: recorded.some((e) => e.type === "submit"),
      focusedClass: (root?.activeElement as HTMLElement | null)?.className ?? "",
      answers: JSON.parse(JSON.stringify(host?.answers ?? {})),
      links: [...(root?.querySelectorAll<HTMLAnchorElement>(".sum a") ?? [])].map((a) => ({
        text: a.textContent ?? "",
        target: a.dataset["focus"] ?? "",
      })),
    };
  });
}
