import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fc, test as propTest } from "@fast-check/vitest";
import { formatIssue, LANGS } from "@pakkeforlop-hjem/model";
import { deliveryFor, ENVELOPE, fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import { assessmentFixture } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import { appRecErrorsFor } from "./apprec.ts";
import { buildHelsefagligDialog } from "./build-dialog.ts";
import type { Envelope } from "./envelope.ts";
import { DEFAULT_MAX_BYTES, parseMessage } from "./parse.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures");
const fixture = (name: string): string => readFileSync(join(fixtures, name), "utf8");
/** CI runs 10⁴ cases; `pnpm --filter @pakkeforlop-hjem/edi fuzz` (FUZZ_RUNS) runs more. */
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 10_000);

const codeOf = (xml: string | Uint8Array, options = {}): string | undefined => {
  const r = parseMessage(xml, options);
  return r.success ? undefined : r.error.issues[0]?.code;
};

const a = assessmentFixture({ municipalityConsent: "granted" });
const built = buildHelsefagligDialog(a, deliveryFor(a, "helsefaglig-dialog"), ENVELOPE as Envelope, {
  ids: sequentialIds(),
  now: fixedNow(),
});
const sample = built.success ? built.data.xml : "";

describe("parseMessage", () => {
  test("reads a sloppy Dialogmelding 1.0: no S, 8268 codes, padded and prefixed HER-ids, a misspelt xsi namespace", () => {
    const r = parseMessage(fixture("dialog-1.0-sloppy.xml"));
    expect(r.success).toBe(true);
    if (!r.success) {
      return;
    }
    const m = r.data;
    expect([m.kind, m.version, m.msgType?.v]).toEqual(["dialogmelding", "1.0", "DIALOG_NOTAT"]);
    expect(m.msgId).toBe("6F2B1D3A-9C4E-4B7A-8E21-0A1B2C3D4E5F");
    expect(m.issues).toEqual([]);
    expect(m.sender?.herId).toBe("0081234");
    expect(m.sender?.service?.herId).toBe("HER-7654321");
    expect(m.sender?.ids[1]).toEqual({
      id: "964338531",
      type: "ENH",
      codeSystem: "2.16.578.1.12.4.1.1.8268",
      system: "urn:oid:2.16.578.1.12.4.1.4.101",
    });
    expect(m.receiver?.person).toEqual({
      name: "Test Lege",
      ids: [
        { id: "9144897", type: "HPR", codeSystem: "2.16.578.1.12.4.1.1.8268", system: "urn:oid:2.16.578.1.12.4.1.4.4" },
      ],
    });
    expect(m.patient?.ids[0]?.system).toBe("urn:oid:2.16.578.1.12.4.1.4.1");
    expect(m.notes).toEqual([
      {
        kind: "notat",
        code: { v: "1", dn: "Notat om pasient" },
        theme: "Oppfølging etter utskrivning",
        text: "Pasienten har fått besøk.\nNy vurdering om en uke. 5 < 7 & alt vel.",
        xhtml: false,
        date: "2024-11-05",
      },
    ]);
    expect(m.attachments).toEqual([
      { msgType: "A", mimeType: "application/pdf", description: "Brev til pasient", base64: "JVBERi0xLjQKJSVFT0YK" },
    ]);
  });

  test("reads an Epikrise 1.1 (Type E, bytes in ISO-8859-1) and flags its non-UUID MsgId", () => {
    const r = parseMessage(new TextEncoder().encode(fixture("epikrise-1.1.xml")));
    expect(r.success).toBe(true);
    if (!r.success) {
      return;
    }
    expect([r.data.kind, r.data.version, r.data.msgType?.v]).toEqual(["epikrise", "1.1", "EPIKRISE"]);
    expect(r.data.issues.map((i) => i.code)).toEqual(["invalid_msg_id"]);
    expect(r.data.sender?.herId).toBe("4001031");
    expect(r.data.sender?.service?.name).toBe("Onkologisk poliklinikk");
    expect(r.data.receiver?.person?.name).toBe("Dr. Fastlege");
    expect(r.data.notes[0]).toMatchObject({ kind: "infitem", theme: "Poliklinisk notat", text: "Kontroll uten funn." });
    expect(r.data.patient).toEqual({
      name: "Testesen, Testine",
      ids: [{ id: "13116900216", type: "FNR", system: "urn:oid:2.16.578.1.12.4.1.4.1" }],
    });
  });

  test("reads an AppRec 1.0 rejection with its error and the original message id", () => {
    const r = parseMessage(fixture("apprec-1.0-rejected.xml"));
    expect(r.success && r.data.appRec).toEqual({
      status: { v: "2", dn: "Avvist" },
      errors: [
        {
          v: "E36",
          s: "2.16.578.1.12.4.1.1.8221",
          dn: "Pasientopplysninger er utilstrekkelige",
          ot: "Mangler fødselsnummer",
        },
      ],
      originalMsgId: {
        msgType: "DIALOG_NOTAT",
        issueDate: "2024-11-05T08:30:00",
        id: "6F2B1D3A-9C4E-4B7A-8E21-0A1B2C3D4E5F",
      },
    });
    expect(r.success && [r.data.version, r.data.sender?.role, r.data.receiver?.service?.herId]).toEqual([
      "1.0",
      "PRIM",
      "7654321",
    ]);
  });

  test("reads the envelope of a MsgHead with another payload and reports unsupported_payload", () => {
    const r = parseMessage(fixture("msghead-plo.xml"));
    expect(r.success && [r.data.kind, r.data.issues.map((i) => i.code)]).toEqual(["msghead", ["unsupported_payload"]]);
  });

  test("reads its own Helsefaglig dialog, with the receiver known or unknown", () => {
    const ok = parseMessage(sample, { ownHerIds: ["8139433"] });
    expect(ok.success && ok.data.issues).toEqual([]);
    const unknown = parseMessage(sample, { ownHerIds: ["1"] });
    expect(unknown.success && unknown.data.issues.map((i) => i.code)).toEqual(["unknown_receiver"]);
  });

  test.each([
    [
      "XXE (external entity)",
      '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><MsgHead>&x;</MsgHead>',
      "entity_forbidden",
    ],
    [
      "billion laughs",
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;">]><MsgHead>&lol3;</MsgHead>',
      "entity_forbidden",
    ],
    [
      "a DOCTYPE without entities",
      '<!DOCTYPE MsgHead SYSTEM "http://example.org/x.dtd"><MsgHead/>',
      "doctype_forbidden",
    ],
    ["an undeclared entity", "<MsgHead>&nbsp;</MsgHead>", "not_xml"],
    ["plain text", "hello", "not_xml"],
    ["JSON", '{"MsgHead":{}}', "not_xml"],
    ["an empty string", "", "not_xml"],
    ["an unclosed root", "<MsgHead><MsgInfo>", "not_xml"],
    ["an unknown root", "<Henvisning xmlns='urn:x'/>", "unsupported_message"],
  ])("refuses %s", (_title, xml, code) => {
    expect(codeOf(xml)).toBe(code);
  });

  test("refuses input over the size limit, by default and by option, before parsing", () => {
    const big = `<MsgHead>${"x".repeat(DEFAULT_MAX_BYTES)}</MsgHead>`;
    expect(codeOf(big)).toBe("too_large");
    expect(codeOf(sample, { maxBytes: 1000 })).toBe("too_large");
    expect(codeOf(new Uint8Array(2000), { maxBytes: 1000 })).toBe("too_large");
    expect(codeOf("ø".repeat(600), { maxBytes: 1000 })).toBe("too_large");
  });

  test("issue messages never quote the document", () => {
    const r = parseMessage("<MsgHead><Secret13116900216>");
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.success ? {} : r.error.issues)).not.toContain("13116900216");
  });

  propTest.prop([fc.string({ unit: "binary", maxLength: 300 })], { numRuns: RUNS })(
    "never throws on arbitrary strings",
    (s) => {
      const r = parseMessage(s);
      expect(r.success || r.error.issues[0]?.code !== "reader_internal_error").toBe(true);
    },
  );

  const mutation = fc.oneof(
    fc.record({ op: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
    fc.record({
      op: fc.constant("insert" as const),
      at: fc.nat(),
      text: fc.constantFrom(
        "<",
        ">",
        "&",
        "</MsgInfo>",
        "<!DOCTYPE x>",
        "<![CDATA[",
        "&amp;",
        '"',
        "<Notat>",
        "\u0000",
        "]]>",
        "<?x?>",
        "<a:b xmlns:a=''>",
      ),
    }),
    fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  );
  propTest.prop([fc.array(mutation, { minLength: 1, maxLength: 4 })], { numRuns: RUNS })(
    "never throws on mutated messages",
    (ops) => {
      let xml = sample;
      for (const m of ops) {
        const at = m.at % (xml.length + 1);
        xml =
          m.op === "delete"
            ? xml.slice(0, at) + xml.slice(at + m.len)
            : m.op === "insert"
              ? xml.slice(0, at) + m.text + xml.slice(at)
              : xml.slice(0, at) + xml.slice(at, at + m.len) + xml.slice(at);
      }
      const r = parseMessage(xml);
      expect(r.success || r.error.issues[0]?.code !== "reader_internal_error").toBe(true);
    },
  );

  test("a bug inside the reader is reader_internal_error, never T01 (issue 15 point 7)", () => {
    const real = new TextEncoder().encode(sample);
    const broken = new Proxy(real, {
      get(target, key) {
        if (key === "length") {
          return target.length;
        }
        throw new TypeError("simulated bug");
      },
    });
    const r = parseMessage(broken);
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(["reader_internal_error"]);
    expect(appRecErrorsFor(r.success ? [] : r.error.issues)).toEqual([]);
  });

  test("a sender nested 10⁶ organisations deep is read, not a stack overflow", { timeout: 120_000 }, () => {
    const n = 1_000_000;
    const xml = `<MsgHead><MsgInfo><Sender>${"<Organisation>".repeat(n)}${"</Organisation>".repeat(n)}</Sender></MsgInfo></MsgHead>`;
    const r = parseMessage(xml, { maxBytes: xml.length, ownHerIds: ["1"] });
    expect(r.success && r.data.issues.map((i) => i.code)).toContain("missing_element");
  });

  test("a __proto__ or constructor prefix, element or namespace is read as data", () => {
    const r = parseMessage(
      '<__proto__:MsgHead xmlns:__proto__="urn:x" xmlns:constructor="urn:y"><constructor:MsgInfo><__proto__/></constructor:MsgInfo></__proto__:MsgHead>',
    );
    expect(r.success && r.data.kind).toBe("msghead");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  propTest.prop([fc.string({ maxLength: 60 }), fc.string({ maxLength: 100 })], { numRuns: RUNS / 10 })(
    "names and namespace URIs from the document never reach an issue text, and params hold printable ASCII only",
    (name, ns) => {
      const root = `R${name.replace(/[^A-Za-z0-9_.-]/g, "")}x`;
      const xml = `<${root} xmlns="${ns.replace(/[<&"]/g, "")}"/>`;
      const r = parseMessage(xml);
      const issues = r.success ? r.data.issues : r.error.issues;
      for (const issue of issues) {
        for (const text of [issue.message, ...LANGS.map((lang) => formatIssue(issue, lang))]) {
          expect(text.includes(root)).toBe(false);
          expect(/[\n\r]/.test(text)).toBe(false);
        }
        for (const value of Object.values(issue.params)) {
          expect(String(value)).toMatch(/^[\x20-\x7e]*$/);
        }
      }
    },
  );

  propTest.prop([fc.uint8Array({ maxLength: 400 })], { numRuns: RUNS })(
    "never throws on arbitrary bytes, and never reports an internal error",
    (b) => {
      const r = parseMessage(b);
      expect(r.success || r.error.issues[0]?.code !== "reader_internal_error").toBe(true);
    },
  );

  const encodings = fc.constantFrom("utf-16le", "utf-16be", "latin1", "utf-8-bom");
  propTest.prop([encodings, fc.nat(), fc.integer({ min: 0, max: 255 })], { numRuns: RUNS / 10 })(
    "the sample in every encoding, with one byte changed, is read or refused with a code, never an internal error",
    (encoding, at, byte) => {
      const body = sample.replace(
        'encoding="UTF-8"',
        `encoding="${encoding === "latin1" ? "ISO-8859-1" : encoding === "utf-8-bom" ? "UTF-8" : "UTF-16"}"`,
      );
      const encoded =
        encoding === "utf-8-bom"
          ? Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)])
          : encoding === "latin1"
            ? Uint8Array.from([...body].map((c) => (c.charCodeAt(0) > 0xff ? 0x3f : c.charCodeAt(0))))
            : Uint8Array.from([
                ...(encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff]),
                ...[...body].flatMap((_, i) => {
                  const c = body.charCodeAt(i);
                  return encoding === "utf-16le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
                }),
              ]);
      const clean = parseMessage(encoded);
      expect(clean.success).toBe(true);
      const mutated = encoded.slice();
      mutated[at % mutated.length] = byte;
      const r = parseMessage(mutated);
      expect(r.success || r.error.issues[0]?.code !== "reader_internal_error").toBe(true);
    },
  );
});
