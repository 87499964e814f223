/**
 * The window of an interaction point (DOMAIN.md §1: SP2 about 3–4 and SP3 about 12–18 months after the diagnosis
 * date; the anchor and the months are the profile's). Months are added calendar-correctly: the same day of the
 * month, clamped to the month's last day.
 */
import { isDate, SdkError } from "@pakkeforlop-hjem/model";
import { addMonths } from "./internal/dates.ts";
import type { DateWindow } from "./pathway-state.ts";
import { type MonthWindow, type Profile, pointRule } from "./profile.ts";

/** A point's window as dates and as the profile's months. */
export interface PointWindow extends DateWindow, MonthWindow {}

/**
 * The window of an interaction point for an anchor date, or `undefined` when the profile gives the point no window
 * (SP1 in the built-in profiles). Renderers use it to print "next conversation between ... and ...".
 * @throws `SdkError` (from the model) `invalid_argument` when `anchorOn` is not an ISO date or the profile lacks the point.
 * @example
 * ```ts
 * pointWindow(NATIONAL_PROFILE, 2, "2025-01-31");
 * // { opensOn: "2025-04-30", closesOn: "2025-05-31", fromMonths: 3, toMonths: 4 }
 * ```
 */
export function pointWindow(profile: Profile, interactionPoint: 1 | 2 | 3, anchorOn: string): PointWindow | undefined {
  if (!isDate(anchorOn)) {
    throw new SdkError("invalid_argument", 'pointWindow: anchorOn must be an ISO date ("YYYY-MM-DD")');
  }
  const months = pointRule(profile, interactionPoint).window;
  if (months === undefined) {
    return undefined;
  }
  return {
    opensOn: addMonths(anchorOn, months.fromMonths),
    closesOn: addMonths(anchorOn, months.toMonths),
    fromMonths: months.fromMonths,
    toMonths: months.toMonths,
  };
}
