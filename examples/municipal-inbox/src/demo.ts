/**
 * `pnpm demo`: starts the inbox on a random loopback port, sends it the SP1 example as a Helsefaglig dialog built
 * with the edi package, prints the AppRec and what is due on 1 June 2026, and stops. Three requests, then exit.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAssessment } from "@pakkeforlop-hjem/model";
import { createInbox } from "./inbox.ts";
import { buildSampleMessage, INBOX_HER_ID } from "./sample.ts";
import { createInboxServer, listen } from "./server.ts";

const data = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");
const assessment = parseAssessment(JSON.parse(readFileSync(join(data, "sp1-consent-all.json"), "utf8")), {
  allowTestNumbers: true,
});
const xml = buildSampleMessage(assessment, { msgId: randomUUID(), genDate: "2026-03-10T11:00:00+01:00" });

const inbox = createInbox({
  ownHerIds: [INBOX_HER_ID],
  allowTestNumbers: true,
  ids: () => randomUUID(),
  now: () => new Date().toISOString(),
});
const running = await listen(createInboxServer(inbox));
try {
  for (const receiver of [INBOX_HER_ID, "somebody-else"]) {
    const body = receiver === INBOX_HER_ID ? xml : xml.replaceAll(`>${INBOX_HER_ID}<`, ">8000000<");
    const res = await fetch(`${running.url}/messages`, {
      method: "POST",
      headers: { "content-type": "application/xml" },
      body,
    });
    console.log(
      `POST /messages (to ${receiver === INBOX_HER_ID ? "us" : "another HER-id"}) → ${res.status}, AppRec status ${res.headers.get("x-apprec-status")}` +
        `${res.headers.get("x-apprec-errors") ? ` (${res.headers.get("x-apprec-errors")})` : ""}, assessment ${res.headers.get("x-assessment")}`,
    );
  }
  const due = (await (await fetch(`${running.url}/due?today=2026-06-01`)).json()) as {
    patients: {
      status: string;
      actions: {
        kind: string;
        interactionPoint?: number;
        timing?: string;
        window?: { opensOn: string; closesOn: string };
      }[];
    }[];
  };
  console.log("GET /due?today=2026-06-01:");
  for (const p of due.patients) {
    console.log(`  patient (${p.status}):`);
    for (const a of p.actions) {
      console.log(
        `    ${a.kind}${a.interactionPoint === undefined ? "" : ` SP${a.interactionPoint}`}${a.timing === undefined ? "" : ` ${a.timing}`}` +
          `${a.window === undefined ? "" : ` ${a.window.opensOn}..${a.window.closesOn}`}`,
      );
    }
  }
} finally {
  await running.close();
}
