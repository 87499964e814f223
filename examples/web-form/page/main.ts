/**
 * The needs-assessment form for interaction point 1 as the SDK's web component, `<pfh-needs-assessment>`: it renders
 * the headless definition, validates in the browser with the same `validateAnswers` the server uses and, when the
 * answers are valid, sends a `submit` event with the `Assessment` (`answersToAssessment`). The page previews its
 * epicrisis text (`renderEpicrisisText`). The EHR context (patient, clinician, place, diagnosis, id, time) comes from
 * the EHR; here it is synthetic test data.
 */
import { renderEpicrisisText } from "@pakkeforlop-hjem/epikrise";
import { defineFormElements } from "@pakkeforlop-hjem/form";
import { type AssessmentContext, NEEDS_ASSESSMENT_SP1 } from "@pakkeforlop-hjem/instruments";
import { IDENTIFIER_SYSTEMS } from "@pakkeforlop-hjem/model";

/** Synthetic test data (a Tenor number), so test numbers are allowed. */
const CONTEXT: AssessmentContext = {
  id: "web-form-sp1-0001",
  conductedAt: "2026-03-10T10:30:00+01:00",
  patient: {
    identifier: { system: IDENTIFIER_SYSTEMS.fnr, value: "15837210094" },
    name: { given: "Kari", family: "Testpasient" },
    birthDate: "1972-03-15",
    language: "nb",
    interpreterNeeded: false,
    digital: true,
    ageGroup: "adult",
  },
  conductedBy: { name: "Siri Testsykepleier", profession: "SP", role: "17", phone: "+47 61 13 40 00" },
  organisation: { name: "Sykehuset Innlandet HF", kind: "hospital", unit: "Kreftavdelingen, Gjøvik" },
  diagnosis: { code: "C50.4", text: "Brystkreft", diagnosedOn: "2026-02-20" },
  parseOptions: { allowTestNumbers: true },
};

const byId = <T extends HTMLElement>(id: string): T => {
  const e = document.getElementById(id);
  if (e === null) {
    throw new Error(`#${id} is missing from index.html`);
  }
  return e as T;
};

defineFormElements({ forms: [NEEDS_ASSESSMENT_SP1] });
const form = byId("form") as HTMLElementTagNameMap["pfh-needs-assessment"];
form.context = CONTEXT;
byId("patient-context").textContent =
  `Pasient: ${CONTEXT.patient.name.given} ${CONTEXT.patient.name.family} · ${CONTEXT.organisation.name} (syntetiske testdata)`;

const previewSection = byId<HTMLElement>("preview-section");
form.addEventListener("invalid", () => {
  previewSection.hidden = true;
});
form.addEventListener("submit", (event) => {
  const { detail } = event;
  if (detail.kind !== "needs-assessment") {
    return;
  }
  byId("preview").textContent = renderEpicrisisText(detail.assessment, { lang: "nb", width: 80 });
  previewSection.hidden = false;
  byId("status").textContent = "Skjemaet er gyldig. Forhåndsvisningen er oppdatert.";
  byId("preview-heading").focus();
});
