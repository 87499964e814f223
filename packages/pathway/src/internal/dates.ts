/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC and without reading the clock. Months are added the
 * calendar way: the same day of the month, clamped to the month's last day (31 January + 1 month = 28/29 February).
 */
import { daysInMonth } from "@pakkeforlop-hjem/model";

/** A number with at least two (or four) digits. */
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => (n >= 1000 ? String(n) : String(n).padStart(4, "0"));

/** Adds whole calendar months to an ISO date, clamping to the last day of the target month. */
export function addMonths(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7)) - 1;
  const d = Number(isoDate.slice(8, 10));
  const total = y * 12 + m + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  return `${pad4(ty)}-${pad2(tm + 1)}-${pad2(Math.min(d, daysInMonth(ty, tm + 1)))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The instant of an ISO date-time in milliseconds, for ordering events written in different zones. */
export function instant(dateTime: string): number {
  return Date.parse(dateTime);
}
