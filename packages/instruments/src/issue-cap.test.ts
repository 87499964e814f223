import { formatIssue, MAX_ISSUES } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import type { FormAnswers } from "./answers.ts";
import { DT_LEGACY } from "./dt-legacy.ts";
import { NEEDS_ASSESSMENT_SP1 } from "./forms.ts";
import { validateAnswers } from "./validate-answers.ts";
import { safeWithWording } from "./wording.ts";

describe("validateAnswers caps its issues (issue 21)", () => {
  test("500 unknown answers give MAX_ISSUES issues and one too_many_issues summary, in issues and messages", () => {
    const answers: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) {
      answers[`x${i}`] = i;
    }
    const r = validateAnswers(NEEDS_ASSESSMENT_SP1, answers as FormAnswers, { lang: "nn" });
    expect(r.success).toBe(false);
    if (r.success) {
      return;
    }
    expect(r.error.issues).toHaveLength(MAX_ISSUES + 1);
    expect(r.messages).toHaveLength(MAX_ISSUES + 1);
    const last = r.error.issues.at(-1);
    expect(last?.code).toBe("too_many_issues");
    expect(r.messages.at(-1)?.text).toContain("feil til er utelatne (grensa er 100)");
  });
});

describe("values from structural slots never reach a text raw (issue 21)", () => {
  test("an unknown item key of a loaded wording is named only when it is a plain token", () => {
    const items = Object.fromEntries(DT_LEGACY.items.map((it) => [it.code, { nb: "x" }]));
    const categories = Object.fromEntries(DT_LEGACY.categories.map((c) => [c.code, { nb: "x" }]));
    const wording = (extra: string) => ({
      instrument: { id: DT_LEGACY.id, version: DT_LEGACY.version },
      source: "Lisens",
      languages: ["nb" as const],
      categories,
      items: { ...items, [extra]: { nb: "x" } },
      other: { nb: "x" },
    });
    const token = safeWithWording(DT_LEGACY, wording("itching"));
    const personal = safeWithWording(DT_LEGACY, wording("Kari Nordmann\n15837210094"));
    const all = (r: typeof token) =>
      r.success ? "" : r.error.issues.map((i) => `${i.message} ${JSON.stringify(i)} ${formatIssue(i, "nb")}`).join();
    expect(all(token)).toContain("itching");
    expect(all(personal)).not.toMatch(/Kari|15837210094/);
    expect(all(personal)).toContain("(?)");
  });
});
