import type { FormAnswers } from "@pakkeforlop-hjem/instruments";
import type * as React from "react";
import { describe, expectTypeOf, test } from "vitest";
import type { PfhChangeEvent, PfhInvalidEvent, PfhNeedsAssessmentElement, PfhSubmitEvent } from "./index.ts";
import type { PfhNeedsAssessmentProps } from "./react.ts";

describe("JSX types for React", () => {
  test("<pfh-needs-assessment> is an intrinsic element with the element's attributes and properties", () => {
    expectTypeOf<React.JSX.IntrinsicElements["pfh-needs-assessment"]>().toEqualTypeOf<PfhNeedsAssessmentProps>();
    expectTypeOf<PfhNeedsAssessmentProps["form-id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PfhNeedsAssessmentProps["answers"]>().toEqualTypeOf<FormAnswers | undefined>();
    expectTypeOf<PfhNeedsAssessmentProps>().toHaveProperty("onClick");
  });
});

describe("PfhNeedsAssessmentElement", () => {
  test("listeners for the element's own events get their CustomEvent types", () => {
    const el = {} as PfhNeedsAssessmentElement;
    el.addEventListener("submit", (e) => expectTypeOf(e).toEqualTypeOf<PfhSubmitEvent>());
    el.addEventListener("change", (e) => expectTypeOf(e).toEqualTypeOf<PfhChangeEvent>());
    el.addEventListener("invalid", (e) => expectTypeOf(e).toEqualTypeOf<PfhInvalidEvent>());
    el.addEventListener("keydown", (e) => expectTypeOf(e).toEqualTypeOf<KeyboardEvent>());
  });

  test("the submit detail is told apart by the form's kind", () => {
    const detail = {} as PfhSubmitEvent["detail"];
    if (detail.kind === "needs-assessment") {
      expectTypeOf(detail.assessment.interactionPoint).toEqualTypeOf<1 | 2 | 3>();
    }
    // @ts-expect-error: a thermometer's detail has no assessment
    expectTypeOf<Extract<PfhSubmitEvent["detail"], { kind: "distress-thermometer" }>["assessment"]>();
  });

  test("document.createElement knows the tag", () => {
    expectTypeOf(document.createElement("pfh-needs-assessment")).toEqualTypeOf<PfhNeedsAssessmentElement>();
  });
});
