/**
 * The needs-assessment form for interaction point 1, rendered from the SDK's headless definition. Validation runs
 * in the browser with the same `validateAnswers` the server uses; a valid form becomes an `Assessment`
 * (`answersToAssessment`) and its epicrisis text is previewed (`renderEpicrisisText`).
 */
import { renderEpicrisisText } from "@pakkeforlop-hjem/epikrise";
import {
  type AssessmentContext,
  answersToAssessment,
  type FormAnswers,
  flattenItems,
  NEEDS_ASSESSMENT_SP1,
  validateAnswers,
  visibleItems,
} from "@pakkeforlop-hjem/instruments";
import { formatIssue, formatPath, IDENTIFIER_SYSTEMS, type Issue, type Lang } from "@pakkeforlop-hjem/model";
import {
  type AnswerPath,
  answerAt,
  type Entry,
  fieldId,
  type Rendered,
  renderForm,
  shape,
  type Value,
} from "./form.ts";

const FORM = NEEDS_ASSESSMENT_SP1;
const LANG: Lang = "nb";

/**
 * What the form does not ask comes from the EHR: the patient, the clinician, the place, the diagnosis, the time.
 * Synthetic test data (a Tenor number), so test numbers are allowed.
 */
const CONTEXT: AssessmentContext = {
  id: "web-form-sp1-0001",
  conductedAt: "2026-03-10T10:30:00+01:00",
  patient: {
    identifier: { system: IDENTIFIER_SYSTEMS.fnr, value: "15837210094" },
    name: { given: "Kari", family: "Testpasient" },
    birthDate: "1972-03-15",
    language: "nb",
    interpreterNeeded: false,
    digital: true,
    ageGroup: "adult",
  },
  conductedBy: { name: "Siri Testsykepleier", profession: "SP", role: "17", phone: "+47 61 13 40 00" },
  organisation: { name: "Sykehuset Innlandet HF", kind: "hospital", unit: "Kreftavdelingen, Gjøvik" },
  diagnosis: { code: "C50.4", text: "Brystkreft", diagnosedOn: "2026-02-20" },
  parseOptions: { allowTestNumbers: true },
};

const byId = <T extends HTMLElement>(id: string): T => {
  const e = document.getElementById(id);
  if (e === null) {
    throw new Error(`#${id} is missing from index.html`);
  }
  return e as T;
};

const itemsEl = byId<HTMLDivElement>("items");
const summaryEl = byId<HTMLDivElement>("error-summary");
const previewSection = byId<HTMLElement>("preview-section");
const previewEl = byId<HTMLPreElement>("preview");
const statusEl = byId<HTMLParagraphElement>("status");

const answers: Entry = {};
let rendered: Rendered = { nodes: [], targets: new Map() };
let shown = "";
let errors: readonly { path: AnswerPath; text: string }[] = [];

const labels = new Map(flattenItems(FORM.items).map((i) => [i.linkId, i.text[LANG] ?? i.linkId]));

byId("title").textContent = FORM.title[LANG] ?? FORM.id;
document.title = byId("title").textContent ?? document.title;
byId("patient-context").textContent =
  `Pasient: ${CONTEXT.patient.name.given} ${CONTEXT.patient.name.family} · ${CONTEXT.organisation.name} (syntetiske testdata)`;

function setAnswer(path: AnswerPath, value: Value | undefined): void {
  let target: Entry = answers;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i] as string | number;
    const next: unknown = typeof seg === "number" ? (target as unknown as Entry[])[seg] : target[seg];
    target = next as Entry;
  }
  const last = path[path.length - 1] as string;
  if (value === undefined) {
    delete target[last];
  } else {
    target[last] = value;
  }
}

function readControl(input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): Value | undefined {
  const type = input.dataset["type"];
  if (input instanceof HTMLInputElement && input.type === "checkbox") {
    const boxes = document.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(input.name)}"]:checked`);
    const codes = [...boxes].map((b) => b.value);
    return codes.length === 0 ? undefined : codes;
  }
  const raw = input.value;
  if (raw === "") {
    return undefined;
  }
  if (type === "boolean") {
    return raw === "true";
  }
  if (type === "integer") {
    // An unparseable number stays text, so validateAnswers names the problem.
    return /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  }
  return raw;
}

function showErrors(): void {
  for (const e of document.querySelectorAll("[aria-invalid]")) {
    e.removeAttribute("aria-invalid");
  }
  for (const e of document.querySelectorAll(".error")) {
    e.remove();
  }
  if (errors.length === 0) {
    summaryEl.hidden = true;
    summaryEl.replaceChildren();
    return;
  }
  const list = document.createElement("ul");
  for (const { path, text } of errors) {
    const id = fieldId(path);
    const target = rendered.targets.get(id);
    const lastLinkId = [...path].reverse().find((s): s is string => typeof s === "string") ?? "";
    const label = target?.[1] ?? labels.get(lastLinkId) ?? lastLinkId;
    const li = document.createElement("li");
    if (target === undefined) {
      li.textContent = `${label}: ${text}`;
    } else {
      const a = document.createElement("a");
      a.href = `#${target[0]}`;
      a.textContent = `${label}: ${text}`;
      a.addEventListener("click", (ev) => {
        ev.preventDefault();
        document.getElementById(target[0])?.focus();
      });
      li.append(a);
      // Inline: the text under the label, tied to the control with aria-describedby.
      const field = document.getElementById(id);
      if (field !== null) {
        const msg = document.createElement("p");
        msg.className = "error";
        msg.id = `${id}-error`;
        msg.textContent = text;
        const anchor = field.tagName === "FIELDSET" ? field.querySelector("legend") : field;
        anchor?.after(msg);
        // aria-invalid belongs on the control; a group of radios (fieldset) carries the text only.
        if (field.tagName !== "FIELDSET") {
          field.setAttribute("aria-invalid", "true");
        }
        const described = (field.getAttribute("aria-describedby") ?? "").split(" ").filter((s) => s !== "");
        field.setAttribute("aria-describedby", [...described, msg.id].join(" "));
      }
    }
    list.append(li);
  }
  const heading = document.createElement("h2");
  heading.textContent = `Skjemaet har ${errors.length} feil som må rettes`;
  summaryEl.replaceChildren(heading, list);
  summaryEl.hidden = false;
}

function render(force = false): void {
  const visible = visibleItems(FORM, answers as FormAnswers, LANG);
  const next = shape(visible);
  if (!force && next === shown) {
    return;
  }
  shown = next;
  const active = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
  const focusId = active?.id;
  const selection =
    active !== null && "selectionStart" in active && typeof active.selectionStart === "number"
      ? ([active.selectionStart, active.selectionEnd ?? active.selectionStart] as const)
      : undefined;
  rendered = renderForm(visible, answers, LANG);
  itemsEl.replaceChildren(...rendered.nodes);
  showErrors();
  if (focusId) {
    const again = document.getElementById(focusId) as HTMLInputElement | null;
    again?.focus();
    if (again !== null && selection !== undefined && "setSelectionRange" in again) {
      try {
        again.setSelectionRange(selection[0], selection[1]);
      } catch {
        // number and date inputs have no selection
      }
    }
  }
}

function onEdit(ev: Event): void {
  const input = ev.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  const path = input.dataset["path"];
  if (path === undefined) {
    return;
  }
  setAnswer(JSON.parse(path) as AnswerPath, readControl(input));
  render();
}

itemsEl.addEventListener("input", onEdit);
itemsEl.addEventListener("change", onEdit);
itemsEl.addEventListener("click", (ev) => {
  const button = (ev.target as HTMLElement).closest("button[data-action]");
  if (!(button instanceof HTMLButtonElement)) {
    return;
  }
  const path = JSON.parse(button.dataset["path"] ?? "[]") as AnswerPath;
  const current = answerAt(answers, path);
  const list: Entry[] = Array.isArray(current) ? [...(current as Entry[])] : [];
  if (button.dataset["action"] === "add") {
    list.push({});
    setAnswer(path, list);
    render(true);
    document
      .getElementById(fieldId([...path, list.length - 1]))
      ?.querySelector<HTMLElement>("input, select, textarea")
      ?.focus();
    statusEl.textContent = `${labels.get(String(path[path.length - 1])) ?? ""} ${list.length} lagt til`;
  } else {
    list.splice(Number(button.dataset["index"]), 1);
    setAnswer(path, list.length === 0 ? undefined : list);
    render(true);
    statusEl.textContent = "Fjernet";
  }
});

/** The issue text without the leading "path: " (the label says which field). */
function textOf(issue: Issue<string>): string {
  const text = formatIssue(issue, LANG);
  const prefix = `${formatPath(issue.path)}: `;
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

byId<HTMLFormElement>("form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const checked = validateAnswers(FORM, answers as FormAnswers, { lang: LANG });
  const result = checked.success ? answersToAssessment(FORM, answers as FormAnswers, CONTEXT) : undefined;
  if (!checked.success || result === undefined || !result.success) {
    const issues = !checked.success
      ? checked.error.issues
      : result !== undefined && !result.success
        ? result.error.issues
        : [];
    errors = issues.map((i) => ({ path: i.path as AnswerPath, text: textOf(i) }));
    previewSection.hidden = true;
    previewEl.textContent = "";
    render(true);
    summaryEl.focus();
    return;
  }
  errors = [];
  render(true);
  previewEl.textContent = renderEpicrisisText(result.data, { lang: LANG, width: 80 });
  previewSection.hidden = false;
  statusEl.textContent = "Skjemaet er gyldig. Forhåndsvisningen er oppdatert.";
  byId("preview-heading").focus();
});

render(true);
