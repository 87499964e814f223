/**
 * Routing of a finished assessment (ARCHITECTURE.md "How data flows": Assessment --route(profile)--> deliveries):
 * who receives what, on which channel and as which message kind, gated by the patient's consent. Later packages
 * consume the result: the epikrise package renders the text of each delivery, the edi package builds the XML of the
 * deliveries whose channel is `nhn`.
 */
import {
  type Assessment,
  type ConsentValue,
  consentWithhold,
  isCancelled,
  partsNotNeeded,
  type SharablePart,
} from "@pakkeforlop-hjem/model";
import { instant } from "./internal/dates.ts";
import type { ConsentRecord, ConsentState } from "./pathway-state.ts";
import { type EntryPointService, type MessageKind, type Profile, pointRule } from "./profile.ts";

/**
 * The marking every delivery of this pathway carries, in the subject/theme of the message or the heading of the
 * letter (DOMAIN.md §1: the message must be clearly marked).
 * @example
 * ```ts
 * route(assessment, NATIONAL_PROFILE).deliveries.every((d) => d.marking === PATHWAY_MARKING); // true
 * ```
 */
export const PATHWAY_MARKING = "Pakkeforløp hjem for pasienter med kreft" as const;

/**
 * Who receives a delivery:
 * - `municipality`: the municipality's single point of entry, named by `service` (DOMAIN.md §1 "one way in");
 * - `gp`: the patient's fastlege;
 * - `patient`: the patient, as a letter.
 * Addresses (HER-ids) are not here: they come from the address register at send time.
 */
export type DeliveryRecipient =
  | { readonly kind: "municipality"; readonly service: EntryPointService }
  | { readonly kind: "gp" }
  | { readonly kind: "patient" };

/**
 * How a delivery travels: `nhn` = a national e-message over Norsk Helsenett (MsgHead/Dialogmelding, Epikrise or
 * an EDI document), `helsenorge` = the patient's Helsenorge inbox, `paper` = a printed letter (DOMAIN.md §5).
 */
export type DeliveryChannel = "nhn" | "helsenorge" | "paper";

/**
 * Which rule produced a delivery:
 * - `one-way-in`: the hospital's SP result to the municipality's single point of entry (DOMAIN.md §1);
 * - `gp-copy`: the copy of that result to the fastlege (DOMAIN.md §1; profile `gpCopy`);
 * - `gp-informed`: after a municipality point, the municipality informs the fastlege (DOMAIN.md §1);
 * - `patient-letter`: the result to the patient, through Helsenorge or on paper (DOMAIN.md §1 "patients who are
 *   not digital", §5; profile `patientLetter`);
 * - `gp-decline-notice`: the patient declined a conversation held in the hospital (SP1): the fastlege is told that it
 *   was offered and declined, when, and whom to contact (DOMAIN.md §1; issue 16).
 */
export type RouteRule = "one-way-in" | "gp-copy" | "gp-informed" | "patient-letter" | "gp-decline-notice";

/**
 * The message kind of a GP notice after a declined SP1 (rule `gp-decline-notice`): a Helsefaglig dialog that says
 * only that the conversation was offered and declined, when, the re-offer date and whom to contact; nothing of the
 * conversation's content, which the patient has not agreed to share. The edi package builds it
 * (`buildDeclineNotice`).
 * @example
 * ```ts
 * route(declined, NATIONAL_PROFILE).deliveries.filter((d) => d.messageKind === GP_DECLINE_NOTICE);
 * ```
 */
export const GP_DECLINE_NOTICE = "gp-decline-notice" as const;

/**
 * One message or letter to send. Everything a renderer needs to pick its template is here; the content comes from
 * the assessment (`assessmentId`).
 *
 * - `role`: `primary` for the main receiver; `copy` for a copy of a primary delivery of the same assessment. An EDI
 *   builder may send a copy as its own message or as an `OtherReceiver` of the primary (DOMAIN.md §6); when the
 *   primary is withheld, the GP delivery is itself `primary`.
 * - `messageKind`: for `nhn` deliveries, the national message to build (from the sender system, by the profile);
 *   `patient-letter` for letters; {@link GP_DECLINE_NOTICE} for the notice after a declined SP1.
 * - `marking`: always {@link PATHWAY_MARKING}.
 * - `why` is English for developers and logs; it never contains personal data. `source` cites the rule.
 * @example
 * ```ts
 * const { deliveries } = route(assessment, NATIONAL_PROFILE, {});
 * for (const d of deliveries) if (d.channel === "nhn") send(build(d.messageKind, assessment, d));
 * ```
 */
export interface Delivery {
  readonly recipient: DeliveryRecipient;
  readonly role: "primary" | "copy";
  readonly channel: DeliveryChannel;
  readonly messageKind: MessageKind | "patient-letter" | typeof GP_DECLINE_NOTICE;
  readonly marking: typeof PATHWAY_MARKING;
  /**
   * For an `nhn` delivery whose sender rule names one (issue 16 point 1): the id of the document template to print
   * the text through, e.g. `ahus-dips-regional` for `dips-edi-template`.
   */
  readonly template?: string;
  readonly interactionPoint: 1 | 2 | 3;
  readonly assessmentId: string;
  /** The profile that decided the routing. */
  readonly profileId: string;
  readonly rule: RouteRule;
  readonly why: string;
  readonly source: string;
  /**
   * Parts of the assessment the patient's consent holds back from this recipient (issue 9; the `withhold` of the
   * consent entry for the recipient). Renderers never show them and say only that something was held back. Absent
   * when nothing is held back.
   */
  readonly withhold?: readonly SharablePart[];
  /**
   * Parts this recipient does not need by the profile's `recipientNeeds` (issue 9, data minimisation). Renderers
   * leave them out by default; a caller may include them explicitly. Absent when the recipient needs everything.
   */
  readonly leaveOut?: readonly SharablePart[];
  /**
   * `cancellation` when the assessment is cancelled (issue 21; the model's `isCancelled`): the delivery may only carry
   * the cancellation notice (Epikrise ServType C with `buildEpikriseCorrection`, or a reply in the thread with
   * `buildDialogCorrection`), never the assessment as new. Absent for every other delivery.
   */
  readonly notice?: "cancellation";
}

/**
 * What a recipient of a delivery may see (issue 9): the consent's `withhold` and the profile's minimisation.
 * @example
 * ```ts
 * privacyFor(assessment, NATIONAL_PROFILE, { kind: "gp" }); // { withhold: ["topic:mental-health"] }
 * ```
 */
export function privacyFor(
  assessment: Assessment,
  profile: Profile,
  recipient: DeliveryRecipient,
): { readonly withhold?: readonly SharablePart[]; readonly leaveOut?: readonly SharablePart[] } {
  // DOMAIN.md §1: the patient decides what is shared and with whom; the patient's own letter holds back nothing.
  const withhold = recipient.kind === "patient" ? [] : consentWithhold(assessment, recipient.kind);
  const needed = profile.recipientNeeds?.[recipient.kind];
  const leaveOut = needed === undefined ? [] : partsNotNeeded(needed);
  return {
    ...(withhold.length > 0 ? { withhold } : {}),
    ...(leaveOut.length > 0 ? { leaveOut } : {}),
  };
}

/**
 * Why a delivery was not made:
 * - `municipality_consent_declined` / `municipality_consent_not_asked` / `municipality_consent_absent`: nothing
 *   goes to the municipality without the patient's consent (DOMAIN.md §1);
 * - `gp_consent_declined`: the patient said no to sharing with the fastlege (DOMAIN.md §1);
 * - `not_completed`: the conversation did not take place, so there is no result to send;
 * - `cancelled`: the assessment was cancelled after it was sent; the patient gets no letter about it (rule 8);
 * - `no_message_kind`: the profile names no message kind for this sender system and no default.
 */
export type WithheldReason =
  | "municipality_consent_declined"
  | "municipality_consent_not_asked"
  | "municipality_consent_absent"
  | "gp_consent_declined"
  | "not_completed"
  | "cancelled"
  | "no_message_kind";

/** A delivery the rules would make but that must not be sent, and why. */
export interface WithheldDelivery {
  readonly recipient: DeliveryRecipient;
  readonly interactionPoint: 1 | 2 | 3;
  readonly assessmentId: string;
  readonly rule: RouteRule;
  readonly reason: WithheldReason;
  readonly why: string;
  readonly source: string;
}

/**
 * What {@link route} returns.
 * @example
 * ```ts
 * const { deliveries, withheld }: RouteResult = route(assessment, NATIONAL_PROFILE, { consent: state.consent });
 * ```
 */
export interface RouteResult {
  readonly deliveries: readonly Delivery[];
  readonly withheld: readonly WithheldDelivery[];
}

/** Options for {@link route}. */
export interface RouteOptions {
  /** The sending EHR as a token (`helseplattformen`, `doculive`, `dips`, ...); picks the message kind. */
  readonly senderSystem?: string;
  /**
   * The consent in the pathway state (`state.consent`), when known. Consent changes after the conversation count:
   * for each recipient the latest record, from the assessment or the state, decides (DOMAIN.md §1).
   */
  readonly consent?: ConsentState;
}

/**
 * The document template a sender's rule names under a profile (issue 16 point 1; DOMAIN.md §5), if any. Sender
 * tokens compare case-insensitively.
 * @example
 * ```ts
 * templateFor(AHUS_PROFILE, "DIPS"); // "ahus-dips-regional"
 * ```
 */
export function templateFor(profile: Profile, senderSystem: string | undefined): string | undefined {
  const key = senderSystem?.toLowerCase();
  return profile.messages.bySenderSystem.find((r) => r.system.toLowerCase() === key)?.template;
}

/**
 * The message kind a sender sends under a profile (DOMAIN.md §5: Helseplattformen sends a Helsefaglig dialog,
 * DocuLive an epikrise-format letter, DIPS the regional EDI template). Sender tokens compare case-insensitively.
 * @example
 * ```ts
 * messageKindFor(TRONDELAG_PROFILE, "DocuLive"); // "epikrise"
 * ```
 */
export function messageKindFor(profile: Profile, senderSystem: string | undefined): MessageKind | undefined {
  const key = senderSystem?.toLowerCase();
  const rule = profile.messages.bySenderSystem.find((r) => r.system.toLowerCase() === key);
  return rule?.messageKind ?? profile.messages.default;
}

/**
 * The patient's effective consent for a recipient: the latest record among the assessment's consent entries and the
 * pathway state's (DOMAIN.md §1: the patient decides what is shared and with whom). Absent when never recorded.
 * @example
 * ```ts
 * effectiveConsent(assessment, "municipality", state.consent); // "granted" | "declined" | "not-asked" | undefined
 * ```
 */
export function effectiveConsent(
  assessment: Assessment,
  recipient: "municipality" | "gp",
  consent: ConsentState = {},
): ConsentValue | undefined {
  let best: ConsentRecord | undefined = consent[recipient];
  for (const entry of assessment.consent) {
    if (entry.recipient === recipient && (best === undefined || instant(entry.recordedAt) >= instant(best.at))) {
      best = { value: entry.value, at: entry.recordedAt };
    }
  }
  return best?.value;
}

/**
 * Routes a finished assessment under a profile: the deliveries to make and the ones withheld, with reasons.
 *
 * Rules (each cites its source):
 * 1. A point held in the hospital sends its result through one way in to the municipality's single point of entry
 *    (the profile's `entryPoint`), and only with the patient's consent to the municipality recorded as `granted`;
 *    `declined`, `not-asked` or no record withholds it (DOMAIN.md §1).
 * 2. The fastlege gets a copy when the profile's `gpCopy` is on, even when the municipality delivery is withheld
 *    (DOMAIN.md §1: "the GP copy ... still possible"); an explicit `declined` for the fastlege withholds it.
 * 3. A point held in the municipality informs the fastlege (DOMAIN.md §1: "after SP2/SP3 the municipality informs
 *    the fastlege"), under the same GP consent rule.
 * 4. The message kind follows the sender system and the profile (DOMAIN.md §5); letters to the patient go through
 *    Helsenorge to digital patients and on paper to the others, when the profile sends letters (DOMAIN.md §1, §5).
 * 5. Every delivery carries {@link PATHWAY_MARKING} (DOMAIN.md §1).
 * 6. A conversation that was declined or not reached routes no result: every delivery is withheld as
 *    `not_completed`.
 * 7. Each delivery carries what its recipient may see (issue 9): `withhold` from the consent entry for the recipient,
 *    `leaveOut` from the profile's `recipientNeeds` (see {@link privacyFor}).
 * 8. A cancelled assessment (issue 21; the model's `isCancelled`) is sent only as a cancellation: the national
 *    messages of rules 1–4 carry `notice: "cancellation"` (so they reach exactly those who may have received the
 *    result, under the same consent), and the patient letter is withheld as `cancelled` (DOMAIN.md §6: Epikrise
 *    ServType C; a letter would present the withdrawn result as valid).
 * 9. A conversation held in the hospital (SP1) that the patient declined routes a GP notice ({@link GP_DECLINE_NOTICE},
 *    rule `gp-decline-notice`, a Helsefaglig dialog) unless the patient declined sharing with the fastlege (DOMAIN.md
 *    §1: the GP is told; a declined SP1 is offered again later). Where only the municipality is declined, rules 1–4
 *    apply as before: the GP copy and the patient letter go.
 * @example
 * ```ts
 * const { deliveries, withheld } = route(assessment, TRONDELAG_PROFILE, { senderSystem: "helseplattformen" });
 * ```
 */
export function route(assessment: Assessment, profile: Profile, options: RouteOptions = {}): RouteResult {
  const ip = assessment.interactionPoint;
  const setting = pointRule(profile, ip).setting;
  const base = { interactionPoint: ip, assessmentId: assessment.id } as const;
  const deliveries: Delivery[] = [];
  const withheld: WithheldDelivery[] = [];
  const withhold = (
    recipient: DeliveryRecipient,
    rule: RouteRule,
    reason: WithheldReason,
    why: string,
    source: string,
  ) => withheld.push({ ...base, recipient, rule, reason, why, source });

  const municipality: DeliveryRecipient = { kind: "municipality", service: profile.entryPoint };
  const gp: DeliveryRecipient = { kind: "gp" };
  const planned: { recipient: DeliveryRecipient; rule: RouteRule }[] =
    setting === "hospital"
      ? [
          { recipient: municipality, rule: "one-way-in" },
          ...(profile.gpCopy ? [{ recipient: gp, rule: "gp-copy" as const }] : []),
        ]
      : [{ recipient: gp, rule: "gp-informed" }];
  if (profile.patientLetter !== "none") {
    planned.push({ recipient: { kind: "patient" }, rule: "patient-letter" });
  }

  if (assessment.outcome.status !== "completed") {
    if (assessment.outcome.status === "declined" && setting === "hospital") {
      declineNotice(assessment, profile, options, deliveries, withhold);
    }
    for (const p of planned) {
      withhold(
        p.recipient,
        p.rule,
        "not_completed",
        "the conversation did not take place; there is no result to send",
        "DOMAIN.md §1",
      );
    }
    return { deliveries, withheld };
  }

  const cancelled = isCancelled(assessment);
  const messageKind = messageKindFor(profile, options.senderSystem);
  const template = templateFor(profile, options.senderSystem);
  const municipalityConsent = effectiveConsent(assessment, "municipality", options.consent);
  const gpConsent = effectiveConsent(assessment, "gp", options.consent);
  let primarySent = false;

  for (const p of planned) {
    if (p.rule === "patient-letter" && cancelled) {
      withhold(p.recipient, p.rule, "cancelled", "the assessment was cancelled; no letter presents it", "issue 21");
      continue;
    }
    if (p.rule === "patient-letter") {
      const digital = assessment.patient.digital && profile.patientLetter === "helsenorge-or-paper";
      deliveries.push({
        ...base,
        recipient: p.recipient,
        role: "primary",
        channel: digital ? "helsenorge" : "paper",
        messageKind: "patient-letter",
        marking: PATHWAY_MARKING,
        profileId: profile.id,
        rule: p.rule,
        why: digital
          ? "the profile sends the result to the patient; the patient uses Helsenorge"
          : "the profile sends the result to the patient; on paper for patients who are not digital (or by profile)",
        source: "DOMAIN.md §1, §5",
        ...privacyFor(assessment, profile, p.recipient),
      });
      continue;
    }
    if (p.recipient.kind === "municipality") {
      // DOMAIN.md §1: nothing goes to the municipality without the patient's consent.
      if (municipalityConsent !== "granted") {
        const reason: WithheldReason =
          municipalityConsent === "declined"
            ? "municipality_consent_declined"
            : municipalityConsent === "not-asked"
              ? "municipality_consent_not_asked"
              : "municipality_consent_absent";
        withhold(
          p.recipient,
          p.rule,
          reason,
          municipalityConsent === undefined
            ? "no consent to share with the municipality is recorded; nothing goes to the municipality without it"
            : `consent to share with the municipality is "${municipalityConsent}"; nothing goes to the municipality without it`,
          "DOMAIN.md §1",
        );
        continue;
      }
    } else if (gpConsent === "declined") {
      withhold(
        p.recipient,
        p.rule,
        "gp_consent_declined",
        "the patient declined sharing with the fastlege",
        "DOMAIN.md §1",
      );
      continue;
    }
    if (messageKind === undefined) {
      withhold(
        p.recipient,
        p.rule,
        "no_message_kind",
        "the profile names no message kind for this sender system and has no default",
        "DOMAIN.md §5",
      );
      continue;
    }
    const role = p.rule === "gp-copy" && primarySent ? "copy" : "primary";
    primarySent = true;
    deliveries.push({
      ...base,
      recipient: p.recipient,
      role,
      channel: "nhn",
      messageKind,
      marking: PATHWAY_MARKING,
      ...(template === undefined ? {} : { template }),
      profileId: profile.id,
      rule: p.rule,
      why:
        p.rule === "one-way-in"
          ? `the hospital's result goes through one way in to the municipality (${profile.entryPoint}); consent granted`
          : p.rule === "gp-copy"
            ? "the fastlege gets a copy of the hospital's result"
            : "after a municipality interaction point the municipality informs the fastlege",
      source: p.rule === "one-way-in" ? "DOMAIN.md §1 (one way in), §5" : "DOMAIN.md §1, §5",
      ...privacyFor(assessment, profile, p.recipient),
      ...(cancelled ? { notice: "cancellation" as const } : {}),
    });
  }
  return { deliveries, withheld };
}

/** Rule 9 of {@link route}: the GP notice after a declined hospital conversation (DOMAIN.md §1; issue 16). */
function declineNotice(
  assessment: Assessment,
  profile: Profile,
  options: RouteOptions,
  deliveries: Delivery[],
  withhold: (
    recipient: DeliveryRecipient,
    rule: RouteRule,
    reason: WithheldReason,
    why: string,
    source: string,
  ) => void,
): void {
  const gp: DeliveryRecipient = { kind: "gp" };
  if (effectiveConsent(assessment, "gp", options.consent) === "declined") {
    withhold(
      gp,
      "gp-decline-notice",
      "gp_consent_declined",
      "the patient declined sharing with the fastlege; not even the notice of the declined conversation goes",
      "DOMAIN.md §1",
    );
    return;
  }
  deliveries.push({
    interactionPoint: assessment.interactionPoint,
    assessmentId: assessment.id,
    recipient: gp,
    role: "primary",
    channel: "nhn",
    messageKind: GP_DECLINE_NOTICE,
    marking: PATHWAY_MARKING,
    profileId: profile.id,
    rule: "gp-decline-notice",
    why: "the patient declined the hospital's conversation: the fastlege is told it was offered, declined, and whom to contact",
    source: "DOMAIN.md §1",
  });
}
