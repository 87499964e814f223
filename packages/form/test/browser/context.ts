/** The EHR context of the browser tests: synthetic test data (a Tenor test number), so test numbers are allowed. */
import type { AssessmentContext } from "@pakkeforlop-hjem/instruments";

export const CONTEXT: AssessmentContext = {
  id: "form-test-0001",
  conductedAt: "2026-03-10T10:30:00+01:00",
  patient: {
    identifier: { system: "urn:oid:2.16.578.1.12.4.1.4.1", value: "15837210094" },
    name: { given: "Kari", family: "Testpasient" },
    birthDate: "1972-03-15",
    language: "nb",
    interpreterNeeded: false,
    digital: true,
    ageGroup: "adult",
  },
  conductedBy: { name: "Siri Testsykepleier", profession: "SP", role: "17", phone: "+47 61 13 40 00" },
  organisation: { name: "Sykehuset Innlandet HF", kind: "hospital", unit: "Kreftavdelingen" },
  diagnosis: { code: "C50.4", text: "Brystkreft", diagnosedOn: "2026-02-20" },
  parseOptions: { allowTestNumbers: true },
};
