import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test as propTest } from "@fast-check/vitest";
import { arbAssessment } from "@pakkeforlop-hjem/test-utils";
import { arbEnvelope, deliveryFor, fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import { describe, expect, test } from "vitest";
import { buildHelsefagligDialog } from "./build-dialog.ts";
import { buildEpikrise } from "./build-epikrise.ts";
import type { Envelope } from "./envelope.ts";
import { extractAssessment } from "./extract.ts";
import { parseMessage } from "./parse.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures");

describe("extractAssessment", () => {
  propTest.prop([arbAssessment(), arbEnvelope()], { numRuns: 150 })(
    "assessment → Helsefaglig dialog / Epikrise → parse → extract is lossless",
    (assessment, envelope) => {
      const options = { ids: sequentialIds(), now: fixedNow(), patientSex: "9" as const };
      const dialog = buildHelsefagligDialog(
        assessment,
        deliveryFor(assessment, "helsefaglig-dialog"),
        envelope as Envelope,
        options,
      );
      const epikrise = buildEpikrise(assessment, deliveryFor(assessment, "epikrise"), envelope as Envelope, options);
      for (const built of [dialog, epikrise]) {
        expect(built.success).toBe(true);
        const parsed = built.success ? parseMessage(built.data.xml) : undefined;
        expect(parsed?.success).toBe(true);
        if (parsed?.success) {
          expect(extractAssessment(parsed.data)).toEqual({
            success: true,
            data: { assessment, noteIndex: 0, redacted: false },
          });
        }
      }
    },
  );

  test.each(["dialog-1.0-sloppy.xml", "epikrise-1.1.xml", "apprec-1.0-rejected.xml"])(
    "says a message not written by this SDK (%s) is not ours",
    (name) => {
      const parsed = parseMessage(readFileSync(join(fixtures, name), "utf8"));
      expect(parsed.success && extractAssessment(parsed.data)).toEqual({ success: true, data: null });
    },
  );

  test("reports a tampered carrier as invalid, with the model's issues", () => {
    const xml = `<MsgHead xmlns="http://www.kith.no/xmlstds/msghead/2006-05-24"><MsgInfo/><Document><RefDoc><MsgType V="XML"/><Content><Dialogmelding xmlns="http://www.kith.no/xmlstds/dialog/2013-01-23"><Notat><TemaKodet V="6"/><TekstNotatInnhold><div xmlns="http://www.w3.org/1999/xhtml"><table class="pfh-data"><tr><td>schemaVersion</td><td>"1.0"</td></tr><tr><td>id</td><td>not json</td></tr></table></div></TekstNotatInnhold></Notat></Dialogmelding></Content></RefDoc></Document></MsgHead>`;
    const parsed = parseMessage(xml);
    const found = parsed.success ? extractAssessment(parsed.data) : undefined;
    expect(found?.success).toBe(false);
    expect(found?.success === false && found.noteIndex).toBe(0);
    expect(found?.success === false && found.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["note_data_value", ["rows", 1, 1]],
    ]);
  });
});
