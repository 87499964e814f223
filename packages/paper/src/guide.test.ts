import { fc, test as propTest } from "@fast-check/vitest";
import { escapeXml } from "@pakkeforlop-hjem/epikrise";
import {
  FORMS,
  flattenItems,
  NEEDS_ASSESSMENT_SP1,
  NEEDS_ASSESSMENT_SP2,
  THERMOMETER_LEGACY_FORM,
} from "@pakkeforlop-hjem/instruments";
import { LANGS, TOPICS } from "@pakkeforlop-hjem/model";
import { AHUS_PROFILE, NATIONAL_PROFILE, PATHWAY_MARKING, TRONDELAG_PROFILE } from "@pakkeforlop-hjem/pathway";
import { describe, expect, test } from "vitest";
import { textIn } from "./conditions.ts";
import { renderConversationGuide } from "./guide.ts";

const cases = FORMS.flatMap((form) => LANGS.map((lang) => [`${form.id} in ${lang}`, form, lang] as const));

describe("renderConversationGuide", () => {
  test.each(cases)("%s: a whole page with every question and every option of the form", (_name, form, lang) => {
    const html = renderConversationGuide(form, { lang, profile: AHUS_PROFILE });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<h1>${escapeXml(textIn(form.title, lang))}</h1>`);
    for (const item of flattenItems(form.items)) {
      expect(html, item.linkId).toContain(escapeXml(textIn(item.text, lang)));
      if (item.type === "choice") {
        for (const o of item.answerOption ?? []) {
          expect(html, `${item.linkId}: ${o.code}`).toContain(escapeXml(textIn(o.display, lang)));
        }
      }
    }
  });

  test.each(LANGS.map((l) => [l]))("SP1 in %s: the topics, § 10a, consent, the thermometer and the marking", (lang) => {
    const html = renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang, profile: TRONDELAG_PROFILE });
    const table = html.slice(
      html.indexOf('<table class="status">'),
      html.indexOf("</table>", html.indexOf('<table class="status">')),
    );
    for (const key of TOPICS.codes) {
      expect(table, key).toContain(`<th scope="row">${escapeXml(TOPICS.entries[key][lang])}</th>`);
    }
    expect(table.match(/<tr>/g)).toHaveLength(TOPICS.codes.length + 1);
    expect(html).toContain("§ 10a");
    expect(html).toContain('<div class="thermo">');
    expect(html).toContain('<table class="matrix">');
    expect(html).toContain(`<p class="mark">${PATHWAY_MARKING}</p>`);
    expect(html).toContain(`<p class="region">${TRONDELAG_PROFILE.name}</p>`);
    for (const linkId of ["consent-municipality", "consent-gp", "has-minors", "minor-information-given"]) {
      const item = flattenItems(NEEDS_ASSESSMENT_SP1.items).find((i) => i.linkId === linkId);
      expect(html, linkId).toContain(escapeXml(textIn(item?.text, lang)));
    }
  });

  test.each([
    ["nb", "Besvares hvis «Ble samtalen gjennomført?» er «Takket nei»."],
    ["nn", "Svar berre dersom «Vart samtalen gjennomført?» er «Takka nei»."],
    ["en", "Answer only if “Did the conversation take place?” is “Declined”."],
  ] as const)("in %s, a question the screen may hide says when to answer it", (lang, want) => {
    expect(renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang })).toContain(want);
  });

  test("a condition that only asks for another answer (a note after a status) is not spelled out", () => {
    const html = renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang: "nb" });
    expect(html).not.toContain("«Status» er besvart");
    expect(html).toContain("Besvares hvis «Ble samtalen gjennomført?» ikke er «Gjennomført».");
  });

  test.each([
    [
      "SP1 with the søndre Trøndelag profile",
      NEEDS_ASSESSMENT_SP1,
      TRONDELAG_PROFILE,
      "Samhandlingspunkt 1 holdes på sykehuset. Gjennomføres av: lege, sykepleier, forløpskoordinator.",
    ],
    [
      "SP2 with the national profile",
      NEEDS_ASSESSMENT_SP2,
      NATIONAL_PROFILE,
      "Samhandlingspunkt 2 holdes i kommunen, 3–4 måneder etter diagnosedato.",
    ],
  ] as const)("%s says where, when and by whom", (_title, form, profile, want) => {
    expect(renderConversationGuide(form, { lang: "nb", profile })).toContain(want);
  });

  test("without a profile the page carries the pathway's marking only", () => {
    const html = renderConversationGuide(THERMOMETER_LEGACY_FORM, { lang: "en" });
    expect(html).not.toContain('class="region"');
    expect(html).not.toContain('class="where"');
    expect(html).toContain(`content:"${PATHWAY_MARKING}"`);
  });

  test("prints the chosen number of blank entries, never fewer than a group needs", () => {
    const html = renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang: "nb", entries: 1 });
    expect(html).toContain("Tiltak 1</p>");
    expect(html).not.toContain("Tiltak 2</p>");
    expect(html).toContain("Barn og søsken 1</p>");
  });

  test("makes no request: no scripts, links, images from elsewhere or CSS URLs, and a policy that forbids them", () => {
    for (const form of FORMS) {
      const html = renderConversationGuide(form, { profile: AHUS_PROFILE });
      expect(html).not.toMatch(/<script|\b(src|href)=|url\(|@import|https?:/i);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    }
  });

  test("is deterministic", () => {
    const once = renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang: "nn", profile: AHUS_PROFILE });
    expect(renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang: "nn", profile: AHUS_PROFILE })).toBe(once);
  });

  propTest.prop([fc.string({ maxLength: 60 })])(
    "a region name is text wherever it goes: escaped in the page, a CSS string in the footer",
    (name) => {
      const html = renderConversationGuide(THERMOMETER_LEGACY_FORM, { profile: { ...AHUS_PROFILE, name } });
      expect(html.match(/<\/style>/g)).toHaveLength(1);
      const style = html.slice(html.indexOf("<style>") + 7, html.indexOf("</style>"));
      expect(style).not.toMatch(/[<&]/);
      // The footer's CSS string reads back as the marking and the name.
      const literal = /@bottom-left\{content:("(?:[^"\\]|\\.)*")/.exec(style)?.[1] ?? "";
      const read = literal
        .slice(1, -1)
        .replace(/\\([0-9a-f]{1,6}) ?/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
      expect(read).toBe(name === "" ? PATHWAY_MARKING : `${PATHWAY_MARKING} · ${name}`);
      if (name !== "") {
        expect(html).toContain(`<p class="region">${escapeXml(name)}</p>`);
      }
    },
  );
});
