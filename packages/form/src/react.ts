/**
 * JSX types for React: `import type {} from "@pakkeforlop-hjem/form/react"` once (or list it in `types`) and
 * `<pfh-needs-assessment>` type-checks in TSX. React 19 sets `definition`, `context`, `answers` and `preVisit` as
 * properties; with React 18 set them through a ref. Listen for `change`, `submit` and `invalid` with
 * `addEventListener` on the ref (works in every React version).
 * @packageDocumentation
 */
import type { AssessmentContext, FormAnswers, FormDefinition } from "@pakkeforlop-hjem/instruments";
import type * as React from "react";
import type { PfhNeedsAssessmentElement } from "./element.ts";

/** The attributes and properties of `<pfh-needs-assessment>` in JSX. */
export interface PfhNeedsAssessmentProps extends React.HTMLAttributes<PfhNeedsAssessmentElement> {
  readonly ref?: React.Ref<PfhNeedsAssessmentElement>;
  /** Id of a form registered with `defineFormElements({ forms })`. */
  readonly "form-id"?: string;
  /** Text of the submit button. */
  readonly "submit-label"?: string;
  readonly definition?: FormDefinition;
  readonly context?: AssessmentContext;
  readonly answers?: FormAnswers;
  readonly preVisit?: FormAnswers;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "pfh-needs-assessment": PfhNeedsAssessmentProps;
    }
  }
}
