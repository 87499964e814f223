/**
 * The inbox itself, without HTTP or files: receive a message (parse → extract and apply the assessment → AppRec)
 * and keep each assessment's versions and each patient's pathway in memory, so it can say what is due next on a
 * given day. A real municipal app stores the same in its database; everything else is the same.
 *
 * What it does with each message (issue 15):
 * - an AppRec is a receipt for something we sent: read, never answered (a receipt gets no receipt);
 * - a MsgId seen before is a duplicate: the first answer is sent again, nothing is stored twice;
 * - a first version is stored; a change or cancellation (Epikrise ServType M/C, or a dialog reply whose assessment
 *   carries amendments) replaces the current version of the same assessment and the older one is kept as history;
 *   a version older than the stored one is never applied, so a cancelled assessment never comes back as current;
 * - every other message is answered with an AppRec 1.1: status 1, or 2 with kodeverk 8221 errors.
 */
import {
  type AppRecError,
  type AppRecOutcome,
  appRecOutcomeFor,
  type BuiltAppRec,
  createAppRec,
  extractAssessment,
  type ParsedMessage,
  parseMessage,
} from "@pakkeforlop-hjem/edi";
import {
  type Assessment,
  formatPath,
  isCancelled,
  type PatientIdentifier,
  type PersonName,
} from "@pakkeforlop-hjem/model";
import {
  NATIONAL_PROFILE,
  type NextAction,
  nextActions,
  type PathwayEvent,
  type PathwayState,
  type Profile,
  replay,
} from "@pakkeforlop-hjem/pathway";

export interface InboxOptions {
  /** The HER-ids this inbox answers for (organisation, services, persons); a message to anyone else gets E21. */
  readonly ownHerIds: readonly string[];
  /** The region's profile (windows, where each point is held). Default: national. */
  readonly profile?: Profile;
  /** Synthetic Tenor/Dolly numbers: only in test environments. Given once, to `parseMessage`; it flows through. */
  readonly allowTestNumbers?: boolean;
  /** Largest accepted message in bytes. Default 1 MB. */
  readonly maxBytes?: number;
  /** Id source for the AppRec (a UUID each call). */
  readonly ids: () => string;
  /** Clock for the AppRec (an xs:dateTime). */
  readonly now: () => string;
}

/** What was read, for a log or a screen: codes, ids and kinds only, never names, numbers or note text. */
export interface MessageSummary {
  readonly kind: ParsedMessage["kind"];
  readonly msgType?: string;
  readonly msgId?: string;
  /** Epikrise ServType (N/M/C). */
  readonly servType?: string;
  readonly documentId?: string;
  /** Where the receiver matched our HER-ids: organisation, service or person. */
  readonly receiverLevel?: string;
  readonly processingStatus?: string;
  readonly notes: number;
  readonly attachments: number;
  readonly issues: readonly string[];
}

/** What the inbox did with the assessment a message carried. */
export type AssessmentAction =
  /** A first version, stored. */
  | "stored"
  /** A change, applied: the stored version became history. */
  | "changed"
  /** A cancellation, applied: the assessment is kept, cancelled, and counts as not done. */
  | "cancelled"
  /** The same version as the one stored (sent again under a new MsgId): nothing changed. */
  | "unchanged"
  /** Older than the stored version: not applied. */
  | "outdated"
  /** Its carrier, or the correction, did not validate: the AppRec rejects it (X99). */
  | "invalid"
  /** A message without an assessment of this SDK (written by a person or another system). */
  | "none";

/** What the inbox did with a message. */
export type Received =
  /** Nothing could be read (not XML, bad encoding, DOCTYPE, too large, not a message): no MsgId to quote, no AppRec. */
  | { readonly kind: "unreadable"; readonly code: string }
  /** An AppRec: a receipt for a message we sent. It is never answered. */
  | { readonly kind: "receipt"; readonly summary: MessageSummary; readonly status?: string; readonly of?: string }
  /** The MsgId was received before: `first` is what was done then (its AppRec is the answer again). */
  | { readonly kind: "duplicate"; readonly summary: MessageSummary; readonly first: Received }
  /** Readable, but the original lacks what a receipt must quote (MsgId, GenDate). */
  | { readonly kind: "unanswerable"; readonly summary: MessageSummary; readonly codes: readonly string[] }
  | {
      readonly kind: "answered";
      readonly summary: MessageSummary;
      readonly appRec: BuiltAppRec;
      readonly errors: readonly AppRecError[];
      readonly assessment: AssessmentAction;
    };

/** One patient's line in the "due next" list. */
export interface DueEntry {
  readonly patient: { readonly name: PersonName; readonly identifier: PatientIdentifier };
  readonly status: PathwayState["status"];
  readonly actions: readonly NextAction[];
  /** Pathway issue codes (events that could not be applied). */
  readonly issues: readonly string[];
}

/** One assessment as the inbox keeps it: every version received, oldest first; the last is the current one. */
export interface StoredAssessment {
  readonly id: string;
  readonly versions: readonly Assessment[];
  readonly current: Assessment;
  readonly cancelled: boolean;
}

export interface Inbox {
  receive(message: string | Uint8Array): Received;
  due(today: string): DueEntry[];
  /** Every assessment received, with its history. */
  assessments(): StoredAssessment[];
}

const MAX_ERROR_TEXT = 300;

const amendmentsOf = (a: Assessment): number => a.amendments?.length ?? 0;

export function summarise(m: ParsedMessage): MessageSummary {
  return {
    kind: m.kind,
    ...(m.msgType?.v === undefined ? {} : { msgType: m.msgType.v }),
    ...(m.msgId === undefined ? {} : { msgId: m.msgId }),
    ...(m.servType?.v === undefined ? {} : { servType: m.servType.v }),
    ...(m.documentId === undefined ? {} : { documentId: m.documentId }),
    ...(m.receiverMatch === undefined ? {} : { receiverLevel: m.receiverMatch.level }),
    ...(m.processingStatus === undefined ? {} : { processingStatus: m.processingStatus }),
    notes: m.notes.length,
    attachments: m.attachments.length,
    issues: m.issues.map((i) => i.code),
  };
}

/**
 * The pathway events an assessment stands for, from its versions. A cancelled one is its last version before the
 * cancellation, then an `assessment-cancelled` event: the pathway counts the point as not done again (issue 9); if
 * only the cancellation arrived, it stands for nothing.
 */
function eventsFor(versions: readonly Assessment[]): PathwayEvent[] {
  const current = versions.at(-1) as Assessment;
  if (!isCancelled(current)) {
    return eventsOfVersion(current);
  }
  const before = [...versions].reverse().find((v) => !isCancelled(v));
  const at = current.amendments?.at(-1)?.at ?? current.conductedAt;
  return before === undefined
    ? []
    : [
        ...eventsOfVersion(before),
        { type: "assessment-cancelled", id: `cancelled-${current.id}`, at, assessmentId: current.id },
      ];
}

function eventsOfVersion(a: Assessment): PathwayEvent[] {
  const id = `assessment-${a.id}`;
  switch (a.outcome.status) {
    case "completed":
      return [{ type: "completed", id, at: a.conductedAt, assessment: a }];
    case "declined":
      return [
        {
          type: "declined",
          id,
          at: a.conductedAt,
          interactionPoint: a.interactionPoint,
          reason: a.outcome.reason,
          ...(a.outcome.reofferOn === undefined ? {} : { reofferOn: a.outcome.reofferOn }),
        },
      ];
    case "not-reached":
      return [{ type: "offered", id, at: a.conductedAt, interactionPoint: a.interactionPoint }];
  }
}

/** The X99 rejection for an assessment that does not validate: paths and codes only, never values. */
function rejection(issues: readonly { readonly path: readonly (string | number)[]; readonly code: string }[]) {
  const detail = issues.map((i) => `${formatPath(i.path)} (${i.code})`).join(", ");
  const text = `Vurderingen i meldingen er ugyldig: ${detail}`;
  return {
    status: "rejected",
    errors: [{ code: "X99", text: text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text }],
  } as const satisfies AppRecOutcome;
}

export function createInbox(options: InboxOptions): Inbox {
  const profile = options.profile ?? NATIONAL_PROFILE;
  const allowTestNumbers = options.allowTestNumbers === true;
  const documents = new Map<string, Assessment[]>();
  const seen = new Map<string, Received>();

  /** Applies an extracted assessment to the store (extractAssessment checked it against the stored version). */
  const apply = (a: Assessment): AssessmentAction => {
    const versions = documents.get(a.id) ?? [];
    documents.set(a.id, versions);
    const stored = versions.at(-1);
    if (stored !== undefined && amendmentsOf(stored) === amendmentsOf(a)) {
      return "unchanged";
    }
    versions.push(a);
    return amendmentsOf(a) === 0 ? "stored" : isCancelled(a) ? "cancelled" : "changed";
  };

  /** Extracts the assessment and decides the answer. */
  const handle = (msg: ParsedMessage): { outcome: AppRecOutcome; action: AssessmentAction } => {
    const outcome = appRecOutcomeFor(msg);
    if (outcome.status !== "ok") {
      return { outcome, action: "none" };
    }
    const found = extractAssessment(msg, { stored: (id) => documents.get(id)?.at(-1) });
    if (!found.success) {
      return found.error.issues.every((i) => i.code === "outdated_correction")
        ? { outcome, action: "outdated" }
        : { outcome: rejection(found.error.issues), action: "invalid" };
    }
    if (found.data === null || found.data.redacted) {
      // A recipient's copy with parts held back is never stored as the complete assessment.
      return { outcome, action: "none" };
    }
    return { outcome, action: apply(found.data.assessment) };
  };

  return {
    receive(message) {
      const parsed = parseMessage(message, {
        ownHerIds: options.ownHerIds,
        maxBytes: options.maxBytes ?? 1_000_000,
        allowTestNumbers,
      });
      if (!parsed.success) {
        return { kind: "unreadable", code: parsed.error.issues[0]?.code ?? "not_xml" };
      }
      const msg = parsed.data;
      const summary = summarise(msg);
      if (msg.kind === "apprec") {
        const status = msg.appRec?.status?.v;
        const of = msg.appRec?.originalMsgId.id;
        return {
          kind: "receipt",
          summary,
          ...(status === undefined ? {} : { status }),
          ...(of === undefined ? {} : { of }),
        };
      }
      const first = msg.msgId === undefined ? undefined : seen.get(msg.msgId);
      if (first !== undefined) {
        return { kind: "duplicate", summary, first };
      }
      const { outcome, action } = handle(msg);
      const receipt = createAppRec(msg, outcome, { version: "1.1", ids: options.ids, now: options.now });
      const received: Received = receipt.success
        ? {
            kind: "answered",
            summary,
            appRec: receipt.data,
            errors: outcome.status === "ok" ? [] : outcome.errors,
            assessment: action,
          }
        : { kind: "unanswerable", summary, codes: receipt.error.issues.map((i) => i.code) };
      if (msg.msgId !== undefined && msg.msgId !== "") {
        seen.set(msg.msgId, received);
      }
      return received;
    },

    due(today) {
      const patients = new Map<string, { patient: DueEntry["patient"]; events: PathwayEvent[] }>();
      for (const versions of documents.values()) {
        const a = versions.at(-1) as Assessment;
        const key = `${a.patient.identifier.system}|${a.patient.identifier.value}`;
        const record = patients.get(key) ?? {
          patient: { name: a.patient.name, identifier: a.patient.identifier },
          events: [
            {
              type: "included",
              id: "included",
              at: `${a.diagnosis.diagnosedOn}T00:00:00Z`,
              diagnosedOn: a.diagnosis.diagnosedOn,
            },
          ],
        };
        patients.set(key, record);
        record.events.push(...eventsFor(versions));
      }
      return [...patients.values()].map((record) => {
        const { state, issues } = replay(record.events, profile, { allowTestNumbers });
        return {
          patient: record.patient,
          status: state.status,
          actions: nextActions(state, { today }),
          issues: issues.map((i) => i.code),
        };
      });
    },

    assessments() {
      return [...documents.entries()].map(([id, versions]) => {
        const current = versions.at(-1) as Assessment;
        return { id, versions, current, cancelled: isCancelled(current) };
      });
    },
  };
}
