/**
 * The sending hospital's side, used by the demo and the tests: builds a Helsefaglig dialog from an assessment with
 * the edi builder, as the hospital's EHR would send it to this inbox.
 */
import { buildEpikrise, buildEpikriseCorrection, buildHelsefagligDialog, type Envelope } from "@pakkeforlop-hjem/edi";
import type { Assessment } from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, route, TRONDELAG_PROFILE } from "@pakkeforlop-hjem/pathway";

/**
 * The municipality's single point of entry (DOMAIN.md §1 "one way in": the saksbehandlertjeneste), where the
 * hospital sends SP1: the HER-id this inbox answers for. The fastlege gets a copy at the GP's office.
 */
export const INBOX_HER_ID = "8139433";

export const HOSPITAL_TO_MUNICIPALITY: Envelope = {
  sender: {
    organisation: { name: "Sykehuset Innlandet HF", herId: "79" },
    service: { name: "Kreftavdelingen, Gjøvik", herId: "8143530", phone: "+47 61 13 40 00" },
  },
  receiver: {
    organisation: { name: "Gjøvik kommune", herId: "8091432" },
    service: { name: "Saksbehandlertjeneste helse og omsorg", herId: INBOX_HER_ID },
  },
};

export interface SampleOptions {
  readonly msgId: string;
  readonly genDate: string;
  readonly envelope?: Envelope;
  /** Set false to send an invalid assessment anyway (to see the receiver reject it). Default true. */
  readonly validate?: boolean;
}

/**
 * The XML the hospital sends to the municipality for `assessment` (its "one way in" delivery under the national
 * profile). The builder validates the assessment first; the examples use synthetic test numbers, so they are
 * allowed here.
 */
export function buildSampleMessage(assessment: Assessment, options: SampleOptions): string {
  const delivery = route(assessment, NATIONAL_PROFILE).deliveries.find((d) => d.recipient.kind === "municipality");
  if (delivery === undefined) {
    throw new Error("the assessment routes nothing to the municipality (consent?)");
  }
  const built = buildHelsefagligDialog(assessment, delivery, options.envelope ?? HOSPITAL_TO_MUNICIPALITY, {
    msgId: options.msgId,
    genDate: options.genDate,
    allowTestNumbers: true,
    validate: options.validate ?? true,
  });
  if (!built.success) {
    throw new Error(built.error.issues.map((i) => i.code).join(", "));
  }
  return built.data.xml;
}

/**
 * The Epikrise 1.2 a DocuLive hospital sends for `assessment` (Trøndelag profile: DocuLive sends the letter in
 * epikrise format): ServType N for a first version, M or C for one that `amendAssessment` or `cancelAssessment`
 * returned (the same ServProvId, the assessment id).
 */
export function buildSampleEpikrise(assessment: Assessment, options: SampleOptions): string {
  const delivery = route(assessment, TRONDELAG_PROFILE, { senderSystem: "DocuLive" }).deliveries.find(
    (d) => d.recipient.kind === "municipality" && d.messageKind === "epikrise",
  );
  if (delivery === undefined) {
    throw new Error("the assessment routes no epikrise to the municipality (consent?)");
  }
  const build = (assessment.amendments ?? []).length > 0 ? buildEpikriseCorrection : buildEpikrise;
  const built = build(assessment, delivery, options.envelope ?? HOSPITAL_TO_MUNICIPALITY, {
    msgId: options.msgId,
    genDate: options.genDate,
    allowTestNumbers: true,
  });
  if (!built.success) {
    throw new Error(built.error.issues.map((i) => i.code).join(", "));
  }
  return built.data.xml;
}
