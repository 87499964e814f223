import { formatIssue, isValidationError } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { AHUS_PROFILE, BUILT_IN_PROFILES, NATIONAL_PROFILE, TRONDELAG_PROFILE } from "./built-in-profiles.ts";
import { defineProfile, type Profile, pointRule, profileIssues, safeParseProfile } from "./profile.ts";
import { ProfileSchema } from "./schemas.ts";

const issuesOf = (input: unknown) => profileIssues(input).map((i) => `${i.path.join(".")}: ${i.code}`);

describe("built-in profiles", () => {
  test.each(Object.entries(BUILT_IN_PROFILES))("%s is a valid profile with sources", (_id, profile) => {
    expect(profileIssues(profile)).toEqual([]);
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
    expect(profile.sources.length).toBeGreaterThan(0);
  });

  test.each<[string, Profile, string]>([
    ["national: SP1 in the hospital", NATIONAL_PROFILE, "1 hospital -"],
    ["national: SP2 in the municipality 3–4 months", NATIONAL_PROFILE, "2 municipality 3-4"],
    ["national: SP3 in the municipality 12–18 months", NATIONAL_PROFILE, "3 municipality 12-18"],
    ["Trøndelag: SP2 in the municipality", TRONDELAG_PROFILE, "2 municipality 3-4"],
    ["Ahus: SP3 in the municipality", AHUS_PROFILE, "3 municipality 12-18"],
  ])("%s", (_title, profile, want) => {
    const ip = Number(want[0]) as 1 | 2 | 3;
    const rule = pointRule(profile, ip);
    expect(
      `${ip} ${rule.setting} ${rule.window === undefined ? "-" : `${rule.window.fromMonths}-${rule.window.toMonths}`}`,
    ).toBe(want);
  });

  test("differ where the regional reports differ", () => {
    expect([NATIONAL_PROFILE.sp1OnTransfer, AHUS_PROFILE.sp1OnTransfer]).toEqual([
      "hospitals-agree",
      "treating-hospital",
    ]);
    expect(TRONDELAG_PROFILE.messages.bySenderSystem.map((r) => `${r.system}→${r.messageKind}`)).toEqual([
      "helseplattformen→helsefaglig-dialog",
      "doculive→epikrise",
    ]);
    expect(AHUS_PROFILE.patientLetter).toBe("helsenorge-or-paper");
    expect([NATIONAL_PROFILE.gpCopy, TRONDELAG_PROFILE.gpCopy, AHUS_PROFILE.gpCopy]).toEqual([true, true, true]);
  });
});

describe("profileIssues", () => {
  test.each<[string, unknown, string[]]>([
    [
      "no interaction points",
      { ...NATIONAL_PROFILE, interactionPoints: [] },
      [
        "interactionPoints: missing_interaction_point",
        "interactionPoints: missing_interaction_point",
        "interactionPoints: missing_interaction_point",
      ],
    ],
    [
      "SP2 without a window",
      {
        ...NATIONAL_PROFILE,
        interactionPoints: [
          NATIONAL_PROFILE.interactionPoints[0],
          { interactionPoint: 2, setting: "municipality" },
          NATIONAL_PROFILE.interactionPoints[2],
        ],
      },
      ["interactionPoints.1: missing_window"],
    ],
    [
      "a window that closes before it opens",
      {
        ...NATIONAL_PROFILE,
        interactionPoints: [
          NATIONAL_PROFILE.interactionPoints[0],
          { interactionPoint: 2, setting: "municipality", window: { fromMonths: 4, toMonths: 3 } },
          NATIONAL_PROFILE.interactionPoints[2],
        ],
      },
      ["interactionPoints.1.window.toMonths: window_order"],
    ],
    [
      "SP3 opening before SP2",
      {
        ...NATIONAL_PROFILE,
        interactionPoints: [
          NATIONAL_PROFILE.interactionPoints[0],
          { interactionPoint: 2, setting: "municipality", window: { fromMonths: 12, toMonths: 13 } },
          { interactionPoint: 3, setting: "municipality", window: { fromMonths: 3, toMonths: 18 } },
        ],
      },
      ["interactionPoints.2.window.fromMonths: window_sequence"],
    ],
    [
      "the same point twice",
      {
        ...NATIONAL_PROFILE,
        interactionPoints: [...NATIONAL_PROFILE.interactionPoints, NATIONAL_PROFILE.interactionPoints[0]],
      },
      ["interactionPoints: too_big"],
    ],
    [
      "no message kind at all",
      { ...NATIONAL_PROFILE, messages: { bySenderSystem: [] } },
      ["messages: no_message_kind"],
    ],
    [
      "the same sender system twice",
      {
        ...NATIONAL_PROFILE,
        messages: {
          bySenderSystem: [
            { system: "dips", messageKind: "dips-edi-template", template: "ahus-dips-regional" },
            { system: "DIPS", messageKind: "epikrise" },
          ],
        },
      },
      ["messages.bySenderSystem.1.system: duplicate_sender_system"],
    ],
    [
      "the DIPS document template without its template, or as the default (issue 16 point 1)",
      {
        ...NATIONAL_PROFILE,
        messages: {
          bySenderSystem: [{ system: "dips", messageKind: "dips-edi-template" }],
          default: "dips-edi-template",
        },
      },
      ["messages.bySenderSystem.0.template: template_required", "messages.default: template_required"],
    ],
    [
      "missing fields and an unknown entry point",
      {
        id: "x",
        version: "1",
        name: "X",
        sources: [],
        anchor: "diagnosis",
        interactionPoints: [],
        entryPoint: "rådhuset",
      },
      [
        "sp1OnTransfer: required",
        "entryPoint: invalid_value",
        "gpCopy: required",
        "messages: required",
        "patientLetter: required",
        "relapse: required",
      ],
    ],
  ])("reports %s", (_title, input, want) => {
    expect(issuesOf(input)).toEqual(want);
  });

  test("reports a duplicate point within the limit of three rules", () => {
    const rules = [
      NATIONAL_PROFILE.interactionPoints[0],
      NATIONAL_PROFILE.interactionPoints[0],
      NATIONAL_PROFILE.interactionPoints[2],
    ];
    expect(issuesOf({ ...NATIONAL_PROFILE, interactionPoints: rules })).toEqual([
      "interactionPoints.1: duplicate_interaction_point",
      "interactionPoints: missing_interaction_point",
    ]);
  });

  test("gives clear texts in nb, nn and en", () => {
    const [issue] = profileIssues({
      ...NATIONAL_PROFILE,
      interactionPoints: NATIONAL_PROFILE.interactionPoints.slice(0, 2),
    });
    expect(issue).toBeDefined();
    expect(formatIssue(issue!, "nb")).toBe(
      "interactionPoints: mangler regel for samhandlingspunkt 3; profilen må ha én regel for hvert av punktene 1, 2 og 3",
    );
    expect(formatIssue(issue!, "nn")).toMatch(/manglar regel for samhandlingspunkt 3/);
    expect(issue!.message).toMatch(/has no rule for interaction point 3/);
  });
});

describe("defineProfile and safeParseProfile", () => {
  test("define a region's own profile from the national one", () => {
    const bodo = defineProfile({
      ...NATIONAL_PROFILE,
      id: "bodo",
      name: "Bodø kommune",
      entryPoint: "koordinerende-enhet",
    });
    expect(bodo.entryPoint).toBe("koordinerende-enhet");
  });

  test("defineProfile throws a ValidationError listing every issue of an incomplete profile", () => {
    let thrown: unknown;
    try {
      defineProfile({ ...NATIONAL_PROFILE, interactionPoints: [] });
    } catch (e) {
      thrown = e;
    }
    expect(isValidationError(thrown)).toBe(true);
    expect((thrown as { issues: unknown[] }).issues).toHaveLength(3);
  });

  test("safeParseProfile returns the input itself on success", () => {
    const result = safeParseProfile(AHUS_PROFILE);
    expect(result.success && result.data === AHUS_PROFILE).toBe(true);
  });

  test("the zod schema reports the same rule codes", () => {
    const result = ProfileSchema.safeParse({ ...NATIONAL_PROFILE, messages: { bySenderSystem: [] } });
    expect(result.success).toBe(false);
    expect((result.error?.issues[0] as { params?: unknown } | undefined)?.params).toMatchObject({
      sdkCode: "no_message_kind",
    });
  });
});
