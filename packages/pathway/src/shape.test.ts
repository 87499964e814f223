/**
 * Issue 19: the main entry checks profiles and events from their shapes without zod; the `/zod` entry's schemas are
 * made from the same shapes. The two give the same issues (code, path, params, message, order) through the model's
 * `issuesFromZod`, on valid documents and on documents broken anywhere.
 */
import { issuesFromZod } from "@pakkeforlop-hjem/model/zod";
import { arbPathwayEvents, arbProfile, fc } from "@pakkeforlop-hjem/test-utils/pathway";
import { describe, expect, test } from "vitest";
import type * as z from "zod";
import { BUILT_IN_PROFILES } from "./built-in-profiles.ts";
import { pathwayEventIssues } from "./pathway-event.ts";
import { profileIssues } from "./profile.ts";
import { PathwayEventSchema, ProfileSchema } from "./schemas.ts";

type Path = (string | number)[];

/** Every path to a value inside a JSON document (the root excluded). */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== "object" || value === null) {
    return [];
  }
  return Object.entries(value).flatMap(([k, v]) => {
    const here = [...at, Array.isArray(value) ? Number(k) : k];
    return [here, ...pathsOf(v, here)];
  });
}

/** A copy of `doc` with the value at `path` replaced (`undefined` deletes it) or an unknown key added beside it. */
function broken(doc: unknown, path: Path, value: unknown, addKey: boolean): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const seg of path.slice(0, -1)) {
    parent = parent[seg] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (addKey && !Array.isArray(parent)) {
    parent["unknownField"] = value;
  } else if (value === undefined && !Array.isArray(parent)) {
    delete parent[last];
  } else {
    parent[last] = value;
  }
  return copy;
}

const odd = fc.oneof(
  fc.constantFrom(undefined, null, "", " ", "x", "2025-02-30", "2025-03-01", "https://x.no", "ftp://x", "C34", "D20"),
  fc.constantFrom(0, 1, 2, 3, 4, -1, 1.5, 121, 1e20, -1e20, Number.NaN, Number.POSITIVE_INFINITY, true, false),
  fc.constantFrom([], {}, [1, 2, 3, 4], ["C34"], [{ from: "C34", to: "C30" }], { length: 9 }),
  fc.string({ maxLength: 600 }),
  fc.integer({ min: -5, max: 200 }),
  fc.anything({ maxDepth: 2 }),
);

function arbBroken<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return arb.chain((doc) => {
    const paths = pathsOf(doc);
    return paths.length === 0
      ? fc.constant(doc)
      : fc
          .array(fc.tuple(fc.constantFrom(...paths), odd, fc.boolean()), { minLength: 1, maxLength: 3 })
          .map((edits) => edits.reduce<unknown>((d, [p, v, k]) => safeBreak(d, p, v, k), doc));
  });
}

/** Breaks `doc` at `path` when the path still leads somewhere after earlier edits. */
function safeBreak(doc: unknown, path: Path, value: unknown, addKey: boolean): unknown {
  let cur: unknown = doc;
  for (const seg of path.slice(0, -1)) {
    if (typeof cur !== "object" || cur === null) {
      return doc;
    }
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return typeof cur === "object" && cur !== null ? broken(doc, path, value, addKey) : doc;
}

const viaZod = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : issuesFromZod(r.error.issues, input);
};

describe("shapes and zod schemas give the same issues (issue 19)", () => {
  test("profiles: built-in, generated and broken anywhere", () => {
    for (const profile of Object.values(BUILT_IN_PROFILES)) {
      expect(profileIssues(profile)).toEqual([]);
    }
    fc.assert(
      fc.property(fc.oneof(arbProfile(), arbBroken(arbProfile()), fc.anything({ maxDepth: 2 })), (input) => {
        expect(profileIssues(input)).toEqual(viaZod(ProfileSchema, input));
      }),
      { numRuns: 400 },
    );
  });

  test("events: generated and broken anywhere (structure; the embedded assessment aside)", () => {
    const events = arbPathwayEvents().chain((list) => (list.length === 0 ? fc.constant({}) : fc.constantFrom(...list)));
    fc.assert(
      fc.property(fc.oneof(events, arbBroken(events), fc.anything({ maxDepth: 2 })), (input) => {
        const zod = viaZod(PathwayEventSchema, input);
        const shape = pathwayEventIssues(input);
        // A structurally valid `completed` event goes on to the model's validator; zod stops at the structure.
        expect(zod.length === 0 ? [] : shape).toEqual(zod);
        if (zod.length > 0) {
          return;
        }
        expect(shape.every((i) => i.path[0] === "assessment")).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
