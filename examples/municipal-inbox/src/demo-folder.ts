/**
 * A folder of incoming messages for the inbox to work through, as a municipality receives them over a week: an
 * Epikrise (ServType N) from a DocuLive hospital, the same message again, its change (M), a receipt for something we
 * sent, its cancellation (C), the change once more but late (after the cancellation), a dialog addressed to another
 * municipality, and a file that is not XML. Used by `pnpm inbox:demo` and the tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAppRec, parseMessage } from "@pakkeforlop-hjem/edi";
import { type Assessment, amendAssessment, cancelAssessment, parseAssessment } from "@pakkeforlop-hjem/model";
import { buildSampleEpikrise, buildSampleMessage, HOSPITAL_TO_MUNICIPALITY, INBOX_HER_ID } from "./sample.ts";

const data = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");

/** The three versions of the SP1 example: as sent, changed, cancelled. */
export function versions(): readonly [Assessment, Assessment, Assessment] {
  const v1 = parseAssessment(JSON.parse(readFileSync(join(data, "sp1-consent-all.json"), "utf8")), {
    allowTestNumbers: true,
  });
  const by = "Siri Testsykepleier";
  const v2 = amendAssessment(
    v1,
    { topics: { ...v1.topics, nutrition: { status: "need" } } },
    { reason: "Ernæring var feil registrert", by, at: "2026-03-11T09:00:00+01:00" },
  ).assessment;
  const v3 = cancelAssessment(v2, {
    reason: "Registrert på feil pasient",
    by,
    at: "2026-03-12T09:00:00+01:00",
  }).assessment;
  return [v1, v2, v3];
}

const id = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** Writes the demo messages into `dir` (created if missing); returns their file names in the order received. */
export function writeDemoFolder(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const [v1, v2, v3] = versions();
  const first = buildSampleEpikrise(v1, { msgId: id(1), genDate: "2026-03-10T11:00:00+01:00" });
  const sentByUs = parseMessage(buildSampleMessage(v1, { msgId: id(90), genDate: "2026-03-09T08:00:00+01:00" }));
  const receipt = sentByUs.success
    ? createAppRec(
        sentByUs.data,
        { status: "ok" },
        { version: "1.1", id: id(91), genDate: "2026-03-09T08:01:00+01:00" },
      )
    : undefined;
  const elsewhere = {
    ...HOSPITAL_TO_MUNICIPALITY,
    receiver: {
      ...HOSPITAL_TO_MUNICIPALITY.receiver,
      service: { name: "Saksbehandlertjeneste helse og omsorg", herId: "8000001" },
    },
  };
  const files: [string, string][] = [
    ["01-epikrise-new.xml", first],
    ["02-epikrise-new-again.xml", first],
    ["03-epikrise-change.xml", buildSampleEpikrise(v2, { msgId: id(3), genDate: "2026-03-11T09:05:00+01:00" })],
    ["04-apprec-for-our-message.xml", receipt?.success ? receipt.data.xml : ""],
    ["05-epikrise-cancel.xml", buildSampleEpikrise(v3, { msgId: id(5), genDate: "2026-03-12T09:05:00+01:00" })],
    ["06-epikrise-change-late.xml", buildSampleEpikrise(v2, { msgId: id(6), genDate: "2026-03-12T10:00:00+01:00" })],
    [
      "07-dialog-to-another-municipality.xml",
      buildSampleMessage(v1, { msgId: id(7), genDate: "2026-03-12T11:00:00+01:00", envelope: elsewhere }),
    ],
    ["08-not-xml.xml", "this is not XML\n"],
  ];
  for (const [name, xml] of files) {
    writeFileSync(join(dir, name), xml);
  }
  return files.map(([name]) => name);
}

/** The HER-id the demo inbox answers for. */
export const DEMO_OWN_HER_IDS: readonly string[] = [INBOX_HER_ID];
