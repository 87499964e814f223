/**
 * The needs-assessment form (behovskartlegging) per interaction point (DOMAIN.md §1–§3): context, thermometer and
 * problem list, the 13 topics plus late effects, what matters, minor children (§ 10a), measures, consent per
 * recipient and the next step. Choice options come from the model's code lists.
 *
 * linkIds are API (renderers, FHIR and `answersToAssessment` read them): see the item list in the source.
 */
import {
  CONSENT_VALUES,
  CONVERSATION_MODES,
  type CodeList,
  DECLINE_REASONS,
  LIMITS,
  MEASURE_STATUSES,
  MINOR_RELATIONS,
  NEXT_STEP_ACTIONS,
  OUTCOMES,
  PARTICIPANT_KINDS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  TOPIC_STATUSES,
  TOPICS,
} from "@pakkeforlop-hjem/model";
import { DT_LEGACY } from "./dt-legacy.ts";
import type { EnableWhen, FormDefinition, FormItem, QuestionItem } from "./form.ts";
import { optionsFrom } from "./form.ts";
import type { Instrument } from "./instrument.ts";
import { thermometerItems } from "./instrument-form.ts";

const t = (nb: string, nn: string, en: string) => ({ nb, nn, en });

const COMPLETED: readonly EnableWhen[] = [{ question: "outcome", operator: "=", answer: "completed" }];
const CHILD: readonly EnableWhen[] = [{ question: "patient-age-group", operator: "=", answer: "child" }];
const exists = (question: string): readonly EnableWhen[] => [{ question, operator: "exists", answer: true }];

function choice<TCode extends string>(
  linkId: string,
  text: QuestionItem["text"],
  list: CodeList<TCode>,
  extra: Partial<QuestionItem> = {},
  filter?: (code: TCode) => boolean,
): QuestionItem {
  return { linkId, type: "choice", text, answerOption: optionsFrom(list, filter), valueSet: list.id, ...extra };
}

const line = (linkId: string, text: QuestionItem["text"], extra: Partial<QuestionItem> = {}): QuestionItem => ({
  linkId,
  type: "string",
  text,
  maxLength: LIMITS.shortText,
  ...extra,
});

const longText = (linkId: string, text: QuestionItem["text"], extra: Partial<QuestionItem> = {}): QuestionItem => ({
  linkId,
  type: "text",
  text,
  maxLength: LIMITS.longText,
  ...extra,
});

const name = (linkId: string, text: QuestionItem["text"], extra: Partial<QuestionItem> = {}): QuestionItem =>
  line(linkId, text, { maxLength: LIMITS.name, ...extra });

const phone = (linkId: string, dependsOn: string): QuestionItem =>
  line(linkId, t("Telefon", "Telefon", "Phone"), { format: "phone", enableWhen: exists(dependsOn) });

/** About the conversation: whether it took place (and if not, why and when again), how, with whom. */
function contextSection(): FormItem {
  return {
    linkId: "context",
    type: "group",
    text: t("Om samtalen", "Om samtalen", "About the conversation"),
    items: [
      choice(
        "outcome",
        t("Ble samtalen gjennomført?", "Vart samtalen gjennomført?", "Did the conversation take place?"),
        OUTCOMES,
        {
          required: true,
          control: "radio-button",
        },
      ),
      choice(
        "decline-reason",
        t("Hvorfor takket pasienten nei?", "Kvifor takka pasienten nei?", "Why did the patient decline?"),
        DECLINE_REASONS,
        {
          required: true,
          enableWhen: [{ question: "outcome", operator: "=", answer: "declined" }],
        },
      ),
      line("decline-reason-text", t("Utdyping av grunnen", "Utdjuping av grunnen", "More about the reason"), {
        enableWhen: [{ question: "outcome", operator: "=", answer: "declined" }],
      }),
      {
        linkId: "contact-attempts",
        type: "integer",
        text: t("Antall forsøk på å få kontakt", "Tal på forsøk på å få kontakt", "Number of attempts to make contact"),
        minValue: 1,
        maxValue: 100,
        enableWhen: [{ question: "outcome", operator: "=", answer: "not-reached" }],
      },
      {
        linkId: "reoffer-on",
        type: "date",
        text: t(
          "Når skal samtalen tilbys på nytt?",
          "Når skal samtalen tilbydast på nytt?",
          "When to offer the conversation again",
        ),
        help: t(
          "En samtale som ikke ble gjennomført, tilbys på nytt senere.",
          "Ein samtale som ikkje vart gjennomført, blir tilboden på nytt seinare.",
          "A conversation that did not take place is offered again later.",
        ),
        enableWhen: [{ question: "outcome", operator: "!=", answer: "completed" }],
      },
      choice(
        "mode",
        t("Hvordan ble samtalen holdt?", "Korleis vart samtalen halden?", "How was the conversation held?"),
        CONVERSATION_MODES,
        {
          required: true,
        },
      ),
      {
        linkId: "patient-age-group",
        type: "choice",
        text: t(
          "Er pasienten barn eller voksen?",
          "Er pasienten barn eller vaksen?",
          "Is the patient a child or an adult?",
        ),
        help: t(
          "Barn er under 18 år på samtaledagen. Hentes vanligvis fra journalen.",
          "Barn er under 18 år på samtaledagen. Blir vanlegvis henta frå journalen.",
          "A child is under 18 on the day of the conversation. Usually filled in from the record.",
        ),
        required: true,
        control: "radio-button",
        answerOption: [
          { code: "adult", display: t("Voksen", "Vaksen", "Adult") },
          { code: "child", display: t("Barn", "Barn", "Child") },
        ],
        valueSet: "age-group",
      },
      choice("respondent", t("Hvem svarer?", "Kven svarar?", "Who is answering?"), RESPONDENTS, {
        required: true,
        help: t(
          "Pasienten svarer selv når det er mulig.",
          "Pasienten svarar sjølv når det er mogleg.",
          "The patient answers when possible.",
        ),
        textVariants: [
          {
            enableWhen: CHILD,
            help: t(
              "Når pasienten er et barn, kan en foresatt svare sammen med eller for barnet.",
              "Når pasienten er eit barn, kan ein føresett svare saman med eller for barnet.",
              "When the patient is a child, a guardian may answer with or for the child.",
            ),
          },
        ],
      }),
      {
        linkId: "participants",
        type: "group",
        text: t("Hvem deltok i samtalen?", "Kven deltok i samtalen?", "Who took part in the conversation?"),
        repeats: true,
        maxOccurs: 20,
        items: [
          choice("participant-kind", t("Deltaker", "Deltakar", "Participant"), PARTICIPANT_KINDS, { required: true }),
          line(
            "participant-relation",
            t("Relasjon til pasienten", "Relasjon til pasienten", "Relation to the patient"),
          ),
        ],
      },
    ],
  };
}

/**
 * The topics the patient asked to talk about before the visit (DOMAIN.md §5 Helsenorge; issue 16). The linkId is the
 * pre-visit form's, so the patient's answer fills it (the form element's `preVisit`, or `agendaAnswers`); an
 * answered topic in it becomes `raisedBy: "patient"` on its entry.
 */
function wishTopicsItem(): FormItem {
  return choice(
    "wish-topics",
    t(
      "Hva ba pasienten om å snakke om før samtalen?",
      "Kva bad pasienten om å snakke om før samtalen?",
      "What did the patient ask to talk about before the conversation?",
    ),
    TOPICS,
    {
      repeats: true,
      control: "check-box",
      help: t(
        "Fylles ut fra pasientens svar før samtalen (Helsenorge eller papir).",
        "Blir fylt ut frå svaret til pasienten før samtalen (Helsenorge eller papir).",
        "Filled in from the patient's answer before the conversation (Helsenorge or paper).",
      ),
      enableWhen: COMPLETED,
    },
  );
}

/**
 * The 13 topics plus late effects, each with a status, a note and a note for the patient (DOMAIN.md §2); "school"
 * for a child.
 */
function topicsSection(): FormItem {
  return {
    linkId: "topics",
    type: "group",
    text: t("Temaer i samtalen", "Tema i samtalen", "Topics of the conversation"),
    help: t(
      "For hvert tema: er det tatt opp, og er det behov? Et tema uten svar regnes som ikke besvart.",
      "For kvart tema: er det teke opp, og er det behov? Eit tema utan svar blir rekna som ikkje svart på.",
      "For each topic: was it discussed, and is there a need? A topic without an answer counts as not answered.",
    ),
    enableWhen: COMPLETED,
    items: TOPICS.codes.map(
      (key): FormItem => ({
        linkId: `topic.${key}`,
        type: "group",
        text: TOPICS.entries[key],
        ...(key === "work-school"
          ? {
              textVariants: [
                { enableWhen: CHILD, text: t("Skole og utdanning", "Skule og utdanning", "School and education") },
              ],
            }
          : {}),
        items: [
          choice(`topic.${key}.status`, t("Status", "Status", "Status"), TOPIC_STATUSES, { control: "radio-button" }),
          longText(`topic.${key}.note`, t("Notat", "Notat", "Note"), { enableWhen: exists(`topic.${key}.status`) }),
          // Issue 17 point 3: the only topic text the patient letter prints, written to the patient.
          longText(
            `topic.${key}.patient-note`,
            t(
              "Til pasienten (står i brevet)",
              "Til pasienten (står i brevet)",
              "For the patient (printed in the letter)",
            ),
            { enableWhen: exists(`topic.${key}.status`) },
          ),
        ],
      }),
    ),
  };
}

/** Minor children and siblings (helsepersonelloven § 10a): who they are, their situation, information, follow-up. */
function childrenSection(): FormItem {
  return {
    linkId: "children",
    type: "group",
    text: t("Barn og søsken under 18 år", "Born og sysken under 18 år", "Children and siblings under 18"),
    help: t(
      "Helsepersonelloven § 10a: finn ut om pasienten har mindreårige barn eller søsken, og dokumenter deres situasjon, informasjon og oppfølging.",
      "Helsepersonellova § 10a: finn ut om pasienten har mindreårige born eller sysken, og dokumenter situasjonen deira, informasjon og oppfølging.",
      "Health Personnel Act § 10a: find out whether the patient has minor children or siblings, and document their situation, information and follow-up.",
    ),
    enableWhen: COMPLETED,
    items: [
      {
        linkId: "has-minors",
        type: "boolean",
        text: t(
          "Har pasienten barn eller søsken under 18 år?",
          "Har pasienten born eller sysken under 18 år?",
          "Does the patient have children or siblings under 18?",
        ),
        // Not required: the model records children only when the question was asked (`children` is optional), so an
        // assessment without it (a recipient's copy, an older record) still fits the form. Helsenorge's renderer
        // shows a yes/no question as Ja/Nei radio buttons, so "no" can always be answered (issue 20).
      },
      {
        linkId: "minors",
        type: "group",
        text: t("Barn og søsken", "Born og sysken", "Children and siblings"),
        repeats: true,
        minOccurs: 1,
        maxOccurs: 20,
        enableWhen: [{ question: "has-minors", operator: "=", answer: true }],
        items: [
          choice("minor-relation", t("Relasjon", "Relasjon", "Relation"), MINOR_RELATIONS, { required: true }),
          {
            linkId: "minor-age",
            type: "integer",
            text: t("Alder", "Alder", "Age"),
            required: true,
            minValue: 0,
            maxValue: 17,
          },
          longText("minor-situation", t("Situasjon", "Situasjon", "Situation")),
          {
            linkId: "minor-information-given",
            type: "boolean",
            text: t(
              "Har barnet fått informasjon?",
              "Har barnet fått informasjon?",
              "Has the child been given information?",
            ),
            required: true,
          },
          longText("minor-follow-up", t("Oppfølging", "Oppfølging", "Follow-up")),
        ],
      },
      name(
        "child-contact-name",
        t("Barneansvarlig kontaktperson", "Barneansvarleg kontaktperson", "Contact responsible for children"),
        { enableWhen: [{ question: "has-minors", operator: "=", answer: true }] },
      ),
      phone("child-contact-phone", "child-contact-name"),
      longText(
        "children-note",
        t("Notat om barn og søsken", "Notat om born og sysken", "Note about children and siblings"),
        {
          enableWhen: exists("has-minors"),
        },
      ),
    ],
  };
}

/** The measures of the plan, each with a responsible party (DOMAIN.md §2). */
function measuresSection(): FormItem {
  return {
    linkId: "measures",
    type: "group",
    text: t("Tiltak", "Tiltak", "Measures"),
    help: t(
      "Hvert tiltak har en ansvarlig: sykehuset, kommunen, fastlegen, NAV, pasienten eller frivillig sektor.",
      "Kvart tiltak har ein ansvarleg: sjukehuset, kommunen, fastlegen, NAV, pasienten eller frivillig sektor.",
      "Each measure has a responsible party: hospital, municipality, GP, NAV, the patient or the voluntary sector.",
    ),
    repeats: true,
    maxOccurs: 50,
    enableWhen: COMPLETED,
    items: [
      longText("measure-description", t("Beskrivelse", "Skildring", "Description"), { required: true }),
      choice("measure-topic", t("Tema", "Tema", "Topic"), TOPICS),
      choice("measure-responsible", t("Ansvarlig", "Ansvarleg", "Responsible"), RESPONSIBLE_PARTY_KINDS, {
        required: true,
      }),
      line("measure-unit", t("Enhet", "Eining", "Unit")),
      name("measure-contact-name", t("Kontaktperson", "Kontaktperson", "Contact person")),
      phone("measure-contact-phone", "measure-contact-name"),
      { linkId: "measure-due-on", type: "date", text: t("Frist", "Frist", "Due date") },
      choice("measure-status", t("Status", "Status", "Status"), MEASURE_STATUSES, { required: true }),
    ],
  };
}

/** The patient's contact in the municipality. */
function contactPointSection(): FormItem {
  return {
    linkId: "contact-point",
    type: "group",
    text: t(
      "Pasientens kontakt i kommunen",
      "Kontakten til pasienten i kommunen",
      "The patient's contact in the municipality",
    ),
    items: [
      name("contact-point-name", t("Navn", "Namn", "Name")),
      line("contact-point-role", t("Rolle", "Rolle", "Role"), { enableWhen: exists("contact-point-name") }),
      line("contact-point-unit", t("Enhet", "Eining", "Unit"), { enableWhen: exists("contact-point-name") }),
      phone("contact-point-phone", "contact-point-name"),
    ],
  };
}

/**
 * Consent to sharing per recipient (DOMAIN.md §1): municipality, GP and others. Each recipient is recorded only when
 * asked, so neither is required: at SP2 and SP3 the municipality itself holds the conversation, and when the patient
 * declines the pathway only the GP is informed (the model's consent list holds what was asked, nothing more).
 */
function consentSection(): FormItem {
  return {
    linkId: "consent",
    type: "group",
    text: t("Samtykke til deling", "Samtykke til deling", "Consent to sharing"),
    help: t(
      "Pasienten bestemmer hva som deles og med hvem. Uten samtykke sendes ingenting til kommunen.",
      "Pasienten bestemmer kva som blir delt og med kven. Utan samtykke blir ingenting sendt til kommunen.",
      "The patient decides what is shared and with whom. Without consent nothing goes to the municipality.",
    ),
    items: [
      choice(
        "consent-municipality",
        t("Deling med kommunen", "Deling med kommunen", "Sharing with the municipality"),
        CONSENT_VALUES,
        { control: "radio-button" },
      ),
      choice(
        "consent-gp",
        t("Deling med fastlegen", "Deling med fastlegen", "Sharing with the regular GP"),
        CONSENT_VALUES,
        { control: "radio-button" },
      ),
      {
        linkId: "consent-other",
        type: "group",
        text: t("Andre mottakere", "Andre mottakarar", "Other recipients"),
        repeats: true,
        maxOccurs: 10,
        items: [
          line("consent-other-recipient", t("Mottaker", "Mottakar", "Recipient"), { required: true }),
          choice("consent-other-value", t("Samtykke", "Samtykke", "Consent"), CONSENT_VALUES, { required: true }),
        ],
      },
    ],
  };
}

/** What happens next; at SP3, the last point, "next interaction point" is not offered. */
function nextStepSection(interactionPoint: 1 | 2 | 3): FormItem {
  return {
    linkId: "next-step",
    type: "group",
    text: t("Neste steg", "Neste steg", "Next step"),
    items: [
      choice(
        "next-step-action",
        t("Hva skjer videre?", "Kva skjer vidare?", "What happens next?"),
        NEXT_STEP_ACTIONS,
        {},
        (code) => interactionPoint < 3 || code !== "next-interaction-point",
      ),
      {
        linkId: "next-step-planned-on",
        type: "date",
        text: t("Planlagt dato", "Planlagd dato", "Planned date"),
        enableWhen: exists("next-step-action"),
      },
      choice("next-step-responsible", t("Ansvarlig", "Ansvarleg", "Responsible"), RESPONSIBLE_PARTY_KINDS, {
        enableWhen: exists("next-step-action"),
      }),
      longText("next-step-note", t("Notat", "Notat", "Note"), { enableWhen: exists("next-step-action") }),
    ],
  };
}

/** Options for {@link createNeedsAssessmentForm}. */
export interface NeedsAssessmentFormOptions {
  /** The thermometer instrument; default the legacy problem list ({@link DT_LEGACY}), which the Norwegian version follows. */
  readonly instrument?: Instrument;
}

/**
 * Builds the needs-assessment form for one interaction point (DOMAIN.md §1–§3). The thermometer, topics, what
 * matters, children and measures are shown only when the conversation took place; the decline reason only when
 * declined; details of minors only when there are minor children or siblings (helsepersonelloven § 10a); and
 * "school" replaces "work" when the patient is a child (DOMAIN.md §1). At SP3, the last point, "next interaction
 * point" is not offered.
 * @example
 * ```ts
 * const sp2Revised = createNeedsAssessmentForm(2, { instrument: DT_REVISED });
 * ```
 */
export function createNeedsAssessmentForm(
  interactionPoint: 1 | 2 | 3,
  options: NeedsAssessmentFormOptions = {},
): FormDefinition {
  const instrument = options.instrument ?? DT_LEGACY;
  const suffix = instrument.id === DT_LEGACY.id ? "" : `-${instrument.id}`;

  return {
    id: `needs-assessment-sp${interactionPoint}${suffix}`,
    version: "1.0",
    kind: "needs-assessment",
    title: {
      nb: `Behovskartlegging, samhandlingspunkt ${interactionPoint}`,
      nn: `Behovskartlegging, samhandlingspunkt ${interactionPoint}`,
      en: `Needs assessment, interaction point ${interactionPoint}`,
    },
    languages: ["nb", "nn", "en"],
    interactionPoint,
    instrument: { id: instrument.id, version: instrument.version },
    items: [
      contextSection(),
      ...thermometerItems(instrument, COMPLETED),
      longText("what-matters", t("Hva er viktig for deg?", "Kva er viktig for deg?", "What matters to you?"), {
        help: t("Skriv med pasientens egne ord.", "Skriv med orda til pasienten.", "In the patient's own words."),
        enableWhen: COMPLETED,
      }),
      wishTopicsItem(),
      topicsSection(),
      childrenSection(),
      measuresSection(),
      contactPointSection(),
      consentSection(),
      nextStepSection(interactionPoint),
      longText("notes", t("Andre merknader", "Andre merknader", "Other notes")),
    ],
  };
}
