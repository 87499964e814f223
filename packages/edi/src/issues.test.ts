import { formatIssue, LANGS } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { EDI_ISSUES, type EdiIssue, type EdiIssueCode, type EdiIssueParams } from "./issues.ts";

/** One issue of every code with params as the code defines them: the compiler demands every code. */
const SAMPLES: { readonly [TCode in EdiIssueCode]: EdiIssueParams[TCode] } = {
  not_xml: { reason: "not well-formed" },
  invalid_encoding: { encoding: "UTF-8" },
  unsupported_encoding: {},
  reader_internal_error: {},
  doctype_forbidden: {},
  entity_forbidden: {},
  too_large: { limit: 5_000_000 },
  unsupported_message: { element: "Foo", namespace: "urn:example" },
  unsupported_payload: { element: "Bar", namespace: "urn:example" },
  missing_element: { element: "MsgId" },
  invalid_msg_id: {},
  insufficient_patient_identification: {},
  unknown_receiver: {},
  too_many_issues: { limit: 100, omitted: 3 },
  no_receipt_for_receipt: {},
  data_attachment_unreadable: { reason: "json" },
  data_carriers_disagree: {},
  correction_mismatch: { reason: "history" },
  outdated_correction: {},
  missing_phone: {},
  assessment_cancelled: {},
};

const make = EDI_ISSUES.issue as (code: string, path: (string | number)[], params: object) => EdiIssue;

describe("EDI_ISSUES", () => {
  test("declares exactly the package's codes", () => {
    expect([...EDI_ISSUES.codes].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  test.each(Object.entries(SAMPLES))("writes %s in nb, nn and en through formatIssue", (code, params) => {
    const i = make(code, ["MsgHead"], params);
    const texts = LANGS.map((lang) => formatIssue(i, lang));
    for (const text of texts) {
      expect(text.startsWith("MsgHead: ")).toBe(true);
      expect(text).not.toMatch(/undefined/);
    }
    expect(texts[2]).toBe(i.message);
    expect(texts[0]).not.toBe(texts[2]);
  });

  test("format (deprecated) is formatIssue", () => {
    const i = EDI_ISSUES.issue("too_large", [], { limit: 10 });
    for (const lang of LANGS) {
      expect(EDI_ISSUES.format(i, lang)).toBe(formatIssue(i, lang));
    }
    expect(EDI_ISSUES.format(i)).toBe("(root): meldingen er større enn grensen på 10 byte");
  });
});
