/**
 * `@pakkeforlop-hjem/form`: `<pfh-needs-assessment>`, a framework-free web component that renders any form
 * definition of the instruments package (SP1–SP3, the thermometer with its problem list, ESAS-r) in nb, nn and en,
 * validates with the same rules as the server and emits a valid `Assessment`. It works under a strict
 * Content-Security-Policy. JSX types for React: `@pakkeforlop-hjem/form/react`.
 * @packageDocumentation
 */
export type {
  PfhChangeEvent,
  PfhInvalidEvent,
  PfhNeedsAssessmentEventMap,
  PfhSubmitDetail,
  PfhSubmitEvent,
} from "./element.ts";
export { defineFormElements, NEEDS_ASSESSMENT_TAG, PfhNeedsAssessmentElement } from "./element.ts";
