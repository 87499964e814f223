import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseMessage } from "@pakkeforlop-hjem/edi";
import { isCancelled } from "@pakkeforlop-hjem/model";
import { afterAll, describe, expect, test } from "vitest";
import { DEMO_OWN_HER_IDS, versions, writeDemoFolder } from "./demo-folder.ts";
import { receiptName, receiveFolder } from "./folder.ts";
import { createInbox } from "./inbox.ts";

const dir = mkdtempSync(join(tmpdir(), "pfh-inbox-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the inbox on a folder (issue 15)", () => {
  const names = writeDemoFolder(dir);
  let n = 0;
  const inbox = createInbox({
    ownHerIds: DEMO_OWN_HER_IDS,
    allowTestNumbers: true,
    ids: () => `00000000-0000-4000-9000-${(++n).toString(16).padStart(12, "0")}`,
    now: () => "2026-03-13T08:00:00+01:00",
  });
  const lines = receiveFolder(inbox, dir);

  test("one line per message: stored, duplicate, changed, receipt, cancelled, outdated, E21, unreadable", () => {
    expect(lines).toEqual([
      "01-epikrise-new.xml: epikrise EPIKRISE ServType N to our service, 1 note(s) → AppRec 1, assessment stored",
      "02-epikrise-new-again.xml: duplicate of 00000000-0000-4000-8000-000000000001, the first receipt sent again, nothing stored twice",
      "03-epikrise-change.xml: epikrise EPIKRISE ServType M to our service, 1 note(s) → AppRec 1, assessment changed",
      "04-apprec-for-our-message.xml: AppRec status 1 for 00000000-0000-4000-8000-00000000005a, not answered (a receipt gets no receipt)",
      "05-epikrise-cancel.xml: epikrise EPIKRISE ServType C to our service, 1 note(s) → AppRec 1, assessment cancelled",
      "06-epikrise-change-late.xml: epikrise EPIKRISE ServType M to our service, 1 note(s) → AppRec 1, assessment outdated",
      "07-dialog-to-another-municipality.xml: dialogmelding DIALOG_HELSEFAGLIG, 1 note(s) → AppRec 2 (E21), assessment none",
      "08-not-xml.xml: unreadable (not_xml), no receipt",
    ]);
    expect(names).toHaveLength(lines.length);
  });

  test("each answered message has its receipt next to it; a duplicate the same one; a receipt and junk none", () => {
    const receipt = (name: string) =>
      existsSync(join(dir, receiptName(name))) ? readFileSync(join(dir, receiptName(name)), "utf8") : undefined;
    expect(receipt("02-epikrise-new-again.xml")).toBe(receipt("01-epikrise-new.xml"));
    expect(receipt("04-apprec-for-our-message.xml")).toBeUndefined();
    expect(receipt("08-not-xml.xml")).toBeUndefined();
    const e21 = parseMessage(receipt("07-dialog-to-another-municipality.xml") ?? "");
    expect(e21.success && [e21.data.appRec?.status?.v, e21.data.appRec?.errors.map((e) => e.v)]).toEqual([
      "2",
      ["E21"],
    ]);
  });

  test("history kept, nothing double-counted, and the cancelled assessment is never shown as current", () => {
    const [v1, v2, v3] = versions();
    const stored = inbox.assessments();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.versions).toEqual([v1, v2, v3]);
    expect(stored[0]?.cancelled).toBe(true);
    expect(isCancelled(stored[0]?.current ?? v1)).toBe(true);
  });

  test("the cancelled SP1 counts as not done: SP1 is still open for the patient", () => {
    const due = inbox.due("2026-03-20");
    expect(due).toHaveLength(1);
    expect(due[0]?.issues).toEqual([]);
    expect(due[0]?.actions[0]).toMatchObject({ kind: "interaction-point", interactionPoint: 1 });
  });
});
