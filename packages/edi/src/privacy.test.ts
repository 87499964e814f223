import { test as propTest } from "@fast-check/vitest";
import { type Assessment, amendAssessment, cancelAssessment, isRedacted } from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { arbEnvelope, deliveryFor, fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import { arbRedactionCase, fc } from "@pakkeforlop-hjem/test-utils/privacy";
import { describe, expect, test } from "vitest";
import { buildDialogCorrection, buildHelsefagligDialog } from "./build-dialog.ts";
import { buildEpikrise, buildEpikriseCorrection } from "./build-epikrise.ts";
import type { Envelope } from "./envelope.ts";
import { extractAssessment } from "./extract.ts";
import { parseMessage } from "./parse.ts";

const options = () => ({ ids: sequentialIds(), now: fixedNow(), patientSex: "9" as const });

describe("privacy per recipient in the messages (issue 9)", () => {
  propTest.prop([arbRedactionCase(), arbEnvelope(), fc.constantFrom("xhtml" as const, "text" as const)], {
    numRuns: 100,
  })(
    "no held-back value is in the Helsefaglig dialog or the Epikrise for the recipient; the carrier is a marked copy",
    (c, envelope, format) => {
      const dialog = buildHelsefagligDialog(
        c.assessment,
        { ...deliveryFor(c.assessment, "helsefaglig-dialog", { kind: "gp" }), withhold: c.withhold },
        envelope as Envelope,
        { ...options(), format },
      );
      const epikrise = buildEpikrise(
        c.assessment,
        { ...deliveryFor(c.assessment, "epikrise", { kind: "gp" }), withhold: c.withhold },
        envelope as Envelope,
        { ...options(), format },
      );
      for (const built of [dialog, epikrise]) {
        expect(built.success).toBe(true);
        if (!built.success) {
          return;
        }
        for (const s of c.hidden) {
          expect(built.data.xml).not.toContain(s);
        }
        const parsed = parseMessage(built.data.xml);
        expect(parsed.success).toBe(true);
        if (parsed.success && format === "xhtml") {
          const found = extractAssessment(parsed.data);
          expect(found.success && found.data !== null).toBe(true);
          if (found.success && found.data !== null) {
            expect(found.data.redacted).toBe(true);
            expect(isRedacted(found.data.assessment)).toBe(true);
          }
        }
      }
    },
  );
});

describe("corrections after sending (issue 9)", () => {
  const v1 = fc.sample(arbAssessment({ outcome: "completed" }), { numRuns: 1, seed: 21 })[0] as Assessment;
  const meta = { reason: "Feil registrert", by: "Kari Nordmann", at: "2099-01-01T10:00:00+01:00" };
  const envelope = fc.sample(arbEnvelope(), { numRuns: 1, seed: 22 })[0] as Envelope;
  const conversation = {
    refToParent: "11111111-1111-4111-8111-111111111111",
    refToConversation: "11111111-1111-4111-8111-111111111111",
  };

  test.each([
    ["a change", amendAssessment(v1, { notes: "Rettet notat" }, meta).assessment, "M", "Endring"],
    ["a cancellation", cancelAssessment(v1, meta).assessment, "C", "Kansellering"],
  ])("%s is an Epikrise with ServType %s and the same ServProvId", (_name, amended, v, dn) => {
    const built = buildEpikriseCorrection(amended, deliveryFor(amended, "epikrise"), envelope, options());
    expect(built.success).toBe(true);
    if (built.success) {
      expect(built.data.xml).toContain(`<ServRprt><ServType V="${v}" DN="${dn}"/>`);
      expect(built.data.xml).toContain(`<ServProvId>${v1.id}</ServProvId>`);
      expect(built.data.xml).toContain(meta.by);
    }
  });

  test("a correction is a Helsefaglig dialog reply in the same thread that says what was corrected", () => {
    const amended = amendAssessment(v1, { notes: "Rettet notat" }, meta).assessment;
    const built = buildDialogCorrection(
      amended,
      deliveryFor(amended, "helsefaglig-dialog"),
      { ...envelope, conversation },
      options(),
    );
    expect(built.success).toBe(true);
    if (built.success) {
      expect(built.data.xml).toContain(`<RefToParent>${conversation.refToParent}</RefToParent>`);
      expect(built.data.xml).toContain(`<DokIdNotat>${v1.id}</DokIdNotat>`);
      expect(built.data.xml).toContain("Versjon 2");
      expect(built.data.xml).toContain("notes");
      const parsed = parseMessage(built.data.xml);
      const found = parsed.success ? extractAssessment(parsed.data) : undefined;
      expect(found?.success && found.data?.assessment.amendments?.[0]?.paths).toEqual(["notes"]);
    }
  });

  test("a correction without an amendment or, for a dialog, without the thread, is misuse", () => {
    expect(() => buildEpikriseCorrection(v1, deliveryFor(v1, "epikrise"), envelope, options())).toThrow(/amendments/);
    const amended = cancelAssessment(v1, meta).assessment;
    const { conversation: _thread, ...noThread } = envelope;
    expect(() =>
      buildDialogCorrection(amended, deliveryFor(amended, "helsefaglig-dialog"), noThread, options()),
    ).toThrow(/conversation/);
  });
});
