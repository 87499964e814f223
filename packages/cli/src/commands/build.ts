/**
 * `pfh build`: a Helsefaglig dialog (MsgHead 1.2 + Dialogmelding 1.1) or an Epikrise 1.2 from an assessment and an
 * envelope file. The delivery comes from the pathway package's routing (consent decides who may receive it); the
 * message kind follows the profile and sender system unless `--kind` names it. Every kind a profile routes to builds
 * (issue 16 point 1): the DIPS document template as an Epikrise 1.2 with the template's text, the GP notice after a
 * declined SP1 as a Helsefaglig dialog.
 */
import {
  type BuiltMessage,
  buildDeclineNotice,
  buildDialogCorrection,
  buildEpikrise,
  buildEpikriseCorrection,
  buildHelsefagligDialog,
  buildTemplateEpikrise,
  type Envelope,
} from "@pakkeforlop-hjem/edi";
import { BUILT_IN_TEMPLATES } from "@pakkeforlop-hjem/epikrise";
import { type Assessment, isCancelled, isSdkError, type Lang } from "@pakkeforlop-hjem/model";
import { type Delivery, GP_DECLINE_NOTICE, type Profile, route } from "@pakkeforlop-hjem/pathway";
import { bool, choice, dateTimeOption, parse, str, uuidOption } from "../args.ts";
import { loadAssessment } from "../assessment.ts";
import { loadEnvelope } from "../envelope.ts";
import { invalid, usage } from "../errors.ts";
import { idSource, nowOf } from "../ids.ts";
import { write } from "../io.ts";
import { writeOut } from "../output.ts";
import { loadProfile } from "../profile.ts";
import type { Command } from "./command.ts";

const OPTIONS = {
  envelope: { type: "string", short: "e" },
  kind: { type: "string" },
  template: { type: "string" },
  recipient: { type: "string" },
  profile: { type: "string" },
  "sender-system": { type: "string" },
  "note-format": { type: "string" },
  "patient-sex": { type: "string" },
  "msg-id": { type: "string" },
  now: { type: "string" },
  out: { type: "string", short: "o" },
  "allow-test-numbers": { type: "boolean" },
  cancellation: { type: "boolean" },
} as const;

const HELP = `Usage: pfh build <assessment.json> --envelope <envelope.json> [options]

Builds the XML message for an assessment: routes it with a regional profile (consent decides who may receive
it), then builds a Helsefaglig dialog (MsgHead 1.2 + Dialogmelding 1.1) or an Epikrise 1.2 for the delivery.

Options:
  --envelope, -e <file>   sender, receiver (and copy receivers, GP, thread) as JSON: see the README
  --kind <k>              dialog | epikrise | template (default: what routing picks for the profile and sender
                          system; template = a document template's text in an Epikrise 1.2, as DIPS sends it)
  --template <id>         the document template: ahus-dips-regional | sondre-trondelag-huskeliste (default:
                          the one the profile names for the sender system, else ahus-dips-regional)
  --recipient <r>         municipality | gp (default: the first delivery over Norsk Helsenett)
  --profile <id|file>     national (default), sondre-trondelag, ahus, or a profile file
  --sender-system <s>     the sending EHR token (helseplattformen, dips, doculive, ...)
  --note-format <f>       xhtml (default, with the data table receivers read back) | text
  --patient-sex <c>       kodeverk 3101 code (0, 1, 2, 9) when the patient has no national identifier
  --msg-id <uuid>         MsgId (default: a random UUID)
  --now <date-time>       GenDate, e.g. 2026-03-10T12:00:00+01:00 (default: the clock)
  --lang <nb|nn|en>       language of the note and of messages (default nb)
  --out, -o <file>        write the XML to a file instead of stdout
  --allow-test-numbers    accept synthetic test identifiers
  --cancellation          send the cancellation of a cancelled assessment (Epikrise ServType C, or a dialog
                          reply in the thread of envelope.conversation); a cancelled assessment is never sent
                          as new
  --json                  print { valid, msgId, genDate, msgType, delivery, xml } on stdout

Exit: 0 built, 1 invalid assessment/envelope or nothing to send, 2 usage error.

Example:
  pfh build assessment.json -e envelope.json --msg-id 4f6c3b2a-1d2e-4f00-8a00-000000000001 --now 2026-03-10T12:00:00+01:00
`;

const KINDS = { dialog: "helsefaglig-dialog", epikrise: "epikrise", template: "dips-edi-template" } as const;

const TEMPLATE_IDS = Object.keys(BUILT_IN_TEMPLATES) as (keyof typeof BUILT_IN_TEMPLATES)[];

/** The `build` command. */
export const buildCommand: Command = {
  name: "build",
  help: HELP,
  run: async (ctx, argv) => {
    const p = parse(argv, OPTIONS, 1);
    const envelopeFile = str(p, "envelope");
    if (envelopeFile === undefined) {
      throw usage("missing_argument", { what: "--envelope <envelope.json>" });
    }
    if (p.positionals[0] === undefined) {
      throw usage("missing_argument", { what: "<assessment.json>" });
    }
    const kind = choice(p, "kind", ["dialog", "epikrise", "template"] as const);
    const template = choice(p, "template", TEMPLATE_IDS);
    const recipient = choice(p, "recipient", ["municipality", "gp"] as const);
    const noteFormat = choice(p, "note-format", ["xhtml", "text"] as const, "xhtml");
    const sex = choice(p, "patient-sex", ["0", "1", "2", "9"] as const);
    const msgId = uuidOption(p, "msg-id");
    const now = dateTimeOption(p, "now");
    const senderSystem = str(p, "sender-system");
    const profile = await loadProfile(ctx, str(p, "profile"));
    const assessment = await loadAssessment(
      ctx,
      p.positionals[0],
      bool(p, "allow-test-numbers") ? { allowTestNumbers: true } : {},
    );
    const envelope = await loadEnvelope(ctx, envelopeFile);
    const delivery = pickDelivery(assessment, profile, {
      ...(senderSystem === undefined ? {} : { senderSystem }),
      ...(recipient === undefined ? {} : { recipient }),
      ...(kind === undefined ? {} : { kind: KINDS[kind] }),
      ...(template === undefined ? {} : { template }),
    });
    const cancellation = bool(p, "cancellation");
    if (cancellation && !isCancelled(assessment)) {
      throw invalid("not_cancelled", {});
    }
    const built = buildFor(assessment, delivery, envelope, {
      cancellation,
      lang: ctx.lang,
      format: noteFormat,
      ...(sex === undefined ? {} : { patientSex: sex }),
      ids: idSource(ctx, msgId),
      now: () => nowOf(ctx, now),
    });
    const out = str(p, "out");
    if (bool(p, "json")) {
      const d = {
        recipient: delivery.recipient,
        role: delivery.role,
        messageKind: delivery.messageKind,
        rule: delivery.rule,
      };
      await write(
        ctx.io.stdout,
        `${JSON.stringify({ valid: true, msgId: built.msgId, genDate: built.genDate, msgType: built.msgType, delivery: d, xml: built.xml })}\n`,
      );
    } else if (out === undefined) {
      await write(ctx.io.stdout, `${built.xml}\n`);
    }
    if (out !== undefined) {
      await writeOut(ctx, out, `${built.xml}\n`);
    }
    return 0;
  },
};

/** Routes an assessment and picks the delivery to build (over Norsk Helsenett); none is exit 1 with the reasons. */
export function pickDelivery(
  assessment: Assessment,
  profile: Profile,
  o: {
    readonly senderSystem?: string;
    readonly recipient?: "municipality" | "gp";
    readonly kind?: "helsefaglig-dialog" | "epikrise" | "dips-edi-template";
    /** A built-in document template's id, for a `dips-edi-template` delivery (issue 16 point 1). */
    readonly template?: string;
  },
): Delivery {
  const routed = route(assessment, profile, o.senderSystem === undefined ? {} : { senderSystem: o.senderSystem });
  const found = routed.deliveries.find(
    (d) => d.channel === "nhn" && (o.recipient === undefined || d.recipient.kind === o.recipient),
  );
  if (found === undefined) {
    const reasons = routed.withheld
      .filter((w) => o.recipient === undefined || w.recipient.kind === o.recipient)
      .map((w) => w.reason);
    throw invalid("nothing_to_send", { reasons: reasons.length === 0 ? ["no_delivery"] : [...new Set(reasons)] });
  }
  const messageKind = o.kind ?? found.messageKind;
  if (messageKind === "patient-letter") {
    throw invalid("unsupported_kind", { kind: messageKind });
  }
  if (messageKind !== "dips-edi-template") {
    return { ...found, messageKind };
  }
  // The template the user names, else the profile's for the sender system, else the Ahus regional template.
  return { ...found, messageKind, template: o.template ?? found.template ?? "ahus-dips-regional" };
}

type Builder = typeof buildTemplateEpikrise;

/** The builders of a message kind: the new message's and its cancellation's (issue 21; none for the GP notice). */
function buildersOf(kind: Delivery["messageKind"]): readonly [Builder, Builder | undefined] {
  switch (kind) {
    case "epikrise":
      return [buildEpikrise, buildEpikriseCorrection];
    case "dips-edi-template":
      return [buildTemplateEpikrise, buildEpikriseCorrection];
    case GP_DECLINE_NOTICE:
      return [buildDeclineNotice, undefined];
    default:
      return [buildHelsefagligDialog, buildDialogCorrection];
  }
}

/** Builds the message the delivery names; data problems are exit 1 with their issues. */
export function buildFor(
  assessment: Assessment,
  delivery: Delivery,
  envelope: Envelope,
  options: {
    /** Build the cancellation notice (ServType C or a reply in the thread) instead of a new message. */
    readonly cancellation?: boolean;
    readonly lang: Lang;
    readonly format: "xhtml" | "text";
    readonly patientSex?: "0" | "1" | "2" | "9";
    readonly ids: () => string;
    readonly now: () => string;
  },
): BuiltMessage {
  // The assessment is already validated with the user's options (test numbers may be allowed): do not redo it.
  const { cancellation, ...rest } = options;
  const o = { ...rest, validate: false };
  let result: ReturnType<Builder>;
  const [build, correction] = buildersOf(delivery.messageKind);
  try {
    // Issue 21: a cancelled assessment goes only as a cancellation; the builders of new messages refuse it.
    result = (cancellation === true ? (correction ?? build) : build)(assessment, delivery, envelope, o);
  } catch (error) {
    if (isSdkError(error)) {
      throw invalid("bad_envelope", { detail: error.message });
    }
    throw error;
  }
  if (!result.success) {
    throw invalid(
      "invalid",
      { where: "build", what: delivery.messageKind, count: result.error.issues.length },
      result.error.issues,
    );
  }
  return result.data;
}
