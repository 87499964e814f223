import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseMessage } from "@pakkeforlop-hjem/edi";
import type { Assessment } from "@pakkeforlop-hjem/model";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createInbox } from "./inbox.ts";
import { buildSampleMessage, HOSPITAL_TO_MUNICIPALITY, INBOX_HER_ID } from "./sample.ts";
import { createInboxServer, listen, type Running } from "./server.ts";

const data = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");
const example = (name: string) => JSON.parse(readFileSync(join(data, `${name}.json`), "utf8")) as Assessment;

const MSG_SP1 = "6f1c1c5e-2f0a-4c1e-9a55-0b1f3b3e1a01";
const MSG_OTHER = "6f1c1c5e-2f0a-4c1e-9a55-0b1f3b3e1a02";
const MSG_INVALID = "6f1c1c5e-2f0a-4c1e-9a55-0b1f3b3e1a03";
const GEN = "2026-03-10T11:00:00+01:00";
const APPREC_ID = "0a0a0a0a-0000-4000-8000-000000000001";

const sp1 = buildSampleMessage(example("sp1-consent-all"), { msgId: MSG_SP1, genDate: GEN });
const toSomebodyElse = buildSampleMessage(example("sp1-consent-all"), {
  msgId: MSG_OTHER,
  genDate: GEN,
  envelope: {
    ...HOSPITAL_TO_MUNICIPALITY,
    receiver: {
      organisation: { name: "Annen kommune", herId: "8000001" },
      service: { name: "Tildelingskontoret", herId: "8000002" },
    },
  },
});
// The invalid example (a wrong check digit in the identifier) sent anyway: the receiver must catch it.
const invalid = buildSampleMessage(example("invalid-sp1"), { msgId: MSG_INVALID, genDate: GEN, validate: false });

const logs: string[] = [];
let running: Running;
let requests = 0;

async function post(body: string, headers: Record<string, string> = {}) {
  requests++;
  const res = await fetch(`${running.url}/messages`, {
    method: "POST",
    headers: { "content-type": "application/xml", ...headers },
    body,
  });
  return { res, text: await res.text() };
}

async function get(path: string) {
  requests++;
  const res = await fetch(`${running.url}${path}`);
  return { res, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  const inbox = createInbox({
    ownHerIds: [INBOX_HER_ID],
    allowTestNumbers: true,
    maxBytes: 200_000,
    ids: () => APPREC_ID,
    now: () => "2026-03-10T11:05:00+01:00",
  });
  running = await listen(createInboxServer(inbox, { maxBytes: 200_000, log: (l) => logs.push(l) }));
});

afterAll(async () => {
  await running?.close();
});

describe("buildSampleMessage (the hospital side)", () => {
  test("the builder refuses an invalid assessment unless told to send it anyway", () => {
    expect(() => buildSampleMessage(example("invalid-sp1"), { msgId: MSG_INVALID, genDate: GEN })).toThrow(
      /invalid_identifier/,
    );
  });
});

describe("municipal inbox over a real socket", () => {
  test("listens on the loopback interface only, on a random port", () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.url).not.toMatch(/:0$/);
  });

  test("a valid SP1 message: AppRec status 1 quoting the original, the assessment is stored", async () => {
    const { res, text } = await post(sp1);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(res.headers.get("x-apprec-status")).toBe("1");
    expect(res.headers.get("x-assessment")).toBe("stored");
    const receipt = parseMessage(text);
    expect(receipt.success && receipt.data.kind).toBe("apprec");
    expect(text).toContain('<Status V="1"');
    expect(text).not.toContain("<Error");
    expect(text).toContain(`<Id>${MSG_SP1}</Id>`);
    expect(text).toContain(`<Id>${APPREC_ID}</Id>`);
  });

  test("what is due next, on an explicit day: SP2 open in its window, SP3 not yet", async () => {
    const { res, body } = await get("/due?today=2026-06-01");
    expect(res.status).toBe(200);
    const patients = body["patients"] as {
      status: string;
      issues: string[];
      actions: { kind: string; interactionPoint?: number; timing?: string; window?: unknown }[];
    }[];
    expect(patients).toHaveLength(1);
    expect(patients[0]?.status).toBe("active");
    expect(patients[0]?.issues).toEqual([]);
    expect(patients[0]?.actions.map((a) => [a.kind, a.interactionPoint, a.timing, a.window])).toEqual([
      ["interaction-point", 2, "open", { opensOn: "2026-05-20", closesOn: "2026-06-20" }],
      ["interaction-point", 3, "not-due", { opensOn: "2027-02-20", closesOn: "2027-08-20" }],
    ]);
    const later = await get("/due?today=2026-07-01");
    const actions = (later.body["patients"] as { actions: { timing?: string }[] }[])[0]?.actions;
    expect(actions?.[0]?.timing).toBe("overdue");
  });

  test("the same message twice is stored once", async () => {
    const { res } = await post(sp1);
    expect(res.headers.get("x-apprec-status")).toBe("1");
    const { body } = await get("/due?today=2026-06-01");
    expect((body["patients"] as unknown[]).length).toBe(1);
    expect((body["patients"] as { issues: string[] }[])[0]?.issues).toEqual([]);
  });

  test("a message to another receiver: AppRec status 2 with 8221 error E21", async () => {
    const { res, text } = await post(toSomebodyElse);
    expect(res.headers.get("x-apprec-status")).toBe("2");
    expect(res.headers.get("x-apprec-errors")).toBe("E21");
    expect(text).toContain('<Status V="2"');
    expect(text).toContain('<Error V="E21" S="2.16.578.1.12.4.1.1.8221" DN="Mottaker finnes ikke"/>');
  });

  test("an invalid assessment in the note: AppRec status 2 (X99) naming paths and codes, never values", async () => {
    const { res, text } = await post(invalid);
    expect(res.headers.get("x-apprec-status")).toBe("2");
    expect(res.headers.get("x-apprec-errors")).toBe("X99");
    expect(res.headers.get("x-assessment")).toBe("invalid");
    expect(text).toMatch(
      /<Error V="X99" S="2\.16\.578\.1\.12\.4\.1\.1\.8221" DN="Annen feil" OT="Vurderingen i meldingen er ugyldig: [^"]+"\/>/,
    );
    expect(text).toContain("patient.identifier.value (invalid_identifier)");
    expect(text).not.toContain("15837210095");
    expect(text).not.toContain("Testpasient");
  });

  test("not XML: 400 with the reason, no AppRec (there is no MsgId to quote)", async () => {
    const { res, text } = await post("this is not xml");
    expect(res.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: "not_xml" });
  });

  test.each([
    ['<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd"><x/>', "doctype_forbidden"],
    ['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "entity_forbidden"],
  ])("DTDs and entities are refused before anything is loaded or expanded (%#)", async (xml, code) => {
    const { res, text } = await post(xml);
    expect(res.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: code });
  });

  test("a body over the limit: 413", async () => {
    const { res } = await post(`<x>${"a".repeat(210_000)}</x>`);
    expect(res.status).toBe(413);
  });

  test("usage errors: no day, wrong method, unknown path", async () => {
    expect((await get("/due")).res.status).toBe(400);
    expect((await get("/due?today=1.6.2026")).res.status).toBe(400);
    expect((await get("/messages")).res.status).toBe(405);
    expect((await get("/nope")).res.status).toBe(404);
  });

  test("the log names method, path and status only, and every request was answered", () => {
    expect(logs).toHaveLength(requests);
    expect(logs).toContain("POST /messages → 200");
    expect(logs.join("\n")).not.toMatch(/Testpasient|1583721009/);
  });
});
