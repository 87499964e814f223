/**
 * The GP notice after a declined SP1 (issue 16; DOMAIN.md §1: the fastlege is told when the patient declines; a
 * declined SP1 is offered again later): a Helsefaglig dialog (MsgHead 1.2 + Dialogmelding 1.1, DOMAIN.md §6) whose
 * note says only that the conversation was offered and declined, when, when it is offered again, and whom to
 * contact. Nothing of the conversation's content: the patient has not agreed to share it. The route rule is
 * `gp-decline-notice` in the pathway package.
 */
import { type Assessment, type Lang, type SafeResult, SdkError } from "@pakkeforlop-hjem/model";
import { type Delivery, GP_DECLINE_NOTICE, PATHWAY_MARKING } from "@pakkeforlop-hjem/pathway";
import { buildHelsefagligDialog } from "./build-dialog.ts";
import type { Envelope } from "./envelope.ts";
import type { BuildIssue, BuildOptions, BuiltMessage } from "./options.ts";

/** `2025-02-03` → `03.02.2025`, the Norwegian way of writing a date. */
const day = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

const TEXTS: Readonly<
  Record<
    Lang,
    {
      readonly offered: (ip: number, on: string) => string;
      readonly reoffer: (on: string) => string;
      readonly noReoffer: string;
      readonly contact: string;
      readonly phone: string;
      readonly nothingElse: string;
    }
  >
> = {
  nb: {
    offered: (ip, on) =>
      `Pasienten ble tilbudt kartleggingssamtale (samhandlingspunkt ${ip}) i ${PATHWAY_MARKING} og takket nei ${on}.`,
    reoffer: (on) => `Samtalen tilbys igjen fra ${on}.`,
    noReoffer: "Samtalen kan tilbys igjen senere.",
    contact: "Kontakt",
    phone: "telefon",
    nothingElse: "Meldingen inneholder bare det pasienten har sagt ja til å dele.",
  },
  nn: {
    offered: (ip, on) =>
      `Pasienten vart tilboden kartleggingssamtale (samhandlingspunkt ${ip}) i ${PATHWAY_MARKING} og takka nei ${on}.`,
    reoffer: (on) => `Samtalen vert tilboden att frå ${on}.`,
    noReoffer: "Samtalen kan tilbydast att seinare.",
    contact: "Kontakt",
    phone: "telefon",
    nothingElse: "Meldinga inneheld berre det pasienten har sagt ja til å dele.",
  },
  en: {
    offered: (ip, on) =>
      `The patient was offered a needs-assessment conversation (interaction point ${ip}) in ${PATHWAY_MARKING} and declined on ${on}.`,
    reoffer: (on) => `The conversation will be offered again from ${on}.`,
    noReoffer: "The conversation may be offered again later.",
    contact: "Contact",
    phone: "phone",
    nothingElse: "This message holds only what the patient agreed to share.",
  },
};

/**
 * The text of the GP notice: offered, declined and when; the re-offer date; whom to contact (the professional who
 * offered the conversation, the unit, the phone). No reason, no diagnosis, no content of the conversation.
 * @throws `SdkError` (from the model) `invalid_argument` when the assessment's outcome is not `declined`.
 * @example
 * ```ts
 * declineNoticeText(declined, { lang: "nb", phone: "+47 61 13 40 00" });
 * ```
 */
export function declineNoticeText(
  assessment: Assessment,
  options: { readonly lang?: Lang; readonly phone?: string } = {},
): string {
  const outcome = assessment.outcome;
  if (outcome.status !== "declined") {
    throw new SdkError(
      "invalid_argument",
      `declineNoticeText: the assessment's outcome is "${outcome.status}"; a GP notice is for a declined conversation`,
    );
  }
  const t = TEXTS[options.lang ?? "nb"];
  const by = assessment.conductedBy;
  const org = assessment.organisation;
  const phone = by.phone ?? options.phone;
  const where = [org.name, org.unit].filter((x) => x !== undefined).join(", ");
  return [
    t.offered(assessment.interactionPoint, day(assessment.conductedAt.slice(0, 10))),
    outcome.reofferOn === undefined ? t.noReoffer : t.reoffer(day(outcome.reofferOn)),
    `${t.contact}: ${by.name}, ${where}${phone === undefined ? "" : `, ${t.phone} ${phone}`}.`,
    t.nothingElse,
  ].join("\n");
}

/**
 * Builds the GP notice of a declined SP1 as a Helsefaglig dialog (DOMAIN.md §1, §6; issue 16): the delivery is the
 * one `route` made by rule `gp-decline-notice`; the note is {@link declineNoticeText}; the envelope, thread, author
 * and contact roles are those of {@link buildHelsefagligDialog}, and the message is XSD-valid like every dialog.
 * @throws `SdkError` (from the model) `invalid_argument` on misuse: another message kind, an outcome other than
 * `declined`, a mismatched assessment, a bad envelope, no id or clock source.
 * @example
 * ```ts
 * const notice = route(declined, NATIONAL_PROFILE).deliveries[0];
 * const result = buildDeclineNotice(declined, notice, envelope, { ids: () => crypto.randomUUID(), now });
 * if (result.success) send(result.data.xml);
 * ```
 */
export function buildDeclineNotice(
  assessment: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: BuildOptions,
): SafeResult<BuiltMessage, BuildIssue> {
  if (delivery.channel !== "nhn" || delivery.messageKind !== GP_DECLINE_NOTICE) {
    throw new SdkError(
      "invalid_argument",
      `delivery: expected channel "nhn" and messageKind "${GP_DECLINE_NOTICE}", got "${delivery.channel}" / "${delivery.messageKind}"`,
    );
  }
  const text = declineNoticeText(assessment, {
    lang: options.lang ?? "nb",
    ...(envelope.sender.service.phone === undefined ? {} : { phone: envelope.sender.service.phone }),
  });
  return buildHelsefagligDialog(assessment, { ...delivery, messageKind: "helsefaglig-dialog" }, envelope, {
    ...options,
    note: { text },
    // Nothing of the conversation goes to the GP: no data attachment either (issue 17).
    attachData: false,
  });
}
