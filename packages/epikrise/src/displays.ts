/**
 * The display texts of the model's code lists that the render tree uses, one table per list and language, built once
 * from the model (`displayOf`), so each lookup reads one small table instead of searching every list.
 */
import {
  AMENDMENT_KINDS,
  CONSENT_VALUES,
  CONVERSATION_MODES,
  type CodeList,
  DECLINE_REASONS,
  displayOf,
  type Lang,
  MEASURE_STATUSES,
  MINOR_RELATIONS,
  NEXT_STEP_ACTIONS,
  OUTCOMES,
  PARTICIPANT_KINDS,
  PROFESSIONS,
  RECIPIENT_KINDS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  ROLES,
  SHARABLE_PARTS,
  TOPIC_STATUSES,
} from "@pakkeforlop-hjem/model";

/** The code lists the render tree shows, by a short name. */
type DisplayList =
  | "amendment"
  | "consentValue"
  | "mode"
  | "declineReason"
  | "measureStatus"
  | "minorRelation"
  | "nextStep"
  | "outcome"
  | "participant"
  | "profession"
  | "recipient"
  | "respondent"
  | "responsible"
  | "role"
  | "sharable"
  | "topicStatus";

const CODES: Readonly<Record<DisplayList, CodeList<string>>> = {
  amendment: AMENDMENT_KINDS,
  consentValue: CONSENT_VALUES,
  mode: CONVERSATION_MODES,
  declineReason: DECLINE_REASONS,
  measureStatus: MEASURE_STATUSES,
  minorRelation: MINOR_RELATIONS,
  nextStep: NEXT_STEP_ACTIONS,
  outcome: OUTCOMES,
  participant: PARTICIPANT_KINDS,
  profession: PROFESSIONS,
  recipient: RECIPIENT_KINDS,
  respondent: RESPONDENTS,
  responsible: RESPONSIBLE_PARTY_KINDS,
  role: ROLES,
  sharable: SHARABLE_PARTS,
  topicStatus: TOPIC_STATUSES,
};

/**
 * The display texts of the code lists in one language, by list and code: `D.outcome["completed"]`. A code the list
 * does not know (not even an inherited name such as "toString") finds nothing, and the caller prints the code, as
 * `displayOf` does.
 */
export type Displays = { readonly [K in DisplayList]: Readonly<Partial<Record<string, string>>> };

/**
 * The prototype of a display table: it has no prototype itself, so a code such as "toString" finds nothing, while
 * each table stays an ordinary object (an object made with `Object.create(null)` is a slower dictionary in V8).
 */
const NO_INHERITED: object = Object.create(null);

const DISPLAYS = new Map<Lang, Displays>();

/**
 * The display tables of a language, made when first asked for.
 * @example
 * ```ts
 * displaysOf("en").outcome["declined"]; // "Declined"
 * ```
 */
export function displaysOf(lang: Lang): Displays {
  let d = DISPLAYS.get(lang);
  if (d === undefined) {
    const tables: Record<string, Readonly<Partial<Record<string, string>>>> = {};
    for (const [name, list] of Object.entries(CODES)) {
      const table = Object.create(NO_INHERITED) as Record<string, string>;
      for (const code of list.codes) {
        table[code] = displayOf(list, code, lang);
      }
      tables[name] = table;
    }
    d = tables as Displays;
    DISPLAYS.set(lang, d);
  }
  return d;
}
