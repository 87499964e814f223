/**
 * Fixtures and fast-check arbitraries for `@pakkeforlop-hjem/edi` tests: envelopes with plausible HER-ids, deliveries
 * for an assessment, and deterministic id and clock sources.
 */
import type { Assessment } from "@pakkeforlop-hjem/model";
import { type Delivery, PATHWAY_MARKING } from "@pakkeforlop-hjem/pathway";
import * as fc from "fast-check";
import { arbLine, orgnrFrom } from "./index.ts";

export { fc };

/** Envelope shape of the edi package, restated here so test-utils does not depend on edi. */
export interface EnvelopeFixture {
  readonly sender: PartyFixture;
  readonly receiver: PartyFixture;
  readonly copyReceivers?: readonly PartyFixture[];
  readonly conversation?: { readonly refToParent: string; readonly refToConversation: string };
  readonly gp?: { readonly name: string; readonly hpr?: string; readonly phone?: string };
  readonly processingStatus?: "P" | "T" | "D";
}

export interface PartyFixture {
  readonly organisation: {
    readonly name: string;
    readonly herId: string;
    readonly orgnr?: string;
    readonly phone?: string;
  };
  readonly service: { readonly name: string; readonly herId: string; readonly phone?: string };
}

/**
 * A fixed sender/receiver pair: a hospital's cancer clinic to the municipality's single point of entry (DOMAIN.md §1
 * "one way in": the saksbehandlertjeneste).
 */
export const ENVELOPE: EnvelopeFixture = {
  sender: {
    organisation: { name: "St. Olavs hospital HF", herId: "59", orgnr: "974749025" },
    service: { name: "Kreftklinikken", herId: "8142518", phone: "+47 72 57 30 00" },
  },
  receiver: {
    organisation: { name: "Trondheim kommune", herId: "85231", orgnr: "942110464" },
    service: { name: "Saksbehandlertjeneste helse og omsorg", herId: "8139433" },
  },
};

/** A deterministic UUID source: `00000000-0000-4000-8000-<12 hex of the counter>`. */
export function sequentialIds(start = 1): () => string {
  let n = start;
  return () => `00000000-0000-4000-8000-${(n++).toString(16).padStart(12, "0")}`;
}

/** A fixed clock. */
export const fixedNow =
  (iso = "2025-03-01T10:00:00+01:00"): (() => string) =>
  () =>
    iso;

const uuid = fc.uuid({ version: 4 });
const herId = fc.integer({ min: 1, max: 999_999_999 }).map(String);

function arbParty(): fc.Arbitrary<PartyFixture> {
  return fc.record({
    organisation: fc.record(
      { name: arbLine(40), herId, orgnr: fc.nat().map(orgnrFrom), phone: fc.constant("+47 22 00 00 00") },
      { requiredKeys: ["name", "herId"] },
    ),
    service: fc.record(
      { name: arbLine(40), herId, phone: fc.constant("+47 22 11 22 33") },
      { requiredKeys: ["name", "herId"] },
    ),
  });
}

/** An envelope: any names (markup characters included), HER-ids, copy receivers, an optional thread and GP. */
export function arbEnvelope(): fc.Arbitrary<EnvelopeFixture> {
  return fc.record(
    {
      sender: arbParty().map((p) => ({ ...p, service: { ...p.service, phone: "+47 72 57 30 00" } })),
      receiver: arbParty(),
      copyReceivers: fc.array(arbParty(), { maxLength: 2 }),
      conversation: fc.record({ refToParent: uuid, refToConversation: uuid }),
      gp: fc.record(
        {
          name: arbLine(30),
          hpr: fc.integer({ min: 1, max: 99_999_999 }).map(String),
          phone: fc.constant("+47 900 00 000"),
        },
        { requiredKeys: ["name"] },
      ),
      processingStatus: fc.constantFrom("P" as const, "T" as const, "D" as const),
    },
    { requiredKeys: ["sender", "receiver"] },
  );
}

/** The delivery `route` would make for an assessment, as an NHN message of the given kind. */
export function deliveryFor(
  assessment: Assessment,
  messageKind: "helsefaglig-dialog" | "epikrise",
  recipient: Delivery["recipient"] = { kind: "municipality", service: "saksbehandlertjeneste" },
): Delivery {
  return {
    recipient,
    role: "primary",
    channel: "nhn",
    messageKind,
    marking: PATHWAY_MARKING,
    interactionPoint: assessment.interactionPoint,
    assessmentId: assessment.id,
    profileId: "national",
    rule: "one-way-in",
    why: "test delivery",
    source: "DOMAIN.md §1",
  };
}
