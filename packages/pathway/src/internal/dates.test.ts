import { fc, test as propTest } from "@fast-check/vitest";
import { datePart } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { addMonths, daysBetween, instant } from "./dates.ts";

describe("addMonths", () => {
  test.each([
    ["2024-01-15", 3, "2024-04-15"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2024-08-31", 18, "2026-02-28"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-12-01", 12, "2025-12-01"],
    ["2099-11-29", 3, "2100-02-28"],
    ["1999-11-30", 3, "2000-02-29"],
  ])("%s plus %i months is %s", (from, months, want) => {
    expect(addMonths(from, months)).toBe(want);
  });

  /** The same sum through the platform's calendar (`Date`), as a reference. */
  const reference = (iso: string, months: number): string => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    const target = new Date(Date.UTC(y, m - 1 + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(d, last));
    return target.toISOString().slice(0, 10);
  };

  propTest.prop([
    fc.date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }),
    fc.integer({ min: -120, max: 120 }),
  ])("agrees with the platform's calendar", (date, months) => {
    const iso = date.toISOString().slice(0, 10);
    expect(addMonths(iso, months)).toBe(reference(iso, months));
  });
});

describe("daysBetween", () => {
  test("counts calendar days across a leap day", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
  });
});

describe("datePart and instant", () => {
  test("orders date-times in different zones by the instant, and keeps the written date", () => {
    expect(instant("2024-05-01T00:30:00+02:00")).toBeLessThan(instant("2024-04-30T23:00:00Z"));
    expect(datePart("2024-05-01T00:30:00+02:00")).toBe("2024-05-01");
  });
});
