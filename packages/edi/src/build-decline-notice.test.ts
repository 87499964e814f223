/**
 * Issue 16 part 2: a declined SP1 yields a sendable GP notice, a Helsefaglig dialog that is valid against the official
 * KITH XSDs (read from ../shared/standards/xsd beside the repository, via xmllint) and says nothing the patient did not
 * agree to share.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Assessment } from "@pakkeforlop-hjem/model";
import { BUILT_IN_PROFILES, NATIONAL_PROFILE, route } from "@pakkeforlop-hjem/pathway";
import { arbAssessment, fc } from "@pakkeforlop-hjem/test-utils";
import { deliveryFor } from "@pakkeforlop-hjem/test-utils/edi";
import { describe, expect, test } from "vitest";
import { envelope, loadExample, testBuildOptions } from "../test/examples.ts";
import { xsdFailures, xsdSkipReason } from "../test/xsd.ts";
import { buildDeclineNotice, declineNoticeText } from "./build-decline-notice.ts";

const declined = loadExample("sp1-declined");
const options = testBuildOptions();

describe("buildDeclineNotice", () => {
  test("every built-in profile routes a declined SP1 to one GP notice, and it builds", () => {
    for (const profile of Object.values(BUILT_IN_PROFILES)) {
      const { deliveries } = route(declined, profile, { senderSystem: "dips" });
      expect(deliveries.map((d) => d.messageKind)).toEqual(["gp-decline-notice"]);
      const built = buildDeclineNotice(declined, deliveries[0] as never, envelope, options);
      expect(built.success).toBe(true);
    }
  });

  test("says offered, declined, when, the re-offer date and whom to contact; nothing else", () => {
    const text = declineNoticeText(declined, { lang: "nb" });
    expect(text).toContain("takket nei 10.04.2026");
    expect(text).toContain("tilbys igjen fra 15.05.2026");
    expect(text).toContain(
      "Siri Testsykepleier, Sykehuset Innlandet HF, Kreftavdelingen, Gjøvik, telefon +47 61 13 40 00",
    );
    const outcome = declined.outcome as { reasonText?: string };
    for (const secret of [outcome.reasonText ?? "-", declined.diagnosis.text, declined.diagnosis.code, "not-now"]) {
      expect(text).not.toContain(secret);
    }
  });

  test.each(["nb", "nn", "en"] as const)("has a text in %s", (lang) => {
    expect(declineNoticeText(declined, { lang }).split("\n")).toHaveLength(4);
  });

  test("refuses another message kind and a conversation that was held", () => {
    const held = { ...declined, outcome: { status: "completed" } } as Assessment;
    expect(() => declineNoticeText(held)).toThrow(/declined/);
    expect(() => buildDeclineNotice(declined, deliveryFor(declined, "helsefaglig-dialog"), envelope, options)).toThrow(
      /gp-decline-notice/,
    );
  });

  test.skipIf(xsdSkipReason !== "")(
    "the example and 200 random declined SP1s build XSD-valid dialogs that hold back the reason",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "pfh-decline-"));
      try {
        const docs = [
          declined,
          ...fc
            .sample(arbAssessment(), { numRuns: 2000, seed: 16 })
            .filter((a) => a.outcome.status === "declined" && a.interactionPoint === 1)
            .slice(0, 200),
        ];
        expect(docs.length).toBeGreaterThan(50);
        const files = docs.flatMap((a, i) => {
          const notice = route(a, NATIONAL_PROFILE).deliveries.find((d) => d.rule === "gp-decline-notice");
          if (notice === undefined) {
            return [];
          }
          const built = buildDeclineNotice(a, notice, envelope, { ...options, validate: false, patientSex: "9" });
          if (!built.success) {
            throw new Error(`build failed: ${built.error.issues.map((x) => x.code).join(", ")}`);
          }
          // The note is exactly the notice text: no reason, no content of the conversation.
          const text = declineNoticeText(a, { phone: "+47 72 57 30 00" });
          const escaped = text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
          expect(built.data.xml).toContain(`<TekstNotatInnhold>${escaped}</TekstNotatInnhold>`);
          expect(built.data.xml).toContain("DIALOG_HELSEFAGLIG");
          const file = join(dir, `n${i}.xml`);
          writeFileSync(file, built.data.xml);
          return [file];
        });
        expect(files.length).toBeGreaterThan(50);
        expect(xsdFailures(files)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
