/**
 * Arbitraries for the privacy property of issue 9: an assessment whose free text and part-specific strings are
 * unique sentinels, a set of parts held back, and the sentinels that must then appear in no output.
 */
import { type Assessment, SHARABLE_PARTS, type SharablePart, TOPICS } from "@pakkeforlop-hjem/model";
import { arbAssessment, fc } from "./index.ts";

export { fc };

/** One case of the privacy property. */
export interface RedactionCase {
  /** A valid assessment whose strings of interest are unique sentinels. */
  readonly assessment: Assessment;
  /** What the consent holds back. */
  readonly withhold: readonly SharablePart[];
  /** Sentinels in parts held back: none may appear in any output for the recipient. */
  readonly hidden: readonly string[];
  /** Sentinels in parts not held back that the clinician's note prints (for "the rest is shared" checks). */
  readonly shown: readonly string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const sentinel = (n: number): string => `Qzv${String(n).padStart(4, "0")}Xk`;

/**
 * Replaces free text and names/units inside the parts with sentinels and returns which parts each sentinel belongs
 * to (`free-text` for free-text fields).
 */
function mark(a: Assessment): {
  assessment: Assessment;
  owners: Map<string, SharablePart[]>;
  letterOnly: Set<string>;
} {
  const owners = new Map<string, SharablePart[]>();
  // Text written for the patient is printed in the patient letter only (issue 17), never in the clinician's note.
  const letterOnly = new Set<string>();
  let n = 0;
  const put = (parts: SharablePart[]): string => {
    const s = sentinel(n++);
    owners.set(s, parts);
    return s;
  };
  const doc = structuredClone(a) as unknown as { [key: string]: Json };
  const obj = (v: Json | undefined): { [key: string]: Json } | undefined =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
  const outcome = obj(doc.outcome);
  if (outcome?.reasonText !== undefined) {
    outcome.reasonText = put(["free-text"]);
  }
  for (const p of (doc.participants as Json[]).map(obj)) {
    if (p?.relation !== undefined) {
      p.relation = put(["free-text"]);
    }
  }
  const distress = obj(doc.distress);
  if (distress?.otherConcerns !== undefined) {
    distress.otherConcerns = put(["free-text", "problem-list", "distress-score"]);
  }
  if (doc.whatMatters !== undefined) {
    doc.whatMatters = put(["free-text", "what-matters"]);
  }
  const topics = obj(doc.topics) ?? {};
  for (const k of TOPICS.codes) {
    const t = obj(topics[k]);
    if (t?.note !== undefined) {
      t.note = put(["free-text", `topic:${k}`, "topics"]);
    }
    if (t?.patientNote !== undefined) {
      t.patientNote = put(["free-text", `topic:${k}`, "topics"]);
      letterOnly.add(t.patientNote);
    }
  }
  const children = obj(doc.children);
  if (children !== undefined) {
    for (const m of (children.minors as Json[]).map(obj)) {
      if (m?.situation !== undefined) {
        m.situation = put(["free-text", "children"]);
      }
      if (m?.followUp !== undefined) {
        m.followUp = put(["free-text", "children"]);
      }
    }
    if (children.note !== undefined) {
      children.note = put(["free-text", "children"]);
    }
    const c = obj(children.childResponsibleContact);
    if (c !== undefined) {
      c.name = put(["children"]);
    }
  }
  for (const m of (doc.measures as Json[]).map(obj)) {
    if (m === undefined) {
      continue;
    }
    const topic = typeof m.topic === "string" ? ([`topic:${m.topic}`, "topics"] as SharablePart[]) : [];
    m.description = put(["free-text", "measures", ...topic]);
    const r = obj(m.responsible);
    if (r?.unit !== undefined) {
      r.unit = put(["measures", ...topic]);
    }
  }
  const cp = obj(doc.contactPoint);
  if (cp !== undefined) {
    cp.name = put(["contact-point"]);
  }
  const next = obj(doc.nextStep);
  if (next?.note !== undefined) {
    next.note = put(["free-text"]);
  }
  if (doc.notes !== undefined) {
    doc.notes = put(["free-text", "notes"]);
  }
  return { assessment: doc as unknown as Assessment, owners, letterOnly };
}

/**
 * A completed assessment with sentinels, parts held back, and the sentinels that must not appear.
 * @example
 * ```ts
 * propTest.prop([arbRedactionCase()])("no held-back value appears", (c) => { ... });
 * ```
 */
export function arbRedactionCase(): fc.Arbitrary<RedactionCase> {
  return fc
    .tuple(
      arbAssessment({ outcome: "completed" }),
      fc.subarray([...SHARABLE_PARTS.codes], { minLength: 1, maxLength: 4 }),
    )
    .map(([a, withhold]) => {
      const { assessment, owners, letterOnly } = mark(a);
      const held = new Set(withhold);
      const hidden: string[] = [];
      const shown: string[] = [];
      for (const [s, parts] of owners) {
        if (parts.some((p) => held.has(p))) {
          hidden.push(s);
        } else if (!letterOnly.has(s)) {
          shown.push(s);
        }
      }
      return { assessment, withhold, hidden, shown };
    });
}
