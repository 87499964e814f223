/**
 * Issue 16 point 1: a profile never routes to something the SDK cannot send. Every built-in profile × sender system
 * × example assessment is routed; every delivery over Norsk Helsenett builds with the builder its `messageKind`
 * names, carries the pathway marking, and validates against the official KITH XSDs (one xmllint call through
 * `test/xsd.ts`; the XSDs are read from ../shared/standards/xsd beside the repository).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILT_IN_TEMPLATES, type DocumentTemplate, templateText } from "@pakkeforlop-hjem/epikrise";
import { type Assessment, cancelAssessment, isCancelled } from "@pakkeforlop-hjem/model";
import { BUILT_IN_PROFILES, type Delivery, GP_DECLINE_NOTICE, PATHWAY_MARKING, route } from "@pakkeforlop-hjem/pathway";
import { describe, expect, test } from "vitest";
import { envelope, loadExample, EXAMPLES as SHARED, testBuildOptions } from "../test/examples.ts";
import { xsdFailures, xsdSkipReason } from "../test/xsd.ts";
import { buildDeclineNotice } from "./build-decline-notice.ts";
import { buildHelsefagligDialog, themeOf } from "./build-dialog.ts";
import { buildEpikrise, buildEpikriseCorrection, buildTemplateEpikrise } from "./build-epikrise.ts";
import type { BuildOptions } from "./options.ts";

const EXAMPLES = [...SHARED, "sp1-declined"] as const;

/** Every sender system a built-in profile names, an unknown one, and none. */
const SENDERS = [
  undefined,
  "unknown-ehr",
  ...new Set(Object.values(BUILT_IN_PROFILES).flatMap((p) => p.messages.bySenderSystem.map((r) => r.system))),
];

const options: BuildOptions = testBuildOptions();

/** Builds a routed delivery with the builder its message kind names; fails the test for a kind nothing builds. */
function buildFor(a: Assessment, d: Delivery) {
  switch (d.messageKind) {
    case "helsefaglig-dialog":
      return buildHelsefagligDialog(a, d, envelope, options);
    case "epikrise":
      return buildEpikrise(a, d, envelope, options);
    case "dips-edi-template":
      return buildTemplateEpikrise(a, d, envelope, options);
    case GP_DECLINE_NOTICE:
      return buildDeclineNotice(a, d, envelope, options);
    default:
      throw new Error(`no builder for ${d.messageKind}`);
  }
}

describe("every built-in profile × sender system × delivery builds a marked, XSD-valid message (issue 16 point 1)", () => {
  const cases = Object.values(BUILT_IN_PROFILES).flatMap((profile) =>
    SENDERS.flatMap((sender) =>
      EXAMPLES.flatMap((name) => {
        const a = loadExample(name);
        const routed = route(a, profile, sender === undefined ? {} : { senderSystem: sender });
        return routed.deliveries
          .filter((d) => d.channel === "nhn")
          .map((d) => ({ label: `${profile.id}/${sender ?? "-"}/${name}/${d.recipient.kind}/${d.messageKind}`, a, d }));
      }),
    ),
  );

  test("the matrix covers every message kind a built-in profile routes to", () => {
    expect(new Set(cases.map((c) => c.d.messageKind))).toEqual(
      new Set(["helsefaglig-dialog", "epikrise", "dips-edi-template", GP_DECLINE_NOTICE]),
    );
    expect(cases.every((c) => !isCancelled(c.a))).toBe(true);
  });

  test.skipIf(xsdSkipReason !== "")(
    `every delivery builds, is marked and validates in one xmllint batch ${xsdSkipReason}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), "pfh-every-profile-"));
      try {
        const files = cases.map((c, i) => {
          const built = buildFor(c.a, c.d);
          expect(built.success, c.label).toBe(true);
          const xml = built.success ? built.data.xml : "";
          // The pathway marking and the interaction point (DOMAIN.md §6), in the header and the note.
          expect(xml, c.label).toContain(themeOf(c.d.interactionPoint));
          // Issue 17: the data attachment is part of what the XSDs check, except in the GP notice of a decline.
          expect(xml.includes('<MsgType V="A" DN="Vedlegg"/>'), c.label).toBe(c.d.messageKind !== GP_DECLINE_NOTICE);
          const file = join(dir, `${i}.xml`);
          writeFileSync(file, xml);
          return file;
        });
        expect(xsdFailures(files)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test("a DIPS document is the template's text in an Epikrise 1.2, under the template's headings", () => {
    const dips = cases.filter((c) => c.d.messageKind === "dips-edi-template");
    expect(dips.length).toBeGreaterThan(0);
    for (const c of dips) {
      const built = buildTemplateEpikrise(c.a, c.d, envelope, options);
      expect(built.success && built.data.msgType).toBe("EPIKRISE");
      const template = BUILT_IN_TEMPLATES[c.d.template as keyof typeof BUILT_IN_TEMPLATES] as DocumentTemplate;
      const xml = built.success ? built.data.xml : "";
      expect(xml).toContain(templateText(template.sections[1]?.heading ?? template.name, "nb").toUpperCase());
      // The document's first line is the pathway marking (DOMAIN.md §6), upper-cased as the text printer writes it.
      expect(xml).toContain(`<Description>${PATHWAY_MARKING.toUpperCase()}`);
    }
  });
});

describe("buildTemplateEpikrise", () => {
  const a = loadExample("sp1-consent-all");
  const [delivery] = route(a, BUILT_IN_PROFILES.ahus, { senderSystem: "dips" }).deliveries;
  const d = delivery as Delivery;

  test("takes a region's own template, and returns the lint's issues for one that fails it", () => {
    const own: DocumentTemplate = {
      ...BUILT_IN_TEMPLATES["sondre-trondelag-huskeliste"],
      id: "my-region",
    };
    const built = buildTemplateEpikrise(a, d, envelope, { ...options, template: own });
    expect(built.success && built.data.xml.includes("PUNKTENE FRA SAMTALEN")).toBe(true);
    const bad = buildTemplateEpikrise(a, d, envelope, { ...options, template: { ...own, sections: [] } });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error.issues[0]?.code).toBe("template_missing_section");
    }
  });

  test("refuses a delivery of another kind, and a template id that names no built-in template", () => {
    expect(() => buildTemplateEpikrise(a, { ...d, messageKind: "epikrise" }, envelope, options)).toThrow(
      /messageKind "dips-edi-template"/,
    );
    expect(() => buildTemplateEpikrise(a, { ...d, template: "nowhere" }, envelope, options)).toThrow(
      /delivery\.template/,
    );
  });

  test("a cancelled DIPS document is cancelled through the same template (ServType C), never sent as new", () => {
    const meta = { reason: "Feil pasient", by: "Siri Testsykepleier", at: "2026-03-11T09:00:00+01:00" };
    const cancelled = cancelAssessment(a, meta).assessment;
    expect(buildTemplateEpikrise(cancelled, d, envelope, options).success).toBe(false);
    const built = buildEpikriseCorrection(cancelled, d, envelope, options);
    expect(built.success && built.data.xml.includes('<ServType V="C" DN="Kansellering"/>')).toBe(true);
    expect(built.success && built.data.xml.includes("TILTAK OG VIDERE OPPFØLGING")).toBe(true);
    const bad = { ...options, template: { ...BUILT_IN_TEMPLATES["ahus-dips-regional"], sections: [] } };
    expect(() => buildEpikriseCorrection(cancelled, d, envelope, bad)).toThrow(/lintTemplate/);
  });

  test("prints only what the delivery's recipient may see", () => {
    const gpOnly = { ...d, leaveOut: ["topics" as const] };
    const built = buildTemplateEpikrise(a, gpOnly, envelope, options);
    const full = buildTemplateEpikrise(a, d, envelope, options);
    expect(built.success && full.success).toBe(true);
    if (built.success && full.success) {
      expect(built.data.xml.length).toBeLessThan(full.data.xml.length);
    }
  });
});
