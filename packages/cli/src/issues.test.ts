/**
 * One formatter for every package (ARCHITECTURE.md "Errors"): every issue code of every package of the SDK, listed
 * here from each package's code type (the compiler refuses a missing or unknown code), has a text in nb, nn and en
 * through the model's `formatIssue`, and a code two packages share has one text.
 */
import { EDI_ISSUES, type EdiIssueCode } from "@pakkeforlop-hjem/edi";
import { EPIKRISE_ISSUES, type EpikriseIssueCode } from "@pakkeforlop-hjem/epikrise";
import { FHIR_ISSUES, type FhirIssueCode } from "@pakkeforlop-hjem/fhir";
import { INSTRUMENTS_ISSUES, type InstrumentsIssueCode } from "@pakkeforlop-hjem/instruments";
import {
  formatIssue,
  type IssueCode,
  type IssueMaker,
  type IssueParamsMap,
  LANGS,
  MODEL_ISSUES,
  NOTE_DATA_ISSUES,
  type NoteDataIssueCode,
} from "@pakkeforlop-hjem/model";
import { PATHWAY_ISSUES, type PathwayIssueCode } from "@pakkeforlop-hjem/pathway";
import { REPORT_ISSUES, type ReportIssueCode } from "@pakkeforlop-hjem/report";
import { describe, expect, test } from "vitest";
import { CLI_ISSUES, type CliIssueCode } from "./cli-issues.ts";
import { issueJson, issueLines } from "./issues.ts";

/** Every code of a package, as a record keyed by its code type: a missing or extra code does not compile. */
type Every<TCode extends string> = { readonly [TKey in TCode]: true };

const MODEL: Every<IssueCode> = {
  invalid_type: true,
  required: true,
  unrecognized_key: true,
  invalid_value: true,
  too_small: true,
  too_big: true,
  invalid_format: true,
  invalid_identifier: true,
  date_order: true,
  threshold_flag_mismatch: true,
  threshold_flag_without_score: true,
  birth_date_mismatch: true,
  age_group_mismatch: true,
  children_inconsistent: true,
  duplicate_consent: true,
  duplicate_item: true,
  next_step_order: true,
  outcome_content_mismatch: true,
  amendment_after_cancellation: true,
  amendment_paths: true,
  too_many_issues: true,
  unsupported_version: true,
};

const NOTE_DATA: Every<NoteDataIssueCode> = { note_data_path: true, note_data_value: true, note_data_conflict: true };

const INSTRUMENTS: Every<InstrumentsIssueCode> = {
  unknown_item: true,
  answer_required: true,
  answer_type: true,
  not_an_option: true,
  duplicate_option: true,
  out_of_range: true,
  text_too_long: true,
  invalid_text: true,
  invalid_format: true,
  invalid_date: true,
  answer_not_enabled: true,
  too_few_repeats: true,
  too_many_repeats: true,
  context_mismatch: true,
  wording_instrument_mismatch: true,
  wording_missing_item: true,
  wording_missing_language: true,
  wording_unknown_item: true,
  duplicate_link_id: true,
  unknown_reference: true,
  circular_visibility: true,
  dead_visibility: true,
  missing_translation: true,
  unreachable_item: true,
  missing_options: true,
  invalid_constraint: true,
  too_many_issues: true,
};

const PATHWAY: Every<PathwayIssueCode> = {
  missing_interaction_point: true,
  duplicate_interaction_point: true,
  missing_window: true,
  window_order: true,
  window_sequence: true,
  duplicate_sender_system: true,
  no_message_kind: true,
  template_required: true,
  conflicting_duplicate: true,
  event_before_inclusion: true,
  already_included: true,
  event_after_end: true,
  point_out_of_order: true,
  point_already_completed: true,
  assessment_not_completed: true,
  anchor_fallback: true,
  unknown_assessment: true,
  icd10_range: true,
  diagnosis_out_of_scope: true,
  not_deceased: true,
  raised_topic_not_covered: true,
  duplicate_pilot: true,
  pilot_dates: true,
  district_municipality: true,
};

const FHIR: Every<FhirIssueCode> = {
  not_a_response: true,
  questionnaire_mismatch: true,
  version_mismatch: true,
  unknown_link_id: true,
  wrong_answer_type: true,
  unknown_code: true,
  questionnaire_reference_invalid: true,
  status_not_importable: true,
  response_too_large: true,
  too_many_issues: true,
};

const EDI: Every<EdiIssueCode> = {
  not_xml: true,
  invalid_encoding: true,
  unsupported_encoding: true,
  reader_internal_error: true,
  too_many_issues: true,
  no_receipt_for_receipt: true,
  correction_mismatch: true,
  outdated_correction: true,
  data_attachment_unreadable: true,
  data_carriers_disagree: true,
  doctype_forbidden: true,
  entity_forbidden: true,
  too_large: true,
  unsupported_message: true,
  unsupported_payload: true,
  missing_element: true,
  invalid_msg_id: true,
  insufficient_patient_identification: true,
  unknown_receiver: true,
  missing_phone: true,
  assessment_cancelled: true,
};

const CLI: Every<CliIssueCode> = {
  not_json: true,
  not_utf8: true,
  line_too_long: true,
  not_object: true,
  not_an_array: true,
};

const EPIKRISE: Every<EpikriseIssueCode> = {
  template_missing_section: true,
  template_unknown_section: true,
  template_duplicate_section: true,
  template_empty_section: true,
  template_header_first: true,
  template_text: true,
};

const REPORT: Every<ReportIssueCode> = {
  patient_not_grouped: true,
  scope_conflict: true,
  too_many_issues: true,
};

const PACKAGES: readonly (readonly [string, Readonly<Record<string, true>>, IssueMaker<IssueParamsMap>])[] = [
  ["model", MODEL, MODEL_ISSUES as unknown as IssueMaker<IssueParamsMap>],
  ["model (note data)", NOTE_DATA, NOTE_DATA_ISSUES as unknown as IssueMaker<IssueParamsMap>],
  ["instruments", INSTRUMENTS, INSTRUMENTS_ISSUES as unknown as IssueMaker<IssueParamsMap>],
  ["pathway", PATHWAY, PATHWAY_ISSUES as unknown as IssueMaker<IssueParamsMap>],
  ["fhir", FHIR, FHIR_ISSUES as unknown as IssueMaker<IssueParamsMap>],
  ["edi", EDI, EDI_ISSUES as unknown as IssueMaker<IssueParamsMap>],
  ["epikrise", EPIKRISE, EPIKRISE_ISSUES as unknown as IssueMaker<IssueParamsMap>],
  ["cli", CLI, CLI_ISSUES as unknown as IssueMaker<IssueParamsMap>],
  ["report", REPORT, REPORT_ISSUES as unknown as IssueMaker<IssueParamsMap>],
];

const EVERY_CODE = PACKAGES.flatMap(([name, codes]) => Object.keys(codes).map((code) => [name, code] as const));

describe("formatIssue knows every code of every package", () => {
  test.each(PACKAGES.map(([name, codes, maker]) => [name, codes, maker] as const))(
    "%s declares texts for exactly its codes",
    (_name, codes, maker) => {
      expect([...maker.codes].sort()).toEqual(Object.keys(codes).sort());
    },
  );

  test.each(EVERY_CODE)("%s: %s has a text in nb, nn and en", (_name, code) => {
    const issue = { code, path: ["x", 0], message: "", params: {} };
    const texts = LANGS.map((lang) => formatIssue(issue, lang));
    for (const text of texts) {
      expect(text.startsWith("x[0]: ")).toBe(true);
      expect(text).not.toBe(`x[0]: ${code}`);
      expect(text.length).toBeGreaterThan("x[0]: ".length + 3);
    }
    expect(texts[0], "the nb text is not the English one").not.toBe(texts[2]);
    expect(texts[1], "the nn text is not the English one").not.toBe(texts[2]);
  });

  test("a code two packages share has one entry, so one meaning and one text", () => {
    const seen = new Map<string, unknown>();
    for (const [, , maker] of PACKAGES) {
      for (const code of maker.codes) {
        const entry = maker.catalogue[code];
        if (seen.has(code)) {
          expect(entry, code).toBe(seen.get(code));
        }
        seen.set(code, entry);
      }
    }
    expect(seen.size).toBe(new Set(EVERY_CODE.map(([, code]) => code)).size);
  });
});

describe("issueJson and issueLines", () => {
  test("print the one formatter's text of an issue of any package", () => {
    const issues = [
      CLI_ISSUES.issue("line_too_long", ["line 3"], { limit: 1024 }),
      EDI_ISSUES.issue("too_large", [], { limit: 5_000_000 }),
      INSTRUMENTS_ISSUES.issue("invalid_format", ["contact-point-phone"], { format: "phone" }),
    ];
    expect(issues.map((i) => issueJson(i, "nn").text)).toEqual([
      "line 3: er lengre enn grensa på 1024 byte",
      "(root): meldinga er større enn grensa på 5000000 byte",
      "contact-point-phone: må vere eit telefonnummer",
    ]);
    expect(issueLines(issues.slice(1, 2), "en")).toBe(
      "  - [too_large] (root): is larger than the limit of 5000000 bytes; raise options.maxBytes if this is expected\n",
    );
  });
});
