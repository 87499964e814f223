/**
 * The EHR's import step: map → validate → route with the region's profile → render the epicrisis text. Returns data;
 * main.ts prints it. Nothing here reads a clock, a file or the network.
 */
import { renderEpicrisisText } from "@pakkeforlop-hjem/epikrise";
import { type Assessment, formatIssue, formatPath, type Lang, safeParseAssessment } from "@pakkeforlop-hjem/model";
import {
  BUILT_IN_PROFILES,
  type Delivery,
  type Profile,
  route,
  type WithheldDelivery,
} from "@pakkeforlop-hjem/pathway";
import type { EhrEncounter } from "./ehr-record.ts";
import { type MappingNote, toAssessment } from "./to-assessment.ts";

export type ProfileId = keyof typeof BUILT_IN_PROFILES;

export interface ImportOptions {
  /** The region's profile: national (default), sondre-trondelag or ahus. */
  readonly profile?: ProfileId;
  /** The EHR product sending (decides the message kind in some regions). */
  readonly senderSystem?: string;
  readonly lang?: Lang;
  /** Synthetic Tenor/Dolly numbers: only in test environments. */
  readonly allowTestNumbers?: boolean;
}

/** One problem, safe to log: code, path and a text that names the field and the rule, never the value. */
export interface ImportProblem {
  readonly code: string;
  readonly path: string;
  readonly text: string;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly assessment: Assessment;
      readonly profile: Profile;
      readonly deliveries: readonly Delivery[];
      readonly withheld: readonly WithheldDelivery[];
      readonly text: string;
      readonly notes: readonly MappingNote[];
    }
  | { readonly ok: false; readonly problems: readonly ImportProblem[]; readonly notes: readonly MappingNote[] };

export function importEncounter(encounter: EhrEncounter, options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? "nb";
  const { assessment, notes } = toAssessment(encounter);
  const checked = safeParseAssessment(assessment, { allowTestNumbers: options.allowTestNumbers === true });
  if (!checked.success) {
    return {
      ok: false,
      notes,
      problems: checked.error.issues.map((i) => ({
        code: i.code,
        path: formatPath(i.path),
        text: formatIssue(i, lang),
      })),
    };
  }
  const profile = BUILT_IN_PROFILES[options.profile ?? "national"];
  const { deliveries, withheld } = route(
    checked.data,
    profile,
    options.senderSystem === undefined ? {} : { senderSystem: options.senderSystem },
  );
  const text = renderEpicrisisText(checked.data, { lang, profile, width: 80 });
  return { ok: true, assessment: checked.data, profile, deliveries, withheld, text, notes };
}

const recipientOf = (d: Delivery | WithheldDelivery): string =>
  d.recipient.kind === "municipality" ? `municipality (${d.recipient.service})` : d.recipient.kind;

/** A plain-text report of the import, for the console or a log. */
export function formatReport(result: ImportResult): string {
  const lines: string[] = [];
  for (const n of result.notes) {
    lines.push(`mapping: ${n.field}: ${n.problem}`);
  }
  if (!result.ok) {
    lines.push(`INVALID: ${result.problems.length} problem(s)`);
    for (const p of result.problems) {
      lines.push(`  [${p.code}] ${p.text}`);
    }
    return `${lines.join("\n")}\n`;
  }
  const a = result.assessment;
  lines.push(`valid: SP${a.interactionPoint}, ${a.outcome.status}, profile ${result.profile.id}`);
  for (const d of result.deliveries) {
    lines.push(`  send     ${d.messageKind} to ${recipientOf(d)} via ${d.channel} (${d.role}, ${d.rule})`);
  }
  for (const w of result.withheld) {
    lines.push(`  withhold ${recipientOf(w)}: ${w.reason}`);
  }
  lines.push("", result.text);
  return `${lines.join("\n")}\n`;
}
