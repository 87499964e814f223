/** The words of the printed pages in nb, nn and en (questions and options come from the form definition). */
import type { Lang } from "@pakkeforlop-hjem/model";
import type { PointSetting, WindowAnchor } from "@pakkeforlop-hjem/pathway";

/** Words of the paper pages. */
export interface PaperTexts {
  readonly guide: string;
  readonly guideUse: string;
  readonly record: string;
  readonly recordUse: string;
  readonly patient: string;
  readonly idNumber: string;
  readonly date: string;
  readonly heldBy: string;
  readonly place: string;
  readonly sticker: string;
  readonly required: string;
  readonly yes: string;
  readonly no: string;
  readonly answerIf: string;
  readonly and: string;
  readonly or: string;
  readonly is: string;
  readonly isNot: string;
  readonly answered: string;
  readonly notAnswered: string;
  readonly markAll: string;
  readonly markOne: string;
  readonly writeOne: string;
  readonly more: string;
  readonly datePlaceholder: string;
  readonly page: string;
  readonly of: string;
  readonly point: string;
  readonly setting: Readonly<Record<PointSetting, string>>;
  readonly months: string;
  readonly after: Readonly<Record<WindowAnchor, string>>;
  readonly conductedBy: string;
  readonly signature: string;
  readonly enteredBy: string;
}

/** @internal */
export const TEXTS: Readonly<Record<Lang, PaperTexts>> = {
  nb: {
    guide: "Hjelpeark for samtalen",
    guideUse:
      "Bruk arket under samtalen. Før svarene inn i journalen etterpå, og legg arket i papirjournalen eller makuler det etter rutinen.",
    record: "Utskrift for pasientjournalen",
    recordUse: "Utskrift av kartleggingen slik den ble registrert.",
    patient: "Pasient (navn)",
    idNumber: "Fødselsnummer",
    date: "Dato for samtalen",
    heldBy: "Samtalen holdt av",
    place: "Sted",
    sticker: "Pasientetikett",
    required: "må fylles ut",
    yes: "Ja",
    no: "Nei",
    answerIf: "Besvares hvis",
    and: "og",
    or: "eller",
    is: "er",
    isNot: "ikke er",
    answered: "er besvart",
    notAnswered: "ikke er besvart",
    markAll: "Kryss av for alt som passer.",
    markOne: "Kryss av for ett svar.",
    writeOne: "Skriv ett av disse:",
    more: "Flere? Skriv på baksiden.",
    datePlaceholder: "dd.mm.åååå",
    page: "Side",
    of: "av",
    point: "Samhandlingspunkt",
    setting: { hospital: "holdes på sykehuset", municipality: "holdes i kommunen" },
    months: "måneder etter",
    after: {
      diagnosis: "diagnosedato",
      informed: "at pasienten fikk vite diagnosen",
      inclusion: "inklusjon i forløpet",
    },
    conductedBy: "Gjennomføres av",
    signature: "Signatur",
    enteredBy: "Ført inn i journalen av",
  },
  nn: {
    guide: "Hjelpeark for samtalen",
    guideUse:
      "Bruk arket under samtalen. Før svara inn i journalen etterpå, og legg arket i papirjournalen eller makuler det etter rutinen.",
    record: "Utskrift for pasientjournalen",
    recordUse: "Utskrift av kartlegginga slik ho vart registrert.",
    patient: "Pasient (namn)",
    idNumber: "Fødselsnummer",
    date: "Dato for samtalen",
    heldBy: "Samtalen halden av",
    place: "Stad",
    sticker: "Pasientetikett",
    required: "må fyllast ut",
    yes: "Ja",
    no: "Nei",
    answerIf: "Svar berre dersom",
    and: "og",
    or: "eller",
    is: "er",
    isNot: "ikkje er",
    answered: "er svart på",
    notAnswered: "ikkje er svart på",
    markAll: "Kryss av for alt som passar.",
    markOne: "Kryss av for eitt svar.",
    writeOne: "Skriv eitt av desse:",
    more: "Fleire? Skriv på baksida.",
    datePlaceholder: "dd.mm.åååå",
    page: "Side",
    of: "av",
    point: "Samhandlingspunkt",
    setting: { hospital: "blir halde på sjukehuset", municipality: "blir halde i kommunen" },
    months: "månader etter",
    after: {
      diagnosis: "diagnosedato",
      informed: "at pasienten fekk vite diagnosen",
      inclusion: "inklusjon i forløpet",
    },
    conductedBy: "Blir gjennomført av",
    signature: "Signatur",
    enteredBy: "Ført inn i journalen av",
  },
  en: {
    guide: "Conversation guide",
    guideUse:
      "Use this sheet during the conversation. Enter the answers in the record afterwards, then file the sheet in the paper record or shred it as your routine says.",
    record: "Printout for the patient record",
    recordUse: "The assessment as it was recorded.",
    patient: "Patient (name)",
    idNumber: "National identity number",
    date: "Date of the conversation",
    heldBy: "Conversation held by",
    place: "Place",
    sticker: "Patient label",
    required: "required",
    yes: "Yes",
    no: "No",
    answerIf: "Answer only if",
    and: "and",
    or: "or",
    is: "is",
    isNot: "is not",
    answered: "is answered",
    notAnswered: "is not answered",
    markAll: "Mark all that apply.",
    markOne: "Mark one answer.",
    writeOne: "Write one of:",
    more: "More? Write on the back.",
    datePlaceholder: "dd.mm.yyyy",
    page: "Page",
    of: "of",
    point: "Interaction point",
    setting: { hospital: "is held at the hospital", municipality: "is held in the municipality" },
    months: "months after",
    after: {
      diagnosis: "the date of diagnosis",
      informed: "the patient was told the diagnosis",
      inclusion: "inclusion in the pathway",
    },
    conductedBy: "Conducted by",
    signature: "Signature",
    enteredBy: "Entered in the record by",
  },
};
