import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fc, test as propTest } from "@fast-check/vitest";
import { renderNoteXhtml } from "@pakkeforlop-hjem/epikrise";
import {
  type Assessment,
  amendAssessment,
  cancelAssessment,
  isCancelled,
  recipientView,
} from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { arbEnvelope, deliveryFor, ENVELOPE, fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { buildDialogCorrection, buildHelsefagligDialog } from "./build-dialog.ts";
import { buildEpikrise, buildEpikriseCorrection } from "./build-epikrise.ts";
import { toBase64Utf8 } from "./data-attachment.ts";
import type { Envelope } from "./envelope.ts";
import { extractAssessment } from "./extract.ts";
import { parseMessage } from "./parse.ts";
import type { ParsedMessage } from "./parsed-message.ts";

/** The fixture with a synthetic Tenor number (month + 80), valid only where test numbers are allowed. */
const tenor = (() => {
  const a = assessmentFixture({ municipalityConsent: "granted" });
  return { ...a, patient: { ...a.patient, identifier: { ...a.patient.identifier, value: "17856100030" } } } as typeof a;
})();

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures");

describe("extractAssessment", () => {
  propTest.prop([arbAssessment(), arbEnvelope()], { numRuns: 150 })(
    "assessment → Helsefaglig dialog / Epikrise → parse → extract is lossless",
    (assessment, envelope) => {
      const options = { ids: sequentialIds(), now: fixedNow(), patientSex: "9" as const };
      const dialog = buildHelsefagligDialog(
        assessment,
        deliveryFor(assessment, "helsefaglig-dialog"),
        envelope as Envelope,
        options,
      );
      const epikrise = buildEpikrise(assessment, deliveryFor(assessment, "epikrise"), envelope as Envelope, options);
      for (const built of [dialog, epikrise]) {
        expect(built.success).toBe(true);
        const parsed = built.success ? parseMessage(built.data.xml) : undefined;
        expect(parsed?.success).toBe(true);
        if (parsed?.success) {
          expect(extractAssessment(parsed.data)).toEqual({
            success: true,
            data: { assessment, noteIndex: 0, attachmentIndex: 0, redacted: false, lifecycle: "new" },
          });
        }
      }
    },
  );

  test.each(["dialog-1.0-sloppy.xml", "epikrise-1.1.xml", "apprec-1.0-rejected.xml"])(
    "says a message not written by this SDK (%s) is not ours",
    (name) => {
      const parsed = parseMessage(readFileSync(join(fixtures, name), "utf8"));
      expect(parsed.success && extractAssessment(parsed.data)).toEqual({ success: true, data: null });
    },
  );

  test("reports a tampered carrier as invalid, with the model's issues", () => {
    const xml = `<MsgHead xmlns="http://www.kith.no/xmlstds/msghead/2006-05-24"><MsgInfo/><Document><RefDoc><MsgType V="XML"/><Content><Dialogmelding xmlns="http://www.kith.no/xmlstds/dialog/2013-01-23"><Notat><TemaKodet V="6"/><TekstNotatInnhold><div xmlns="http://www.w3.org/1999/xhtml"><table class="pfh-data"><tr><td>schemaVersion</td><td>"1.0"</td></tr><tr><td>id</td><td>not json</td></tr></table></div></TekstNotatInnhold></Notat></Dialogmelding></Content></RefDoc></Document></MsgHead>`;
    const parsed = parseMessage(xml);
    const found = parsed.success ? extractAssessment(parsed.data) : undefined;
    expect(found?.success).toBe(false);
    expect(found?.success === false && found.noteIndex).toBe(0);
    expect(found?.success === false && found.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["note_data_value", ["rows", 1, 1]],
    ]);
  });

  test("issue 21 point 8: parseMessage's allowTestNumbers flows through to extractAssessment (one option)", () => {
    const xml = buildEpikrise(tenor, deliveryFor(tenor, "epikrise"), ENVELOPE as Envelope, {
      ids: sequentialIds(),
      now: fixedNow(),
      allowTestNumbers: true,
    });
    const text = xml.success ? xml.data.xml : "";
    const strict = parseMessage(text);
    const lenient = parseMessage(text, { allowTestNumbers: true });
    expect(strict.success && extractAssessment(strict.data).success).toBe(false);
    expect(lenient.success && extractAssessment(lenient.data)).toMatchObject({
      success: true,
      data: { assessment: tenor },
    });
    expect(lenient.success && extractAssessment(lenient.data, { allowTestNumbers: false }).success).toBe(false);
  });
});

describe("extractAssessment: corrections (issue 15 point 3; rules in extract.ts)", () => {
  const meta = { reason: "Feil registrert", by: "Siri Testsykepleier", at: "2025-03-02T10:00:00+01:00" };
  const v1 = assessmentFixture({ municipalityConsent: "granted" });
  const v2 = amendAssessment(v1, { topics: { ...v1.topics, nutrition: { status: "need" } } }, meta).assessment;
  const v3 = cancelAssessment(v2, { ...meta, at: "2025-03-03T10:00:00+01:00" }).assessment;
  const options = () => ({ ids: sequentialIds(), now: fixedNow() });
  const delivery = deliveryFor(v1, "epikrise");
  const epikrise = (a: typeof v1, correction: boolean): ParsedMessage => {
    const built = correction
      ? buildEpikriseCorrection(a, delivery, ENVELOPE as Envelope, options())
      : buildEpikrise(a, delivery, ENVELOPE as Envelope, options());
    const parsed = built.success ? parseMessage(built.data.xml) : undefined;
    if (!parsed?.success) {
      throw new Error("fixture did not build or parse");
    }
    return parsed.data;
  };
  const codes = (r: ReturnType<typeof extractAssessment>) =>
    r.success ? [] : r.error.issues.map((i) => [i.code, i.params]);

  test("rule 1: N, M and C read as new, change and cancellation; rule 5: each replaces the version before", () => {
    const store = new Map<string, typeof v1>();
    for (const [a, correction, lifecycle] of [
      [v1, false, "new"],
      [v2, true, "change"],
      [v3, true, "cancellation"],
    ] as const) {
      const found = extractAssessment(epikrise(a, correction), { stored: (id) => store.get(id) });
      expect(found.success && found.data?.lifecycle).toBe(lifecycle);
      expect(found.success && found.data?.replaces).toBe(store.get(a.id));
      if (found.success && found.data !== null) {
        store.set(a.id, found.data.assessment);
      }
    }
    expect(isCancelled(store.get(v1.id) as typeof v1)).toBe(true);
  });

  test("a Helsefaglig dialog correction is read from its carried amendments", () => {
    const conversation = {
      refToParent: "00000000-0000-4000-8000-00000000000a",
      refToConversation: "00000000-0000-4000-8000-00000000000a",
    };
    const built = buildDialogCorrection(
      v3,
      deliveryFor(v3, "helsefaglig-dialog"),
      { ...(ENVELOPE as Envelope), conversation },
      options(),
    );
    const parsed = built.success ? parseMessage(built.data.xml) : undefined;
    const found = parsed?.success ? extractAssessment(parsed.data, { stored: () => v2 }) : undefined;
    expect(found?.success && [found.data?.lifecycle, found.data?.replaces]).toEqual(["cancellation", v2]);
  });

  test("rule 2: an Epikrise whose ServType contradicts the carried amendments", () => {
    const m = epikrise(v3, true);
    expect(codes(extractAssessment({ ...m, servType: { v: "N" } }))).toEqual([
      ["correction_mismatch", { reason: "servtype" }],
    ]);
    expect(codes(extractAssessment({ ...m, servType: { v: "A" } }))).toEqual([
      ["correction_mismatch", { reason: "servtype" }],
    ]);
  });

  test("rule 3: a document id that is not the carried assessment's id", () => {
    expect(codes(extractAssessment({ ...epikrise(v1, false), documentId: "another" }))).toEqual([
      ["correction_mismatch", { reason: "document" }],
    ]);
  });

  test("rule 5: an old version after a newer one is outdated, so a cancelled assessment never comes back", () => {
    expect(codes(extractAssessment(epikrise(v2, true), { stored: () => v3 }))).toEqual([["outdated_correction", {}]]);
    expect(codes(extractAssessment(epikrise(v1, false), { stored: () => v3 }))).toEqual([["outdated_correction", {}]]);
  });

  test("rule 5: histories that disagree; the same version again is a harmless duplicate", () => {
    const other = amendAssessment(
      v1,
      { topics: { ...v1.topics, coping: { status: "need" } } },
      { ...meta, at: "2025-03-05T10:00:00+01:00" },
    ).assessment;
    expect(codes(extractAssessment(epikrise(v3, true), { stored: () => other }))).toEqual([
      ["correction_mismatch", { reason: "history" }],
    ]);
    const again = extractAssessment(epikrise(v2, true), { stored: () => v2 });
    expect(again.success && again.data?.replaces).toBe(v2);
  });

  let messages: ParsedMessage[] | undefined;
  propTest.prop([fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 8 })], { numRuns: 200 })(
    "rule 5 as a property: in any arrival order, with repeats, the stored version only moves forward",
    (order) => {
      messages ??= [epikrise(v1, false), epikrise(v2, true), epikrise(v3, true)];
      let stored: typeof v1 | undefined;
      let newest = -1;
      for (const i of order) {
        const found = extractAssessment(messages[i] as ParsedMessage, { stored: () => stored });
        if (found.success && found.data !== null) {
          stored = found.data.assessment;
        }
        newest = Math.max(newest, i);
        expect((stored?.amendments ?? []).length).toBe(newest);
      }
      expect(isCancelled(stored as typeof v1)).toBe(order.includes(2));
    },
  );
});

describe("extractAssessment: the data attachment and the old data table (issue 17 point 1)", () => {
  const a = assessmentFixture({ municipalityConsent: "granted" });
  const delivery = deliveryFor(a, "helsefaglig-dialog");
  const base = () => ({ ids: sequentialIds(), now: fixedNow() });
  /** A message as this SDK wrote them before issue 17: the data table in the note, no attachment. */
  const legacyOptions = () => ({
    ...base(),
    attachData: false,
    render: (view: Assessment, o: { lang: "nb" | "nn" | "en" }) => ({
      text: "",
      xhtml: renderNoteXhtml(view, { ...o, includeData: true }),
    }),
  });
  const parse = (xml: string): ParsedMessage => {
    const parsed = parseMessage(xml, { allowTestNumbers: true });
    if (!parsed.success) {
      throw new Error("did not parse");
    }
    return parsed.data;
  };
  const build = (assessment: Assessment, options: object) => {
    const built = buildHelsefagligDialog(assessment, delivery, ENVELOPE as Envelope, options as never);
    if (!built.success) {
      throw new Error("did not build");
    }
    return built.data.xml;
  };
  const vectors = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "conformance", "vectors");
  const input = (path: string) => JSON.parse(readFileSync(join(vectors, "inputs", path), "utf8"));

  test("a stored message with the old table (written before issue 17) still reads, as the same assessment", () => {
    const assessment = input("assessments/sp1-consent-all.json") as Assessment;
    for (const [file, kind, deliveryFile] of [
      ["legacy-table-dialog.xml", "helsefaglig-dialog", "sp1-consent-all.helsefaglig-dialog.municipality.json"],
      ["legacy-table-epikrise.xml", "epikrise", "sp1-consent-all.epikrise.municipality.json"],
    ] as const) {
      const old = parse(readFileSync(join(fixtures, file), "utf8"));
      expect(old.attachments).toEqual([]);
      const found = extractAssessment(old);
      expect(found.success && found.data !== null).toBe(true);
      expect(found.success && found.data?.attachmentIndex).toBeUndefined();
      const d = input(`deliveries/${deliveryFile}`);
      expect(found.success && found.data?.assessment).toEqual(recipientView(assessment, { delivery: d }));
      expect(old.kind).toBe(kind === "epikrise" ? "epikrise" : "dialogmelding");
    }
  });

  test("a message with the table only reads from the table; with the attachment, from the attachment", () => {
    const legacy = extractAssessment(parse(build(a, legacyOptions())));
    expect(legacy).toEqual({ success: true, data: { assessment: a, noteIndex: 0, redacted: false, lifecycle: "new" } });
    const current = extractAssessment(parse(build(a, base())));
    expect(current.success && current.data?.attachmentIndex).toBe(0);
  });

  test("both carriers, the same assessment: the attachment wins", () => {
    const both = parse(build(a, { ...legacyOptions(), attachData: true }));
    expect(both.notes[0]?.dataRows).toBeDefined();
    expect(extractAssessment(both)).toEqual({
      success: true,
      data: { assessment: a, noteIndex: 0, attachmentIndex: 0, redacted: false, lifecycle: "new" },
    });
  });

  test("both carriers that disagree: data_carriers_disagree and nothing is taken", () => {
    const other = { ...a, topics: { ...a.topics, nutrition: { status: "need" as const } } };
    const table = parse(build(other, legacyOptions()));
    const attached = parse(build(a, base()));
    const mixed: ParsedMessage = { ...attached, notes: table.notes };
    const found = extractAssessment(mixed);
    expect(found.success).toBe(false);
    expect(found.success ? [] : found.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["data_carriers_disagree", ["attachments", 0]],
    ]);
    expect(found.success === false && [found.noteIndex, found.attachmentIndex]).toEqual([0, 0]);
    // A broken table beside a good attachment is a disagreement too; two attachments must agree as well.
    const broken = { ...attached, notes: [{ ...table.notes[0], dataRows: [["id", "nope"]] }] } as ParsedMessage;
    expect(extractAssessment(broken).success).toBe(false);
    const twice = { ...attached, attachments: [...attached.attachments, ...attached.attachments] };
    expect(extractAssessment(twice).success).toBe(true);
    const second = { ...attached.attachments[0], base64: toBase64Utf8(JSON.stringify(other)) };
    const two = { ...attached, attachments: [...attached.attachments, second] } as ParsedMessage;
    expect(extractAssessment(two).success === false && extractAssessment(two)).toMatchObject({ attachmentIndex: 0 });
  });

  test("a broken attachment is reported with its index; the old table beside it is not used instead", () => {
    const both = parse(build(a, { ...legacyOptions(), attachData: true }));
    const broken = { ...both, attachments: [{ ...both.attachments[0], base64: "!!" }] } as ParsedMessage;
    const found = extractAssessment(broken);
    expect(found.success ? [] : found.error.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["data_attachment_unreadable", ["attachments", 0, "Base64Container"], { reason: "base64" }],
    ]);
  });

  propTest.prop([fc.oneof(fc.string({ maxLength: 200 }), fc.base64String({ maxLength: 400 }))], { numRuns: 300 })(
    "fuzz: any Base64Container content in a built message gives a typed result, never an exception",
    (content) => {
      const xml = build(a, base()).replace(
        /(<Base64Container[^>]*>)[^<]*(<\/Base64Container>)/,
        (_m, open: string, close: string) => `${open}${content.replace(/&/g, "&amp;").replace(/</g, "&lt;")}${close}`,
      );
      const parsed = parseMessage(xml, { allowTestNumbers: true });
      if (parsed.success) {
        const found = extractAssessment(parsed.data);
        if (!found.success) {
          expect(found.attachmentIndex).toBe(0);
          expect(found.error.issues.every((i) => typeof i.code === "string" && Array.isArray(i.path))).toBe(true);
        }
      }
    },
  );
});
