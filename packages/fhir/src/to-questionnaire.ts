/**
 * Form definition → FHIR R4 Questionnaire in two dialects (research/fhir-refero.md §6–§7). Both share `url`,
 * `version`, the linkIds of every answerable item and the answer codings (our own CodeSystems), so one response
 * mapper serves every channel:
 *
 * - `refero` (Helsenorge): one Questionnaire per language; a 0–10 slider is a `choice` with 11 coded options whose
 *   `valueCoding` carries `ordinalValue`, end labels and display type in `item.code`; help is a `text` child with
 *   itemControl `help`; Helsenorge `meta`, `validationtext` and `repeatstext`.
 * - `sdc` (HL7 SDC): one Questionnaire with `translation` extensions; a 0–10 slider is an `integer` with
 *   itemControl `slider`, `sliderStepValue` and `lower`/`upper` labels; scores are `calculatedExpression`s; help is a
 *   `display` child with itemControl `help`.
 */
import {
  type EnableWhen,
  type FormDefinition,
  type FormItem,
  type FormText,
  findInstrument,
  flattenItems,
  type Instrument,
  type QuestionItem,
} from "@pakkeforlop-hjem/instruments";
import { defineMessages, type Lang, type NoParams, SdkError } from "@pakkeforlop-hjem/model";
import type {
  Coding,
  Extension,
  PrimitiveExtension,
  Questionnaire,
  QuestionnaireAnswerOption,
  QuestionnaireBundle,
  QuestionnaireEnableWhen,
  QuestionnaireItem,
} from "./fhir-types.ts";
import { codeSystemUrl, EXT, FHIR_BASE, questionnaireUrl, SDF_PROFILE, SYSTEM, YES_NO_CODE } from "./urls.ts";

/** The two Questionnaire dialects: Helsenorge's renderer Refero, or HL7 Structured Data Capture. */
export type Dialect = "refero" | "sdc";

/** Options for {@link toQuestionnaire}. */
export interface ToQuestionnaireOptions {
  readonly dialect: Dialect;
  /**
   * `refero`: the language of this Questionnaire (one per language). `sdc`: the base language; the form's other
   * languages go into `translation` extensions. Default: the form's first language.
   */
  readonly lang?: Lang;
  /**
   * The instrument of the form's thermometer or scale when it is not a shipped one (e.g. with licensed wording from
   * `withWording`): its licence goes into `copyright`.
   */
  readonly instrument?: Instrument;
}

/** BCP-47 tags as Helsenorge writes them. */
const BCP47: Readonly<Record<Lang, string>> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };
const LANG_NAME: Readonly<Record<Lang, string>> = { nb: "Bokmål", nn: "Nynorsk", en: "English" };

const SCORE_SYSTEM = codeSystemUrl("score-0-10");
const PUBLISHER = "Pakkeforløp hjem SDK (pakkeforlop-hjem)";

/** The fixed texts this package writes into a Questionnaire beside the form's own. */
const FIXED = /* @__PURE__ */ defineMessages<{
  slider_invalid: { readonly min: number; readonly max: number };
  add_another: NoParams;
  total_score: NoParams;
  yes: NoParams;
  no: NoParams;
  range_invalid: { readonly min: number; readonly max: number };
  range_hint: { readonly min: number; readonly max: number };
  length_invalid: { readonly max: number };
  pick_all: NoParams;
}>({
  slider_invalid: {
    nb: (p) => `Velg et tall fra ${p.min} til ${p.max}.`,
    nn: (p) => `Vel eit tal frå ${p.min} til ${p.max}.`,
    en: (p) => `Choose a number from ${p.min} to ${p.max}.`,
  },
  add_another: { nb: "Legg til", nn: "Legg til", en: "Add another" },
  total_score: { nb: "Sum av symptomskårene", nn: "Sum av symptomskårane", en: "Total symptom score" },
  yes: { nb: "Ja", nn: "Ja", en: "Yes" },
  no: { nb: "Nei", nn: "Nei", en: "No" },
  range_invalid: {
    nb: (p) => `Skriv et helt tall fra ${p.min} til ${p.max}.`,
    nn: (p) => `Skriv eit heilt tal frå ${p.min} til ${p.max}.`,
    en: (p) => `Enter a whole number from ${p.min} to ${p.max}.`,
  },
  range_hint: {
    nb: (p) => `Et tall fra ${p.min} til ${p.max}`,
    nn: (p) => `Eit tal frå ${p.min} til ${p.max}`,
    en: (p) => `A number from ${p.min} to ${p.max}`,
  },
  length_invalid: {
    nb: (p) => `Skriv høyst ${p.max} tegn.`,
    nn: (p) => `Skriv høgst ${p.max} teikn.`,
    en: (p) => `Write at most ${p.max} characters.`,
  },
  pick_all: { nb: "Velg alle som passer.", nn: "Vel alle som passar.", en: "Choose all that apply." },
});

/** Text as markdown that shows it literally (Refero renders `rendering-markdown`). */
const markdown = (text: string): string => text.replace(/[\\`*_[\]#<>|]/g, (c) => `\\${c}`);

/**
 * Refero: what a Helsenorge form author adds to a question (research/fhir-refero.md §7): a validation text for a
 * number range or a text length, and a sublabel under the label for a range or a "choose all" list.
 */
function authoring(ctx: Ctx, item: QuestionItem): Extension[] {
  if (ctx.dialect !== "refero") {
    return [];
  }
  const out: Extension[] = [];
  if (item.type === "integer" && item.minValue !== undefined && item.maxValue !== undefined) {
    const range = { min: item.minValue, max: item.maxValue };
    out.push(
      { url: EXT.validationText, valueString: FIXED.text(ctx.lang, "range_invalid", range) },
      { url: EXT.sublabel, valueMarkdown: FIXED.text(ctx.lang, "range_hint", range) },
    );
  }
  if ((item.type === "string" || item.type === "text") && item.maxLength !== undefined) {
    out.push({ url: EXT.validationText, valueString: FIXED.text(ctx.lang, "length_invalid", { max: item.maxLength }) });
  }
  if (item.type === "choice" && item.repeats === true) {
    out.push({ url: EXT.sublabel, valueMarkdown: FIXED.text(ctx.lang, "pick_all") });
  }
  return out;
}

/**
 * Refero: the form-level Helsenorge extensions: login required (the answers are health data), a PDF and a narrative
 * of the submitted response, and the sticky action bar.
 */
const HELSENORGE_FORM_EXTENSIONS: readonly Extension[] = [
  {
    url: EXT.authenticationRequirement,
    valueCoding: { system: SYSTEM.authenticationRequirement, code: "3" },
  },
  { url: EXT.generatePdf, valueBoolean: true },
  { url: EXT.generateNarrative, valueBoolean: true },
  {
    url: EXT.presentationButtons,
    valueCoding: { system: SYSTEM.presentationButtons, code: "sticky" },
  },
];

interface Ctx {
  readonly form: FormDefinition;
  readonly dialect: Dialect;
  readonly lang: Lang;
  readonly index: ReadonlyMap<string, FormItem>;
  /**
   * Refero: inside an optional repeating group (no `minOccurs`). Refero always shows one instance of a repeating
   * group and enforces `required` on it, so there the children are written without `required`; the form's
   * validation (`validateAnswers`, run by {@link fromQuestionnaireResponse}) still requires them in an answered
   * entry, and an entry with no answers is no entry.
   */
  readonly optionalRepeat?: boolean;
}

/** The Ja/Nei options of a yes/no question in Refero (Helsenorge's value set 1101, as its own forms code it). */
function yesNoOptions(ctx: Ctx): QuestionnaireAnswerOption[] {
  return (["yes", "no"] as const).map((v) => ({
    valueCoding: {
      system: SYSTEM.yesNo,
      code: YES_NO_CODE[v],
      display: FIXED.text(ctx.lang, v),
    },
  }));
}

/** A 0–10 (or any bounded) integer shown as a slider: a coded choice in Refero. @internal */
export function isSlider(item: FormItem): boolean {
  return item.type === "integer" && item.control === "slider";
}

/** The steps of a slider. @internal */
export function sliderSteps(item: QuestionItem): number[] {
  const min = item.minValue ?? 0;
  const max = item.maxValue ?? 10;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** The CodeSystem of a choice item's options; `version` when the value set names one (`dt-revised@2022`). @internal */
export function choiceSystem(item: QuestionItem): { system: string; version?: string } {
  const vs = item.valueSet ?? item.linkId;
  const at = vs.indexOf("@");
  return at < 0 ? { system: codeSystemUrl(vs) } : { system: codeSystemUrl(vs.slice(0, at)), version: vs.slice(at + 1) };
}

/** The Questionnaire `id` for a dialect and language. @internal */
export function questionnaireId(form: FormDefinition, dialect: Dialect, lang: Lang): string {
  return dialect === "refero" ? `${form.id}-${lang}` : form.id;
}

const pascal = (id: string): string =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== "")
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("");

function textOf(ctx: Ctx, text: FormText, lang: Lang = ctx.lang): string {
  return text[lang] ?? text[ctx.form.languages[0] ?? "nb"] ?? "";
}

const control = (code: string): Extension => ({
  url: EXT.itemControl,
  valueCodeableConcept: { coding: [{ system: SYSTEM.itemControl, code }] },
});

/** SDC: `translation` extensions for the form's other languages, or nothing in Refero. */
function translations(ctx: Ctx, text: FormText): { _text?: PrimitiveExtension } {
  if (ctx.dialect !== "sdc") {
    return {};
  }
  const ext = ctx.form.languages
    .filter((l) => l !== ctx.lang && text[l] !== undefined)
    .map(
      (l): Extension => ({
        url: EXT.translation,
        extension: [
          { url: "lang", valueCode: BCP47[l] },
          { url: "content", valueString: text[l] as string },
        ],
      }),
    );
  return ext.length === 0 ? {} : { _text: { extension: ext } };
}

function displayItem(ctx: Ctx, linkId: string, text: FormText, code: "help" | "lower" | "upper"): QuestionnaireItem {
  if (ctx.dialect === "refero") {
    // Refero's help pattern: a read-only `text` child with itemControl `help` (never written to the response),
    // its text also as markdown, as Helsenorge's forms write help.
    const plain = textOf(ctx, text);
    return {
      extension: [control(code)],
      linkId,
      text: plain,
      _text: { extension: [{ url: EXT.renderingMarkdown, valueMarkdown: markdown(plain) }] },
      type: "text",
      readOnly: true,
    };
  }
  return { extension: [control(code)], linkId, text: textOf(ctx, text), ...translations(ctx, text), type: "display" };
}

function helpChildren(ctx: Ctx, item: FormItem): QuestionnaireItem[] {
  return item.help === undefined ? [] : [displayItem(ctx, `${item.linkId}-help`, item.help, "help")];
}

function coding(ctx: Ctx, system: { system: string; version?: string }, code: string, display: FormText): Coding {
  const sdcDisplay = translations(ctx, display)._text;
  return {
    ...system,
    code,
    display: textOf(ctx, display),
    ...(sdcDisplay === undefined ? {} : { _display: sdcDisplay }),
  };
}

function enableWhenOf(ctx: Ctx, item: FormItem): Pick<QuestionnaireItem, "enableWhen" | "enableBehavior"> {
  const conditions = item.enableWhen;
  if (conditions === undefined || conditions.length === 0) {
    return {};
  }
  const converted = conditions.map((c) => convertCondition(ctx, item.linkId, c));
  if (converted.some((c) => c.length > 1)) {
    if (conditions.length > 1 && item.enableBehavior !== "any") {
      throw new SdkError(
        "invalid_argument",
        `toQuestionnaire: item "${item.linkId}" compares a Refero slider with an ordering operator together with other conditions; Refero can express only one such condition per item`,
      );
    }
    return { enableWhen: converted.flat(), enableBehavior: "any" };
  }
  return {
    enableWhen: converted.flat(),
    ...(conditions.length > 1 ? { enableBehavior: item.enableBehavior ?? "all" } : {}),
  };
}

/** One form condition → FHIR enableWhen (several, to be OR-ed, for an ordering comparison on a Refero slider). */
function convertCondition(ctx: Ctx, linkId: string, c: EnableWhen): QuestionnaireEnableWhen[] {
  const target = ctx.index.get(c.question);
  if (target === undefined || target.type === "group" || target.type === "display") {
    throw new SdkError(
      "invalid_argument",
      `toQuestionnaire: item "${linkId}" depends on "${c.question}", which is not a question of form ${ctx.form.id}`,
    );
  }
  if (c.operator === "exists") {
    return [{ question: c.question, operator: "exists", answerBoolean: c.answer === true }];
  }
  switch (target.type) {
    case "boolean":
      return ctx.dialect === "refero"
        ? [
            {
              question: c.question,
              operator: c.operator,
              answerCoding: { system: SYSTEM.yesNo, code: YES_NO_CODE[c.answer === true ? "yes" : "no"] },
            },
          ]
        : [{ question: c.question, operator: c.operator, answerBoolean: c.answer === true }];
    case "choice":
      return [
        {
          question: c.question,
          operator: c.operator,
          answerCoding: { ...choiceSystem(target), code: String(c.answer) },
        },
      ];
    case "integer": {
      const n = Number(c.answer);
      if (ctx.dialect === "sdc" || !isSlider(target)) {
        return [{ question: c.question, operator: c.operator, answerInteger: n }];
      }
      // Refero compares codings by equality only (research/fhir-refero.md §1.6): expand to the matching steps.
      const test: Readonly<Record<string, (v: number) => boolean>> = {
        "=": (v) => v === n,
        "!=": (v) => v !== n,
        ">": (v) => v > n,
        "<": (v) => v < n,
        ">=": (v) => v >= n,
        "<=": (v) => v <= n,
      };
      const steps = sliderSteps(target).filter((v) => test[c.operator]?.(v) === true);
      return steps.map((v) => ({
        question: c.question,
        operator: "=",
        answerCoding: { system: SCORE_SYSTEM, code: String(v) },
      }));
    }
    case "date":
      return [{ question: c.question, operator: c.operator, answerDate: String(c.answer) }];
    default:
      return [{ question: c.question, operator: c.operator, answerString: String(c.answer) }];
  }
}

function defaultControl(item: QuestionItem): string {
  return (
    item.control ??
    (item.repeats === true ? "check-box" : (item.answerOption ?? []).length > 6 ? "drop-down" : "radio-button")
  );
}

function sliderItem(ctx: Ctx, item: QuestionItem): QuestionnaireItem {
  const min = item.minValue ?? 0;
  const max = item.maxValue ?? 10;
  const steps = sliderSteps(item);
  const common = {
    linkId: item.linkId,
    text: textOf(ctx, item.text),
    ...translations(ctx, item.text),
  };
  const flags = { ...enableWhenOf(ctx, item), ...requiredOf(ctx, item) };
  if (ctx.dialect === "refero") {
    const invalid = FIXED.text(ctx.lang, "slider_invalid", { min, max });
    const labels: Coding[] =
      item.anchors === undefined
        ? []
        : [
            { system: SYSTEM.sliderLabels, code: "LabelLeft", display: textOf(ctx, item.anchors.low) },
            { system: SYSTEM.sliderLabels, code: "LabelRight", display: textOf(ctx, item.anchors.high) },
          ];
    return {
      extension: [control("slider"), { url: EXT.validationText, valueString: invalid }],
      linkId: item.linkId,
      code: [{ system: SYSTEM.sliderDisplayType, code: "ordinalValue" }, ...labels],
      text: common.text,
      type: "choice",
      ...flags,
      answerOption: steps.map(
        (v): QuestionnaireAnswerOption => ({
          valueCoding: {
            extension: [{ url: EXT.ordinalValue, valueDecimal: v }],
            system: SCORE_SYSTEM,
            code: String(v),
            display: String(v),
          },
        }),
      ),
      ...children(helpChildren(ctx, item)),
    };
  }
  const ends =
    item.anchors === undefined
      ? []
      : [
          displayItem(ctx, `${item.linkId}-lower`, item.anchors.low, "lower"),
          displayItem(ctx, `${item.linkId}-upper`, item.anchors.high, "upper"),
        ];
  return {
    extension: [
      control("slider"),
      { url: EXT.sliderStepValue, valueInteger: 1 },
      { url: EXT.minValue, valueInteger: min },
      { url: EXT.maxValue, valueInteger: max },
    ],
    ...common,
    type: "integer",
    ...flags,
    ...children([...helpChildren(ctx, item), ...ends]),
  };
}

const children = (items: readonly QuestionnaireItem[]): { item?: readonly QuestionnaireItem[] } =>
  items.length === 0 ? {} : { item: items };

/** `required`, except inside an optional repeating group in Refero (see {@link Ctx}). */
const requiredOf = (ctx: Ctx, item: QuestionItem): { required?: true } =>
  item.required === true && ctx.optionalRepeat !== true ? { required: true } : {};

/** Refero: a yes/no question is a Ja/Nei choice with radio buttons, so "no" can be answered (issue 20). */
function yesNoItem(ctx: Ctx, item: QuestionItem): QuestionnaireItem {
  return {
    extension: [control("radio-button")],
    linkId: item.linkId,
    text: textOf(ctx, item.text),
    type: "choice",
    ...enableWhenOf(ctx, item),
    ...requiredOf(ctx, item),
    answerOption: yesNoOptions(ctx),
    ...children(helpChildren(ctx, item)),
  };
}

function questionItem(ctx: Ctx, item: QuestionItem): QuestionnaireItem {
  if (isSlider(item)) {
    return sliderItem(ctx, item);
  }
  if (item.type === "boolean" && ctx.dialect === "refero") {
    return yesNoItem(ctx, item);
  }
  const extension: Extension[] = [];
  if (item.type === "choice") {
    extension.push(control(defaultControl(item)));
  }
  extension.push(...authoring(ctx, item));
  if (item.type === "integer") {
    if (item.minValue !== undefined) {
      extension.push({ url: EXT.minValue, valueInteger: item.minValue });
    }
    if (item.maxValue !== undefined) {
      extension.push({ url: EXT.maxValue, valueInteger: item.maxValue });
    }
  }
  const system = item.type === "choice" ? choiceSystem(item) : undefined;
  return {
    ...(extension.length === 0 ? {} : { extension }),
    linkId: item.linkId,
    text: textOf(ctx, item.text),
    ...translations(ctx, item.text),
    type: item.type,
    ...enableWhenOf(ctx, item),
    ...requiredOf(ctx, item),
    ...(item.type === "choice" && item.repeats === true ? { repeats: true } : {}),
    ...(item.maxLength !== undefined && (item.type === "string" || item.type === "text")
      ? { maxLength: item.maxLength }
      : {}),
    ...(system === undefined
      ? {}
      : {
          answerOption: (item.answerOption ?? []).map(
            (o): QuestionnaireAnswerOption => ({ valueCoding: coding(ctx, system, o.code, o.display) }),
          ),
        }),
    ...children(helpChildren(ctx, item)),
  };
}

function toItem(ctx: Ctx, item: FormItem): QuestionnaireItem {
  switch (item.type) {
    case "group": {
      const extension: Extension[] = [];
      if (item.repeats === true) {
        if (item.minOccurs !== undefined) {
          extension.push({ url: EXT.minOccurs, valueInteger: item.minOccurs });
        }
        if (item.maxOccurs !== undefined) {
          extension.push({ url: EXT.maxOccurs, valueInteger: item.maxOccurs });
        }
        if (ctx.dialect === "refero") {
          extension.push({ url: EXT.repeatsText, valueString: FIXED.text(ctx.lang, "add_another") });
        }
      }
      const optional = ctx.optionalRepeat === true || (item.repeats === true && (item.minOccurs ?? 0) === 0);
      const inner: Ctx = { ...ctx, optionalRepeat: ctx.dialect === "refero" && optional };
      return {
        ...(extension.length === 0 ? {} : { extension }),
        linkId: item.linkId,
        text: textOf(ctx, item.text),
        ...translations(ctx, item.text),
        type: "group",
        ...enableWhenOf(ctx, item),
        ...(item.repeats === true ? { repeats: true } : {}),
        item: [...helpChildren(ctx, item), ...item.items.map((i) => toItem(inner, i))],
      };
    }
    case "display":
      return {
        linkId: item.linkId,
        text: textOf(ctx, item.text),
        ...translations(ctx, item.text),
        type: "display",
        ...enableWhenOf(ctx, item),
        ...children(helpChildren(ctx, item)),
      };
    default:
      return questionItem(ctx, item);
  }
}

/**
 * linkId of the derived total of a symptom-scale Questionnaire: read-only, computed by the renderer, ignored by
 * `fromQuestionnaireResponse` (the SDK recomputes the total itself).
 * @example
 * ```ts
 * q.item?.some((i) => i.linkId === TOTAL_SCORE_LINK_ID);
 * ```
 */
export const TOTAL_SCORE_LINK_ID = "total-score";

/** Derived scores: the total of a symptom scale, a `calculatedExpression` in SDC, a Refero `TS` score in Refero. */
function scoreItems(ctx: Ctx): QuestionnaireItem[] {
  if (ctx.form.kind !== "symptom-scale") {
    return [];
  }
  const text: FormText = {
    nb: FIXED.text("nb", "total_score"),
    nn: FIXED.text("nn", "total_score"),
    en: FIXED.text("en", "total_score"),
  };
  const base = { linkId: TOTAL_SCORE_LINK_ID, text: textOf(ctx, text), ...translations(ctx, text) };
  if (ctx.dialect === "refero") {
    return [
      {
        extension: [
          {
            url: EXT.sdfCalculatedExpression,
            valueString:
              // One number per answer (`select`): `toInteger()` on several codes at once is empty in fhirpath.js.
              "QuestionnaireResponse.descendants().where(linkId.startsWith('symptom.')).answer.value.select(code.toInteger()).sum()",
          },
        ],
        linkId: base.linkId,
        code: [{ system: SYSTEM.scoringFormulas, code: "TS", display: "Total score" }],
        text: base.text,
        type: "integer",
        readOnly: true,
      },
    ];
  }
  return [
    {
      extension: [
        {
          url: EXT.sdcCalculatedExpression,
          valueExpression: {
            description: "Sum of the answered symptom scores",
            language: "text/fhirpath",
            expression: "%resource.descendants().where(linkId.startsWith('symptom.')).answer.value.sum()",
          },
        },
      ],
      ...base,
      type: "integer",
      readOnly: true,
    },
  ];
}

function copyright(form: FormDefinition, given: Instrument | undefined): string {
  const lines = ["Form structure and codes: Pakkeforløp hjem SDK, MIT licence."];
  const ref = form.instrument;
  const instrument =
    ref === undefined
      ? undefined
      : given?.id === ref.id && given.version === ref.version
        ? given
        : findInstrument(ref.id, ref.version);
  if (ref !== undefined && instrument !== undefined) {
    const l = instrument.licence;
    lines.push(
      `Instrument ${ref.id}@${ref.version}: rights holder ${l.rightsHolder} (${l.url}).`,
      ...(l.permissionRequiredFor.length === 0
        ? []
        : [`Permission required for: ${l.permissionRequiredFor.join(", ")}.`]),
      ...l.conditions,
      l.officialWording
        ? "The labels are the licensed official wording."
        : "The labels are neutral labels, not the official wording.",
    );
  }
  return lines.join("\n\n");
}

/**
 * Builds a FHIR R4 Questionnaire from a headless form definition, in the Helsenorge/Refero dialect (one
 * Questionnaire per language) or the HL7 SDC dialect (one Questionnaire with translations). Both dialects share
 * `url`, `version`, the linkIds of every answerable item and the answer codings, so
 * {@link fromQuestionnaireResponse} reads a response from either. Deterministic: no dates, no random ids.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` when `lang` is not a language of the form, or a condition cannot be
 * expressed in the dialect.
 * @example
 * ```ts
 * const refero = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "refero", lang: "nn" });
 * const sdc = toQuestionnaire(THERMOMETER_LEGACY_FORM, { dialect: "sdc" });
 * ```
 * @see https://hl7.org/fhir/R4/questionnaire.html
 */
export function toQuestionnaire(form: FormDefinition, options: ToQuestionnaireOptions): Questionnaire {
  const lang = options.lang ?? form.languages[0] ?? "nb";
  if (!form.languages.includes(lang)) {
    throw new SdkError(
      "invalid_argument",
      `toQuestionnaire: form ${form.id} has no "${lang}" texts (it has ${form.languages.join(", ")})`,
    );
  }
  const index = new Map(flattenItems(form.items).map((i) => [i.linkId, i]));
  const ctx: Ctx = { form, dialect: options.dialect, lang, index };
  const title = textOf(ctx, form.title);
  const titleTranslations = translations(ctx, form.title)._text;
  return {
    resourceType: "Questionnaire",
    id: questionnaireId(form, options.dialect, lang),
    ...(options.dialect === "refero"
      ? {
          meta: {
            profile: [SDF_PROFILE],
            tag: [{ system: SYSTEM.bcp47, code: BCP47[lang], display: LANG_NAME[lang] }],
          },
        }
      : {}),
    language: BCP47[lang],
    ...(options.dialect === "refero" ? { extension: [...HELSENORGE_FORM_EXTENSIONS] } : {}),
    url: questionnaireUrl(form.id),
    version: form.version,
    name: pascal(form.id),
    title,
    ...(titleTranslations === undefined ? {} : { _title: titleTranslations }),
    status: "active",
    subjectType: ["Patient"],
    publisher: PUBLISHER,
    copyright: copyright(form, options.instrument),
    code: [{ system: codeSystemUrl("form"), code: form.id, display: title }],
    item: [...form.items.map((i) => toItem(ctx, i)), ...scoreItems(ctx)],
  };
}

/**
 * The Refero dialect of a form in every language it has, as Helsenorge ships a translated form: a `searchset`
 * Bundle of one Questionnaire per language with identical url, version and linkIds.
 * @example
 * ```ts
 * const bundle = toQuestionnaireBundle(PRE_VISIT_FORM);
 * bundle.entry.map((e) => e.resource.language); // ["nb-NO", "nn-NO", "en-GB"]
 * ```
 */
export function toQuestionnaireBundle(
  form: FormDefinition,
  options: Omit<ToQuestionnaireOptions, "dialect" | "lang"> = {},
): QuestionnaireBundle {
  const entry = form.languages.map((lang) => {
    const resource = toQuestionnaire(form, { ...options, dialect: "refero", lang });
    return { fullUrl: `${FHIR_BASE}/Questionnaire/${resource.id ?? form.id}`, resource };
  });
  return { resourceType: "Bundle", id: form.id, type: "searchset", total: entry.length, entry };
}
