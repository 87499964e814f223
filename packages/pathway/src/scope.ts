/**
 * Who a profile serves, and under which pilot (DOMAIN.md §5 "Pilots"; issue 16). The national scope is every patient
 * with a new cancer diagnosis; regions run pilots by cancer group and place (Ahus 2022–23: four pilots by
 * municipality or city district; Trøndelag: breast and prostate cancer at St. Olavs). Places are SSB's official
 * numbers: municipality numbers from SSB's classification of municipalities (KLASS 131, valid from 2024-01-01) and
 * city-district numbers from SSB's classification of city districts (KLASS 103).
 */
import { isDate, SdkError } from "@pakkeforlop-hjem/model";
import { icd10InRanges, NATIONAL_ICD10_SCOPE } from "./icd10.ts";
import type { Pilot, Profile } from "./profile.ts";

/**
 * What is known about the patient for {@link inScope}: the diagnosis code, the home municipality (SSB number) and
 * city district, the hospital token, and the day to judge on. No name, no identifier.
 * @example
 * ```ts
 * const patient: ScopePatient = { diagnosisCode: "C61", municipality: "0301", district: "030112", on: "2023-03-01" };
 * ```
 */
export interface ScopePatient {
  readonly diagnosisCode: string;
  readonly municipality?: string;
  readonly district?: string;
  readonly hospital?: string;
  /** ISO date: usually the diagnosis or inclusion date. */
  readonly on: string;
}

/**
 * Why a pilot did not take the patient: the diagnosis is not one of its cancer groups, the place or hospital is not
 * one of its own, or the day is outside its dates.
 */
export type PilotMiss = "diagnosis" | "place" | "hospital" | "dates";

/**
 * The answer of {@link inScope}:
 * - `inScope`: whether the profile serves the patient;
 * - `pilot`: the first pilot (in the profile's order) that takes the patient, when one does;
 * - `basis`: `pilot`, `national` (in the profile's ICD-10 scope, no pilot needed), `outside-diagnosis` (the
 *   diagnosis is outside the profile's ICD-10 scope) or `outside-pilots` (the profile serves its pilots only and none
 *   takes the patient);
 * - `misses`: for each pilot that did not take the patient, why (its first failed condition);
 * - `why`: English for developers and logs, without personal data; `source` cites the rule.
 */
export interface ScopeAnswer {
  readonly inScope: boolean;
  readonly pilot?: { readonly id: string; readonly name: string };
  readonly basis: "pilot" | "national" | "outside-diagnosis" | "outside-pilots";
  readonly misses: readonly { readonly pilotId: string; readonly miss: PilotMiss }[];
  readonly why: string;
  readonly source: string;
}

/** The first condition of a pilot the patient fails, or undefined when the pilot takes the patient. */
function pilotMiss(pilot: Pilot, patient: ScopePatient): PilotMiss | undefined {
  if (!icd10InRanges(patient.diagnosisCode, pilot.icd10)) {
    return "diagnosis";
  }
  if (
    pilot.places !== undefined &&
    !pilot.places.some(
      (p) => p.municipality === patient.municipality && (p.district === undefined || p.district === patient.district),
    )
  ) {
    return "place";
  }
  const hospital = patient.hospital?.toLowerCase();
  if (pilot.hospitals !== undefined && !pilot.hospitals.some((h) => h.toLowerCase() === hospital)) {
    return "hospital";
  }
  if ((pilot.from !== undefined && patient.on < pilot.from) || (pilot.to !== undefined && patient.on > pilot.to)) {
    return "dates";
  }
  return undefined;
}

/**
 * Whether a profile serves a patient, under which pilot and why (DOMAIN.md §1: every patient with a new cancer
 * diagnosis; §5 "Pilots").
 *
 * Rules:
 * 1. A diagnosis outside the profile's ICD-10 scope (`scope.icd10`, national C00–C97 and D00–D09 by default) is out
 *    of scope; benign tumours (D10–D36) always are.
 * 2. Otherwise the first of the profile's pilots whose every condition holds (cancer group, place, hospital, dates)
 *    takes the patient.
 * 3. Without such a pilot the patient is in the national scope, unless the profile serves its pilots only
 *    (`scope.pilotsOnly`).
 * @throws `SdkError` (from the model) `invalid_argument` when `patient.on` is not an ISO date (a programming error).
 * @example
 * ```ts
 * inScope(AHUS_PROFILE, { diagnosisCode: "C61", municipality: "0301", district: "030112", on: "2023-03-01" }).pilot?.id;
 * // "ahus-pilot-4"
 * ```
 */
export function inScope(profile: Profile, patient: ScopePatient): ScopeAnswer {
  if (typeof patient?.on !== "string" || !isDate(patient.on)) {
    throw new SdkError("invalid_argument", 'inScope: patient.on must be an ISO date ("YYYY-MM-DD")');
  }
  const source = "DOMAIN.md §1, §5 (Pilots)";
  if (!icd10InRanges(patient.diagnosisCode, profile.scope?.icd10 ?? NATIONAL_ICD10_SCOPE)) {
    return {
      inScope: false,
      basis: "outside-diagnosis",
      misses: [],
      why: "the diagnosis is outside the profile's ICD-10 scope (benign tumours never belong to the pathway)",
      source,
    };
  }
  const misses: { pilotId: string; miss: PilotMiss }[] = [];
  for (const pilot of profile.scope?.pilots ?? []) {
    const miss = pilotMiss(pilot, patient);
    if (miss === undefined) {
      return {
        inScope: true,
        pilot: { id: pilot.id, name: pilot.name },
        basis: "pilot",
        misses,
        why: "the diagnosis, place, hospital and date match one of the profile's pilots",
        source,
      };
    }
    misses.push({ pilotId: pilot.id, miss });
  }
  if (profile.scope?.pilotsOnly === true) {
    return {
      inScope: false,
      basis: "outside-pilots",
      misses,
      why: "the profile serves its pilots only, and none of them takes this patient",
      source,
    };
  }
  return {
    inScope: true,
    basis: "national",
    misses,
    why: "every patient with a new cancer diagnosis is in the pathway; no pilot of the profile takes this patient",
    source,
  };
}
