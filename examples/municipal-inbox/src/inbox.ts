/**
 * The inbox itself, without HTTP: receive a message (parse → extract and validate the assessment → AppRec) and keep
 * each patient's pathway events in memory, so it can say what is due next on a given day. A real municipal app stores
 * the events in its database; everything else is the same.
 */
import {
  type AppRecError,
  type AppRecOutcome,
  appRecOutcomeFor,
  type BuiltAppRec,
  createAppRec,
  extractAssessment,
  parseMessage,
} from "@pakkeforlop-hjem/edi";
import { type Assessment, formatPath, type PatientIdentifier, type PersonName } from "@pakkeforlop-hjem/model";
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
  /** The HER-ids this inbox answers for; a message to anyone else is rejected with E21. */
  readonly ownHerIds: readonly string[];
  /** The region's profile (windows, where each point is held). Default: national. */
  readonly profile?: Profile;
  /** Synthetic Tenor/Dolly numbers: only in test environments. */
  readonly allowTestNumbers?: boolean;
  /** Largest accepted message in bytes. Default 1 MB. */
  readonly maxBytes?: number;
  /** Id source for the AppRec (a UUID each call). */
  readonly ids: () => string;
  /** Clock for the AppRec (an xs:dateTime). */
  readonly now: () => string;
}

/** What the inbox did with a message. */
export type Received =
  /** Nothing could be read (not XML, DOCTYPE, too large, not a message): no MsgId to quote, so no AppRec. */
  | { readonly kind: "unreadable"; readonly code: string }
  /** Readable, but the original lacks what a receipt must quote (MsgId, GenDate). */
  | { readonly kind: "unanswerable"; readonly codes: readonly string[] }
  | {
      readonly kind: "answered";
      readonly appRec: BuiltAppRec;
      readonly errors: readonly AppRecError[];
      /** accepted: a valid assessment was stored; invalid: its carrier did not validate; none: a message without one. */
      readonly assessment: "accepted" | "invalid" | "none";
    };

/** One patient's line in the "due next" list. */
export interface DueEntry {
  readonly patient: { readonly name: PersonName; readonly identifier: PatientIdentifier };
  readonly status: PathwayState["status"];
  readonly actions: readonly NextAction[];
  /** Pathway issue codes (events that could not be applied). */
  readonly issues: readonly string[];
}

export interface Inbox {
  receive(message: string | Uint8Array): Received;
  due(today: string): DueEntry[];
}

interface PatientRecord {
  readonly patient: DueEntry["patient"];
  readonly events: PathwayEvent[];
}

const MAX_ERROR_TEXT = 300;

/** The pathway events one received assessment stands for (DOMAIN.md §1: the hospital included the patient). */
function eventsFor(a: Assessment, msgId: string): PathwayEvent[] {
  const id = `msg-${msgId}`;
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

export function createInbox(options: InboxOptions): Inbox {
  const profile = options.profile ?? NATIONAL_PROFILE;
  const allowTestNumbers = options.allowTestNumbers === true;
  const patients = new Map<string, PatientRecord>();

  const store = (a: Assessment, msgId: string): void => {
    const key = `${a.patient.identifier.system}|${a.patient.identifier.value}`;
    let record = patients.get(key);
    if (record === undefined) {
      record = {
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
    }
    // replay() drops a duplicate with the same id and content, so a message sent twice is stored once.
    record.events.push(...eventsFor(a, msgId));
  };

  return {
    receive(message) {
      const parsed = parseMessage(message, {
        ownHerIds: options.ownHerIds,
        maxBytes: options.maxBytes ?? 1_000_000,
      });
      if (!parsed.success) {
        return { kind: "unreadable", code: parsed.error.issues[0]?.code ?? "not_xml" };
      }
      const msg = parsed.data;
      let outcome: AppRecOutcome = appRecOutcomeFor(msg);
      let assessment: "accepted" | "invalid" | "none" = "none";
      if (outcome.status === "ok") {
        const found = extractAssessment(msg, { allowTestNumbers });
        if (found.success && found.data !== null) {
          assessment = "accepted";
          store(found.data.assessment, msg.msgId ?? "");
        } else if (!found.success) {
          assessment = "invalid";
          // Codes and paths only: an AppRec travels back over the network and must not repeat personal values.
          const detail = found.error.issues.map((i) => `${formatPath(i.path)} (${i.code})`).join(", ");
          const text = `Vurderingen i meldingen er ugyldig: ${detail}`;
          outcome = {
            status: "rejected",
            errors: [
              { code: "X99", text: text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text },
            ],
          };
        }
      }
      const receipt = createAppRec(msg, outcome, { version: "1.1", ids: options.ids, now: options.now });
      if (!receipt.success) {
        return { kind: "unanswerable", codes: receipt.error.issues.map((i) => i.code) };
      }
      return {
        kind: "answered",
        appRec: receipt.data,
        errors: outcome.status === "ok" ? [] : outcome.errors,
        assessment,
      };
    },

    due(today) {
      const out: DueEntry[] = [];
      for (const record of patients.values()) {
        const { state, issues } = replay(record.events, profile, { allowTestNumbers });
        out.push({
          patient: record.patient,
          status: state.status,
          actions: nextActions(state, { today }),
          issues: issues.map((i) => i.code),
        });
      }
      return out;
    },
  };
}
