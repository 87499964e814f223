/**
 * `pnpm start` (or `PORT=8080 pnpm start`): runs the inbox on 127.0.0.1 until Ctrl-C. It answers for the HER-id
 * in sample.ts and accepts synthetic test numbers (this is an example, not production).
 */
import { randomUUID } from "node:crypto";
import { createInbox } from "./inbox.ts";
import { INBOX_HER_ID } from "./sample.ts";
import { createInboxServer, listen } from "./server.ts";

const inbox = createInbox({
  ownHerIds: [INBOX_HER_ID],
  allowTestNumbers: true,
  ids: () => randomUUID(),
  now: () => new Date().toISOString(),
});
const running = await listen(
  createInboxServer(inbox, { log: (line) => console.log(line) }),
  Number(process.env["PORT"] ?? 0),
);
console.log(`municipal inbox on ${running.url}  (POST /messages, GET /due?today=YYYY-MM-DD; Ctrl-C stops)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    running.close().then(() => process.exit(0));
  });
}
