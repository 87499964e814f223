/**
 * `pnpm inbox <folder>`: receives every message in the folder and writes each receipt next to it (folder.ts), then
 * lists the assessments stored (every version kept; a cancelled one is never current) and what is due on `TODAY`
 * (default: the date the process runs, Europe/Oslo). Without a folder it reads one message from stdin and writes its
 * receipt to stdout. Answers for the HER-ids in `OWN_HER_IDS` (comma-separated; default the sample's) and accepts
 * synthetic test numbers: this is an example, not production.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, receiptOf, receiveFolder } from "./folder.ts";
import { createInbox, type Inbox } from "./inbox.ts";
import { INBOX_HER_ID } from "./sample.ts";

const inbox = createInbox({
  ownHerIds: (process.env["OWN_HER_IDS"] ?? INBOX_HER_ID).split(","),
  allowTestNumbers: true,
  ids: () => randomUUID(),
  now: () => new Date().toISOString(),
});

/** What the inbox holds, one line per assessment: its versions and whether the current one is cancelled. */
function storeLines(box: Inbox): string[] {
  return box.assessments().map((a) => {
    const kinds = a.versions.map((v) => (v.amendments ?? []).at(-1)?.kind ?? "first");
    return `assessment ${a.id}: ${a.versions.length} version(s) [${kinds.join(" → ")}], current ${a.cancelled ? "cancelled (not done)" : `SP${a.current.interactionPoint} ${a.current.outcome.status}`}`;
  });
}

const dir = process.argv[2];
if (dir === undefined) {
  const r = inbox.receive(new Uint8Array(readFileSync(0)));
  console.error(describe("stdin", r));
  const receipt = receiptOf(r);
  if (receipt !== undefined) {
    process.stdout.write(receipt);
  }
} else {
  for (const line of [...receiveFolder(inbox, dir), ...storeLines(inbox)]) {
    console.log(line);
  }
  const today = process.env["TODAY"] ?? new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Oslo" });
  for (const entry of inbox.due(today)) {
    const next = entry.actions.map((a) => `${a.kind}${"interactionPoint" in a ? ` SP${a.interactionPoint}` : ""}`);
    console.log(`due ${today}: patient ${entry.status}: ${next.join(", ") || "nothing"}`);
  }
}
