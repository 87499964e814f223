/** Issue 19: a sealed assessment (model `sealAssessment`) is not validated again by the builders. */

import { arbAssessment, fc } from "@pakkeforlop-hjem/test-utils";
import { deliveryFor, ENVELOPE, fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test, vi } from "vitest";

const model = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@pakkeforlop-hjem/model", async (importOriginal) => {
  const real = await importOriginal<typeof import("@pakkeforlop-hjem/model")>();
  return {
    ...real,
    assessmentIssues: (...args: Parameters<typeof real.assessmentIssues>) => {
      model.calls++;
      return real.assessmentIssues(...args);
    },
  };
});

const { sealAssessment } = await import("@pakkeforlop-hjem/model");
const { buildHelsefagligDialog } = await import("./build-dialog.ts");
type Envelope = import("./envelope.ts").Envelope;

const opts = () => ({ ids: sequentialIds(), now: fixedNow(), note: { text: "Notat" } });
const build = (a: ReturnType<typeof assessmentFixture>) =>
  buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), ENVELOPE as Envelope, opts());

describe("buildHelsefagligDialog and sealed assessments", () => {
  test("a sealed assessment builds the same message without a second validation", () => {
    const plain = assessmentFixture({ municipalityConsent: "granted" });
    model.calls = 0;
    const fromPlain = build(plain);
    expect(model.calls).toBe(1);
    const sealed = sealAssessment(structuredClone(plain));
    expect(sealed.success).toBe(true);
    model.calls = 0;
    if (!sealed.success) {
      throw new Error("not sealed");
    }
    const fromSealed = build(sealed.data as typeof plain);
    expect(model.calls).toBe(0);
    expect(fromSealed).toEqual(fromPlain);
  });

  test("an unsealed or forged assessment is still validated", () => {
    const broken = { ...assessmentFixture({ municipalityConsent: "granted" }), mode: "telepathy" } as never;
    model.calls = 0;
    const r = build(broken);
    expect(model.calls).toBe(1);
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(["invalid_value"]);
  });

  test("generated assessments with synthetic test numbers seal and build only where test numbers are allowed", () => {
    // The edi bench's samples: test numbers of the patient's own birth date (test-utils `testNumbers`).
    fc.assert(
      fc.property(arbAssessment({ outcome: "completed", testNumbers: true }), (a) => {
        const delivery = deliveryFor(a, "helsefaglig-dialog");
        const sealed = sealAssessment(structuredClone(a), { allowTestNumbers: true });
        expect(sealed.success).toBe(true);
        if (!sealed.success) {
          return;
        }
        model.calls = 0;
        const test = buildHelsefagligDialog(sealed.data, delivery, ENVELOPE as Envelope, {
          ...opts(),
          allowTestNumbers: true,
        });
        expect(test.success).toBe(true);
        expect(model.calls).toBe(0);
        // A production build does not take the test environment's proof: it validates again and refuses the number.
        const production = buildHelsefagligDialog(sealed.data, delivery, ENVELOPE as Envelope, opts());
        expect(model.calls).toBe(1);
        expect(production.success ? [] : production.error.issues.map((i) => i.code)).toContain("invalid_identifier");
      }),
      { numRuns: 30 },
    );
  });
});
