import { fc, test as propTest } from "@fast-check/vitest";
import { cancelAssessment, isCancelled } from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, route, TRONDELAG_PROFILE } from "@pakkeforlop-hjem/pathway";
import { deliveryFor, ENVELOPE, fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { buildDialogCorrection, buildHelsefagligDialog } from "./build-dialog.ts";
import { buildEpikrise, buildEpikriseCorrection } from "./build-epikrise.ts";
import type { Envelope } from "./envelope.ts";

const envelope = ENVELOPE as Envelope;
const opts = () => ({ ids: sequentialIds(), now: fixedNow(), note: { text: "Annullert" } });
const meta = (minutes: number) => ({
  reason: "Feil pasient",
  by: "Kari Nordmann",
  at: new Date(Date.parse("2025-02-03T09:00:00Z") + minutes * 60_000).toISOString().replace(".000Z", "Z"),
});
const a = assessmentFixture({ municipalityConsent: "granted" });
const cancelled = cancelAssessment(a, meta(60)).assessment;
const thread = {
  refToParent: "00000000-0000-4000-8000-00000000000a",
  refToConversation: "00000000-0000-4000-8000-00000000000a",
};
const codes = (r: { success: boolean; error?: { issues: readonly { code: string }[] } }) =>
  r.success ? [] : (r.error?.issues.map((i) => i.code) ?? []);

describe("a cancelled assessment is sent only as a cancellation (issue 21)", () => {
  test("buildEpikrise and buildHelsefagligDialog refuse it with assessment_cancelled", () => {
    expect(codes(buildEpikrise(cancelled, deliveryFor(cancelled, "epikrise"), envelope, opts()))).toEqual([
      "assessment_cancelled",
    ]);
    expect(
      codes(buildHelsefagligDialog(cancelled, deliveryFor(cancelled, "helsefaglig-dialog"), envelope, opts())),
    ).toEqual(["assessment_cancelled"]);
  });

  test("buildEpikriseCorrection sends it as ServType C; buildDialogCorrection as a reply in the thread", () => {
    const epikrise = buildEpikriseCorrection(cancelled, deliveryFor(cancelled, "epikrise"), envelope, opts());
    expect(epikrise.success && epikrise.data.xml).toContain('<ServType V="C" DN="Kansellering"/>');
    const dialog = buildDialogCorrection(
      cancelled,
      deliveryFor(cancelled, "helsefaglig-dialog"),
      { ...envelope, conversation: thread },
      opts(),
    );
    expect(dialog.success).toBe(true);
  });

  test("a delivery route marked as a cancellation notice is refused by the builders of new messages", () => {
    const { deliveries } = route(cancelled, NATIONAL_PROFILE, { senderSystem: "doculive" });
    expect(deliveries.length).toBeGreaterThan(0);
    for (const d of deliveries) {
      expect(d.notice).toBe("cancellation");
      expect(codes(buildEpikrise(a, d, envelope, opts()))).toEqual(["assessment_cancelled"]);
    }
  });

  test("route withholds the patient letter of a cancelled assessment and marks the national messages", () => {
    const before = route(a, TRONDELAG_PROFILE, { senderSystem: "helseplattformen" });
    const after = route(cancelled, TRONDELAG_PROFILE, { senderSystem: "helseplattformen" });
    const nhn = (r: typeof before) => r.deliveries.filter((d) => d.channel === "nhn").map((d) => d.recipient.kind);
    expect(nhn(after)).toEqual(nhn(before));
    expect(after.deliveries.every((d) => d.channel === "nhn" && d.notice === "cancellation")).toBe(true);
    expect(before.deliveries.some((d) => d.notice !== undefined)).toBe(false);
    if (before.deliveries.some((d) => d.messageKind === "patient-letter")) {
      expect(after.withheld.map((w) => w.reason)).toContain("cancelled");
    }
  });

  propTest.prop([fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 100_000 })], { numRuns: 50 })(
    "after any history of changes ending in a cancellation, only the correction builders send it",
    (changes, gap) => {
      let doc = a;
      for (let i = 0; i < changes; i++) {
        doc = { ...doc, notes: `Versjon ${i + 2}` };
        doc = {
          ...doc,
          amendments: [...(doc.amendments ?? []), { kind: "change", ...meta(gap + i), paths: ["notes"] }],
        };
      }
      doc = cancelAssessment(doc, meta(gap + changes)).assessment;
      expect(isCancelled(doc)).toBe(true);
      expect(codes(buildEpikrise(doc, deliveryFor(doc, "epikrise"), envelope, opts()))).toEqual([
        "assessment_cancelled",
      ]);
      expect(codes(buildHelsefagligDialog(doc, deliveryFor(doc, "helsefaglig-dialog"), envelope, opts()))).toEqual([
        "assessment_cancelled",
      ]);
      const c = buildEpikriseCorrection(doc, deliveryFor(doc, "epikrise"), envelope, opts());
      expect(codes(c)).toEqual([]);
    },
  );
});
