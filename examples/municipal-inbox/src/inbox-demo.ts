/**
 * `pnpm inbox:demo`: writes the demo messages (demo-folder.ts) into a temporary folder, lets the inbox work through
 * them, prints one line per message and what the inbox holds, and removes the folder.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_OWN_HER_IDS, writeDemoFolder } from "./demo-folder.ts";
import { receiveFolder } from "./folder.ts";
import { createInbox } from "./inbox.ts";

const dir = mkdtempSync(join(tmpdir(), "pfh-inbox-demo-"));
try {
  writeDemoFolder(dir);
  const inbox = createInbox({
    ownHerIds: DEMO_OWN_HER_IDS,
    allowTestNumbers: true,
    ids: () => randomUUID(),
    now: () => new Date().toISOString(),
  });
  for (const line of receiveFolder(inbox, dir)) {
    console.log(line);
  }
  for (const a of inbox.assessments()) {
    const kinds = a.versions.map((v) => (v.amendments ?? []).at(-1)?.kind ?? "first");
    console.log(
      `assessment: ${a.versions.length} versions kept [${kinds.join(" → ")}], current ${a.cancelled ? "cancelled" : "valid"}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
