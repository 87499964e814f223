import { fc, test as propTest } from "@fast-check/vitest";
import { formatIssue, LANGS, SCHEMA_VERSION } from "@pakkeforlop-hjem/model";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import {
  base64Of,
  base64ViaBtoa,
  DATA_ATTACHMENT_MIME_TYPE,
  DATA_ATTACHMENT_SCHEMA,
  dataAttachmentDescription,
  fromBase64Utf8,
  isDataAttachment,
  readDataAttachment,
  toBase64Utf8,
} from "./data-attachment.ts";
import type { ParsedAttachment } from "./parsed-message.ts";

const ours = (base64: string | undefined): ParsedAttachment => ({
  msgType: "A",
  mimeType: DATA_ATTACHMENT_MIME_TYPE,
  description: dataAttachmentDescription("nb"),
  ...(base64 === undefined ? {} : { base64 }),
});

describe("base64 of UTF-8 (issue 17)", () => {
  propTest.prop([fc.string({ unit: "grapheme", maxLength: 300 })], { numRuns: 300 })(
    "encodes as Node's Buffer does and decodes back",
    (text) => {
      const b64 = toBase64Utf8(text);
      expect(b64).toBe(Buffer.from(text, "utf8").toString("base64"));
      // The browser's way (btoa) and the loop used where the runtime has neither write the same.
      const bytes = new TextEncoder().encode(text);
      expect(base64ViaBtoa(bytes)).toBe(b64);
      expect(base64Of(bytes)).toBe(b64);
      expect(fromBase64Utf8(b64)).toEqual({ text });
    },
  );

  propTest.prop([fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 1, max: 76 })], { numRuns: 100 })(
    "reads content wrapped in lines, as many senders write it",
    (text, width) => {
      const b64 = toBase64Utf8(text);
      const wrapped = b64.replace(new RegExp(`(.{${width}})`, "g"), "$1\r\n  ");
      expect(fromBase64Utf8(wrapped)).toEqual({ text });
    },
  );

  test("says why it cannot decode: not base64, or bytes that are not UTF-8", () => {
    expect(fromBase64Utf8("e30=")).toEqual({ text: "{}" });
    expect(fromBase64Utf8("e30")).toEqual({ reason: "base64" });
    expect(fromBase64Utf8("e3=0")).toEqual({ reason: "base64" });
    expect(fromBase64Utf8("ab$d")).toEqual({ reason: "base64" });
    expect(fromBase64Utf8("/w==")).toEqual({ reason: "utf8" });
    expect(fromBase64Utf8("")).toEqual({ text: "" });
  });

  propTest.prop([fc.string({ maxLength: 200 })], { numRuns: 500 })("never throws on any input", (s) => {
    const r = fromBase64Utf8(s);
    expect("text" in r || ["base64", "utf8"].includes(r.reason)).toBe(true);
  });
});

describe("the data attachment", () => {
  test.each(LANGS)("its description (%s) names the schema URL and version", (lang) => {
    const d = dataAttachmentDescription(lang);
    expect(d).toContain(DATA_ATTACHMENT_SCHEMA);
    expect(d.endsWith(` ${SCHEMA_VERSION}`)).toBe(true);
    expect(isDataAttachment({ mimeType: DATA_ATTACHMENT_MIME_TYPE, description: d })).toBe(true);
  });

  test("is recognised by its MIME type and the schema URL, of any major version", () => {
    const url = DATA_ATTACHMENT_SCHEMA;
    expect(isDataAttachment({ mimeType: "Application/JSON; charset=utf-8", description: url })).toBe(true);
    expect(isDataAttachment({ mimeType: "application/json", description: url.replace("/v1/", "/v2/") })).toBe(true);
    expect(isDataAttachment({ mimeType: "application/pdf", description: url })).toBe(false);
    expect(isDataAttachment({ mimeType: "application/json", description: "Brev til pasient" })).toBe(false);
    expect(isDataAttachment({ mimeType: "application/json" })).toBe(false);
    expect(isDataAttachment({ description: url })).toBe(false);
  });

  propTest.prop([arbAssessment()], { numRuns: 100 })("holds the assessment losslessly", (a) => {
    expect(readDataAttachment(ours(toBase64Utf8(JSON.stringify(a))), 0, {})).toEqual({ success: true, data: a });
  });

  test.each([
    ["missing", undefined],
    ["base64", "not base64!"],
    ["utf8", "/w=="],
    ["json", toBase64Utf8("{ not json")],
  ] as const)("gives data_attachment_unreadable (%s) with the content's path", (reason, base64) => {
    const r = readDataAttachment(ours(base64), 2, {});
    expect(r.success).toBe(false);
    const issues = r.success ? [] : r.error.issues;
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["data_attachment_unreadable", ["attachments", 2, "Base64Container"], { reason }],
    ]);
    for (const lang of LANGS) {
      expect(formatIssue(issues[0] as (typeof issues)[0], lang)).toMatch(/^attachments\[2\]/);
    }
  });

  test("JSON that is not a valid assessment gives the model's issues, with paths into the assessment", () => {
    const r = readDataAttachment(ours(toBase64Utf8('{"schemaVersion":"1.0"}')), 0, {});
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toContain("required");
  });

  propTest.prop(
    [
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.base64String({ maxLength: 300 }),
        fc.json().map(toBase64Utf8),
        fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString("base64")),
      ),
    ],
    { numRuns: 500 },
  )("fuzz: any content gives a result or typed issues, never an exception", (base64) => {
    const r = readDataAttachment(ours(base64), 0, {});
    if (!r.success) {
      expect(r.error.issues.length).toBeGreaterThan(0);
      for (const i of r.error.issues) {
        expect(typeof i.code).toBe("string");
        expect(Array.isArray(i.path)).toBe(true);
        if (base64.length >= 16) {
          expect(i.message).not.toContain(base64.slice(0, 16));
        }
      }
    }
  });
});
