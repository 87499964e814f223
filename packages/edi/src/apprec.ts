/**
 * Application receipts (AppRec 1.1 and 1.0; DOMAIN.md §6, messaging.md §5; HIS 80415, HITS 1168). One per receiver
 * per business message, from the receiving application: status 1 OK or 2 Avvist with kodeverk 8221 errors, and the
 * original message's type, date and id in `OriginalMsgId`.
 */
import { type Issue, type SafeResult, SdkError, ValidationError } from "@pakkeforlop-hjem/model";
import { APPREC_ERRORS, type AppRecErrorCode, NAMESPACES, OID_8221 } from "./codes.ts";
import { code, el, escapeAttr, isUuid, isXsdDateTime } from "./internal/xml.ts";
import { EDI_ISSUES, type EdiIssue, type EdiIssueCode } from "./issues.ts";
import type { ParsedMessage, ParsedParty } from "./parse.ts";
import type { ParsedIdent } from "./parsed-message.ts";

/** One error in a negative AppRec: an 8221 code and, optionally, free text the sender must show (`OT`). */
export interface AppRecError {
  readonly code: AppRecErrorCode;
  readonly text?: string;
}

/** The verdict of the receiving application: `ok` (status 1) or `rejected` (status 2, at least one error). */
export type AppRecOutcome =
  | { readonly status: "ok" }
  | { readonly status: "rejected"; readonly errors: readonly [AppRecError, ...AppRecError[]] };

/** Options of {@link createAppRec}. As for builders, give `id` or `ids`, and `genDate` or `now`. */
export interface AppRecOptions {
  /** AppRec version: `1.1` (Helsefaglig dialog requires it) or `1.0` (older partners, NAV, Helfo). */
  readonly version: "1.1" | "1.0";
  readonly id?: string;
  readonly ids?: () => string;
  readonly genDate?: string;
  readonly now?: () => string;
  /** Which receiver of the original answers: `primary` (default) or the index of a copy receiver. */
  readonly as?: "primary" | number;
  readonly software?: { readonly name: string; readonly version?: string };
}

/** A receipt ready to send. */
export interface BuiltAppRec {
  readonly xml: string;
  readonly id: string;
  readonly genDate: string;
  readonly status: "1" | "2";
}

// reader_internal_error, too_many_issues and no_receipt_for_receipt map to nothing: a bug of ours, a count, a
// receipt are never the sender's fault.
const MAP: Readonly<Partial<Record<EdiIssueCode, AppRecErrorCode>>> = {
  not_xml: "T01",
  invalid_encoding: "T01",
  unsupported_encoding: "T10",
  doctype_forbidden: "T99",
  entity_forbidden: "T99",
  too_large: "T99",
  unsupported_message: "T10",
  unsupported_payload: "T10",
  missing_element: "T02",
  invalid_msg_id: "E10",
  unknown_receiver: "E21",
  insufficient_patient_identification: "E36",
};

/**
 * Maps parse issues to AppRec errors (kodeverk 8221): `not_xml` and `invalid_encoding` → T01, `missing_element` → T02,
 * `unsupported_encoding` → T10,
 * `unsupported_message`/`unsupported_payload` → T10, DOCTYPE, entities and oversize → T99, `invalid_msg_id` → E10,
 * `unknown_receiver` → E21, `insufficient_patient_identification` → E36. Each code once, in order of appearance.
 * @example
 * ```ts
 * appRecErrorsFor(parsed.data.issues); // [{ code: "E10" }]
 * ```
 */
export function appRecErrorsFor(issues: readonly Issue<string>[]): AppRecError[] {
  const seen = new Set<AppRecErrorCode>();
  const out: AppRecError[] = [];
  for (const issue of issues) {
    const c = MAP[issue.code as EdiIssueCode];
    if (c !== undefined && !seen.has(c)) {
      seen.add(c);
      out.push({ code: c });
    }
  }
  return out;
}

/**
 * The outcome a receiver should answer a read message with: `rejected` with the mapped errors when its issues call for
 * it (E10 and E36 SHALL reject; T02, T10 and E21 MAY, and this SDK does), else `ok` (messaging.md §5: wrong code values
 * or poor content are not a reason for a negative receipt).
 * @example
 * ```ts
 * const appRec = createAppRec(parsed.data, appRecOutcomeFor(parsed.data), { version: "1.1", ids, now });
 * ```
 */
export function appRecOutcomeFor(message: ParsedMessage): AppRecOutcome {
  const [first, ...rest] = appRecErrorsFor(message.issues);
  return first === undefined ? { status: "ok" } : { status: "rejected", errors: [first, ...rest] };
}

/** `Id` + `TypeId` (CS) of the identifier a party or person is best known by: its HER-id, else HPR, else the first. */
function idOf(ids: readonly ParsedIdent[], herId?: string): string {
  const typed = (t: string) => ids.find((i) => i.type?.toUpperCase() === t);
  const id = herId !== undefined ? { id: herId, type: "HER" } : (typed("HER") ?? typed("HPR") ?? ids[0]);
  if (id === undefined) {
    return "";
  }
  const type = id.type?.toUpperCase();
  const dn = type === "HER" ? "HER-id" : type === "HPR" ? "HPR-nummer" : undefined;
  return `${el("Id", id.id.trim())}${id.type === undefined ? "" : code("TypeId", type ?? id.type, dn)}`;
}

/**
 * `HCP/Inst` of a party: the organisation, its service as `Dept`, and the person there as `HCPerson` (issue 15 point
 * 8: an AppRec to a message a person sent names that person), in the schema's order.
 */
function hcp(party: ParsedParty | undefined): string {
  if (party === undefined) {
    return "<HCP><Inst/></HCP>";
  }
  const service = party.service;
  const dept =
    service === undefined ? "" : `<Dept>${el("Name", service.name)}${idOf(service.ids, service.herId)}</Dept>`;
  const person = party.person ?? service?.person;
  const hcPerson = person === undefined ? "" : `<HCPerson>${el("Name", person.name)}${idOf(person.ids)}</HCPerson>`;
  return `<HCP><Inst>${el("Name", party.name)}${idOf(party.ids, party.herId)}${dept}${hcPerson}</Inst></HCP>`;
}

function dateTimeOf(value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const v = value.trim();
  if (isXsdDateTime(v)) {
    return v;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00` : undefined;
}

/**
 * Creates the AppRec one receiver of `parsed` sends back: status 1 OK or 2 Avvist with 8221 errors, `OriginalMsgId`
 * from the original (type, GenDate, MsgId), the receipt's sender = that receiver, its receiver = the original sender
 * (role `AVS`), naming the person who sent it when the original names one (`HCPerson`). Returns `missing_element`
 * when the original lacks what a receipt must quote (MsgId, GenDate), and `no_receipt_for_receipt` for an AppRec:
 * a receipt is never answered (HITS 1168), so two systems built on this never loop.
 * @throws {@link @pakkeforlop-hjem/model!SdkError} `invalid_argument` on misuse (no id or clock source, a rejection without errors, `as` out of range).
 * @example
 * ```ts
 * const r = createAppRec(parsed.data, { status: "ok" }, { version: "1.1", ids: () => crypto.randomUUID(), now: () => new Date().toISOString() });
 * if (r.success) send(r.data.xml);
 * ```
 */
export function createAppRec(
  parsed: ParsedMessage,
  outcome: AppRecOutcome,
  options: AppRecOptions,
): SafeResult<BuiltAppRec, EdiIssue> {
  if (options.version !== "1.1" && options.version !== "1.0") {
    throw new SdkError(
      "invalid_argument",
      `options.version: expected "1.1" or "1.0", got "${String(options.version)}"`,
    );
  }
  if (outcome.status === "rejected" && !(outcome.errors.length > 0)) {
    throw new SdkError("invalid_argument", "outcome.errors: a rejection (status 2 Avvist) needs at least one error");
  }
  const as = options.as ?? "primary";
  const me = as === "primary" ? parsed.receiver : parsed.copyReceivers[as];
  if (as !== "primary" && me === undefined) {
    throw new SdkError("invalid_argument", `options.as: the message has no copy receiver ${String(as)}`);
  }
  if (parsed.kind === "apprec") {
    // Issue 15 point 2 (HITS 1168): a receipt is never answered with a receipt, or two systems would loop.
    return { success: false, error: new ValidationError([EDI_ISSUES.issue("no_receipt_for_receipt", [])]) };
  }
  const issues: EdiIssue[] = [];
  const originalDate = dateTimeOf(parsed.genDate);
  if (parsed.msgId === undefined || parsed.msgId === "") {
    issues.push(EDI_ISSUES.issue("missing_element", ["MsgId"], { element: "MsgId" }));
  }
  if (originalDate === undefined) {
    issues.push(EDI_ISSUES.issue("missing_element", ["GenDate"], { element: "GenDate" }));
  }
  if (issues.length > 0) {
    return { success: false, error: new ValidationError(issues) };
  }
  const id = options.id ?? options.ids?.();
  if (id === undefined || !isUuid(id)) {
    throw new SdkError(
      "invalid_argument",
      "options: give id or ids returning a UUID (e.g. ids: () => crypto.randomUUID())",
    );
  }
  const genDate = options.genDate ?? options.now?.();
  if (genDate === undefined || !isXsdDateTime(genDate)) {
    throw new SdkError("invalid_argument", "options: give genDate or now returning an xs:dateTime");
  }
  const v11 = options.version === "1.1";
  const status = outcome.status === "ok" ? "1" : "2";
  const errors =
    outcome.status === "ok"
      ? ""
      : outcome.errors
          .map(
            (e) =>
              `<Error V="${e.code}" S="${OID_8221}" DN="${escapeAttr(APPREC_ERRORS[e.code])}"${e.text === undefined ? "" : ` OT="${escapeAttr(e.text)}"`}/>`,
          )
          .join("");
  const originalType = parsed.msgType?.v ?? (parsed.kind === "epikrise" ? "EPIKRISE" : "DIALOG_NOTAT");
  const software = options.software;
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<AppRec xmlns="${v11 ? NAMESPACES.appRec11 : NAMESPACES.appRec10}">` +
    `${code("MsgType", "APPREC", "Applikasjonskvittering")}<MIGversion>${v11 ? "v1.1 2012-02-15" : "1.0 2004-11-21"}</MIGversion>` +
    `${el("SoftwareName", software?.name)}${el("SoftwareVersion", software?.version)}<GenDate>${genDate}</GenDate><Id>${id}</Id>` +
    `<Sender>${code("Role", as === "primary" ? "PRIM" : "COP", as === "primary" ? "Primærmottaker" : "Kopimottaker")}${hcp(me)}</Sender>` +
    `<Receiver>${code("Role", "AVS", "Avsender")}${hcp(parsed.sender)}</Receiver>` +
    `${code("Status", status, status === "1" ? "OK" : "Avvist")}${errors}` +
    `<OriginalMsgId>${code("MsgType", originalType, parsed.msgType?.dn)}<IssueDate>${originalDate}</IssueDate>${el("Id", parsed.msgId)}</OriginalMsgId>` +
    "</AppRec>\n";
  return { success: true, data: { xml, id, genDate, status } };
}
