/**
 * The pre-visit form (DOMAIN.md §5, Helsenorge): before the appointment the patient says what they want to talk
 * about, or that they have no needs now (maybe later). The instruments package has no such form, so it is defined
 * here as a headless form definition from the model's TOPICS code list, like every other form.
 *
 * linkIds (API): `wish`, `wish-topics`, `wish-other`, `what-matters`.
 */
import { type FormAnswers, type FormDefinition, optionsFrom } from "@pakkeforlop-hjem/instruments";
import { LIMITS, TOPICS, type TopicKey } from "@pakkeforlop-hjem/model";

const t = (nb: string, nn: string, en: string) => ({ nb, nn, en });

/**
 * The pre-visit form "what do you want to talk about / no needs now, maybe later", for Helsenorge and other patient
 * portals. Map its answers with {@link answersToPreVisit}.
 * @example
 * ```ts
 * const q = toQuestionnaire(PRE_VISIT_FORM, { dialect: "refero", lang: "nb" });
 * ```
 */
export const PRE_VISIT_FORM: FormDefinition = {
  id: "pre-visit",
  version: "1.0",
  kind: "needs-assessment",
  title: t("Før samtalen", "Før samtalen", "Before the conversation"),
  languages: ["nb", "nn", "en"],
  items: [
    {
      linkId: "wish",
      type: "choice",
      text: t(
        "Hva ønsker du å snakke om i samtalen?",
        "Kva ønskjer du å snakke om i samtalen?",
        "What would you like to talk about in the conversation?",
      ),
      required: true,
      control: "radio-button",
      valueSet: "pre-visit-wish",
      answerOption: [
        {
          code: "talk",
          display: t("Jeg vil snakke om noe", "Eg vil snakke om noko", "I would like to talk about something"),
        },
        {
          code: "no-needs-now",
          display: t(
            "Jeg har ingen behov nå, kanskje senere",
            "Eg har ingen behov no, kanskje seinare",
            "I have no needs now, maybe later",
          ),
        },
      ],
    },
    {
      linkId: "wish-topics",
      type: "choice",
      text: t("Hva vil du snakke om?", "Kva vil du snakke om?", "What would you like to talk about?"),
      help: t("Kryss av for alt som passer.", "Kryss av for alt som passar.", "Mark all that apply."),
      repeats: true,
      control: "check-box",
      answerOption: optionsFrom(TOPICS),
      valueSet: TOPICS.id,
      enableWhen: [{ question: "wish", operator: "=", answer: "talk" }],
    },
    {
      linkId: "wish-other",
      type: "text",
      text: t(
        "Noe annet du vil snakke om?",
        "Noko anna du vil snakke om?",
        "Anything else you would like to talk about?",
      ),
      maxLength: LIMITS.longText,
      enableWhen: [{ question: "wish", operator: "=", answer: "talk" }],
    },
    {
      linkId: "what-matters",
      type: "text",
      text: t("Hva er viktig for deg?", "Kva er viktig for deg?", "What matters to you?"),
      maxLength: LIMITS.longText,
    },
  ],
};

/** What the patient said before the conversation ({@link PRE_VISIT_FORM}). */
export interface PreVisitWishes {
  /** `true` when the patient wants to talk about something; `false` for "no needs now, maybe later". */
  readonly wantsToTalk: boolean;
  /** Topics the patient marked, in the model's topic order. */
  readonly topics: readonly TopicKey[];
  /** Anything else the patient wants to talk about (free text). */
  readonly other?: string;
  /** "What matters to you?" in the patient's words. */
  readonly whatMatters?: string;
}

/**
 * Reads validated answers of {@link PRE_VISIT_FORM} into {@link PreVisitWishes}. Call it on answers that
 * `validateAnswers(PRE_VISIT_FORM, answers)` accepted (as `fromQuestionnaireResponse` does).
 * @example
 * ```ts
 * answersToPreVisit({ wish: "talk", "wish-topics": ["nutrition"] }); // { wantsToTalk: true, topics: ["nutrition"] }
 * ```
 */
export function answersToPreVisit(answers: FormAnswers): PreVisitWishes {
  const marked = answers["wish-topics"];
  const chosen = new Set(Array.isArray(marked) ? (marked as readonly unknown[]) : []);
  const other = answers["wish-other"];
  const whatMatters = answers["what-matters"];
  return {
    wantsToTalk: answers["wish"] === "talk",
    topics: TOPICS.codes.filter((c) => chosen.has(c)),
    ...(typeof other === "string" && other !== "" ? { other } : {}),
    ...(typeof whatMatters === "string" && whatMatters !== "" ? { whatMatters } : {}),
  };
}
