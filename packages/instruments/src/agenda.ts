/**
 * The agenda of a conversation from the patient's answer before the visit (issue 16; DOMAIN.md §5 Helsenorge: the
 * patient can say before the appointment what they want to talk about). The topics the patient marked come first in
 * the needs-assessment form and say that the patient raised them; nothing is answered for the professional.
 */
import { TOPICS, type TopicKey } from "@pakkeforlop-hjem/model";
import type { FormAnswers } from "./answers.ts";
import type { FormDefinition, FormItem } from "./form.ts";

const RAISED = {
  nb: "Pasienten ønsker å snakke om dette (svar før samtalen).",
  nn: "Pasienten ønskjer å snakke om dette (svar før samtalen).",
  en: "The patient wants to talk about this (answer before the conversation).",
} as const;

/**
 * A needs-assessment form with an agenda: the topics the patient asked to raise come first in the `topics` group,
 * each with a note that the patient raised it; the other topics follow in their usual order. linkIds and answers are
 * unchanged, so `answersToAssessment` reads the answers as before. For the form in the conversation only: do not
 * publish it as a Questionnaire under the form's own version. A form without a `topics` group is returned as is.
 * Pre-select the agenda with {@link agendaAnswers}, so the assessment says the patient raised those topics.
 * @example
 * ```ts
 * const agenda = nextActions(state, { today }).find((a) => a.kind === "interaction-point")?.agenda ?? [];
 * const form = withAgenda(NEEDS_ASSESSMENT_SP1, agenda);
 * const draft = agendaAnswers(agenda); // { "wish-topics": [...] }
 * ```
 */
export function withAgenda(form: FormDefinition, agenda: readonly TopicKey[]): FormDefinition {
  const raised = new Set<string>(agenda.filter((k) => TOPICS.codes.includes(k)).map((k) => `topic.${k}`));
  if (raised.size === 0) {
    return form;
  }
  const items = form.items.map((item): FormItem => {
    if (item.linkId !== "topics" || item.type !== "group") {
      return item;
    }
    const first = item.items.filter((i) => raised.has(i.linkId)).map((i): FormItem => ({ ...i, help: RAISED }));
    const rest = item.items.filter((i) => !raised.has(i.linkId));
    return { ...item, items: [...first, ...rest] };
  });
  return { ...form, items };
}

/**
 * The answers that pre-select an agenda in a needs-assessment form: `wish-topics`, the linkId the pre-visit form
 * shares with the needs-assessment form (DOMAIN.md §5 Helsenorge; issue 16). Every topic in it that the conversation
 * answers becomes `raisedBy: "patient"` in `answersToAssessment`, which the epicrisis prints. Topics in code-list
 * order, unknown keys and duplicates left out; no agenda gives no answer.
 * @example
 * ```ts
 * agendaAnswers(["nutrition", "work-school"]); // { "wish-topics": ["work-school", "nutrition"] }
 * el.preVisit = agendaAnswers(agenda); // the form element fills what is not answered yet
 * ```
 */
export function agendaAnswers(agenda: readonly TopicKey[]): FormAnswers {
  const raised = TOPICS.codes.filter((k) => agenda.includes(k));
  return raised.length === 0 ? {} : { "wish-topics": raised };
}
