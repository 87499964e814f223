/**
 * The receiving side as a municipality's integration uses it (issue 15): `parseMessage` → `appRecOutcomeFor` →
 * `createAppRec`, on messages shaped like other vendors' (test/fixtures/inbound, written for these tests from the
 * standards; see its README). Every receipt written here validates against the AppRec XSD when xmllint is there.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue, LANGS } from "@pakkeforlop-hjem/model";
import { fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import { afterAll, describe, expect, test } from "vitest";
import { appRecErrorsFor, appRecOutcomeFor, createAppRec } from "./apprec.ts";
import { parseMessage } from "./parse.ts";
import type { ParsedMessage } from "./parsed-message.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "inbound");
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));
const XSD = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "shared", "standards", "xsd");
const canValidate =
  existsSync(join(XSD, "msghead-with-payloads.xsd")) && spawnSync("xmllint", ["--version"]).status === 0;
const receipts: string[] = [];

/** The HER-ids of the municipal inbox the fixtures are addressed to: the organisation, two services, a nurse. */
const OWN = { organisation: "8085612", homeCare: "8136712", coordinator: "8136720", nurse: "8136790" };

function parsed(name: string, ownHerIds?: readonly string[]): ParsedMessage {
  const r = parseMessage(bytes(name), ownHerIds === undefined ? {} : { ownHerIds });
  if (!r.success) {
    throw new Error(`${name} did not parse: ${r.error.issues.map((i) => i.code).join(", ")}`);
  }
  return r.data;
}

function answer(m: ParsedMessage) {
  const r = createAppRec(m, appRecOutcomeFor(m), { version: "1.1", ids: sequentialIds(500), now: fixedNow() });
  if (r.success) {
    receipts.push(r.data.xml);
  }
  return r;
}

describe("receiving messages shaped like other vendors' (issue 15)", () => {
  test("point 1: a message to a person (organisation → service → person) gets status 1 when we hold the person's HER-id", () => {
    const m = parsed("helsefaglig-to-person.xml", [OWN.nurse]);
    expect(m.issues).toEqual([]);
    expect(m.receiverMatch).toEqual({ level: "person", herId: OWN.nurse });
    expect(m.receiver?.service?.person?.name).toBe("Siri Sykepleiersen");
    const r = answer(m);
    expect(r.success && r.data.status).toBe("1");
    expect(parsed("helsefaglig-to-person.xml", [OWN.homeCare]).receiverMatch?.level).toBe("service");
    expect(parsed("helsefaglig-to-person.xml", [OWN.organisation]).receiverMatch?.level).toBe("organisation");
    const elsewhere = parsed("helsefaglig-to-person.xml", ["999"]);
    expect(appRecOutcomeFor(elsewhere)).toEqual({ status: "rejected", errors: [{ code: "E21" }] });
  });

  test("point 2: an AppRec in is read, and gets no receipt (typed result)", () => {
    const m = parsed("apprec-1.1-ok.xml", ["8132005"]); // the hospital service that sent the original
    expect([m.kind, m.issues, m.appRec?.status?.v]).toEqual(["apprec", [], "1"]);
    expect(m.appRec?.originalMsgId.id).toBe("b3f1c0de-5a7e-4c1b-9d8e-2f4a6b8c0d12");
    const r = answer(m);
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(["no_receipt_for_receipt"]);
    expect(appRecErrorsFor(r.success ? [] : r.error.issues)).toEqual([]);
  });

  test("point 3: Epikrise N, M and C read with their ServType and the same document id", () => {
    const [n, mod, c] = (["N", "M", "C"] as const).map((k) => parsed(`epikrise-1.2-${k}.xml`, ["8102360"]));
    expect([n, mod, c].map((x) => [x?.servType?.v, x?.documentId, x?.receiverMatch?.level])).toEqual([
      ["N", "DIPS-EPI-2026-000417", "person"],
      ["M", "DIPS-EPI-2026-000417", "person"],
      ["C", "DIPS-EPI-2026-000417", "person"],
    ]);
    expect(c?.notes[0]?.text).toBe("Epikrisen er sendt på feil pasient og trekkes tilbake.");
    for (const x of [n, mod, c]) {
      const r = answer(x as ParsedMessage);
      expect(r.success && r.data.status).toBe("1");
    }
  });

  test("point 4: coded InfItems keep their codes; a Svar keeps its question", () => {
    const coded = parsed("epikrise-1.2-coded.xml");
    expect(coded.processingStatus).toBe("TEST");
    expect(coded.notes.map((n) => [n.code?.v, n.text, n.codes?.map((c) => c.v)])).toEqual([
      ["H", "Ondartet svulst i øvre laterale kvadrant av bryst (C50.4)", ["C50.4"]],
      ["B", "Diabetes mellitus type 2 uten komplikasjoner (E11.9)", ["E11.9"]],
      ["OPPL", "Tåler cellegift godt. Ny kontroll om tre uker.", undefined],
    ]);
    const svar = parsed("dialog-svar-1.0.xml", [OWN.coordinator]);
    expect(svar.notes[0]?.question).toMatchObject({
      kind: "foresporsel",
      code: { v: "1", s: "2.16.578.1.12.4.1.1.8331" },
      text: "Kan du sende siste blodsukkerverdier og oppdatert legemiddelliste?",
    });
    expect([svar.conversationRef?.refToParent, svar.documentId]).toEqual([
      "9c1e3a5b-7d9f-4b1d-8f3a-5c7e9b1d3f04",
      "SVAR-55102",
    ]);
  });

  test("point 5: a MsgHead without MsgInfo/Type is read, and answered 'avvist' with T02", () => {
    const m = parsed("msghead-without-type.xml", [OWN.nurse]);
    expect(m.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["missing_element", "MsgInfo.Type"]]);
    const r = answer(m);
    expect(r.success && r.data.status).toBe("2");
    expect(r.success && r.data.xml).toContain('<Error V="T02"');
  });

  test("point 6: UTF-16 with a BOM and ISO-8859-1 read as their UTF-8 twins; invalid UTF-8 is invalid_encoding (T01)", () => {
    const twin = parsed("helsefaglig-to-person.xml", [OWN.nurse]);
    const u16 = parsed("helsefaglig-utf16le-bom.xml", [OWN.nurse]);
    expect({ ...u16, msgId: twin.msgId }).toEqual(twin);
    const svar = parsed("dialog-svar-1.0.xml");
    const latin = parsed("dialog-svar-iso-8859-1.xml");
    expect({ ...latin, msgId: svar.msgId }).toEqual(svar);
    expect(latin.receiver?.name).toBe("Askøy kommune");
    const bad = parseMessage(bytes("helsefaglig-invalid-utf8.xml"));
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.code, i.params])).toEqual([
      ["invalid_encoding", { encoding: "UTF-8" }],
    ]);
    expect(appRecErrorsFor(bad.success ? [] : bad.error.issues)).toEqual([{ code: "T01" }]);
  });

  test("point 8: the receipt names the person who sent the message (HCPerson)", () => {
    const r = answer(parsed("dialog-svar-1.0.xml", [OWN.coordinator]));
    expect(r.success).toBe(true);
    const back = parseMessage(r.success ? r.data.xml : "");
    expect(back.success && back.data.receiver).toMatchObject({
      herId: "8102337",
      role: "AVS",
      person: { name: "Fastlege Fastlegesen", ids: [{ id: "8102360", type: "HER" }] },
    });
  });

  test("no issue text, in any language, quotes a value from the fixtures", () => {
    for (const name of ["msghead-without-type.xml", "helsefaglig-invalid-utf8.xml"]) {
      const r = parseMessage(bytes(name), { ownHerIds: ["1"] });
      const issues = r.success ? r.data.issues : r.error.issues;
      for (const text of issues.flatMap((i) => LANGS.map((lang) => formatIssue(i, lang)))) {
        expect(text).not.toMatch(/Testesen|13116900216|Askøy|8136790/);
      }
    }
  });

  afterAll(() => {
    if (!canValidate || receipts.length === 0) {
      return;
    }
    const tmp = mkdtempSync(join(tmpdir(), "pfh-receipts-"));
    try {
      const files = receipts.map((xml, i) => {
        const file = join(tmp, `apprec-${i}.xml`);
        writeFileSync(file, xml);
        return file;
      });
      const r = spawnSync(
        "xmllint",
        ["--nonet", "--noout", "--schema", join(XSD, "msghead-with-payloads.xsd"), ...files],
        {
          env: { ...process.env, XML_CATALOG_FILES: join(XSD, "catalog.xml") },
          encoding: "utf8",
        },
      );
      expect(`${r.stdout}${r.stderr}`.split("\n").filter((l) => l.includes("fails to validate"))).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
