/**
 * Issue 17 point 4: a conversation that was declined or not reached gets a short, honest summary (offered when,
 * declined why, re-offer when, whom to contact) instead of "not answered" under every heading (DOMAIN.md §1).
 */
import { fc, test as propTest } from "@fast-check/vitest";
import { type Assessment, LANGS, type Lang } from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import { loadExample } from "../scripts/gen.ts";
import { buildRenderTree } from "./build.ts";
import { formatDate, TEXT } from "./labels.ts";
import { renderEpicrisisText } from "./text.ts";
import { renderNoteXhtml } from "./xhtml.ts";

/** Only what a declined or unreached conversation must have: nothing else recorded. */
function bare(a: Assessment): Assessment {
  const { distress: _d, whatMatters: _w, children: _c, contactPoint: _p, nextStep: _n, notes: _o, ...rest } = a;
  return { ...rest, topics: {}, measures: [], consent: [] };
}

describe("a conversation that was not held (issue 17 point 4)", () => {
  test("the declined SP1 says offered when, declined why, re-offer when and whom to contact, and is short", () => {
    const text = renderEpicrisisText(loadExample("sp1-declined"), { lang: "nb" });
    expect(text).not.toContain("ikke besvart");
    expect(text).toContain("Utfall: Takket nei\nTilbudt: 10.04.2026, telefon\nGrunn: Ønsker ikke samtale nå\n");
    expect(text).toContain("Nytt tilbud: 15.05.2026\n");
    expect(text).toContain("Kontakt: Siri Testsykepleier, Sykepleier, Forløpskoordinator kreft, HPR 9144889,");
    expect(text).toContain("tlf. +47 61 13 40 00\nDeltakere: Pasienten\nIngen behovskartlegging ble gjort.\n");
    expect(text).not.toContain("TEMA I SAMTALEN");
    expect(text).not.toContain("HVEM DELTOK");
    expect(text.split("\n").length).toBeLessThan(25);
  });

  propTest.prop([
    fc.oneof(arbAssessment({ outcome: "declined" }), arbAssessment({ outcome: "not-reached" })),
    fc.constantFrom<Lang>(...LANGS),
  ])(
    "never 'not answered'; always the outcome, when, re-offer and contact; short when nothing else was recorded",
    (generated, lang) => {
      const T = (key: keyof typeof TEXT) => TEXT[key][lang];
      for (const a of [generated, bare(generated)]) {
        const text = renderEpicrisisText(a, { lang, width: 200 });
        const xhtml = renderNoteXhtml(a, { lang, includeData: false });
        for (const out of [text, xhtml]) {
          expect(out).not.toContain(T("notAnswered"));
          expect(out).toContain(`${T(a.outcome.status === "declined" ? "offered" : "tried")}:`);
          expect(out).toContain(T("noAssessment"));
        }
        expect(text).toContain(`\n${T("contact")}: `);
        const o = a.outcome as Exclude<Assessment["outcome"], { status: "completed" }>;
        const planned = a.nextStep?.action === "reoffer" ? a.nextStep.plannedOn : undefined;
        const reoffer = o.reofferOn ?? planned;
        // The agreed date, or "none agreed": never an invented one (DOMAIN.md §1; the pathway's re-offer action).
        expect(text).toContain(
          `${T("reofferOn")}: ${reoffer === undefined ? T("reofferNotSet") : formatDate(reoffer, lang)}\n`,
        );
        expect(buildRenderTree(a, { lang }).sections.some((s) => s.id === "participation")).toBe(false);
      }
      const short = renderEpicrisisText(bare(generated), { lang, width: 200 });
      expect(short.split("\n").length).toBeLessThanOrEqual(16);
    },
  );

  test("parts recorded anyway are printed, the unrecorded ones are not", () => {
    const a: Assessment = {
      ...loadExample("sp1-declined"),
      topics: { "mental-health": { status: "need" } },
    };
    const text = renderEpicrisisText(a, { lang: "nn" });
    expect(text).toContain("TEMA I SAMTALEN\nPsykisk helse: Teke opp, behov\n");
    expect(text).not.toContain("Familie og nettverk");
    expect(text).not.toContain("ikkje svart");
  });

  test("a re-offer planned in the next step counts; none agreed says so", () => {
    const declined = loadExample("sp1-declined");
    const o = declined.outcome as Extract<Assessment["outcome"], { status: "declined" }>;
    const { reofferOn: _, ...noDate } = o;
    const planned = renderEpicrisisText({ ...declined, outcome: noDate }, { lang: "en" });
    expect(planned).toContain("Offer again: 15 May 2026\n");
    const { nextStep: _n, ...none } = { ...declined, outcome: noDate };
    expect(renderEpicrisisText(none, { lang: "en" })).toContain("Offer again: not agreed, plan a new offer\n");
  });

  test("an interpreter needed for the new offer is said", () => {
    const a = loadExample("sp1-declined");
    const text = renderEpicrisisText({ ...a, patient: { ...a.patient, interpreterNeeded: true } }, { lang: "nb" });
    expect(text).toContain("Språk: norsk bokmål, behov for tolk\n");
  });
});
