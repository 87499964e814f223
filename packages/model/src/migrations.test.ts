import { fc, test as propTest } from "@fast-check/vitest";
import { arbAssessment, leaves } from "@pakkeforlop-hjem/test-utils";
import { describe, expect, test } from "vitest";
import * as z from "zod";
import { type Assessment, SCHEMA_VERSION } from "./assessment.ts";
import {
  DECLINE_REASONS,
  ORGANISATION_KINDS,
  PROFESSIONS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  TOPICS,
} from "./code-lists.ts";
import { formatPath, type Issue, type PathSegment } from "./errors.ts";
import { draft09Issues, draft09Spec, unknownKeys } from "./internal/draft09.ts";
import { type AssessmentDraft09, MIGRATIONS, migrateAssessment, SUPPORTED_VERSIONS } from "./migrations.ts";
import { issuesFromZod } from "./zod-issues.ts";

/** Writes a valid v1 assessment back in the 0.9 draft shape (only what 0.9 could hold), to test the step. */
function toDraft09(a: Assessment, extra: { relatives: string[] }): AssessmentDraft09 {
  const topics: Record<string, { need: boolean | null; note?: string }> = {};
  for (const [k, t] of Object.entries(a.topics)) {
    if (t !== undefined) {
      const need = t.status === "not-discussed" ? null : t.status === "need";
      topics[k] = t.note === undefined ? { need } : { need, note: t.note };
    }
  }
  const d: Record<string, unknown> = {
    schemaVersion: "0.9",
    id: a.id,
    sp: a.interactionPoint,
    status: a.outcome.status === "completed" ? "done" : a.outcome.status,
    date: a.conductedAt,
    channel: { "in-person": "oppmote", video: "video", phone: "telefon" }[a.mode],
    patient: {
      fnr: a.patient.identifier.value,
      firstName: a.patient.name.given,
      lastName: a.patient.name.family,
      birthDate: a.patient.birthDate,
      language: a.patient.language,
      interpreter: a.patient.interpreterNeeded,
      digital: a.patient.digital,
      child: a.patient.ageGroup === "child",
    },
    respondent: a.respondent,
    relatives: extra.relatives,
    clinician: { name: a.conductedBy.name, profession: a.conductedBy.profession },
    unit: { name: a.organisation.name, kind: a.organisation.kind },
    icd10: a.diagnosis.code,
    diagnosisText: a.diagnosis.text,
    diagnosisDate: a.diagnosis.diagnosedOn,
    topics,
    measures: a.measures.map((m) => ({
      text: m.description,
      responsible: m.responsible.kind,
      ...(m.dueOn ? { due: m.dueOn } : {}),
      ...(m.topic ? { topic: m.topic } : {}),
    })),
  };
  if (a.outcome.status === "declined") {
    d["declineReason"] = a.outcome.reason;
  }
  if (a.outcome.status !== "completed" && a.outcome.reofferOn !== undefined) {
    d["reofferDate"] = a.outcome.reofferOn;
  }
  if (a.conductedBy.hpr) {
    (d["clinician"] as Record<string, unknown>)["hpr"] = a.conductedBy.hpr.value;
  }
  if (a.distress) {
    d["thermometer"] = {
      score: a.distress.score,
      cutoff: a.distress.thresholdRule.cutoff,
      problems: a.distress.items.filter((i) => i.value === "yes").map((i) => i.code),
    };
  }
  if (a.whatMatters) {
    d["whatMatters"] = a.whatMatters;
  }
  if (a.notes) {
    d["notes"] = a.notes;
  }
  const muni = a.consent.find((c) => c.recipient === "municipality" && c.value !== "not-asked");
  if (muni) {
    d["consentMunicipality"] = muni.value === "granted";
    d["consentDate"] = muni.recordedAt;
    d["consentBy"] = muni.recordedBy;
  }
  return d as unknown as AssessmentDraft09;
}

const arbDraft: fc.Arbitrary<AssessmentDraft09> = fc
  .tuple(
    arbAssessment().filter(
      (a) => a.patient.identifier.system.endsWith(".4.1") || a.patient.identifier.system.endsWith(".4.2"),
    ),
    fc.array(fc.stringMatching(/^[A-Z][a-z]{2,8} [A-Z][a-z]{2,8}$/), { maxLength: 2 }),
  )
  .map(([a, relatives]) => toDraft09(a, { relatives }));

describe("migrateAssessment", () => {
  propTest.prop([arbDraft], { numRuns: 200 })("brings every 0.9 draft to a valid 1.0 document", (draft) => {
    const result = migrateAssessment(draft);
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([]);
    expect(result.success && result.data.schemaVersion).toBe("1.0");
  });

  propTest.prop([arbDraft], { numRuns: 200 })(
    "never loses a field: every value of the draft is in the result",
    (draft) => {
      const result = migrateAssessment(draft);
      expect(result.success).toBe(true);
      if (!result.success) {
        return;
      }
      const out = leaves(result.data);
      const outValues = new Set(out.map((l) => JSON.stringify(l.value)));
      for (const leaf of leaves(draft)) {
        const where = formatPath(leaf.path);
        if (where === "schemaVersion" || typeof leaf.value === "boolean" || leaf.value === null) {
          continue; // booleans and null are re-encoded; checked one by one below
        }
        const mapped =
          where === "channel"
            ? { oppmote: "in-person", video: "video", telefon: "phone" }[leaf.value as string]
            : where === "status"
              ? (({ done: "completed" } as Record<string, string>)[leaf.value as string] ?? leaf.value)
              : leaf.value;
        expect(outValues.has(JSON.stringify(mapped)), `${where} was lost`).toBe(true);
      }
      const d = draft as unknown as Record<string, any>;
      expect(result.data.patient.interpreterNeeded).toBe(d.patient.interpreter);
      expect(result.data.patient.digital).toBe(d.patient.digital);
      expect(result.data.patient.ageGroup === "child").toBe(d.patient.child);
      for (const [k, t] of Object.entries(d.topics as Record<string, { need: boolean | null }>)) {
        const status = result.data.topics[k as keyof Assessment["topics"]]?.status;
        expect(status).toBe(t.need === null ? "not-discussed" : t.need ? "need" : "no-need");
      }
      if (d.consentMunicipality !== undefined) {
        expect(result.data.consent.find((c) => c.recipient === "municipality")?.value).toBe(
          d.consentMunicipality ? "granted" : "declined",
        );
      }
    },
  );

  test("validates a current document without changing it", () => {
    expect(migrateAssessment({ schemaVersion: "1.0" }).success).toBe(false);
  });

  test("refuses an unknown version with unsupported_version", () => {
    const result = migrateAssessment({ schemaVersion: "0.1" });
    expect(
      result.success
        ? []
        : result.error.issues.map((i) => [
            i.code,
            formatPath(i.path),
            i.code === "unsupported_version" ? i.params.supported : undefined,
          ]),
    ).toEqual([["unsupported_version", "schemaVersion", ["0.9", "1.0"]]]);
    expect(SUPPORTED_VERSIONS).toEqual(["0.9", "1.0"]);
  });

  test("reports a broken 0.9 draft with paths, before migrating", () => {
    const result = migrateAssessment({ schemaVersion: "0.9", sp: 4 });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues.map((i) => formatPath(i.path))).toContain("sp");
  });

  test("SUPPORTED_VERSIONS lists every registered step's version and the current one", () => {
    expect(SUPPORTED_VERSIONS).toEqual([...MIGRATIONS.map((m) => m.from), SCHEMA_VERSION]);
  });

  test("every registered step ends at a version that is itself supported", () => {
    for (const step of MIGRATIONS) {
      expect(SUPPORTED_VERSIONS).toContain(step.to);
    }
  });
});

type Json = Record<string, any>;

/** The paths of every object in a JSON value (where a key could be added or renamed). */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  }
  if (value !== null && typeof value === "object") {
    return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
  }
  return [];
}

const at = (root: Json, path: readonly (string | number)[]): Json =>
  path.reduce<Json>((o, k) => o[k as string] as Json, root);

describe("migrateAssessment never drops a key silently (issue 21)", () => {
  test.each<[string, (d: Json) => void, string[]]>([
    [
      "a misspelt top-level key, with a suggestion",
      (d) => {
        d["diagnosisDtae"] = d["diagnosisDate"];
        delete d["diagnosisDate"];
      },
      ["required diagnosisDate", "unrecognized_key (root) diagnosisDate"],
    ],
    [
      "a misspelt optional key is not dropped (it would have passed before)",
      (d) => {
        d["note"] = "Husk oppfølging";
      },
      ["unrecognized_key (root) notes"],
    ],
    [
      "an unknown key inside the patient",
      (d) => {
        d["patient"]["phone"] = "12345678";
      },
      ["unrecognized_key patient -"],
    ],
    [
      "an unknown key inside a measure",
      (d) => {
        d["measures"] = [{ text: "Kontakt NAV", responsible: "nav", owner: "Kari" }];
      },
      ["unrecognized_key measures[0] -"],
    ],
    [
      "an unknown topic key",
      (d) => {
        d["topics"]["economy"] = { need: true };
      },
      ["unrecognized_key topics -"],
    ],
  ])("%s", (_title, mutate, want) => {
    const draft = structuredClone(fc.sample(arbDraft, { numRuns: 1, seed: 7 })[0]) as unknown as Json;
    mutate(draft);
    const r = migrateAssessment(draft, { allowTestNumbers: true });
    expect(r.success).toBe(false);
    const got = r.success
      ? []
      : r.error.issues.map(
          (i) =>
            `${i.code} ${formatPath(i.path)}${i.code === "unrecognized_key" ? ` ${(i.params as { didYouMean?: string }).didYouMean ?? "-"}` : ""}`,
        );
    expect(got.sort()).toEqual(want.sort());
    // The unknown key itself is never echoed (it could be data).
    expect(JSON.stringify(r.success ? [] : r.error.issues)).not.toMatch(/diagnosisDtae|"note"|owner|economy/);
  });

  const arbMutant = arbDraft.chain((draft) =>
    fc
      .tuple(
        fc.constantFrom(...objectPaths(draft)),
        fc.stringMatching(/^[a-zA-Z]{1,12}$/),
        fc.boolean(),
        fc.jsonValue({ maxDepth: 1 }),
      )
      .map(([path, key, rename, value]) => {
        const doc = structuredClone(draft) as unknown as Json;
        const target = at(doc, path);
        const existing = Object.keys(target);
        if (rename && existing.length > 0) {
          // A misspelling: an existing key renamed (its value kept).
          const old = existing[key.length % existing.length] as string;
          if (!Object.hasOwn(target, key)) {
            target[key] = target[old];
            delete target[old];
          }
        } else if (!Object.hasOwn(target, key)) {
          target[key] = value;
        }
        return doc;
      }),
  );

  propTest.prop([arbMutant], { numRuns: 400 })(
    "a migrated draft either fails or keeps every value of the draft (nothing lost silently)",
    (draft) => {
      const r = migrateAssessment(draft, { allowTestNumbers: true });
      if (!r.success) {
        return;
      }
      const outValues = new Set(leaves(r.data).map((l) => JSON.stringify(l.value)));
      for (const leaf of leaves(draft)) {
        const where = formatPath(leaf.path);
        if (where === "schemaVersion" || typeof leaf.value === "boolean" || leaf.value === null) {
          continue;
        }
        const value =
          where === "channel"
            ? { oppmote: "in-person", video: "video", telefon: "phone" }[leaf.value as string]
            : where === "status" && leaf.value === "done"
              ? "completed"
              : leaf.value;
        expect(outValues.has(JSON.stringify(value)), `${where} was lost`).toBe(true);
      }
    },
  );
});

/** The zod schema the 0.9 check was written from (issue 19 took zod out of `migrateAssessment`): the oracle. */
function zodDraft09(): z.ZodType<unknown> {
  const s = z.string();
  return z.object({
    schemaVersion: z.literal("0.9"),
    id: s,
    sp: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    status: z.enum(["done", "declined", "not-reached"]),
    declineReason: z.enum(DECLINE_REASONS.codes).optional(),
    reofferDate: s.optional(),
    date: s,
    channel: z.enum(["oppmote", "video", "telefon"]),
    patient: z.object({
      fnr: s,
      firstName: s,
      lastName: s,
      birthDate: s,
      language: s,
      interpreter: z.boolean(),
      digital: z.boolean(),
      child: z.boolean(),
    }),
    respondent: z.enum(RESPONDENTS.codes),
    relatives: z.array(s),
    clinician: z.object({ name: s, profession: z.enum(PROFESSIONS.codes), hpr: s.optional(), phone: s.optional() }),
    unit: z.object({ name: s, kind: z.enum(ORGANISATION_KINDS.codes), herId: s.optional() }),
    icd10: s,
    diagnosisText: s,
    diagnosisDate: s,
    thermometer: z.object({ score: z.number(), cutoff: z.number(), problems: z.array(s) }).optional(),
    whatMatters: s.optional(),
    topics: z.partialRecord(z.enum(TOPICS.codes), z.object({ need: z.boolean().nullable(), note: s.optional() })),
    measures: z.array(
      z.object({
        text: s,
        topic: z.enum(TOPICS.codes).optional(),
        responsible: z.enum(RESPONSIBLE_PARTY_KINDS.codes),
        due: s.optional(),
      }),
    ),
    consentMunicipality: z.boolean().optional(),
    consentGp: z.boolean().optional(),
    consentDate: s.optional(),
    consentBy: s.optional(),
    notes: s.optional(),
  });
}

describe("the 0.9 check without zod (issue 19)", () => {
  const oracle = zodDraft09();
  const viaZod = (doc: unknown): Issue[] => {
    const r = oracle.safeParse(doc);
    const out = r.success ? [] : issuesFromZod(r.error.issues, doc);
    unknownKeys(draft09Spec(), doc, [], out);
    return out;
  };
  const arbBroken = arbDraft.chain((draft) => {
    const paths = leaves(draft).map((l) => l.path as PathSegment[]);
    const all = [...paths, ...objectPaths(draft).filter((p) => p.length > 0)];
    return fc
      .array(fc.tuple(fc.constantFrom(...all), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((changes) => {
        const doc = structuredClone(draft) as unknown as Json;
        for (const [path, value] of changes) {
          const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Json | undefined)?.[k as string], doc);
          if (typeof parent === "object" && parent !== null) {
            const key = path.at(-1) as string;
            if (value === undefined) {
              delete (parent as Json)[key];
            } else {
              (parent as Json)[key] = value;
            }
          }
        }
        return doc;
      });
  });

  propTest.prop([fc.oneof(arbBroken, fc.jsonValue({ maxDepth: 2 }))], { numRuns: 600 })(
    "reports what the zod schema reported, in the same order",
    (doc) => {
      expect(draft09Issues(doc)).toEqual(viaZod(doc));
    },
  );
});
