/**
 * The audit view of issue 9: for one patient, which recipient got which version of which parts of an assessment,
 * and when, and who corrected what. Pure data from what the caller sent and the amendments recorded in the
 * assessments; nothing is stored here.
 */
import {
  type AmendmentKind,
  type Assessment,
  expandParts,
  SHARABLE_PARTS,
  type SharablePart,
} from "@pakkeforlop-hjem/model";
import { instant } from "./internal/dates.ts";
import type { Delivery, DeliveryChannel, DeliveryRecipient } from "./route.ts";

/** One delivery that was sent, with when and which version of the assessment. */
export interface SentDelivery {
  readonly delivery: Delivery;
  /** When it was sent: ISO date-time with zone. */
  readonly at: string;
  /** The version of the assessment sent (`assessmentVersion` in the model). Default 1. */
  readonly version?: number;
  /** The first sending, a change or a cancellation message. Default `original`. */
  readonly message?: "original" | AmendmentKind;
}

/** What {@link auditTrail} reads. */
export interface AuditInput {
  readonly sent: readonly SentDelivery[];
  /** The latest version of each assessment, for its amendments (who, when, which paths). */
  readonly assessments?: readonly Assessment[];
}

/**
 * One line of the audit view, in time order:
 * - `sent`: a recipient got a version of an assessment; `parts` are the parts it got, `heldBack` the parts the
 *   patient's consent held back, `leftOut` the parts the profile said it does not need;
 * - `amended`: an assessment was changed or cancelled: who, when, which paths (no values, no free text).
 */
export type AuditEntry =
  | {
      readonly kind: "sent";
      readonly at: string;
      readonly assessmentId: string;
      readonly interactionPoint: 1 | 2 | 3;
      readonly version: number;
      readonly message: "original" | AmendmentKind;
      readonly recipient: DeliveryRecipient;
      readonly channel: DeliveryChannel;
      readonly messageKind: Delivery["messageKind"];
      readonly parts: readonly SharablePart[];
      readonly heldBack: readonly SharablePart[];
      readonly leftOut: readonly SharablePart[];
    }
  | {
      readonly kind: "amended";
      readonly at: string;
      readonly assessmentId: string;
      /** The version the amendment made. */
      readonly version: number;
      readonly amendment: AmendmentKind;
      readonly by: string;
      readonly paths: readonly string[];
    };

/**
 * The audit view for one patient (issue 9): every delivery sent and every amendment, oldest first. Pure: give it
 * what your system recorded when it sent the deliveries and the latest assessments.
 * @example
 * ```ts
 * const trail = auditTrail({ sent: [{ delivery, at: "2025-02-03T10:00:00+01:00" }], assessments: [v2] });
 * trail.filter((e) => e.kind === "sent").map((e) => [e.recipient.kind, e.version, e.parts]);
 * ```
 */
export function auditTrail(input: AuditInput): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const s of input.sent) {
    const d = s.delivery;
    const heldBack = [...(d.withhold ?? [])];
    const leftOut = [...(d.leaveOut ?? [])];
    const hidden = expandParts([...heldBack, ...leftOut]);
    out.push({
      kind: "sent",
      at: s.at,
      assessmentId: d.assessmentId,
      interactionPoint: d.interactionPoint,
      version: s.version ?? 1,
      message: s.message ?? "original",
      recipient: d.recipient,
      channel: d.channel,
      messageKind: d.messageKind,
      parts: SHARABLE_PARTS.codes.filter((p) => p !== "topics" && !hidden.has(p)),
      heldBack,
      leftOut,
    });
  }
  for (const a of input.assessments ?? []) {
    (a.amendments ?? []).forEach((m, i) => {
      out.push({
        kind: "amended",
        at: m.at,
        assessmentId: a.id,
        version: i + 2,
        amendment: m.kind,
        by: m.by,
        paths: [...m.paths],
      });
    });
  }
  return out
    .map((e, i) => ({ e, i }))
    .sort((x, y) => instant(x.e.at) - instant(y.e.at) || x.i - y.i)
    .map((x) => x.e);
}
