/**
 * Headless form definitions: plain data (no UI) that every EHR, municipal tool and renderer reads the same way.
 * Names follow FHIR Questionnaire where one exists (`linkId`, `enableWhen`, `enableBehavior`, `repeats`,
 * `answerOption`), so the FHIR package can emit Questionnaires with the same linkIds and codes.
 */
import type { CodeList, Lang, LocalizedText, VersionedRef } from "@pakkeforlop-hjem/model";

/** Text of a form in some languages; a form declares which languages every text must have (`languages`). */
export type FormText = Readonly<Partial<Record<Lang, string>>>;

/** Comparison of a condition. `exists` compares with a boolean: `true` = answered, `false` = not answered. */
export type EnableOperator = "exists" | "=" | "!=" | ">" | "<" | ">=" | "<=";

/**
 * A condition on another item's answer. For a choice that allows several answers, `=` means "contains" and `!=`
 * means "does not contain".
 */
export interface EnableWhen {
  /** linkId of the question the condition reads. */
  readonly question: string;
  readonly operator: EnableOperator;
  readonly answer: string | number | boolean;
}

/** Whether all conditions must hold (default) or any one of them. */
export type EnableBehavior = "all" | "any";

/** One answer option of a choice: a stable code and its text. */
export interface AnswerOption {
  readonly code: string;
  readonly display: FormText;
}

/**
 * Text that replaces an item's text or help when its conditions hold, e.g. "school" instead of "work" when the
 * patient is a child (DOMAIN.md §1).
 */
export interface TextVariant {
  readonly enableWhen: readonly EnableWhen[];
  readonly enableBehavior?: EnableBehavior;
  readonly text?: FormText;
  readonly help?: FormText;
}

/** The kinds of items. `group` holds items; `display` shows text only; the rest are questions. */
export type FormItemType = "group" | "display" | "boolean" | "choice" | "integer" | "string" | "text" | "date";

/** A named format a `string` item must match, from the model's formats. */
export type StringFormat = "phone";

/** What every item has. */
interface BaseItem {
  /** Stable id of the item, unique in the form. Answers are keyed by it. */
  readonly linkId: string;
  readonly text: FormText;
  /** Help text shown beside the item. */
  readonly help?: FormText;
  /** Conditions for showing the item; a hidden item (and everything in it) is not answered. */
  readonly enableWhen?: readonly EnableWhen[];
  readonly enableBehavior?: EnableBehavior;
  /** Wording switches; the first variant whose conditions hold wins. */
  readonly textVariants?: readonly TextVariant[];
}

/** A group of items. A repeating group is answered as a list of answer sets, one per entry. */
export interface GroupItem extends BaseItem {
  readonly type: "group";
  readonly items: readonly FormItem[];
  readonly repeats?: boolean;
  /** For a repeating group that is shown: the fewest entries. */
  readonly minOccurs?: number;
  /** For a repeating group: the most entries. */
  readonly maxOccurs?: number;
}

/** Text shown to the user, with no answer. */
export interface DisplayItem extends BaseItem {
  readonly type: "display";
}

/** A question. */
export interface QuestionItem extends BaseItem {
  readonly type: "boolean" | "choice" | "integer" | "string" | "text" | "date";
  /** Must be answered when shown. */
  readonly required?: boolean;
  /** For a choice: the options. */
  readonly answerOption?: readonly AnswerOption[];
  /** For a choice: the code list the options come from (`urn:pakkeforlop-hjem:code-list:<id>` in codings). */
  readonly valueSet?: string;
  /** For a choice: several options may be chosen ("mark all that apply"); the answer is a list of codes. */
  readonly repeats?: boolean;
  /** For an integer: the smallest value. */
  readonly minValue?: number;
  /** For an integer: the largest value. */
  readonly maxValue?: number;
  /** For a string or text: the most characters. */
  readonly maxLength?: number;
  /** For a string: a named format. */
  readonly format?: StringFormat;
  /** Presentation hint: `slider` for a 0–10 scale, `check-box` or `radio-button` for choices. */
  readonly control?: "slider" | "check-box" | "radio-button" | "drop-down";
  /** For a slider: texts at the low and high ends. */
  readonly anchors?: { readonly low: FormText; readonly high: FormText };
}

/** Any item of a form. */
export type FormItem = GroupItem | DisplayItem | QuestionItem;

/**
 * What a form is for; `answersToAssessment` reads `needs-assessment` forms, `answersToDistress` reads
 * `distress-thermometer` forms.
 */
export type FormKind = "needs-assessment" | "distress-thermometer" | "symptom-scale";

/** A headless form definition: data only, the same for every renderer and channel. */
export interface FormDefinition {
  /** Stable id, e.g. `needs-assessment-sp1`. */
  readonly id: string;
  readonly version: string;
  readonly kind: FormKind;
  readonly title: FormText;
  /** Languages every text of the form must have. */
  readonly languages: readonly Lang[];
  /** The interaction point the form is for (needs-assessment forms). */
  readonly interactionPoint?: 1 | 2 | 3;
  /** The instrument the thermometer or scale items come from. */
  readonly instrument?: VersionedRef;
  readonly items: readonly FormItem[];
}

/**
 * The answer options of a model code list, so forms reuse the model's codes and labels instead of copying them.
 * @example
 * ```ts
 * const options = optionsFrom(TOPIC_STATUSES); // [{ code: "not-discussed", display: { nb: "Ikke tatt opp", ... } }, ...]
 * ```
 */
export function optionsFrom<TCode extends string>(
  list: CodeList<TCode>,
  filter?: (code: TCode) => boolean,
): AnswerOption[] {
  return list.codes
    .filter((code) => filter === undefined || filter(code))
    .map((code) => ({ code, display: list.entries[code] as LocalizedText }));
}

/**
 * Every item of a form, depth first, in document order.
 * @example
 * ```ts
 * const linkIds = flattenItems(form).map((i) => i.linkId);
 * ```
 */
export function flattenItems(items: readonly FormItem[]): FormItem[] {
  const out: FormItem[] = [];
  const walk = (list: readonly FormItem[]): void => {
    for (const item of list) {
      out.push(item);
      if (item.type === "group") {
        walk(item.items);
      }
    }
  };
  walk(items);
  return out;
}
