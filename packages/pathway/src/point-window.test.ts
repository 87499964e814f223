import { isSdkError } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { AHUS_PROFILE, NATIONAL_PROFILE, TRONDELAG_PROFILE } from "./built-in-profiles.ts";
import { pointWindow } from "./point-window.ts";

describe("pointWindow", () => {
  test.each([
    ["national SP1 has no window", NATIONAL_PROFILE, 1, "2025-01-06", undefined],
    ["national SP2, 3–4 months", NATIONAL_PROFILE, 2, "2025-01-06", "2025-04-06..2025-05-06"],
    ["national SP3, 12–18 months", NATIONAL_PROFILE, 3, "2025-01-06", "2026-01-06..2026-07-06"],
    ["Trøndelag SP2 from the last day of January", TRONDELAG_PROFILE, 2, "2025-01-31", "2025-04-30..2025-05-31"],
    ["Ahus SP3 from a leap day", AHUS_PROFILE, 3, "2024-02-29", "2025-02-28..2025-08-29"],
  ] as const)("%s", (_title, profile, ip, anchor, want) => {
    const w = pointWindow(profile, ip, anchor);
    expect(w === undefined ? undefined : `${w.opensOn}..${w.closesOn}`).toBe(want);
  });

  test("throws a misuse error for an anchor that is not a date", () => {
    let thrown: unknown;
    try {
      pointWindow(NATIONAL_PROFILE, 2, "6.1.2025");
    } catch (e) {
      thrown = e;
    }
    expect(isSdkError(thrown)).toBe(true);
  });
});
