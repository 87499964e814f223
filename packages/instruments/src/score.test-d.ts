import type { DistressScreening } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import {
  type DistressResponse,
  type DistressScore,
  DT_LEGACY,
  DT_REVISED,
  type ScoredDistress,
  scoreDistress,
  type UnscoredDistress,
} from "./index.ts";

declare const response: DistressResponse;

describe("scoreDistress (issue 16: the number may be declined)", () => {
  test("with a score the result is always scored, with a verdict", () => {
    const r = scoreDistress(DT_LEGACY, { score: 5, items: { pain: "yes" } });
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<ScoredDistress>();
      expectTypeOf(r.data.aboveThreshold).toEqualTypeOf<boolean>();
      expectTypeOf(r.data.screening.score).toEqualTypeOf<number>();
      expectTypeOf(r.data.screening.aboveThreshold).toEqualTypeOf<boolean>();
    }
  });

  test("a response that may lack the score gives either kind, told apart by `scored`", () => {
    const r = scoreDistress(DT_REVISED, response);
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<DistressScore>();
      if (!r.data.scored) {
        expectTypeOf(r.data).toEqualTypeOf<UnscoredDistress>();
        expectTypeOf(r.data.screening.aboveThreshold).toEqualTypeOf<undefined>();
      }
      // The verdict can be read without narrowing, as an optional flag.
      if (r.data.aboveThreshold === true) {
        expectTypeOf(r.data).toEqualTypeOf<ScoredDistress>();
      }
    }
  });

  test("a problem list without a score is a valid response", () => {
    expectTypeOf({ items: { loneliness: "yes" } } as const).toExtend<DistressResponse>();
    const r = scoreDistress(DT_REVISED, { items: { loneliness: "yes" } });
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<DistressScore>();
    }
  });

  test("both kinds fill the model's distress slot", () => {
    expectTypeOf<ScoredDistress["screening"]>().toExtend<DistressScreening>();
    expectTypeOf<UnscoredDistress["screening"]>().toExtend<DistressScreening>();
    // @ts-expect-error: an unscored screening has no flag
    const _flag: UnscoredDistress["screening"] = { ...({} as ScoredDistress["screening"]) };
  });
});
