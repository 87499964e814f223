/**
 * The inbox on a folder: every `*.xml` file in it (sorted by name, receipts we wrote skipped) is received in turn;
 * for each, one summary line is printed and the receipt is written next to it as `<name>.apprec.xml`. A duplicate
 * (same MsgId) gets the first receipt again and changes nothing; a receipt (AppRec) gets none. The lines hold codes,
 * ids and kinds only, never names, numbers or note text.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Inbox, Received } from "./inbox.ts";

/** The receipt file written next to a message. */
export const receiptName = (file: string): string => `${file.replace(/\.xml$/i, "")}.apprec.xml`;

/** The AppRec a received message is answered with, if any (a duplicate: the first one's). */
export function receiptOf(r: Received): string | undefined {
  if (r.kind === "answered") {
    return r.appRec.xml;
  }
  return r.kind === "duplicate" ? receiptOf(r.first) : undefined;
}

/** One line about a received message. */
export function describe(name: string, r: Received): string {
  switch (r.kind) {
    case "unreadable":
      return `${name}: unreadable (${r.code}), no receipt`;
    case "receipt":
      return `${name}: AppRec status ${r.status ?? "?"} for ${r.of ?? "?"}, not answered (a receipt gets no receipt)`;
    case "duplicate":
      return `${name}: duplicate of ${r.summary.msgId ?? "?"}, the first receipt sent again, nothing stored twice`;
    case "unanswerable":
      return `${name}: ${r.summary.kind} without ${r.codes.join(", ")}, cannot be answered`;
    case "answered": {
      const s = r.summary;
      const what = [s.kind, s.msgType, s.servType === undefined ? undefined : `ServType ${s.servType}`]
        .filter((x) => x !== undefined)
        .join(" ");
      const to = s.receiverLevel === undefined ? "" : ` to our ${s.receiverLevel}`;
      const errors = r.errors.length === 0 ? "" : ` (${r.errors.map((e) => e.code).join(", ")})`;
      return `${name}: ${what}${to}, ${s.notes} note(s) → AppRec ${r.appRec.status}${errors}, assessment ${r.assessment}`;
    }
  }
}

/** Receives every message in `dir`, writes the receipts, returns one line per message. */
export function receiveFolder(inbox: Inbox, dir: string): string[] {
  const files = readdirSync(dir)
    .filter((f) => /\.xml$/i.test(f) && !/\.apprec\.xml$/i.test(f))
    .sort();
  return files.map((file) => {
    const r = inbox.receive(new Uint8Array(readFileSync(join(dir, file))));
    const receipt = receiptOf(r);
    if (receipt !== undefined) {
      writeFileSync(join(dir, receiptName(file)), receipt);
    }
    return describe(file, r);
  });
}
