import { isSdkError } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { describeActions, ev } from "../test/scenario.ts";
import { AHUS_PROFILE, NATIONAL_PROFILE, TRONDELAG_PROFILE } from "./built-in-profiles.ts";
import { nextActions } from "./next-actions.ts";
import type { PathwayEvent } from "./pathway-event.ts";
import type { Profile } from "./profile.ts";
import { initialState, replay } from "./replay.ts";

// Diagnosis 6 January 2025 in every row: SP2 window 2025-04-06..2025-05-06, SP3 window 2026-01-06..2026-07-06.
const SP2 = "2025-04-06..2025-05-06";
const SP3 = "2026-01-06..2026-07-06";

type Row = [title: string, events: PathwayEvent[], today: string, expected: string[]];

const scenarios = (profile: Profile, rows: Row[]) =>
  test.each(rows)("%s", (_title, events, today, expected) => {
    const { state, issues } = replay(events, profile);
    expect(issues).toEqual([]);
    expect(describeActions(nextActions(state, { today }))).toEqual(expected);
  });

describe("nextActions under the national profile", () => {
  scenarios(NATIONAL_PROFILE, [
    ["no inclusion yet: include the patient", [], "2025-01-10", ["include patient"]],
    [
      "just included: SP1 open now, SP2 and SP3 not due yet",
      [ev.included("2025-01-10")],
      "2025-01-12",
      [
        "SP1 open at hf1",
        `SP2 not-due ${SP2} (no-municipality-consent)`,
        `SP3 not-due ${SP3} (no-municipality-consent)`,
      ],
    ],
    [
      "SP1 declined with a re-offer date not yet reached",
      [ev.included("2025-01-10"), ev.declined(1, "2025-01-20", "2025-03-01")],
      "2025-02-01",
      [
        "SP1 open at hf1",
        "re-offer SP1 not-due 2025-03-01",
        `SP2 not-due ${SP2} (no-municipality-consent)`,
        `SP3 not-due ${SP3} (no-municipality-consent)`,
      ],
    ],
    [
      "SP1 declined, re-offer date reached",
      [ev.included("2025-01-10"), ev.declined(1, "2025-01-20", "2025-03-01")],
      "2025-03-01",
      [
        "SP1 open at hf1",
        "re-offer SP1 due 2025-03-01",
        `SP2 not-due ${SP2} (no-municipality-consent)`,
        `SP3 not-due ${SP3} (no-municipality-consent)`,
      ],
    ],
    [
      "SP1 declined without a date: plan a re-offer, no deadline invented",
      [ev.included("2025-01-10"), ev.declined(1, "2025-01-20")],
      "2025-02-01",
      [
        "SP1 open at hf1",
        "re-offer SP1 unscheduled",
        `SP2 not-due ${SP2} (no-municipality-consent)`,
        `SP3 not-due ${SP3} (no-municipality-consent)`,
      ],
    ],
    [
      "SP1 done with consent: SP2 window open",
      [ev.included("2025-01-10"), ev.completed(1, "2025-02-03")],
      "2025-04-20",
      [`SP2 open ${SP2}`, `SP3 not-due ${SP3}`],
    ],
    [
      "SP2 window passed: overdue, shown not enforced",
      [ev.included("2025-01-10"), ev.completed(1, "2025-02-03")],
      "2025-05-07",
      [`SP2 overdue ${SP2}`, `SP3 not-due ${SP3}`],
    ],
    [
      "SP1 done but the patient was not asked about the municipality: ask",
      [ev.included("2025-01-10"), ev.completed(1, "2025-02-03", { municipality: "not-asked" })],
      "2025-02-10",
      [
        `SP2 not-due ${SP2} (no-municipality-consent)`,
        `SP3 not-due ${SP3} (no-municipality-consent)`,
        "notice ask-municipality-consent",
      ],
    ],
    [
      "SP2 done in the municipality: inform the fastlege",
      [ev.included("2025-01-10"), ev.completed(1, "2025-02-03"), ev.completed(2, "2025-04-22")],
      "2025-04-23",
      ["notice inform-gp-after-point SP2", `SP3 not-due ${SP3}`],
    ],
    [
      "SP2 done and the fastlege informed",
      [
        ev.included("2025-01-10"),
        ev.completed(1, "2025-02-03"),
        ev.completed(2, "2025-04-22"),
        ev.gpInformed("2025-04-23", "assessment", 2),
      ],
      "2025-04-24",
      [`SP3 not-due ${SP3}`],
    ],
    [
      "all three points done: inform the fastlege, then close",
      [
        ev.included("2025-01-10"),
        ev.completed(1, "2025-02-03"),
        ev.completed(2, "2025-04-22"),
        ev.gpInformed("2025-04-23", "assessment", 2),
        ev.completed(3, "2026-02-02"),
      ],
      "2026-02-03",
      ["notice inform-gp-after-point SP3", "close (completed)"],
    ],
    [
      "inclusion declined: inform the fastlege and close",
      [ev.inclusionDeclined("2025-01-10")],
      "2025-01-11",
      ["notice inform-gp-inclusion-declined", "close (inclusion-declined)"],
    ],
    [
      "inclusion declined and the fastlege informed: close",
      [ev.inclusionDeclined("2025-01-10"), ev.gpInformed("2025-01-11", "inclusion-declined")],
      "2025-01-12",
      ["close (inclusion-declined)"],
    ],
    [
      "patient died: § 10b check for bereaved minor children, then close",
      [ev.included("2025-01-10"), ev.completed(1, "2025-02-03"), ev.deceased("2025-03-01")],
      "2025-03-02",
      ["notice check-bereaved-children", "close (deceased)"],
    ],
    [
      "closed after death: the § 10b check stays until it is recorded",
      [ev.included("2025-01-10"), ev.deceased("2025-03-01"), ev.closed("2025-03-05")],
      "2025-03-06",
      ["notice check-bereaved-children"],
    ],
    [
      "moved hospital before SP1 without an agreement: the hospitals agree who does SP1",
      [ev.included("2025-01-10"), ev.transfer("2025-01-15", "hf2", true)],
      "2025-01-16",
      [
        "notice agree-sp1-responsibility SP1",
        "SP1 open",
        `SP2 not-due ${SP2} (no-municipality-consent)`,
        `SP3 not-due ${SP3} (no-municipality-consent)`,
      ],
    ],
    [
      "relapse after SP2: the points restart from the relapse date",
      [
        ev.included("2025-01-10"),
        ev.completed(1, "2025-02-03"),
        ev.completed(2, "2025-04-22"),
        ev.gpInformed("2025-04-23", "assessment", 2),
        ev.relapse("2025-09-01"),
      ],
      "2025-09-02",
      ["SP1 open at hf1", "SP2 not-due 2025-12-01..2026-01-01", "SP3 not-due 2026-09-01..2027-03-01"],
    ],
  ]);
});

describe("nextActions under the Trøndelag profile", () => {
  scenarios(TRONDELAG_PROFILE, [
    [
      "SP1 at St. Olav, SP2 and SP3 in the municipality, as nationally",
      [ev.included("2025-01-10", "2025-01-06", "st-olav"), ev.completed(1, "2025-02-03")],
      "2025-04-06",
      [`SP2 open ${SP2}`, `SP3 not-due ${SP3}`],
    ],
    [
      "patient withdrew consent to the municipality after SP1: municipality points are blocked",
      [ev.included("2025-01-10"), ev.completed(1, "2025-02-03"), ev.consent("municipality", "declined", "2025-02-10")],
      "2025-04-06",
      [`SP2 open ${SP2} (no-municipality-consent)`, `SP3 not-due ${SP3} (no-municipality-consent)`],
    ],
  ]);
});

describe("nextActions under the Ahus profile", () => {
  scenarios(AHUS_PROFILE, [
    [
      "moved to the hospital that starts treatment: it does SP1",
      [ev.included("2025-01-10", "2025-01-06", "hf1"), ev.transfer("2025-01-15", "hf2", true)],
      "2025-01-16",
      [
        "SP1 open at hf2",
        `SP2 not-due ${SP2} (no-municipality-consent)`,
        `SP3 not-due ${SP3} (no-municipality-consent)`,
      ],
    ],
    [
      "moved for a check-up only: the first hospital still does SP1",
      [ev.included("2025-01-10", "2025-01-06", "hf1"), ev.transfer("2025-01-15", "hf2", false)],
      "2025-01-16",
      [
        "SP1 open at hf1",
        `SP2 not-due ${SP2} (no-municipality-consent)`,
        `SP3 not-due ${SP3} (no-municipality-consent)`,
      ],
    ],
  ]);
});

describe("nextActions", () => {
  test("a closed pathway has nothing due", () => {
    const { state } = replay([ev.included("2025-01-10"), ev.closed("2025-02-01")], NATIONAL_PROFILE);
    expect(nextActions(state, { today: "2025-05-01" })).toEqual([]);
  });

  test("every action says why and cites its source", () => {
    const { state } = replay([ev.included("2025-01-10"), ev.declined(1, "2025-01-20")], NATIONAL_PROFILE);
    for (const action of nextActions(state, { today: "2025-02-01" })) {
      expect(action.why.length).toBeGreaterThan(10);
      expect(action.source).toMatch(/DOMAIN\.md §/);
    }
  });

  test("throws a misuse error when today is missing or not a date", () => {
    const state = initialState(NATIONAL_PROFILE);
    for (const today of ["", "2025-13-01", "01.02.2025"]) {
      let thrown: unknown;
      try {
        nextActions(state, { today });
      } catch (e) {
        thrown = e;
      }
      expect(isSdkError(thrown) && thrown.code === "invalid_argument").toBe(true);
    }
  });

  test("counts windows from the date the patient was told when the profile says so", () => {
    const profile: Profile = { ...NATIONAL_PROFILE, anchor: "informed" };
    const events: PathwayEvent[] = [
      {
        type: "included",
        id: "i",
        at: "2025-01-31T09:00:00+01:00",
        diagnosedOn: "2025-01-20",
        informedOn: "2025-01-31",
      },
    ];
    const { state } = replay(events, profile);
    const sp2 = nextActions(state, { today: "2025-02-01" }).find(
      (a) => a.kind === "interaction-point" && a.interactionPoint === 2,
    );
    expect(sp2).toMatchObject({ window: { opensOn: "2025-04-30", closesOn: "2025-05-31" } });
  });
});
