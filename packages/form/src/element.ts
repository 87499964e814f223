/**
 * `<pfh-needs-assessment>`: a custom element that renders any form definition of the instruments package, validates
 * with the same `validateAnswers` the server uses and emits a valid `Assessment`. Framework-free, in a shadow root
 * styled by one constructable stylesheet, with no inline script or style (works under a strict
 * Content-Security-Policy).
 */
import {
  type AssessmentContext,
  answersToAssessment,
  answersToDistress,
  answersToSymptoms,
  type DistressScore,
  type FormAnswers,
  type FormDefinition,
  type SymptomScore,
  shownAnswers,
  validateAnswers,
  visibleItems,
} from "@pakkeforlop-hjem/instruments";
import { type Assessment, formatIssue, type Issue, type Lang } from "@pakkeforlop-hjem/model/validator";
import {
  type AnswerPath,
  answerAt,
  fieldId,
  fillFromPreVisit,
  issueText,
  setAt,
  shapeOf,
  withMinimumEntries,
} from "./answers.ts";
import { h } from "./dom.ts";
import { items, type RenderContext } from "./render.ts";
import { styleSheet } from "./styles.ts";
import { langOf, UI } from "./texts.ts";

/**
 * The tag name {@link defineFormElements} registers by default.
 * @example
 * ```ts
 * const el = document.createElement(NEEDS_ASSESSMENT_TAG) as PfhNeedsAssessmentElement;
 * ```
 */
export const NEEDS_ASSESSMENT_TAG = "pfh-needs-assessment";

/**
 * The detail of the `submit` event: what the answers became, by the form's kind. A needs-assessment form gives a
 * valid `Assessment` (built by `answersToAssessment` and checked by the model's precompiled validator); the
 * stand-alone thermometer gives its score, ESAS-r its symptom scores.
 */
export type PfhSubmitDetail =
  | { readonly kind: "needs-assessment"; readonly answers: FormAnswers; readonly assessment: Assessment }
  | { readonly kind: "distress-thermometer"; readonly answers: FormAnswers; readonly distress: DistressScore }
  | { readonly kind: "symptom-scale"; readonly answers: FormAnswers; readonly symptoms: SymptomScore };

/** `submit`: the answers were valid and became an assessment (or a score). */
export type PfhSubmitEvent = CustomEvent<PfhSubmitDetail>;
/** `change`: the answers changed; the detail is the answers to the items that are shown. */
export type PfhChangeEvent = CustomEvent<FormAnswers>;
/**
 * `invalid`: a submit found issues; they are shown in the error summary and beside the fields. The issues are those
 * of `validateAnswers`, or of `answersToAssessment` (including the model's), or one `missing_context` issue when a
 * needs-assessment form has no `context`.
 */
export type PfhInvalidEvent = CustomEvent<{ readonly issues: readonly Issue<string>[] }>;

/** The element's own events by name, for typed listeners. */
export interface PfhNeedsAssessmentEventMap {
  readonly change: PfhChangeEvent;
  readonly submit: PfhSubmitEvent;
  readonly invalid: PfhInvalidEvent;
}

const forms = new Map<string, FormDefinition>();

/**
 * Keeps a text control within `max` Unicode code points, as `maxlength` would in UTF-16 units: what was just typed or
 * pasted (the text before the caret) is cut to fit, whole code points only, and the caret stays after what was kept.
 * The model's `maxLength` counts code points (`codePointLength`), so "😀" counts 1 and "e\u0301" counts 2.
 */
function keepWithin(input: HTMLInputElement | HTMLTextAreaElement, max: number): void {
  const chars = Array.from(input.value);
  const excess = chars.length - max;
  if (excess > 0) {
    const cut = Math.max(Array.from(input.value.slice(0, input.selectionEnd ?? 0)).length - excess, 0);
    chars.splice(cut, excess);
    input.value = chars.join("");
    const at = chars.slice(0, cut).join("").length;
    input.setSelectionRange(at, at);
  }
}

// Defining the class must not fail where there is no DOM (server rendering, Node imports of the package).
const Base: typeof HTMLElement = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * The needs-assessment form as a custom element. Set `definition` (or the `form-id` attribute with forms registered
 * through {@link defineFormElements}), `context` (patient, clinician, place, diagnosis, id and time from the EHR),
 * optionally `answers` (a draft) and `preVisit` (the patient's own answers); listen for `change`, `submit` and
 * `invalid`. The `lang` attribute (nb, nn, en) chooses the language.
 * @example
 * ```ts
 * defineFormElements();
 * const el = document.createElement("pfh-needs-assessment");
 * el.definition = NEEDS_ASSESSMENT_SP1;
 * el.addEventListener("submit", (e) => save(e.detail));
 * ```
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface below adds listener overloads only (HTMLElement implements them)
export class PfhNeedsAssessmentElement extends Base {
  /** Attributes the element reacts to. */
  static readonly observedAttributes: readonly string[] = ["lang", "form-id", "submit-label"];
  #definition: FormDefinition | undefined;
  #context: AssessmentContext | undefined;
  #draft: FormAnswers = {};
  #filled: readonly string[] = [];
  #submitted = false;
  #shape = "";
  #root: ShadowRoot | undefined;

  /** The form definition to render (wins over `form-id`). */
  get definition(): FormDefinition | undefined {
    return this.#definition ?? forms.get(this.getAttribute("form-id") ?? "");
  }
  set definition(value: FormDefinition | undefined) {
    this.#definition = value;
    this.#update(true);
  }

  /**
   * What the form does not ask, from the EHR: the patient, the clinician (`conductedBy`), the place
   * (`organisation`), the diagnosis, the assessment's id and time. Needed to submit a needs-assessment form; the
   * patient's age group also answers "child or adult" when it is not answered yet.
   */
  get context(): AssessmentContext | undefined {
    return this.#context;
  }
  set context(value: AssessmentContext | undefined) {
    this.#context = value;
    if (value !== undefined && this.#draft["patient-age-group"] === undefined) {
      this.#draft = setAt(this.#draft, ["patient-age-group"], value.patient.ageGroup);
    }
    this.#update(true);
  }

  /** The answers to the items that are shown. Setting it replaces the draft (e.g. a saved draft). */
  get answers(): FormAnswers {
    const form = this.definition;
    return form === undefined ? {} : shownAnswers(form, this.#draft);
  }
  set answers(value: FormAnswers | undefined) {
    this.#draft = { ...(value ?? {}) };
    this.#filled = [];
    this.#update(true);
  }

  /**
   * The patient's own answers from before the visit (e.g. the thermometer on Helsenorge): they fill the questions of
   * this form that share their linkIds and are not answered yet, and the form says so.
   */
  set preVisit(value: FormAnswers | undefined) {
    const form = this.definition;
    if (form !== undefined && value !== undefined) {
      const { answers, filled } = fillFromPreVisit(form, this.#draft, value);
      this.#draft = answers;
      this.#filled = [...this.#filled, ...filled];
      this.#update(true);
    }
  }

  /** @internal */
  connectedCallback(): void {
    if (this.#root === undefined) {
      this.#root = this.attachShadow({ mode: "open" });
      this.#root.adoptedStyleSheets = [styleSheet()];
      this.#root.addEventListener("input", (e) => this.#onEdit(e));
      this.#root.addEventListener("change", (e) => this.#onEdit(e));
      this.#root.addEventListener("click", (e) => this.#onClick(e));
      this.#root.addEventListener("submit", (e) => {
        e.preventDefault();
        this.submit();
      });
    }
    this.#update(true);
  }

  /** @internal */
  attributeChangedCallback(): void {
    this.#update(true);
  }

  /**
   * Validates the answers. Valid: dispatches `submit` and returns `true`. Invalid: shows the error summary (and moves
   * focus to it) and the field errors, dispatches `invalid` and returns `false`.
   */
  submit(): boolean {
    const form = this.definition;
    if (form === undefined) {
      return false;
    }
    this.#submitted = true;
    const detail = this.#result(form);
    this.#update(true);
    if ("issues" in detail) {
      this.#root?.querySelector<HTMLElement>(".sum")?.focus();
      this.dispatchEvent(new CustomEvent("invalid", { detail }));
      return false;
    }
    this.dispatchEvent(new CustomEvent("submit", { detail, bubbles: true }));
    return true;
  }

  #lang(): Lang {
    return langOf(this.getAttribute("lang") ?? this.closest("[lang]")?.getAttribute("lang"));
  }

  /** The submit detail, or the issues that stop it. */
  #result(form: FormDefinition): PfhSubmitDetail | { readonly issues: readonly Issue<string>[] } {
    const answers = this.answers;
    const checked = validateAnswers(form, answers);
    if (!checked.success) {
      return { issues: checked.error.issues };
    }
    const ctx = this.#context;
    const kind = form.kind;
    if (kind === "needs-assessment" && ctx === undefined) {
      return { issues: [{ code: "missing_context", path: [], message: "context is not set", params: {} }] };
    }
    const instrument = ctx?.instrument === undefined ? {} : { instrument: ctx.instrument };
    const [key, r] =
      kind === "needs-assessment"
        ? (["assessment", answersToAssessment(form, answers, ctx as AssessmentContext)] as const)
        : kind === "distress-thermometer"
          ? ([
              "distress",
              answersToDistress(form, answers, {
                ...instrument,
                ...(ctx?.thresholdRule && { rule: ctx.thresholdRule }),
              }),
            ] as const)
          : (["symptoms", answersToSymptoms(form, answers, instrument)] as const);
    return r.success ? ({ kind, answers, [key]: r.data } as PfhSubmitDetail) : { issues: r.error.issues };
  }

  /**
   * Errors by field id, in form order, after the first submit. An issue at no field of the form (the model's rules
   * on the context from the EHR, or a missing context) gets an id no field has, and the summary names it as a
   * problem with the record.
   */
  #errors(form: FormDefinition, lang: Lang): Map<string, string> {
    const errors = new Map<string, string>();
    const detail = this.#submitted ? this.#result(form) : undefined;
    for (const issue of detail !== undefined && "issues" in detail ? detail.issues : []) {
      const moved = MODEL_DATES[issue.path.join(".")];
      const id = fieldId(moved === undefined ? issue.path : [moved]);
      if (!errors.has(id)) {
        const text = formatIssue(issue, lang);
        errors.set(id, moved === undefined ? issueText(text, issue.path) : UI[lang].beforeConversation);
      }
    }
    return errors;
  }

  #update(force: boolean): void {
    const root = this.#root;
    if (root === undefined) {
      return;
    }
    const form = this.definition;
    const lang = this.#lang();
    const t = UI[lang];
    if (form === undefined) {
      root.replaceChildren();
      this.#shape = "";
      return;
    }
    let visible = visibleItems(form, this.#draft, lang);
    const grown = withMinimumEntries(visible, this.#draft);
    if (grown !== this.#draft) {
      this.#draft = grown;
      visible = visibleItems(form, grown, lang);
    }
    const errors = this.#errors(form, lang);
    const shape = `${lang}|${shapeOf(visible)}|${JSON.stringify([...errors])}`;
    if (!force && shape === this.#shape) {
      return;
    }
    this.#shape = shape;
    // Rebuilding replaces the controls: give focus and the caret back to the control the user is in.
    const focused = root.activeElement as HTMLInputElement | null;
    const focusId = focused?.id;
    const start = focused?.selectionStart;
    const end = focused?.selectionEnd;

    const ctx: RenderContext = {
      lang,
      t,
      draft: this.#draft,
      errors,
      targets: new Map(),
      onSlider: (path, value) => this.#edit(path, value),
    };
    const body = items(visible, [], ctx);
    const fields = [...errors].filter(([id]) => ctx.targets.has(id));
    const summary = h(
      "div",
      { class: "sum", tabindex: -1, "aria-labelledby": "sum-h", part: "error-summary" },
      h("h3", { id: "sum-h" }, t.summary),
      h(
        "ul",
        {},
        fields.length < errors.size && h("li", {}, t.context),
        ...fields.map(([id, text]) => {
          const [target, label] = ctx.targets.get(id) as readonly [string, string];
          // "Ble samtalen gjennomført? Må besvares", "Deling med fastlegen: Må besvares"
          const line = `${label}${label.endsWith("?") ? "" : ":"} ${text}`;
          return h("li", {}, h("a", { href: `#${target}`, "data-focus": target }, line));
        }),
      ),
    );
    summary.hidden = errors.size === 0;
    root.replaceChildren(
      h(
        "form",
        { novalidate: true, "aria-labelledby": "title" },
        h("h2", { id: "title", part: "title" }, form.title[lang] ?? form.title.nb ?? form.id),
        this.#filled.length > 0 && h("p", { class: "note" }, t.preVisit),
        summary,
        ...body,
        h("button", { type: "submit", class: "pri", part: "submit" }, this.getAttribute("submit-label") ?? t.submit),
      ),
    );
    if (focusId) {
      const again = root.getElementById(focusId) as HTMLInputElement | null;
      again?.focus();
      if (typeof start === "number") {
        again?.setSelectionRange(start, end ?? start);
      }
    }
  }

  #edit(path: AnswerPath, value: unknown): void {
    this.#draft = setAt(this.#draft, path, value);
    this.#update(false);
    this.dispatchEvent(new CustomEvent("change", { detail: this.answers, bubbles: true }));
  }

  #onEdit(e: Event): void {
    const input = e.target as HTMLInputElement;
    const raw = input.dataset?.["p"];
    if (raw === undefined || (e.type === "input" && (input.type === "radio" || input.type === "checkbox"))) {
      return;
    }
    const path = JSON.parse(raw) as AnswerPath;
    if (e.type === "input" && input.dataset["max"] !== undefined) {
      keepWithin(input, Number(input.dataset["max"]));
    }
    let value: unknown = input.value === "" ? undefined : input.value;
    const type = input.dataset["t"];
    if (input.type === "checkbox") {
      const boxes = this.#root?.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]:checked`) ?? [];
      const codes = [...boxes].map((b) => b.value);
      value = codes.length === 0 ? undefined : codes;
    } else if (type === "boolean" && value !== undefined) {
      value = value === "true";
    } else if (type === "integer" && typeof value === "string" && /^-?\d{1,9}$/.test(value.trim())) {
      value = Number(value.trim()); // anything else stays text, so validateAnswers names the problem
    }
    if (answerAt(this.#draft, path) !== value) {
      this.#edit(path, value);
    }
  }

  #onClick(e: Event): void {
    const el = (e.target as Element).closest<HTMLElement>("[data-act],[data-focus]");
    if (el === null || this.#root === undefined) {
      return;
    }
    const focus = el.dataset["focus"];
    if (focus !== undefined) {
      e.preventDefault();
      const target = this.#root.getElementById(focus);
      target?.scrollIntoView({ block: "center" });
      target?.focus();
      return;
    }
    const path = JSON.parse(el.dataset["p"] ?? "[]") as AnswerPath;
    const current = answerAt(this.#draft, path);
    const list = Array.isArray(current) ? [...current] : [];
    if (el.dataset["act"] === "add") {
      list.push({});
      this.#edit(path, list);
      this.#root
        .getElementById(fieldId([...path, list.length - 1]))
        ?.querySelector<HTMLElement>("input,select,textarea,[role=slider]")
        ?.focus();
    } else {
      list.splice(Number(el.dataset["i"]), 1);
      this.#edit(path, list.length === 0 ? undefined : list);
      this.#root.getElementById(`${fieldId(path)}-add`)?.focus();
    }
  }
}

// Typed listeners for the element's own events (`submit` is a CustomEvent here, not the SubmitEvent of a <form>).
// Types only: the interface adds overloads to the class and no code.
export interface PfhNeedsAssessmentElement {
  addEventListener<K extends keyof PfhNeedsAssessmentEventMap>(
    type: K,
    listener: (this: PfhNeedsAssessmentElement, event: PfhNeedsAssessmentEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: PfhNeedsAssessmentElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof PfhNeedsAssessmentEventMap>(
    type: K,
    listener: (this: PfhNeedsAssessmentElement, event: PfhNeedsAssessmentEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * Model rules on dates the form asks for (DOMAIN.md §1: a re-offer and the next step come after the conversation),
 * by the model path `answersToAssessment` writes them to, so the error shows at the question.
 */
const MODEL_DATES: Readonly<Record<string, string>> = {
  "outcome.reofferOn": "reoffer-on",
  "nextStep.plannedOn": "next-step-planned-on",
};

/**
 * Registers the custom element (`<pfh-needs-assessment>` by default) and, optionally, forms that the `form-id`
 * attribute can name. Safe to call twice. Registration is a call, not an import side effect, so bundlers keep it
 * and pages choose the tag name.
 * @example
 * ```ts
 * defineFormElements({ forms: [NEEDS_ASSESSMENT_SP1] }); // then <pfh-needs-assessment form-id="needs-assessment-sp1">
 * ```
 */
export function defineFormElements(
  options: { readonly forms?: readonly FormDefinition[]; readonly tagName?: string } = {},
): void {
  for (const form of options.forms ?? []) {
    forms.set(form.id, form);
  }
  const tag = options.tagName ?? NEEDS_ASSESSMENT_TAG;
  if (customElements.get(tag) === undefined) {
    customElements.define(
      tag,
      tag === NEEDS_ASSESSMENT_TAG ? PfhNeedsAssessmentElement : class extends PfhNeedsAssessmentElement {},
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "pfh-needs-assessment": PfhNeedsAssessmentElement;
  }
}
