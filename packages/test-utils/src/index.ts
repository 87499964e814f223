/**
 * fast-check arbitraries and fixtures shared by every package's tests (STYLE.md §6). Every assessment they make
 * is valid by construction; `model`'s tests prove that with the validator, so later packages can rely on it.
 */
import {
  type Assessment,
  CONSENT_VALUES,
  CONVERSATION_MODES,
  type ConsentEntry,
  controlDigitsFor,
  DECLINE_REASONS,
  IDENTIFIER_SYSTEMS,
  MEASURE_STATUSES,
  MINOR_RELATIONS,
  NEXT_STEP_ACTIONS,
  ORGANISATION_KINDS,
  PARTICIPANT_KINDS,
  PROFESSIONS,
  RESPONDENTS,
  RESPONSIBLE_PARTY_KINDS,
  ROLES,
  SCHEMA_VERSION,
  TOPIC_STATUSES,
  TOPICS,
  type TopicKey,
} from "@pakkeforlop-hjem/model";
import * as fc from "fast-check";

export { fc };

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
/** A D-chapter number in the cancer scope: D00–D09 or D37–D48 (never a benign D10–D36). */
const cancerD = (n: number): number => (n % 22 < 10 ? n % 22 : (n % 22) + 27);

/** ISO date as a day number since 1970-01-01 (UTC), and back. */
export function dayToIso(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
export function isoToDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

const DAY_1930 = isoToDay("1930-01-01");
const DAY_2030 = isoToDay("2030-12-31");

/** Makes a valid FNR (or D-nummer) for a birth date, searching individual numbers from `seed`. */
export function personNumberFor(
  birthDate: string,
  seed: number,
  kind: "fnr" | "dnr" = "fnr",
  testMonthOffset = 0,
): string | undefined {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const yy = y % 100;
  const ranges: [number, number][] =
    y >= 2000
      ? [[500, 999]]
      : y >= 1940
        ? [
            [0, 499],
            [900, 999],
          ]
        : y >= 1900
          ? [[0, 499]]
          : [[500, 749]];
  const all: number[] = [];
  for (const [lo, hi] of ranges) {
    for (let i = lo; i <= hi; i++) {
      all.push(i);
    }
  }
  for (let k = 0; k < all.length; k++) {
    const ind = all[(seed + k) % all.length] as number;
    const day = kind === "dnr" ? d + 40 : d;
    const stem = `${pad(day)}${pad(m + testMonthOffset)}${pad(yy)}${pad(ind, 3)}`;
    const cd = controlDigitsFor(stem);
    if (cd !== undefined) {
      return stem + cd;
    }
  }
  return undefined;
}

/** A valid organisation number (mod-11 with weights 3 2 7 6 5 4 3 2). */
export function orgnrFrom(seed: number): string {
  const w = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let k = 0; ; k++) {
    const stem = String(800_000_00 + ((seed + k) % 19_999_999)).padStart(8, "0");
    let sum = 0;
    for (let i = 0; i < 8; i++) {
      sum += Number(stem[i]) * (w[i] as number);
    }
    const r = sum % 11;
    if (r === 1) {
      continue;
    }
    return `${stem}${r === 0 ? 0 : 11 - r}`;
  }
}

const LINE_CHARS = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ -'.") },
  { weight: 1, arbitrary: fc.constantFrom(..."éüöñ&<>\"' \u00a0\u2003") },
  { weight: 1, arbitrary: fc.constantFrom("😀", "ŋ", "č", "ʼ", "中") },
);

/** One line of text valid for the model (visible characters, no control characters). */
export function arbLine(maxLength = 40): fc.Arbitrary<string> {
  return fc
    .array(LINE_CHARS, { minLength: 1, maxLength })
    .map((cs) => cs.join(""))
    .filter((s) => /\S/.test(s) && s.length <= maxLength);
}

/** Free text valid for the model: lines joined by line breaks. */
export function arbText(maxLines = 3): fc.Arbitrary<string> {
  return fc.array(arbLine(60), { minLength: 1, maxLength: maxLines }).map((ls) => ls.join("\n"));
}

const token = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const phone = fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `+47 ${n}`);

/** Options for {@link arbAssessment}. */
export interface ArbAssessmentOptions {
  readonly outcome?: "completed" | "declined" | "not-reached";
  readonly interactionPoint?: 1 | 2 | 3;
  /**
   * Identify every patient by a synthetic test number (Skatteetaten/Tenor: month + 80) of their birth date, an FNR or
   * a D-nummer, instead of a real-format number or an FH-/DUF-nummer. Such assessments are valid only with
   * `allowTestNumbers: true` (model and builders), as a test environment validates. Default `false`.
   */
  readonly testNumbers?: boolean;
}

/**
 * A valid assessment, consistent across fields (dates in order, identifier and birth date agree, thresholds agree,
 * children agree, unique consent per recipient). Identifiers are real-format (not synthetic) numbers, unless
 * `testNumbers` asks for synthetic ones.
 */
export function arbAssessment(options: ArbAssessmentOptions = {}): fc.Arbitrary<Assessment> {
  const outcomeStatus =
    options.outcome === undefined
      ? fc.constantFrom("completed", "completed", "declined", "not-reached")
      : fc.constant(options.outcome);
  const ip =
    options.interactionPoint === undefined
      ? fc.constantFrom<1 | 2 | 3>(1, 2, 3)
      : fc.constant(options.interactionPoint);
  return fc
    .record({
      birthDay: fc.integer({ min: DAY_1930, max: isoToDay("2024-01-01") }),
      diagOffset: fc.integer({ min: 0, max: 365 * 5 }),
      conductedOffset: fc.integer({ min: 0, max: 700 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      zone: fc.constantFrom("Z", "+01:00", "+02:00"),
      idSeed: fc.nat(),
      idKind:
        options.testNumbers === true
          ? fc.constantFrom("fnr", "fnr", "dnr")
          : fc.constantFrom("fnr", "fnr", "dnr", "fhn", "duf"),
      ip,
      outcomeStatus,
    })
    .chain((base) => {
      const birthDate = dayToIso(base.birthDay);
      const diagDay = Math.min(base.birthDay + base.diagOffset, DAY_2030);
      const conductedDay = Math.min(diagDay + base.conductedOffset, DAY_2030);
      const conductedOn = dayToIso(conductedDay);
      const conductedAt = `${conductedOn}T${pad(base.hour)}:${pad(base.minute)}:00${base.zone}`;
      const identifier = makeIdentifier(base.idKind, birthDate, base.idSeed, options.testNumbers === true ? 80 : 0);
      const age = ageOnIso(birthDate, conductedOn);
      const completed = base.outcomeStatus === "completed";
      return fc
        .record({
          outcome: arbOutcome(base.outcomeStatus, conductedDay),
          mode: fc.constantFrom(...CONVERSATION_MODES.codes),
          given: arbLine(20),
          family: arbLine(20),
          language: fc.constantFrom("nb", "nn", "se", "en", "ar", "pl", "en-GB"),
          interpreterNeeded: fc.boolean(),
          digital: fc.boolean(),
          respondent: fc.constantFrom(...RESPONDENTS.codes),
          participants: fc.array(
            fc.record(
              { kind: fc.constantFrom(...PARTICIPANT_KINDS.codes), relation: arbLine(20), name: arbLine(30) },
              { requiredKeys: ["kind"] },
            ),
            { maxLength: 3 },
          ),
          conductedBy: fc.record(
            {
              name: arbLine(30),
              profession: fc.constantFrom(...PROFESSIONS.codes),
              role: fc.constantFrom(...ROLES.codes),
              hpr: fc
                .integer({ min: 1, max: 999_999_999 })
                .map((n) => ({ system: IDENTIFIER_SYSTEMS.hpr, value: String(n) })),
              phone,
            },
            { requiredKeys: ["name", "profession"] },
          ),
          organisation: fc.record(
            {
              name: arbLine(40),
              kind: fc.constantFrom(...ORGANISATION_KINDS.codes),
              herId: fc
                .integer({ min: 1, max: 99_999_999 })
                .map((n) => ({ system: IDENTIFIER_SYSTEMS.her, value: String(n) })),
              orgnr: fc.nat().map((n) => ({ system: IDENTIFIER_SYSTEMS.orgnr, value: orgnrFrom(n) })),
              unit: arbLine(40),
            },
            { requiredKeys: ["name", "kind"] },
          ),
          diagnosis: fc.record({
            code: fc
              .tuple(
                fc.constantFrom("C", "D"),
                fc.integer({ min: 0, max: 97 }),
                fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
              )
              // The cancer chapters (DOMAIN.md §5): C00–C97, D00–D09, D37–D48; never benign D10–D36.
              .map(([l, n, sub]) => `${l}${pad(l === "D" ? cancerD(n) : n)}${sub === undefined ? "" : `.${sub}`}`),
            text: arbLine(60),
            diagnosedOn: fc.constant(dayToIso(diagDay)),
          }),
          distress: completed ? fc.option(arbDistress(), { nil: undefined }) : fc.constant(undefined),
          whatMatters: fc.option(arbText(), { nil: undefined }),
          topics: arbTopics(),
          children: fc.option(arbChildren(), { nil: undefined }),
          measures: fc.uniqueArray(arbMeasure(conductedDay), { maxLength: 4, selector: (m) => m.id }),
          contactPoint: fc.option(arbContact(), { nil: undefined }),
          consent: arbConsent(conductedAt),
          nextStep: fc.option(arbNextStep(base.ip, conductedDay), { nil: undefined }),
          notes: fc.option(arbText(), { nil: undefined }),
        })
        .map((r) => {
          const doc: Record<string, unknown> = {
            schemaVersion: SCHEMA_VERSION,
            id: `a-${base.idSeed.toString(36)}`,
            interactionPoint: base.ip,
            outcome: r.outcome,
            conductedAt,
            mode: r.mode,
            patient: {
              identifier,
              name: { given: r.given, family: r.family },
              birthDate,
              language: r.language,
              interpreterNeeded: r.interpreterNeeded,
              digital: r.digital,
              ageGroup: age < 18 ? "child" : "adult",
            },
            respondent: r.respondent,
            participants: r.participants,
            conductedBy: r.conductedBy,
            organisation: r.organisation,
            diagnosis: r.diagnosis,
            topics: r.topics,
            measures: r.measures,
            consent: r.consent,
          };
          for (const k of ["distress", "whatMatters", "children", "contactPoint", "nextStep", "notes"] as const) {
            if (r[k] !== undefined) {
              doc[k] = r[k];
            }
          }
          return doc as unknown as Assessment;
        });
    });
}

function ageOnIso(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

function makeIdentifier(
  kind: string,
  birthDate: string,
  seed: number,
  testMonthOffset: number,
): Assessment["patient"]["identifier"] {
  if (kind === "fhn") {
    for (let k = 0; ; k++) {
      const stem = String(800_000_000 + ((seed + k) % 199_999_999));
      const cd = controlDigitsFor(stem);
      if (cd !== undefined) {
        return { system: IDENTIFIER_SYSTEMS.fhn, value: stem + cd };
      }
    }
  }
  if (kind === "duf") {
    return { system: IDENTIFIER_SYSTEMS.duf, value: String(100_000_000_000 + (seed % 899_999_999_999)) };
  }
  const value = personNumberFor(birthDate, seed, kind === "dnr" ? "dnr" : "fnr", testMonthOffset);
  if (value === undefined) {
    return { system: IDENTIFIER_SYSTEMS.duf, value: String(100_000_000_000 + (seed % 899_999_999_999)) };
  }
  return kind === "dnr" ? { system: IDENTIFIER_SYSTEMS.dnr, value } : { system: IDENTIFIER_SYSTEMS.fnr, value };
}

function arbOutcome(status: string, conductedDay: number): fc.Arbitrary<Assessment["outcome"]> {
  const reoffer = fc.option(
    fc.integer({ min: 0, max: 365 }).map((d) => dayToIso(conductedDay + d)),
    { nil: undefined },
  );
  if (status === "completed") {
    return fc.constant({ status: "completed" });
  }
  if (status === "declined") {
    return fc
      .record({
        reason: fc.constantFrom(...DECLINE_REASONS.codes),
        reasonText: fc.option(arbLine(80), { nil: undefined }),
        reofferOn: reoffer,
      })
      .map((r) => strip({ status: "declined", ...r }) as Assessment["outcome"]);
  }
  return fc
    .record({ attempts: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), reofferOn: reoffer })
    .map((r) => strip({ status: "not-reached", ...r }) as Assessment["outcome"]);
}

/** Drops keys whose value is `undefined`, as JSON would. */
export type Stripped<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};
export function strip<T extends Record<string, unknown>>(o: T): Stripped<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Stripped<T>;
}

/** A valid distress screening: flag agrees with score and cut-off, unique item codes. */
export function arbDistress(): fc.Arbitrary<NonNullable<Assessment["distress"]>> {
  return fc
    .record({
      score: fc.integer({ min: 0, max: 10 }),
      cutoff: fc.integer({ min: 1, max: 10 }),
      items: fc.uniqueArray(
        fc.record({
          code: token,
          value: fc.oneof(fc.constantFrom("yes" as const, "no" as const), fc.integer({ min: 0, max: 10 })),
        }),
        {
          maxLength: 8,
          selector: (i) => i.code,
        },
      ),
      otherConcerns: fc.option(arbText(2), { nil: undefined }),
      legacy: fc.boolean(),
    })
    .map((r) =>
      strip({
        instrument: { id: r.legacy ? "dt-legacy" : "dt-revised", version: "1.0" },
        score: r.score,
        period: "past-week-including-today" as const,
        items: r.items,
        otherConcerns: r.otherConcerns,
        thresholdRule: { id: "score-at-or-above", version: "1.0", cutoff: r.cutoff },
        aboveThreshold: r.score >= r.cutoff,
      }),
    );
}

function arbTopics(): fc.Arbitrary<Assessment["topics"]> {
  const entry = fc
    .record({
      status: fc.constantFrom(...TOPIC_STATUSES.codes),
      note: fc.option(arbText(2), { nil: undefined }),
      raisedBy: fc.option(fc.constant("patient" as const), { nil: undefined }),
      patientNote: fc.option(arbText(2), { nil: undefined }),
    })
    .map((e) => strip(e));
  return fc
    .dictionary(fc.constantFrom(...TOPICS.codes), entry, { maxKeys: 14 })
    .map((d) => d as Partial<Record<TopicKey, (typeof d)[string]>>) as fc.Arbitrary<Assessment["topics"]>;
}

export function arbContact(): fc.Arbitrary<NonNullable<Assessment["contactPoint"]>> {
  return fc
    .record({
      name: arbLine(30),
      role: fc.option(arbLine(30), { nil: undefined }),
      unit: fc.option(arbLine(30), { nil: undefined }),
      phone: fc.option(phone, { nil: undefined }),
    })
    .map((c) => strip(c));
}

function arbChildren(): fc.Arbitrary<NonNullable<Assessment["children"]>> {
  return fc.boolean().chain((has) =>
    fc
      .record({
        minors: has
          ? fc.array(
              fc
                .record({
                  relation: fc.constantFrom(...MINOR_RELATIONS.codes),
                  age: fc.integer({ min: 0, max: 17 }),
                  situation: fc.option(arbText(2), { nil: undefined }),
                  informationGiven: fc.boolean(),
                  followUp: fc.option(arbText(2), { nil: undefined }),
                })
                .map((m) => strip(m)),
              { minLength: 1, maxLength: 3 },
            )
          : fc.constant([]),
        childResponsibleContact: fc.option(arbContact(), { nil: undefined }),
        note: fc.option(arbText(2), { nil: undefined }),
      })
      .map((r) => strip({ hasMinorChildrenOrSiblings: has, ...r })),
  );
}

function arbMeasure(conductedDay: number): fc.Arbitrary<Assessment["measures"][number]> {
  return fc
    .record({
      id: token,
      description: arbText(2),
      topic: fc.option(fc.constantFrom(...TOPICS.codes), { nil: undefined }),
      responsible: fc
        .record({
          kind: fc.constantFrom(...RESPONSIBLE_PARTY_KINDS.codes),
          unit: fc.option(arbLine(30), { nil: undefined }),
          contact: fc.option(arbContact(), { nil: undefined }),
        })
        .map((r) => strip(r)),
      dueOn: fc.option(
        fc.integer({ min: 0, max: 400 }).map((d) => dayToIso(conductedDay + d)),
        { nil: undefined },
      ),
      status: fc.constantFrom(...MEASURE_STATUSES.codes),
    })
    .map((m) => strip(m));
}

function arbConsent(recordedAt: string): fc.Arbitrary<ConsentEntry[]> {
  const value = fc.constantFrom(...CONSENT_VALUES.codes);
  return fc
    .record({
      municipality: fc.option(value, { nil: undefined }),
      gp: fc.option(value, { nil: undefined }),
      others: fc.array(fc.record({ description: arbLine(30), value }), { maxLength: 2 }),
      by: arbLine(30),
    })
    .map((r) => {
      const out: ConsentEntry[] = [];
      if (r.municipality !== undefined) {
        out.push({ recipient: "municipality", value: r.municipality, recordedAt, recordedBy: r.by });
      }
      if (r.gp !== undefined) {
        out.push({ recipient: "gp", value: r.gp, recordedAt, recordedBy: r.by });
      }
      for (const o of r.others) {
        out.push({ recipient: "other", description: o.description, value: o.value, recordedAt, recordedBy: r.by });
      }
      return out;
    });
}

function arbNextStep(ip: 1 | 2 | 3, conductedDay: number): fc.Arbitrary<NonNullable<Assessment["nextStep"]>> {
  const actions = NEXT_STEP_ACTIONS.codes.filter((a) => ip < 3 || a !== "next-interaction-point");
  return fc
    .record({
      action: fc.constantFrom(...actions),
      plannedOn: fc.option(
        fc.integer({ min: 0, max: 600 }).map((d) => dayToIso(conductedDay + d)),
        { nil: undefined },
      ),
      responsible: fc.option(fc.constantFrom(...RESPONSIBLE_PARTY_KINDS.codes), { nil: undefined }),
      note: fc.option(arbText(1), { nil: undefined }),
    })
    .map((r) =>
      strip({
        ...r,
        interactionPoint: r.action === "next-interaction-point" ? ((ip + 1) as 2 | 3) : undefined,
      }),
    );
}

/** Every JSON leaf of a value with its path, for "nothing lost" and "no personal data" properties. */
export function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => leaves(v, [...path, i]));
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [{ path, value }];
}
