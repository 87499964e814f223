/**
 * Privacy per recipient (DOMAIN.md §1 "the patient decides what is shared, and with whom"; §5 "share with those who
 * need it, and keep privacy"; issue 9): a copy of an assessment without the parts one recipient may not see or does
 * not need. Every renderer of the SDK renders such a copy, so what is left out is not in any output at all, and the
 * machine-readable carrier of a note is that copy too, marked with `redaction` so that a receiver never mistakes it
 * for the complete document.
 */
import type { Amendment, Assessment, ConsentEntry, Measure, Redaction, Topics } from "./assessment.ts";
import { type RedactionReason, SHARABLE_PARTS, type SharablePart, TOPICS, type TopicKey } from "./code-lists.ts";

/**
 * Every free-text field of an assessment, in note-data path notation (`*` = any key, `[]` = any index): what the part
 * `free-text` holds back. A test proves that every field the JSON Schema types as free text (`format: text`) is here;
 * the short free texts (reason, relation, other recipient, amendment reason) are here too.
 * @example
 * ```ts
 * FREE_TEXT_FIELDS.includes("whatMatters"); // true
 * ```
 */
export const FREE_TEXT_FIELDS: readonly string[] = [
  "outcome.reasonText",
  "participants[].relation",
  "distress.otherConcerns",
  "whatMatters",
  "topics.*.note",
  "topics.*.patientNote",
  "children.minors[].situation",
  "children.minors[].followUp",
  "children.note",
  "measures[].description",
  "consent[].description",
  "nextStep.note",
  "notes",
  "amendments[].reason",
];

/**
 * What replaces a required free text that is held back (a measure's description, the other recipient's
 * description, an amendment's reason), so that the copy stays a valid document. The text renderers already use it
 * for free text a length budget drops.
 * @example
 * ```ts
 * copy.measures[0]?.description === HELD_BACK_TEXT; // true when free text is held back
 * ```
 */
export const HELD_BACK_TEXT = "[…]" as const;

/** What to leave out of a copy, and why. */
export interface RedactionRequest {
  /** Parts the patient's consent holds back from the recipient (reason `consent`). Never to be put back. */
  readonly withhold?: readonly SharablePart[];
  /** Parts the recipient does not need (reason `minimisation`, from the regional profile). */
  readonly leaveOut?: readonly SharablePart[];
}

/**
 * The concrete parts a list names: `topics` becomes every `topic:<key>`; duplicates go.
 * @example
 * ```ts
 * expandParts(["topics"]).size; // 15 (all fourteen topics and "topics")
 * ```
 */
export function expandParts(parts: readonly SharablePart[]): ReadonlySet<SharablePart> {
  const out = new Set<SharablePart>(parts);
  if (out.has("topics")) {
    for (const k of TOPICS.codes) {
      out.add(`topic:${k}`);
    }
  }
  return out;
}

/**
 * The parts a recipient does not need when it needs `needed` (issue 9, data minimisation): every sharable part not
 * covered by the list. `topics` covers every topic; `topic:<key>` covers one.
 * @example
 * ```ts
 * partsNotNeeded(["distress-score", "measures", "contact-point", "topics"]); // ["problem-list", "what-matters", ...]
 * ```
 */
export function partsNotNeeded(needed: readonly SharablePart[]): SharablePart[] {
  const covered = expandParts(needed);
  return SHARABLE_PARTS.codes.filter((p) => {
    if (p === "topics") {
      return !TOPICS.codes.every((k) => covered.has(`topic:${k}`));
    }
    return !covered.has(p);
  });
}

/** The part a note-data path belongs to, for amendment paths in a copy. */
function partsOfPath(path: string, a: Assessment): SharablePart[] {
  const top = /^[A-Za-z]+/.exec(path)?.[0] ?? "";
  switch (top) {
    case "topics": {
      const key = /^topics\.([a-z-]+)/.exec(path)?.[1];
      return key === undefined ? ["topics"] : [`topic:${key as TopicKey}`];
    }
    case "distress":
      return path.startsWith("distress.items") || path.startsWith("distress.otherConcerns")
        ? ["problem-list", "distress-score"]
        : ["distress-score"];
    case "whatMatters":
      return ["what-matters"];
    case "children":
      return ["children"];
    case "measures": {
      const index = /^measures\[(\d+)\]/.exec(path)?.[1];
      const topic = index === undefined ? undefined : a.measures[Number(index)]?.topic;
      return topic === undefined ? ["measures"] : ["measures", `topic:${topic}`];
    }
    case "contactPoint":
      return ["contact-point"];
    case "notes":
      return ["notes"];
    default:
      return [];
  }
}

/**
 * Amendment paths as a recipient of a copy may see them: coarsened to the field (`topics.nutrition`, `measures`,
 * `whatMatters`), without paths into parts left out. Exported for the message builders, which say what was
 * corrected in the same terms.
 * @example
 * ```ts
 * visibleAmendmentPaths(["topics.mental-health.note", "measures[0].status"], assessment, new Set(["topic:mental-health"]));
 * // ["measures"] (or [] when measure 0 is about mental health)
 * ```
 */
export function visibleAmendmentPaths(
  paths: readonly string[],
  a: Assessment,
  hidden: ReadonlySet<SharablePart>,
): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (partsOfPath(path, a).some((p) => hidden.has(p))) {
      continue;
    }
    const coarse = /^(topics\.[a-z-]+|[A-Za-z]+)/.exec(path)?.[0] ?? path;
    if (!out.includes(coarse)) {
      out.push(coarse);
    }
  }
  return out;
}

/**
 * Whether a document is a copy with parts left out (issue 9). Such a document is never the complete assessment.
 * @example
 * ```ts
 * if (isRedacted(received)) keepAsCopyOnly(received);
 * ```
 */
export function isRedacted(a: Assessment): boolean {
  return a.redaction !== undefined;
}

/**
 * The parts held back from a recipient by the assessment's consent entries (issue 9): the `withhold` of the entry
 * for that recipient (the latest one when there are several).
 * @example
 * ```ts
 * consentWithhold(assessment, "gp"); // ["topic:mental-health"]
 * ```
 */
export function consentWithhold(a: Assessment, recipient: ConsentEntry["recipient"]): SharablePart[] {
  let best: ConsentEntry | undefined;
  for (const entry of a.consent) {
    if (entry.recipient === recipient && (best === undefined || entry.recordedAt >= best.recordedAt)) {
      best = entry;
    }
  }
  return best?.withhold === undefined ? [] : [...best.withhold];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A copy of an assessment for one recipient, without the parts it may not see (`withhold`, consent) or does not need
 * (`leaveOut`, minimisation). With nothing to leave out it returns the assessment itself. Otherwise the copy:
 * - drops each part (`topic:<key>`: the topic and the measures about it; `problem-list`: the items and other
 *   concerns; `distress-score`: the whole screening; `what-matters`, `children`, `contact-point`, `notes`;
 *   `measures`: every measure; `free-text`: every field of {@link FREE_TEXT_FIELDS}, required ones replaced by
 *   {@link HELD_BACK_TEXT});
 * - drops the `withhold` lists of every consent entry (they would say what was held back);
 * - coarsens amendment paths and drops those into parts left out;
 * - carries `redaction: { reasons }`, which says why and never what.
 * The copy is a valid assessment (DOMAIN.md §1, issue 9).
 * @example
 * ```ts
 * const forGp = redactAssessment(assessment, { withhold: consentWithhold(assessment, "gp") });
 * ```
 */
export function redactAssessment(a: Assessment, request: RedactionRequest): Assessment {
  const withhold = request.withhold ?? [];
  const leaveOut = request.leaveOut ?? [];
  if (withhold.length === 0 && leaveOut.length === 0) {
    return a;
  }
  const hidden = expandParts([...withhold, ...leaveOut]);
  const freeText = hidden.has("free-text");
  const out: Mutable<Assessment> = { ...a };

  if (freeText && a.outcome.status === "declined" && a.outcome.reasonText !== undefined) {
    const { reasonText: _, ...outcome } = a.outcome;
    out.outcome = outcome;
  }
  if (freeText) {
    out.participants = a.participants.map(({ relation: _, ...p }) => p);
  }
  if (a.distress !== undefined) {
    if (hidden.has("distress-score")) {
      delete out.distress;
    } else if (hidden.has("problem-list") || (freeText && a.distress.otherConcerns !== undefined)) {
      const { otherConcerns: _, ...d } = a.distress;
      out.distress = hidden.has("problem-list") ? { ...d, items: [] } : d;
    }
  }
  if (hidden.has("what-matters") || freeText) {
    delete out.whatMatters;
  }
  const topics: Mutable<Topics> = {};
  for (const key of TOPICS.codes) {
    const entry = a.topics[key];
    if (entry === undefined || hidden.has(`topic:${key}`)) {
      continue;
    }
    topics[key] = freeText ? { status: entry.status } : entry;
  }
  out.topics = topics;
  if (a.children !== undefined) {
    if (hidden.has("children")) {
      delete out.children;
    } else if (freeText) {
      const { note: _, ...c } = a.children;
      out.children = { ...c, minors: c.minors.map(({ situation: _s, followUp: _f, ...m }) => m) };
    }
  }
  out.measures = hidden.has("measures")
    ? []
    : a.measures
        .filter((m) => m.topic === undefined || !hidden.has(`topic:${m.topic}`))
        .map((m): Measure => (freeText ? { ...m, description: HELD_BACK_TEXT } : m));
  if (hidden.has("contact-point")) {
    delete out.contactPoint;
  }
  out.consent = a.consent.map((entry) => {
    const { withhold: _, ...rest } = entry;
    return freeText && rest.recipient === "other" ? { ...rest, description: HELD_BACK_TEXT } : rest;
  });
  if (freeText && a.nextStep?.note !== undefined) {
    const { note: _, ...n } = a.nextStep;
    out.nextStep = n;
  }
  if (hidden.has("notes") || freeText) {
    delete out.notes;
  }
  if (a.amendments !== undefined) {
    out.amendments = a.amendments.map(
      (m): Amendment => ({
        ...m,
        reason: freeText ? HELD_BACK_TEXT : m.reason,
        paths: visibleAmendmentPaths(m.paths, a, hidden),
      }),
    );
  }
  const reasons = new Set<RedactionReason>(a.redaction?.reasons ?? []);
  if (withhold.length > 0) {
    reasons.add("consent");
  }
  if (leaveOut.length > 0) {
    reasons.add("minimisation");
  }
  const redaction: Redaction = {
    reasons: (["consent", "minimisation"] as const).filter((r) => reasons.has(r)),
  };
  out.redaction = redaction;
  return out;
}

/** What one recipient of a rendering may see: the delivery's privacy, plus explicit additions. */
export interface RecipientViewRequest {
  /** The delivery's privacy, as `route` sets it: consent `withhold` and the profile's `leaveOut`. */
  readonly delivery?: {
    readonly withhold?: readonly SharablePart[];
    readonly leaveOut?: readonly SharablePart[];
  };
  /** Parts to hold back in addition to the delivery's `withhold` (consent). */
  readonly withhold?: readonly SharablePart[];
  /**
   * Parts to include although the delivery's `leaveOut` leaves them out: the explicit way to share more than the
   * profile says a recipient needs. It never brings back a part the patient's consent holds back.
   */
  readonly include?: readonly SharablePart[];
}

/**
 * The assessment as one recipient may see it (issue 9): {@link redactAssessment} with the delivery's `withhold` plus
 * `withhold` (consent), and the delivery's `leaveOut` minus `include` (minimisation). Every renderer (text, XHTML,
 * letter, XML messages, FHIR) renders this view, so they all agree. With nothing to leave out it is the assessment
 * itself.
 * @example
 * ```ts
 * const view = recipientView(assessment, { delivery }); // view.redaction says whether parts were left out
 * ```
 */
export function recipientView(a: Assessment, request: RecipientViewRequest = {}): Assessment {
  const delivery = request.delivery;
  const leaveOut = delivery?.leaveOut ?? [];
  if ((delivery?.withhold?.length ?? 0) === 0 && (request.withhold?.length ?? 0) === 0 && leaveOut.length === 0) {
    return a; // renderers call this on every render: no allocation when there is nothing to leave out
  }
  const withhold = [...(delivery?.withhold ?? []), ...(request.withhold ?? [])];
  let minimise: SharablePart[] = [];
  if (leaveOut.length > 0) {
    const included = expandParts(request.include ?? []);
    const concrete = expandParts(leaveOut);
    minimise = SHARABLE_PARTS.codes.filter((p) => p !== "topics" && concrete.has(p) && !included.has(p));
  }
  return redactAssessment(a, { withhold, leaveOut: minimise });
}
