/**
 * `pfh demo`: takes a sample assessment through the whole SDK: validation, routing, text, XML, reading the XML back
 * and a receipt, and the pathway's next actions. Writes each output into a folder (`./pfh-demo-out/` by default) and
 * says where each went. The sample uses synthetic test identifiers, so test numbers are allowed here.
 */
import { appRecOutcomeFor, createAppRec, extractAssessment, parseMessage } from "@pakkeforlop-hjem/edi";
import { renderEpicrisisText, renderNoteXhtml, renderPatientLetter } from "@pakkeforlop-hjem/epikrise";
import { formatIssue, type MessageCatalogue, type NoParams, safeParseAssessment } from "@pakkeforlop-hjem/model";
import { NATIONAL_PROFILE, nextActions, type PathwayEvent, replay, route } from "@pakkeforlop-hjem/pathway";
import { bool, dateTimeOption, parse, str, uuidOption } from "../args.ts";
import { validAssessment } from "../assessment.ts";
import { checkedEnvelope } from "../envelope.ts";
import { idSource, nowOf } from "../ids.ts";
import { write } from "../io.ts";
import { inLang } from "../messages.ts";
import { writeOut } from "../output.ts";
import { SAMPLE_ASSESSMENT, SAMPLE_ENVELOPE } from "../sample.ts";
import { buildFor, pickDelivery } from "./build.ts";
import type { Command } from "./command.ts";

const OPTIONS = {
  out: { type: "string", short: "o" },
  "msg-id": { type: "string" },
  now: { type: "string" },
} as const;

const DEFAULT_OUT = "./pfh-demo-out";

const HELP = `Usage: pfh demo [options]

Takes a sample assessment (synthetic data, Tenor test identifiers) through the SDK: validation, routing with the
national profile, epicrisis text, patient letter, XHTML note, a Helsefaglig dialog (XML), reading it back, an
AppRec receipt, and the pathway's next actions. Writes every output into a folder and says where each went.

Options:
  --out, -o <dir>         the folder (default ${DEFAULT_OUT})
  --lang <nb|nn|en>       language of the texts (default nb)
  --msg-id <uuid>         the first message id; the next ones count up from it (default: random UUIDs)
  --now <date-time>       the clock for the messages and the pathway (default: the clock)
  --json                  print { valid, out, steps: [{ step, file }] } on stdout

Exit: 0 ok, 2 usage error.

Example:
  pfh demo --lang nn --out /tmp/pfh --msg-id 4f6c3b2a-1d2e-4f00-8a00-000000000001 --now 2026-03-10T12:00:00+01:00
`;

type StepWord =
  | "intro"
  | "validated"
  | "routed"
  | "delivery"
  | "deliveries"
  | "municipality"
  | "gp"
  | "patient"
  | "copy"
  | "helsefaglig-dialog"
  | "epikrise"
  | "dips-edi-template"
  | "patient-letter"
  | "gp-decline-notice"
  | "withheld"
  | "epicrisis"
  | "letter"
  | "note"
  | "message"
  | "parsed"
  | "receipt"
  | "pathway"
  | "done"
  | "invalid"
  | "issues";

const STEP: MessageCatalogue<Record<StepWord, NoParams>> = {
  intro: {
    nb: "Eksempelvurdering (syntetiske data, testnumre tillatt) gjennom SDK-en:",
    nn: "Dømevurdering (syntetiske data, testnummer tillatne) gjennom SDK-en:",
    en: "A sample assessment (synthetic data, test numbers allowed) through the SDK:",
  },
  validated: {
    nb: "validert: gyldig vurdering for samhandlingspunkt",
    nn: "validert: gyldig vurdering for samhandlingspunkt",
    en: "validated: a valid assessment for interaction point",
  },
  routed: { nb: "rutet (nasjonal profil):", nn: "ruta (nasjonal profil):", en: "routed (national profile):" },
  delivery: { nb: "levering", nn: "levering", en: "delivery" },
  deliveries: { nb: "leveringer", nn: "leveringar", en: "deliveries" },
  municipality: { nb: "kommunen", nn: "kommunen", en: "the municipality" },
  gp: { nb: "fastlegen", nn: "fastlegen", en: "the fastlege" },
  patient: { nb: "pasienten", nn: "pasienten", en: "the patient" },
  copy: { nb: "kopi", nn: "kopi", en: "copy" },
  "helsefaglig-dialog": { nb: "Helsefaglig dialog", nn: "Helsefagleg dialog", en: "Helsefaglig dialog" },
  epikrise: { nb: "epikrise", nn: "epikrise", en: "epikrise" },
  "dips-edi-template": { nb: "DIPS-dokumentmal", nn: "DIPS-dokumentmal", en: "DIPS document template" },
  "patient-letter": { nb: "pasientbrev", nn: "pasientbrev", en: "patient letter" },
  "gp-decline-notice": {
    nb: "melding om at samtalen ble avslått",
    nn: "melding om at samtalen vart avslått",
    en: "notice that the conversation was declined",
  },
  withheld: { nb: "holdt tilbake", nn: "haldne tilbake", en: "withheld" },
  epicrisis: { nb: "epikrisetekst", nn: "epikrisetekst", en: "epicrisis text" },
  letter: { nb: "pasientbrev", nn: "pasientbrev", en: "patient letter" },
  note: { nb: "notat (XHTML med datatabell)", nn: "notat (XHTML med datatabell)", en: "note (XHTML with data table)" },
  message: { nb: "Helsefaglig dialog (XML)", nn: "Helsefagleg dialog (XML)", en: "Helsefaglig dialog (XML)" },
  parsed: {
    nb: "lest tilbake: vurderingen er lik originalen",
    nn: "lese tilbake: vurderinga er lik originalen",
    en: "read back: the assessment equals the original",
  },
  receipt: { nb: "kvittering (AppRec), status", nn: "kvittering (AppRec), status", en: "receipt (AppRec), status" },
  pathway: { nb: "forløp: neste handlinger", nn: "forløp: neste handlingar", en: "pathway: next actions" },
  done: { nb: "Ferdig. Filene ligger i", nn: "Ferdig. Filene ligg i", en: "Done. The files are in" },
  invalid: {
    nb: "en ødelagt kopi avvises med",
    nn: "ein øydelagd kopi vert avvist med",
    en: "a broken copy is refused with",
  },
  issues: {
    nb: "feil (uten personopplysninger i teksten)",
    nn: "feil (utan personopplysningar i teksten)",
    en: "issues (no personal data in the texts)",
  },
};

const json2 = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** The `demo` command. */
export const demoCommand: Command = {
  name: "demo",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS, 0);
    const dir = (str(p, "out") ?? DEFAULT_OUT).replace(/\/+$/, "");
    const ids = idSource(ctx, uuidOption(p, "msg-id"));
    const givenNow = dateTimeOption(p, "now");
    const now = nowOf(ctx, givenNow);
    const json = bool(p, "json");
    const lang = ctx.lang;
    const s = inLang(STEP, lang);
    const steps: { step: string; file?: string; detail?: string }[] = [];
    const say = async (step: string, text: string, file?: string, detail?: string): Promise<void> => {
      steps.push({ step, ...(file === undefined ? {} : { file }), ...(detail === undefined ? {} : { detail }) });
      if (!json) {
        await write(ctx.io.stdout, `  ${text}${file === undefined ? "" : ` -> ${file}`}\n`);
      }
    };
    const put = async (name: string, content: string): Promise<string> => {
      const file = `${dir}/${name}`;
      await writeOut(ctx, file, content, true);
      return file;
    };
    if (!json) {
      await write(ctx.io.stdout, `${s.intro}\n`);
    }

    const options = { allowTestNumbers: true };
    const assessment = validAssessment(ctx, SAMPLE_ASSESSMENT, "sample", options);
    const envelope = checkedEnvelope(SAMPLE_ENVELOPE);
    await put("envelope.json", json2(SAMPLE_ENVELOPE));
    await say(
      "validate",
      `1. ${s.validated} ${assessment.interactionPoint}`,
      await put("assessment.json", json2(assessment)),
    );

    // A broken copy shows what a receiver sees: every issue, localized, naming the field and the rule only.
    const broken = structuredClone(assessment) as unknown as {
      patient: { identifier: { value: string } };
      organisation: { name?: string };
      topics: Record<string, unknown>;
      mode: string;
    };
    const id = broken.patient.identifier.value;
    broken.patient.identifier.value = `${id.slice(0, 10)}${(Number(id[10]) + 1) % 10}`;
    delete broken.organisation.name;
    broken.topics["sexual-health"] = { status: "maybe" };
    broken.mode = "telepathy";
    const refused = safeParseAssessment(broken, options);
    const refusedIssues = refused.success ? [] : refused.error.issues;
    await say(
      "invalid",
      `1b. ${s.invalid} ${refusedIssues.length} ${s.issues}`,
      await put("invalid-issues.json", json2(refusedIssues)),
    );
    if (!json) {
      await write(ctx.io.stdout, refusedIssues.map((i) => `       - ${formatIssue(i, lang)}\n`).join(""));
    }

    const routed = route(assessment, NATIONAL_PROFILE, { senderSystem: "helseplattformen" });
    // Issue 21: words, not codes, and a count-aware noun ("1 levering", "2 leveringer").
    const n = routed.deliveries.length;
    const what = routed.deliveries
      .map((d) => `${s[d.recipient.kind]}: ${s[d.messageKind]}${d.role === "copy" ? ` (${s.copy})` : ""}`)
      .join(", ");
    const routeSummary = `${n} ${n === 1 ? s.delivery : s.deliveries} (${what}), ${routed.withheld.length} ${s.withheld}`;
    await say("route", `2. ${s.routed} ${routeSummary}`, await put("routing.json", json2(routed)), routeSummary);

    await say(
      "epicrisis",
      `3. ${s.epicrisis}`,
      await put(`epicrisis.${lang}.txt`, `${renderEpicrisisText(assessment, { lang, width: 80 })}\n`),
    );
    await say(
      "letter",
      `4. ${s.letter}`,
      await put(`letter.${lang}.txt`, `${renderPatientLetter(assessment, { lang, width: 80 })}\n`),
    );
    await say("note", `5. ${s.note}`, await put(`note.${lang}.xhtml`, `${renderNoteXhtml(assessment, { lang })}\n`));

    const delivery = pickDelivery(assessment, NATIONAL_PROFILE, { senderSystem: "helseplattformen" });
    const built = buildFor(assessment, delivery, envelope, { lang, format: "xhtml", ids, now: () => now });
    await say(
      "build",
      `6. ${s.message}, MsgId ${built.msgId}`,
      await put("message.xml", `${built.xml}\n`),
      built.msgId,
    );

    const parsed = parseMessage(built.xml, { ownHerIds: [envelope.receiver.service.herId] });
    if (!parsed.success) {
      throw new Error("demo: the built message did not parse");
    }
    const found = extractAssessment(parsed.data, options);
    const same = found.success && JSON.stringify(found.data?.assessment) === JSON.stringify(assessment);
    if (!same) {
      throw new Error("demo: the assessment read back differs from the original");
    }
    await say("parse", `7. ${s.parsed}`, await put("message.parsed.json", json2({ ...parsed.data })));

    const receipt = createAppRec(parsed.data, appRecOutcomeFor(parsed.data), { version: "1.1", ids, now: () => now });
    if (!receipt.success) {
      throw new Error("demo: no receipt for the built message");
    }
    await say(
      "receipt",
      `8. ${s.receipt} ${receipt.data.status}`,
      await put("apprec.xml", `${receipt.data.xml}\n`),
      receipt.data.status,
    );

    const events: PathwayEvent[] = [
      {
        type: "included",
        id: "demo-included",
        at: `${assessment.diagnosis.diagnosedOn}T12:00:00Z`,
        diagnosedOn: assessment.diagnosis.diagnosedOn,
      },
      { type: "completed", id: "demo-sp1", at: assessment.conductedAt, assessment },
    ];
    const today = (givenNow ?? now).slice(0, 10);
    const { state, issues } = replay(events, NATIONAL_PROFILE, options);
    const actions = nextActions(state, { today });
    const actionSummary = actions
      .map((a) => (a.kind === "interaction-point" ? `SP${a.interactionPoint} ${a.timing}` : a.kind))
      .join(", ");
    await say(
      "pathway",
      `9. ${s.pathway} (${today}): ${actionSummary}`,
      await put(
        "pathway.json",
        json2({
          today,
          events: events.map((e) => ({ ...e, ...(e.type === "completed" ? { assessment: e.assessment.id } : {}) })),
          state,
          actions,
          issues,
        }),
      ),
      actionSummary,
    );
    if (json) {
      await write(ctx.io.stdout, `${JSON.stringify({ valid: true, out: dir, steps })}\n`);
    } else {
      await write(ctx.io.stdout, `${s.done} ${dir}/\n`);
    }
    return 0;
  },
};
