/** The component's own words in nb, nn and en (questions, options and issue texts come from the form and the SDK). */
import type { Lang } from "@pakkeforlop-hjem/model/validator";

/** Words of the component itself. */
export interface UiTexts {
  readonly required: string;
  readonly yes: string;
  readonly no: string;
  readonly choose: string;
  readonly add: string;
  readonly remove: string;
  readonly submit: string;
  readonly summary: string;
  readonly notAnswered: string;
  readonly clear: string;
  readonly preVisit: string;
  readonly context: string;
  readonly beforeConversation: string;
}

/** @internal */
export const UI: Readonly<Record<Lang, UiTexts>> = {
  nb: {
    required: "må fylles ut",
    yes: "Ja",
    no: "Nei",
    choose: "Velg …",
    add: "Legg til",
    remove: "Fjern",
    submit: "Fullfør",
    summary: "For å gå videre må du rette opp følgende feil:",
    notAnswered: "ikke besvart",
    clear: "Fjern svaret",
    preVisit: "Pasienten svarte på noe av dette før samtalen. Gå gjennom svarene sammen.",
    context: "Opplysninger fra journalen (pasient, behandler, sted eller diagnose) mangler eller er feil.",
    beforeConversation: "Kan ikke være før samtaledatoen",
  },
  nn: {
    required: "må fyllast ut",
    yes: "Ja",
    no: "Nei",
    choose: "Vel …",
    add: "Legg til",
    remove: "Fjern",
    submit: "Fullfør",
    summary: "For å gå vidare må du rette opp følgjande feil:",
    notAnswered: "ikkje svart",
    clear: "Fjern svaret",
    preVisit: "Pasienten svarte på noko av dette før samtalen. Gå gjennom svara saman.",
    context: "Opplysningar frå journalen (pasient, behandlar, stad eller diagnose) manglar eller er feil.",
    beforeConversation: "Kan ikkje vere før samtaledatoen",
  },
  en: {
    required: "required",
    yes: "Yes",
    no: "No",
    choose: "Choose …",
    add: "Add",
    remove: "Remove",
    submit: "Finish",
    summary: "To continue, correct the following errors:",
    notAnswered: "not answered",
    clear: "Clear the answer",
    preVisit: "The patient answered some of this before the conversation. Go through the answers together.",
    context: "Details from the record (patient, clinician, place or diagnosis) are missing or wrong.",
    beforeConversation: "Must not be before the date of the conversation",
  },
};

/**
 * The form language for a `lang` attribute value: `nn…` is Nynorsk, `en…` English, anything else (`nb`, `no`,
 * empty) Bokmål.
 * @internal
 */
export function langOf(value: string | null | undefined): Lang {
  const v = (value ?? "").toLowerCase();
  return v.startsWith("nn") ? "nn" : v.startsWith("en") ? "en" : "nb";
}
