/**
 * fast-check arbitraries for `@pakkeforlop-hjem/instruments` tests: valid answers for any form definition, and an
 * assessment context that is consistent with the model's cross-field rules.
 */
import {
  type AnswerValue,
  type AssessmentContext,
  type FormAnswers,
  type FormDefinition,
  type FormItem,
  shownAnswers,
} from "@pakkeforlop-hjem/instruments";
import { arbAssessment, arbLine, arbText, dayToIso, fc, isoToDay } from "./index.ts";

/** Options for {@link arbAnswers}. */
export interface ArbAnswersOptions {
  /** Earliest date answered (ISO); dates fall within 400 days after it. Default 2026-01-01. */
  readonly minDate?: string;
  /** Answers fixed at the root, e.g. `{ "patient-age-group": "child" }`; applied before hidden answers are pruned. */
  readonly fixed?: FormAnswers;
}

const phone = fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `+47 ${n}`);

function arbValue(item: Exclude<FormItem, { type: "group" | "display" }>, minDay: number): fc.Arbitrary<AnswerValue> {
  switch (item.type) {
    case "boolean":
      return fc.boolean();
    case "choice": {
      const codes = (item.answerOption ?? []).map((o) => o.code);
      return item.repeats === true ? fc.subarray(codes, { minLength: 1 }) : fc.constantFrom(...codes);
    }
    case "integer":
      return fc.integer({ min: item.minValue ?? 0, max: item.maxValue ?? 100 });
    case "string":
      return item.format === "phone" ? phone : arbLine(Math.min(item.maxLength ?? 40, 40));
    case "text":
      return arbText(2);
    case "date":
      return fc.integer({ min: 0, max: 400 }).map((d) => dayToIso(minDay + d));
  }
}

/** Candidate answers for one scope level: every question and repeating group, looking through plain groups. */
function arbScope(items: readonly FormItem[], minDay: number): fc.Arbitrary<FormAnswers> {
  const fields: Record<string, fc.Arbitrary<AnswerValue | undefined>> = {};
  const collect = (list: readonly FormItem[]): void => {
    for (const item of list) {
      if (item.type === "display") {
        continue;
      }
      if (item.type === "group" && item.repeats !== true) {
        collect(item.items);
      } else if (item.type === "group") {
        const min = item.minOccurs ?? 0;
        fields[item.linkId] = fc.array(arbScope(item.items, minDay), {
          minLength: min,
          maxLength: Math.min(item.maxOccurs ?? min + 2, min + 2),
        });
      } else {
        const v = arbValue(item, minDay);
        fields[item.linkId] = item.required === true ? v : fc.option(v, { nil: undefined });
      }
    }
  };
  collect(items);
  return fc.record(fields).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
}

/**
 * Valid answers for any form definition: every shown required item answered, hidden items never answered, values
 * within options, ranges and lengths, repeating groups within their counts. A stand-alone thermometer has something
 * answered: its score is optional (issue 16), but a response with nothing in it is not one.
 */
export function arbAnswers(form: FormDefinition, options: ArbAnswersOptions = {}): fc.Arbitrary<FormAnswers> {
  const minDay = isoToDay(options.minDate ?? "2026-01-01");
  const arb = arbScope(form.items, minDay).map((raw) => {
    const answers = { ...raw, ...(options.fixed ?? {}) };
    return shownAnswers(form, answers);
  });
  return form.kind === "distress-thermometer" ? arb.filter((a) => Object.keys(a).length > 0) : arb;
}

/** A context consistent with the model's rules (patient, professional, organisation, diagnosis, clock). */
export function arbAssessmentContext(): fc.Arbitrary<AssessmentContext> {
  return arbAssessment({ outcome: "completed" }).map((a) => ({
    id: a.id,
    conductedAt: a.conductedAt,
    patient: a.patient,
    conductedBy: a.conductedBy,
    organisation: a.organisation,
    diagnosis: a.diagnosis,
  }));
}

/** A context and valid answers for a needs-assessment form that agree (dates after the conversation, age group). */
export function arbNeedsAssessment(
  form: FormDefinition,
): fc.Arbitrary<{ context: AssessmentContext; answers: FormAnswers }> {
  return arbAssessmentContext().chain((context) =>
    arbAnswers(form, {
      minDate: context.conductedAt.slice(0, 10),
      fixed: { "patient-age-group": context.patient.ageGroup },
    }).map((answers) => ({ context, answers: keepAnsweredWishes(answers) })),
  );
}

/**
 * `wish-topics` (the agenda from before the visit, issue 16) reaches the assessment only through answered topics:
 * keep the wishes whose topic has a status, so answers → assessment → answers is the identity.
 */
function keepAnsweredWishes(answers: FormAnswers): FormAnswers {
  const wishes = answers["wish-topics"];
  if (!Array.isArray(wishes)) {
    return answers;
  }
  const { "wish-topics": _, ...rest } = answers;
  const kept = (wishes as readonly string[]).filter((k) => rest[`topic.${k}.status`] !== undefined);
  return kept.length === 0 ? rest : { ...rest, "wish-topics": kept };
}
