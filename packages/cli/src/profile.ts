/** `--profile`: a built-in regional profile by id, or a profile JSON file validated with the pathway package. */
import { BUILT_IN_PROFILES, type Profile, safeParseProfile } from "@pakkeforlop-hjem/pathway";
import { invalid } from "./errors.ts";
import { decode, openSource, parseJson, readAll } from "./input.ts";
import type { Context } from "./io.ts";

/** The ids of the built-in profiles. */
export const PROFILE_IDS: readonly string[] = Object.keys(BUILT_IN_PROFILES);

/** Resolves `--profile` (default `national`). */
export async function loadProfile(ctx: Context, value: string | undefined): Promise<Profile> {
  const id = value ?? "national";
  if (Object.hasOwn(BUILT_IN_PROFILES, id)) {
    return BUILT_IN_PROFILES[id as keyof typeof BUILT_IN_PROFILES];
  }
  const source = await openSource(ctx, id);
  const doc = parseJson(decode(await readAll(source, 5_000_000), id), id);
  const result = safeParseProfile(doc);
  if (!result.success) {
    throw invalid("bad_profile", { where: id, count: result.error.issues.length }, result.error.issues);
  }
  return result.data;
}
