import { describe, expect, test } from "vitest";
import type { Implementation, IssueLike } from "./implementation.ts";
import { loadVectors } from "./load.ts";
import type { VectorEntry } from "./manifest.ts";
import { runConformance } from "./run.ts";
import { sdkImplementation as sdk } from "./sdk-implementation.ts";

const vectors = loadVectors();
const all = vectors.manifest.vectors;
const ofKind = (kind: VectorEntry["kind"]) => all.filter((v) => v.kind === kind);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const failedIds = (report: Awaited<ReturnType<typeof runConformance>>) =>
  report.results.filter((r) => r.status === "failed").map((r) => r.id);

const RULE_CODES = new Set([
  "date_order",
  "threshold_flag_mismatch",
  "birth_date_mismatch",
  "age_group_mismatch",
  "children_inconsistent",
  "duplicate_consent",
  "duplicate_item",
  "next_step_order",
  "outcome_content_mismatch",
  "amendment_after_cancellation",
  "amendment_paths",
]);

describe("runConformance", () => {
  test("the SDK passes every vector", async () => {
    const report = await runConformance(sdk, { vectors });
    expect(report.results.filter((r) => r.status !== "passed")).toEqual([]);
    expect(report.passed).toBe(all.length);
    expect(report.failed).toBe(0);
    expect(report.skipped).toBe(0);
  });

  test("reports the vectors of a missing function as skipped, naming the function", async () => {
    const report = await runConformance({ validateNorwegianId: sdk.validateNorwegianId }, { vectors });
    expect(report.passed).toBe(ofKind("identifier").length);
    expect(report.skipped).toBe(all.length - ofKind("identifier").length);
    expect(report.results.find((r) => r.kind === "pathway")).toMatchObject({ status: "skipped", reason: "no pathway" });
  });

  test("runs only the vectors the filter keeps", async () => {
    const report = await runConformance(sdk, { vectors, filter: (v) => v.kind === "apprec" });
    expect(report.results.map((r) => r.kind)).toEqual(ofKind("apprec").map(() => "apprec"));
  });

  test("accepts asynchronous implementations", async () => {
    const report = await runConformance(
      { classifyPersonNumber: async (value) => sdk.classifyPersonNumber(value) },
      { vectors, filter: (v) => v.kind === "person-number-class" },
    );
    expect(report.passed).toBe(ofKind("person-number-class").length);
  });

  test("a validator without the cross-field rules fails exactly the vectors that expect a rule issue", async () => {
    const structuralOnly: Implementation = {
      validateAssessment: (input, options) =>
        (sdk.validateAssessment(input, options) as IssueLike[]).filter((i) => !RULE_CODES.has(i.code)),
    };
    const report = await runConformance(structuralOnly, { vectors });
    const want = ofKind("assessment-validation")
      .filter((v) => "issues" in v.expected && v.expected.issues.some((i) => RULE_CODES.has(i.code)))
      .map((v) => v.id);
    expect(want.length).toBeGreaterThan(10);
    expect(failedIds(report)).toEqual(want);
    const diff = report.results.find((r) => r.id === "assessment-validation/threshold-flag-mismatch")?.diff;
    expect(diff).toBe("missing threshold_flag_mismatch at .distress.aboveThreshold");
  });

  test("a validator that accepts test numbers by default fails the strict vectors", async () => {
    const lenient: Implementation = {
      validateAssessment: (input) => sdk.validateAssessment(input, { allowTestNumbers: true }),
      validateNorwegianId: (kind, value, options) =>
        sdk.validateNorwegianId(kind, value, { ...options, allowTestNumbers: true }),
    };
    const report = await runConformance(lenient, { vectors });
    expect(failedIds(report)).toEqual([
      "assessment-validation/nav-test-number-refused",
      "assessment-validation/test-number-refused-by-default",
      "identifier/dnr-tenor-refused",
      "identifier/fnr-nav-refused",
      "identifier/fnr-tenor-refused",
    ]);
  });

  test("an identifier check without the 2032 rule fails the 2032 vector only", async () => {
    const classic: Implementation = {
      validateNorwegianId: async (kind, value, options) => {
        const r = (await sdk.validateNorwegianId(kind, value, options)) as { valid: boolean; rule2032?: boolean };
        return r.valid && r.rule2032 === true ? { valid: false, kind, reason: "check_digit" } : r;
      },
    };
    const report = await runConformance(classic, { vectors });
    expect(failedIds(report)).toEqual(["identifier/fnr-2032-rule"]);
    expect(report.results.find((r) => r.status === "failed")?.diff).toBe(
      ".birthDate: missing (expected a string of 10 characters)",
    );
  });

  test("text with CRLF line endings fails every text vector and says why", async () => {
    const crlf: Implementation = {
      renderEpicrisisText: async (a, o) => (await sdk.renderEpicrisisText(a, o)).replaceAll("\n", "\r\n"),
    };
    const report = await runConformance(crlf, { vectors });
    expect(report.failed).toBe(ofKind("epicrisis-text").length);
    expect(report.results.find((r) => r.status === "failed")?.diff).toMatch(/^line 1, column \d+ differs .*use LF/);
  });

  test("a message builder that reads the clock fails every built message, and quotes no content", async () => {
    const clock: Implementation = {
      buildHelsefagligDialog: (a, d, e, o) =>
        sdk.buildHelsefagligDialog(a, d, e, { ...o, genDate: "2030-01-01T00:00:00Z" }),
    };
    const report = await runConformance(clock, { vectors });
    const built = ofKind("helsefaglig-dialog").filter((v) => "file" in v.expected);
    expect(failedIds(report)).toEqual(built.map((v) => v.id));
    for (const r of report.results.filter((x) => x.status === "failed")) {
      expect(r.diff).toMatch(/^line 2, column \d+ differs \(expected a line of \d+ characters, got \d+\)$/);
    }
  });

  test("routing that ignores consent fails the vectors where consent withholds a delivery", async () => {
    const noConsent: Implementation = {
      route: (a, p, o) => sdk.route({ ...(a as object), consent: [] }, p, { ...o, consent: {} }),
    };
    const report = await runConformance(noConsent, { vectors });
    expect(report.failed).toBeGreaterThan(0);
    expect(report.passed).toBeGreaterThan(0);
    for (const r of report.results.filter((x) => x.status === "failed")) {
      expect(r.diff).toMatch(/^\.(deliveries|withheld)/);
    }
  });

  test("a pathway that ignores the profile's windows fails the scenarios that depend on them", async () => {
    const noWindows: Implementation = {
      pathway: async (events, profile, options) => {
        const out = await sdk.pathway(events, profile, options);
        return {
          ...out,
          nextActions: out.nextActions.map((a) => {
            const { window: _w, ...rest } = a as { window?: unknown };
            return (a as { kind: string }).kind === "interaction-point" ? { ...rest, timing: "open" } : a;
          }),
        };
      },
    };
    const report = await runConformance(noWindows, { vectors });
    expect(failedIds(report)).toContain("pathway/national/sp1-completed.2026-04-01");
    expect(failedIds(report)).not.toContain("pathway/national/not-included.2026-03-01");
  });

  test("what an implementation throws is a failure naming the error, not its message", async () => {
    const throwing: Implementation = {
      renderPatientLetter: () => {
        throw new TypeError("Kari Testpasient 15837210094");
      },
    };
    const report = await runConformance(throwing, { vectors });
    expect(report.failed).toBe(ofKind("patient-letter").length);
    expect(new Set(report.results.filter((r) => r.status === "failed").map((r) => r.diff))).toEqual(
      new Set(["threw TypeError"]),
    );
  });

  test("a builder that builds what must be refused fails those vectors", async () => {
    const noChecks: Implementation = {
      buildHelsefagligDialog: (a, d, e, o) =>
        sdk.buildHelsefagligDialog(a, d, e, { ...o, validate: false, patientSex: "2" }),
    };
    const report = await runConformance(noChecks, { vectors });
    const results = report.results.filter((r) => r.status === "failed");
    expect(results.map((r) => r.id)).toEqual(
      expect.arrayContaining(["helsefaglig-dialog/duf-without-sex", "helsefaglig-dialog/test-number-refused"]),
    );
    expect(results.find((r) => r.id === "helsefaglig-dialog/test-number-refused")?.diff).toBe(
      "expected a rejection with issues, got a document",
    );
  });

  test("a renderer that ignores the consent's withhold leaks held-back parts and fails exactly those vectors", async () => {
    const leaky: Implementation = {
      renderEpicrisisText: (a, o) => {
        const { withhold: _w, ...rest } = o;
        return sdk.renderEpicrisisText(a, rest);
      },
    };
    const report = await runConformance(leaky, { vectors });
    const want = ofKind("epicrisis-text")
      .filter((v) => ((v.options?.["withhold"] as unknown[] | undefined) ?? []).length > 0)
      .map((v) => v.id);
    expect(want).toEqual(
      expect.arrayContaining([
        "epicrisis-text/sp1-consent-all.withhold-include",
        "epicrisis-text/sp1-withhold-mental-health.gp.nb",
      ]),
    );
    expect(failedIds(report)).toEqual(want);
  });

  test("a redaction that keeps free text fails the vectors that hold free text back", async () => {
    const keepsFreeText: Implementation = {
      redactAssessment: (a, o) =>
        sdk.redactAssessment(a, {
          ...o,
          ...(o.withhold === undefined ? {} : { withhold: o.withhold.filter((p) => p !== "free-text") }),
        }),
    };
    const report = await runConformance(keepsFreeText, { vectors });
    const want = ofKind("redaction")
      .filter((v) => ((v.options?.["withhold"] as string[] | undefined) ?? []).includes("free-text"))
      .map((v) => v.id);
    expect(want.length).toBeGreaterThanOrEqual(3);
    expect(failedIds(report)).toEqual(want);
    expect(report.passed).toBe(ofKind("redaction").length - want.length);
  });

  test("a correction builder that ignores the delivery's withhold fails the held-back correction only", async () => {
    const strip = (d: unknown) => ({ ...(d as object), withhold: [] });
    const leaky: Implementation = {
      buildDialogCorrection: (a, d, e, o) => sdk.buildDialogCorrection(a, strip(d), e, o),
      buildEpikriseCorrection: (a, d, e, o) => sdk.buildEpikriseCorrection(a, strip(d), e, o),
    };
    const report = await runConformance(leaky, { vectors });
    expect(failedIds(report)).toEqual([
      "epikrise-correction/sp1-withhold-mental-health.change.gp.nb",
      "dialog-correction/sp1-withhold-mental-health.change.gp.nb",
    ]);
  });

  test("a correction sent as a new Epikrise (ServType N) fails every Epikrise correction", async () => {
    const asNew: Implementation = { buildEpikriseCorrection: (a, d, e, o) => sdk.buildEpikrise(a, d, e, o) };
    const report = await runConformance(asNew, { vectors });
    expect(report.failed).toBe(ofKind("epikrise-correction").length);
  });

  test("an audit trail that forgets what was held back fails the vectors with held-back parts", async () => {
    const forgetful: Implementation = {
      auditTrail: async (sent, assessments) =>
        (await sdk.auditTrail(sent, assessments)).map((e) =>
          (e as { kind: string }).kind === "sent" ? { ...(e as object), heldBack: [] } : e,
        ),
    };
    const report = await runConformance(forgetful, { vectors });
    expect(failedIds(report)).toContain("audit-trail/sp1-withhold-mental-health");
    expect(failedIds(report)).not.toContain("audit-trail/sp1-corrected");
  });

  describe("questionnaire-response (issue 20)", () => {
    type Response = { status?: unknown; questionnaire?: unknown; item?: unknown };
    const qrIds = (prefix: string) => ofKind("questionnaire-response").filter((v) => v.id.startsWith(prefix));

    test("an importer that ignores the status fails the refused statuses, the drafts and amended", async () => {
      const anyStatus: Implementation = {
        importQuestionnaireResponse: (q, r, o) =>
          sdk.importQuestionnaireResponse(q, { ...(r as Response), status: "completed" }, o),
      };
      const report = await runConformance(anyStatus, { vectors });
      expect(failedIds(report).sort()).toEqual(
        [
          "questionnaire-response/reference.and-status",
          "questionnaire-response/refero.sp1.in-progress.missing-required",
          "questionnaire-response/status.amended",
          "questionnaire-response/status.entered-in-error",
          "questionnaire-response/status.in-progress.answered",
          "questionnaire-response/status.in-progress.empty",
          "questionnaire-response/status.missing",
          "questionnaire-response/status.not-a-string",
          "questionnaire-response/status.stopped",
          "questionnaire-response/status.unknown",
        ].sort(),
      );
      expect(report.results.find((r) => r.id === "questionnaire-response/status.entered-in-error")?.diff).toBe(
        "expected a rejection with issues, got an import",
      );
    });

    test("an importer that refuses Questionnaire/<id> fails the relative-id vectors only", async () => {
      const urlOnly: Implementation = {
        importQuestionnaireResponse: (q, r, o) => {
          const named = (r as Response).questionnaire;
          return typeof named === "string" && named.startsWith("Questionnaire/")
            ? { ok: false, issues: [{ code: "questionnaire_mismatch", path: ["questionnaire"] }] }
            : sdk.importQuestionnaireResponse(q, r, o);
        },
      };
      const report = await runConformance(urlOnly, { vectors });
      expect(failedIds(report)).toEqual([
        "questionnaire-response/reference.relative-id",
        "questionnaire-response/reference.sdc.relative-id",
      ]);
    });

    test("an importer that accepts a reference that is not a string fails the invalid-reference vectors", async () => {
      const lenient: Implementation = {
        importQuestionnaireResponse: (q, r, o) => {
          const { questionnaire, ...rest } = r as Response;
          return sdk.importQuestionnaireResponse(q, typeof questionnaire === "string" ? r : rest, o);
        },
      };
      const report = await runConformance(lenient, { vectors });
      expect(failedIds(report)).toEqual([
        "questionnaire-response/reference.and-status",
        "questionnaire-response/reference.number",
        "questionnaire-response/reference.object",
      ]);
    });

    test("an importer that keeps Refero's Ja/Nei codes fails the Ja/Nei vectors", async () => {
      const asCodes = (v: unknown): unknown =>
        v === true ? "1" : v === false ? "2" : Array.isArray(v) ? v.map(asCodes) : isRecord(v) ? mapValues(v) : v;
      const mapValues = (o: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(o).map(([k, v]) => [k, asCodes(v)]));
      const codesKept: Implementation = {
        importQuestionnaireResponse: async (q, r, o) => {
          const out = await sdk.importQuestionnaireResponse(q, r, o);
          return out.ok && q.dialect === "refero" ? { ...out, answers: mapValues(out.answers) } : out;
        },
      };
      const report = await runConformance(codesKept, { vectors });
      expect(failedIds(report)).toEqual([
        "questionnaire-response/refero.sp1.ja-nei.ja",
        "questionnaire-response/refero.sp1.ja-nei.nei",
        "questionnaire-response/refero.sp1.repeat.answered-and-empty",
      ]);
      expect(report.results.find((r) => r.id === "questionnaire-response/refero.sp1.ja-nei.nei")?.diff).toBe(
        ".answers.has-minors: expected false, got a string of 1 characters",
      );
    });

    test("an importer that counts an empty repeat instance as an entry fails every Refero response with one", async () => {
      const GROUPS = new Set(["participants", "minors", "measures"]);
      const hasAnswer = (item: unknown): boolean =>
        isRecord(item) &&
        (item["answer"] !== undefined || (Array.isArray(item["item"]) && item["item"].some(hasAnswer)));
      const empties = (items: unknown, out: string[] = []): string[] => {
        for (const i of Array.isArray(items) ? items : []) {
          if (isRecord(i) && GROUPS.has(String(i["linkId"])) && !hasAnswer(i)) {
            out.push(String(i["linkId"]));
          } else if (isRecord(i)) {
            empties(i["item"], out);
          }
        }
        return out;
      };
      const naive: Implementation = {
        importQuestionnaireResponse: async (q, r, o) => {
          const out = await sdk.importQuestionnaireResponse(q, r, o);
          if (!out.ok) {
            return out;
          }
          const answers: Record<string, unknown> = { ...out.answers };
          for (const id of empties((r as Response).item)) {
            answers[id] = [...((answers[id] as unknown[] | undefined) ?? []), {}];
          }
          return { ...out, answers };
        },
      };
      const report = await runConformance(naive, { vectors });
      const want = qrIds("questionnaire-response/")
        .filter((v) => "file" in v.expected)
        .filter(
          (v) =>
            (v.input?.["questionnaire"] as { form?: string } | undefined)?.form?.startsWith("needs-assessment") ===
            true,
        )
        .map((v) => v.id);
      expect(want).toContain("questionnaire-response/refero.sp1.empty-repeat-instances");
      expect(failedIds(report)).toEqual(want);
    });

    test("an importer without the issue cap or the size limit fails the limit vectors", async () => {
      const uncapped: Implementation = {
        importQuestionnaireResponse: (q, r) =>
          sdk.importQuestionnaireResponse(q, r, { maxIssues: Number.POSITIVE_INFINITY }),
      };
      const report = await runConformance(uncapped, { vectors });
      expect(failedIds(report)).toEqual([
        "questionnaire-response/limits.issues.default-cap",
        "questionnaire-response/limits.issues.over-cap",
        "questionnaire-response/limits.items.before-status",
        "questionnaire-response/limits.items.over-limit",
      ]);
      expect(qrIds("questionnaire-response/limits.").length).toBe(6);
    });
  });
});
