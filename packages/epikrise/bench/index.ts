/**
 * Renderer benchmark (issue 5: ≥ 0.5× a plain template function on the same data; the anchor bench measured
 * ~154k letters/s for a bare template; issue 19: the note with a budget, the note XHTML and the patient letter each
 * ≥ 0.4×). The baseline is the bare template literal (no wrapping); the same template plus a naive word wrap is a
 * second reference. Both ratios are printed for every renderer, with its goal. The printers' fast paths (a value
 * that fits on one line is printed without the wrap; an XHTML value with nothing to clean or escape is printed as
 * it is) are what these rows measure: the examples' values are mostly such.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  formatDate,
  formatDateTime,
  renderEpicrisisText,
  renderNoteText,
  renderNoteXhtml,
  renderPatientLetter,
} from "@pakkeforlop-hjem/epikrise";
import {
  type Assessment,
  CONSENT_VALUES,
  CONVERSATION_MODES,
  displayOf,
  MEASURE_STATUSES,
  MINOR_RELATIONS,
  NEXT_STEP_ACTIONS,
  OUTCOMES,
  PARTICIPANT_KINDS,
  PROFESSIONS,
  RECIPIENT_KINDS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  TOPIC_STATUSES,
  TOPICS,
} from "@pakkeforlop-hjem/model";
import { bundleSize, compare, kb } from "../../../bench/harness.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const examples = [
  "sp1-consent-all",
  "sp1-declines-municipality",
  "sp2-with-children",
  "sp3-palliative",
  "child-patient-guardian",
].map((n) => JSON.parse(readFileSync(join(root, "examples", "data", `${n}.json`), "utf8")) as Assessment);

/**
 * The baseline (the issue's "plain template function"): what a developer would write by hand with one template
 * literal: the same sections, labels from the model's code lists and formatted dates, but no wrapping, no budget, no
 * shared render tree.
 */
function plainTemplate(a: Assessment): string {
  const lang = "nb";
  const d = a.distress;
  return `PAKKEFORLØP HJEM FOR PASIENTER MED KREFT
Samhandlingspunkt ${a.interactionPoint} – behovskartlegging
Sted: ${a.organisation.name}${a.organisation.unit ? `, ${a.organisation.unit}` : ""}
Dato: ${formatDateTime(a.conductedAt, lang)}
Pasient: ${a.patient.name.given} ${a.patient.name.family}, født ${formatDate(a.patient.birthDate, lang)} (fødselsnummer ${a.patient.identifier.value})
Diagnose: ${a.diagnosis.code} ${a.diagnosis.text} (diagnosedato ${formatDate(a.diagnosis.diagnosedOn, lang)})
Utfall: ${displayOf(OUTCOMES, a.outcome.status, lang)}

HVEM DELTOK OG HVORDAN
Samtaleform: ${displayOf(CONVERSATION_MODES, a.mode, lang)}
Svar gitt av: ${displayOf(RESPONDENTS, a.respondent, lang)}
Deltakere: ${a.participants.map((p) => [displayOf(PARTICIPANT_KINDS, p.kind, lang), p.relation, p.name].filter(Boolean).join(", ")).join("; ")}
Gjennomført av: ${a.conductedBy.name}, ${displayOf(PROFESSIONS, a.conductedBy.profession, lang)}${a.conductedBy.phone ? `, tlf. ${a.conductedBy.phone}` : ""}

PÅKJENNINGSTERMOMETER OG PROBLEMLISTE
${
  d
    ? `Skår: ${d.score} av 10\nTerskel: ≥ ${d.thresholdRule.cutoff}: ${d.aboveThreshold ? "på eller over terskel" : "under terskel"}\nProblem (ja): ${d.items
        .filter((i) => i.value === "yes")
        .map((i) => i.code)
        .join(", ")}`
    : "ikke besvart"
}

HVA ER VIKTIG FOR DEG?
${a.whatMatters ?? "ikke besvart"}

TEMA I SAMTALEN
${TOPICS.codes
  .map((k) => {
    const t = a.topics[k];
    return `${displayOf(TOPICS, k, lang)}: ${t === undefined ? "ikke besvart" : `${displayOf(TOPIC_STATUSES, t.status, lang)}${t.note ? `. ${t.note}` : ""}`}`;
  })
  .join("\n")}

BARN OG UNGE SOM PÅRØRENDE
${a.children ? a.children.minors.map((m) => `- ${displayOf(MINOR_RELATIONS, m.relation, lang)}, alder ${m.age} år${m.situation ? `\n  Situasjon: ${m.situation}` : ""}`).join("\n") : "ikke besvart"}

TILTAK
${a.measures.map((m) => `- ${m.description}\n  Ansvarlig: ${displayOf(RESPONSIBLE_PARTY_KINDS, m.responsible.kind, lang)}${m.dueOn ? `\n  Frist: ${formatDate(m.dueOn, lang)}` : ""}\n  Status: ${displayOf(MEASURE_STATUSES, m.status, lang)}`).join("\n")}

PASIENTENS KONTAKTPUNKT I KOMMUNEN
${a.contactPoint ? a.contactPoint.name : "ikke besvart"}

SAMTYKKE TIL DELING
${a.consent.map((c) => `${displayOf(RECIPIENT_KINDS, c.recipient, lang)}: ${displayOf(CONSENT_VALUES, c.value, lang)} (registrert ${formatDateTime(c.recordedAt, lang)} av ${c.recordedBy})`).join("\n")}

NESTE STEG
${a.nextStep ? `${displayOf(NEXT_STEP_ACTIONS, a.nextStep.action, lang)}${a.nextStep.plannedOn ? `\nPlanlagt: ${formatDate(a.nextStep.plannedOn, lang)}` : ""}` : "ikke besvart"}
`;
}

/** A straightforward word wrap, as a developer would write it next to a template: words, lines, a hanging indent. */
function naiveWrap(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let current = "";
    for (const word of line.split(" ")) {
      if (current.length > 0 && current.length + 1 + word.length > width) {
        out.push(current);
        current = `  ${word}`;
      } else {
        current = current.length > 0 ? `${current} ${word}` : word;
      }
    }
    out.push(current);
  }
  return out.join("\n");
}

/** The second reference: the plain template plus the wrapping the issue requires of the output (width 80). */
function plainTemplateWrapped(a: Assessment): string {
  return naiveWrap(plainTemplate(a), 80);
}

const TEXT = "renderEpicrisisText (nb, width 80)";
const NOTE = "renderNoteText (budget 1500)";
const XHTML = "renderNoteXhtml (nb)";
const LETTER = "renderPatientLetter (nb)";

/** The goals, as ratios to the bare template in the same run: issue 5 (the epicrisis text), issue 19 (the rest). */
const GOALS: Readonly<Record<string, number>> = { [TEXT]: 0.5, [NOTE]: 0.4, [XHTML]: 0.4, [LETTER]: 0.4 };

export async function bench(): Promise<void> {
  let sink = 0;
  const each = (f: (a: Assessment) => string) => () => {
    for (const a of examples) {
      sink += f(a).length;
    }
  };
  const BASELINE = "plain template, no wrapping (baseline)";
  const WRAPPED = "plain template + word wrap (reference)";
  const ratios = await compare(`render ${examples.length} example assessments`, "letters", examples.length, [
    { name: BASELINE, run: each(plainTemplate) },
    { name: WRAPPED, run: each(plainTemplateWrapped) },
    { name: TEXT, run: each((a) => renderEpicrisisText(a, { lang: "nb" })) },
    { name: NOTE, run: each((a) => renderNoteText(a, { lang: "nb", budget: 1500 }).text) },
    { name: XHTML, run: each((a) => renderNoteXhtml(a, { lang: "nb" })) },
    { name: LETTER, run: each((a) => renderPatientLetter(a, { lang: "nb" })) },
  ]);
  const wrapped = ratios[WRAPPED] ?? 1;
  console.log(`\n  ratios (goals vs the bare template: issue 5 and issue 19)`);
  console.log(`  ${"".padEnd(44)} ${"vs bare template".padStart(16)} ${"vs template + wrap".padStart(18)}  goal`);
  for (const [name, ratio] of Object.entries(ratios)) {
    if (name !== BASELINE) {
      const goal = GOALS[name];
      const verdict = goal === undefined ? "" : `  >= ${goal.toFixed(2)}x: ${ratio >= goal ? "met" : "NOT met"}`;
      console.log(
        `  ${name.padEnd(44)} ${`${ratio.toFixed(2)}x`.padStart(16)} ${`${(ratio / wrapped).toFixed(2)}x`.padStart(18)}${verdict}`,
      );
    }
  }
  if (sink < 0) {
    console.log(sink);
  }
  await bundleRow();
}

/** Issue 19: the browser bundle of the two text renderers, from the built dist, against its goal. */
async function bundleRow(): Promise<void> {
  const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
  if (!existsSync(join(pkg, "dist/index.js"))) {
    console.log("\n  (browser bundle: run pnpm build first)");
    return;
  }
  const s = await bundleSize(
    "import { renderEpicrisisText as a, renderPatientLetter as b } from '@pakkeforlop-hjem/epikrise'; globalThis.r = [a, b];",
    pkg,
  );
  console.log("\nbrowser bundle (esbuild, minified), resolved through the package's exports (dist)");
  console.log(
    `  renderEpicrisisText + renderPatientLetter  ${kb(s.min)} min  ${kb(s.brotli)} brotli  (goal ≤ 20 kB: ${s.brotli <= 20 * 1024 ? "met" : "NOT met"}; eval/new Function: ${s.evals ? "PRESENT" : "none"})`,
  );
}
