/**
 * The test page's script (bundled by the browser test, served under a strict CSP): mounts `<pfh-needs-assessment>`
 * with the form and language named in the query string and the synthetic EHR context, and records its events.
 */

import { FORMS } from "@pakkeforlop-hjem/instruments";
import { defineFormElements, type PfhNeedsAssessmentElement } from "../../src/index.ts";
import { CONTEXT } from "./context.ts";

interface Recorded {
  readonly type: string;
  readonly detail: unknown;
}
const w = window as unknown as { __events: Recorded[] };
w.__events = [];

defineFormElements({ forms: FORMS });
const params = new URLSearchParams(location.search);
const lang = params.get("lang") ?? "nb";
document.documentElement.lang = lang;
const el = document.createElement("pfh-needs-assessment") as PfhNeedsAssessmentElement;
el.setAttribute("form-id", params.get("form") ?? "needs-assessment-sp1");
el.setAttribute("lang", lang);
if (params.get("context") !== "none") {
  el.context = CONTEXT;
}
// A saved draft and the patient's own answers from before the visit (as an EHR would pass them).
if (params.get("prefill") === "1") {
  el.answers = { outcome: "completed", mode: "video", respondent: "patient" };
  el.preVisit = {
    "distress-score": 6,
    "problem.sleep": "yes",
    "other-concerns": "Sover dårlig",
    "wish-topics": ["nutrition"],
  };
}
for (const type of ["change", "submit", "invalid"]) {
  el.addEventListener(type, (e) => w.__events.push({ type, detail: (e as CustomEvent).detail }));
}
document.getElementById("mount")?.append(el);
