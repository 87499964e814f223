/**
 * The runner for TypeScript implementations: calls each vector's function with its inputs and options and compares
 * the result with the expected one. Pure apart from the implementation it calls: the vectors come in as data
 * (`loadVectors` reads them from disk).
 */
import { diffIssues, diffJson, diffText, INFORMATIONAL_KEYS as INFORMATIONAL, normalizeJson } from "./compare.ts";
import {
  type AppRecVectorOptions,
  type BuildOutcome,
  type ExtractVectorOptions,
  FUNCTION_OF_KIND,
  type IdentifierVectorOptions,
  type Implementation,
  type IssueLike,
  type MessageVectorOptions,
  type PathwayVectorOptions,
  type QuestionnaireResponseVectorOptions,
  type QuestionnaireVectorRef,
  type RedactionVectorOptions,
  type ResponseImportOutcome,
  type RouteVectorOptions,
  type ScopeVectorPatient,
  type TextVectorOptions,
} from "./implementation.ts";
import type { ExpectedIssue, VectorEntry, VectorKind, VectorSet } from "./manifest.ts";

/** The outcome of one vector. `diff` (failed) and `reason` (skipped) never hold a personal value. */
export interface VectorResult {
  readonly id: string;
  readonly kind: VectorKind;
  readonly status: "passed" | "failed" | "skipped";
  /** For a failure: where the result first differs from the expected one, or what was thrown. */
  readonly diff?: string;
  /** For a skip: the function the implementation lacks. */
  readonly reason?: string;
}

/** The report of {@link runConformance}: counts and one result per vector, in manifest order. */
export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly results: readonly VectorResult[];
}

/** Options of {@link runConformance}. */
export interface RunOptions {
  /** The vectors to run, as `loadVectors()` returns them. */
  readonly vectors: VectorSet;
  /** Run only the vectors this returns `true` for (e.g. one kind). */
  readonly filter?: (entry: VectorEntry) => boolean;
}

const pick = (issues: readonly IssueLike[]): ExpectedIssue[] =>
  issues.map((i) => ({ code: i.code, path: [...i.path] }));

function describeThrown(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `threw ${error.name}${typeof code === "string" ? ` (${code})` : ""}`;
  }
  return "threw a non-Error value";
}

/**
 * Runs every vector against an implementation and reports passed, failed (with a diff summary) and skipped (the
 * implementation has no function for the kind). Never throws for a failing implementation: what it throws is a
 * failure of that vector.
 * @example
 * ```ts
 * import { loadVectors, runConformance, sdkImplementation } from "@pakkeforlop-hjem/conformance";
 *
 * const report = await runConformance({ ...sdkImplementation, renderPatientLetter: myLetter }, { vectors: loadVectors() });
 * for (const r of report.results) if (r.status === "failed") console.log(r.id, r.diff);
 * ```
 */
export async function runConformance(implementation: Implementation, options: RunOptions): Promise<ConformanceReport> {
  const results: VectorResult[] = [];
  for (const entry of options.vectors.manifest.vectors) {
    if (options.filter !== undefined && !options.filter(entry)) {
      continue;
    }
    const fn = FUNCTION_OF_KIND[entry.kind];
    if (fn === undefined) {
      results.push({ id: entry.id, kind: entry.kind, status: "skipped", reason: `unknown vector kind ${entry.kind}` });
      continue;
    }
    if (implementation[fn] === undefined) {
      results.push({ id: entry.id, kind: entry.kind, status: "skipped", reason: `no ${fn}` });
      continue;
    }
    let diff: string | undefined;
    try {
      diff = await runOne(implementation, entry, options.vectors);
    } catch (error) {
      diff = describeThrown(error);
    }
    results.push(
      diff === undefined
        ? { id: entry.id, kind: entry.kind, status: "passed" }
        : { id: entry.id, kind: entry.kind, status: "failed", diff },
    );
  }
  const count = (s: VectorResult["status"]) => results.filter((r) => r.status === s).length;
  return { passed: count("passed"), failed: count("failed"), skipped: count("skipped"), results };
}

function fileText(vectors: VectorSet, path: string): string {
  const text = vectors.files[path];
  if (text === undefined) {
    throw new Error(`vector file ${path} is not loaded`);
  }
  return text;
}

function inputOf(vectors: VectorSet, entry: VectorEntry, name: string): unknown {
  const path = entry.inputs?.[name];
  if (path === undefined) {
    throw new Error(`vector ${entry.id} has no input "${name}"`);
  }
  const text = fileText(vectors, path);
  return path.endsWith(".json") ? JSON.parse(text) : text;
}

/** Compares a result with the vector's expectation: issues, an inline JSON value, or a file (text or JSON). */
function check(vectors: VectorSet, entry: VectorEntry, actual: unknown): string | undefined {
  const expected = entry.expected;
  if ("issues" in expected) {
    return diffIssues(expected.issues, pick(actual as readonly IssueLike[]));
  }
  if ("json" in expected) {
    return diffJson(expected.json, normalizeJson(actual, INFORMATIONAL));
  }
  const text = fileText(vectors, expected.file);
  if (expected.file.endsWith(".json")) {
    return diffJson(JSON.parse(text), normalizeJson(actual, INFORMATIONAL));
  }
  if (typeof actual !== "string") {
    return "expected text, got no string";
  }
  return diffText(text, actual);
}

function checkBuild(vectors: VectorSet, entry: VectorEntry, outcome: BuildOutcome): string | undefined {
  if ("issues" in entry.expected) {
    return outcome.ok ? "expected a rejection with issues, got a document" : check(vectors, entry, outcome.issues);
  }
  if (!outcome.ok) {
    return `expected a document, got issues: ${pick(outcome.issues)
      .map((i) => i.code)
      .join(", ")}`;
  }
  return check(vectors, entry, outcome.xml);
}

/** A `questionnaire-response` vector: the issues that refuse the response, or the imported data (without `ok`). */
function checkImport(vectors: VectorSet, entry: VectorEntry, outcome: ResponseImportOutcome): string | undefined {
  if ("issues" in entry.expected) {
    return outcome.ok ? "expected a rejection with issues, got an import" : check(vectors, entry, outcome.issues);
  }
  if (!outcome.ok) {
    return `expected an import, got issues: ${pick(outcome.issues)
      .map((i) => i.code)
      .join(", ")}`;
  }
  const { ok: _ok, ...data } = outcome;
  return check(vectors, entry, data);
}

async function runOne(impl: Implementation, entry: VectorEntry, vectors: VectorSet): Promise<string | undefined> {
  const options = (entry.options ?? {}) as Record<string, unknown>;
  const input = (entry.input ?? {}) as Record<string, unknown>;
  const need = <T>(f: T | undefined): T => f as T;
  switch (entry.kind) {
    case "assessment-validation":
      return check(vectors, entry, await need(impl.validateAssessment)(inputOf(vectors, entry, "document"), options));
    case "assessment-migration":
      return check(vectors, entry, await need(impl.migrateAssessment)(inputOf(vectors, entry, "document"), options));
    case "identifier":
      return check(
        vectors,
        entry,
        await need(impl.validateNorwegianId)(
          String(input["kind"]),
          String(input["value"]),
          options as IdentifierVectorOptions,
        ),
      );
    case "person-number-class":
      return check(vectors, entry, await need(impl.classifyPersonNumber)(String(input["value"])));
    case "person-number-birth-date":
      return check(vectors, entry, await need(impl.birthDateFromPersonNumber)(String(input["value"])));
    case "kith-id-type":
      return check(
        vectors,
        entry,
        await need(impl.systemToKithIdType)(String(input["system"]), input["party"] as "person" | "organisation"),
      );
    case "kith-id-system":
      return check(
        vectors,
        entry,
        typeof input["codeSystem"] === "string"
          ? await need(impl.kithIdTypeToSystem)(String(input["code"]), input["codeSystem"])
          : await need(impl.kithIdTypeToSystem)(String(input["code"])),
      );
    case "epicrisis-text":
    case "note-text":
    case "note-xhtml":
    case "patient-letter": {
      const fn = need(
        {
          "epicrisis-text": impl.renderEpicrisisText,
          "note-text": impl.renderNoteText,
          "note-xhtml": impl.renderNoteXhtml,
          "patient-letter": impl.renderPatientLetter,
        }[entry.kind],
      );
      return check(
        vectors,
        entry,
        await fn(inputOf(vectors, entry, "assessment"), options as unknown as TextVectorOptions),
      );
    }
    case "template-text":
      return check(
        vectors,
        entry,
        await need(impl.renderWithTemplate)(
          inputOf(vectors, entry, "assessment"),
          inputOf(vectors, entry, "template"),
          options as unknown as TextVectorOptions,
        ),
      );
    case "helsefaglig-dialog":
    case "epikrise":
    case "epikrise-correction":
    case "dialog-correction":
      return runBuild(impl, entry, vectors, options);
    case "apprec": {
      const message = inputOf(vectors, entry, "message") as string;
      return checkBuild(
        vectors,
        entry,
        await need(impl.createAppRec)(message, options as unknown as AppRecVectorOptions),
      );
    }
    case "extract-assessment":
      return runExtract(impl, entry, vectors, options);
    case "redaction":
      return check(
        vectors,
        entry,
        await need(impl.redactAssessment)(inputOf(vectors, entry, "assessment"), options as RedactionVectorOptions),
      );
    case "audit-trail":
      return check(
        vectors,
        entry,
        await need(impl.auditTrail)(
          inputOf(vectors, entry, "sent") as unknown[],
          inputOf(vectors, entry, "assessments") as unknown[],
        ),
      );
    case "route":
      return check(
        vectors,
        entry,
        await need(impl.route)(
          inputOf(vectors, entry, "assessment"),
          inputOf(vectors, entry, "profile"),
          options as RouteVectorOptions,
        ),
      );
    case "scope":
      return check(
        vectors,
        entry,
        await need(impl.inScope)(inputOf(vectors, entry, "profile"), input["patient"] as ScopeVectorPatient),
      );
    case "pathway":
      return check(
        vectors,
        entry,
        await need(impl.pathway)(
          inputOf(vectors, entry, "events") as unknown[],
          inputOf(vectors, entry, "profile"),
          options as unknown as PathwayVectorOptions,
        ),
      );
    case "questionnaire-response":
      return checkImport(
        vectors,
        entry,
        await need(impl.importQuestionnaireResponse)(
          input["questionnaire"] as QuestionnaireVectorRef,
          inputOf(vectors, entry, "response"),
          options as QuestionnaireResponseVectorOptions,
        ),
      );
    default:
      return `unknown vector kind ${String(entry.kind)}`;
  }
}

/** A message-building vector (the four builders share inputs and checks). */
async function runBuild(
  impl: Implementation,
  entry: VectorEntry,
  vectors: VectorSet,
  options: Record<string, unknown>,
): Promise<string | undefined> {
  const fn = {
    "helsefaglig-dialog": impl.buildHelsefagligDialog,
    epikrise: impl.buildEpikrise,
    "epikrise-correction": impl.buildEpikriseCorrection,
    "dialog-correction": impl.buildDialogCorrection,
  }[entry.kind as "helsefaglig-dialog" | "epikrise" | "epikrise-correction" | "dialog-correction"];
  if (fn === undefined) {
    return `the implementation has no builder for ${entry.kind}`;
  }
  const outcome = await fn(
    inputOf(vectors, entry, "assessment"),
    inputOf(vectors, entry, "delivery"),
    inputOf(vectors, entry, "envelope"),
    options as unknown as MessageVectorOptions,
  );
  return checkBuild(vectors, entry, outcome);
}

/** An extract-assessment vector: the assessment read back from a message, or the issues that refuse it. */
async function runExtract(
  impl: Implementation,
  entry: VectorEntry,
  vectors: VectorSet,
  options: Record<string, unknown>,
): Promise<string | undefined> {
  if (impl.extractAssessment === undefined) {
    return "the implementation has no extractAssessment";
  }
  const message = inputOf(vectors, entry, "message") as string;
  const outcome = await impl.extractAssessment(message, options as ExtractVectorOptions);
  if ("issues" in entry.expected) {
    return outcome.ok ? "expected a rejection with issues, got a result" : check(vectors, entry, outcome.issues);
  }
  return outcome.ok
    ? check(vectors, entry, outcome.data)
    : `expected a result, got issues: ${pick(outcome.issues)
        .map((i) => i.code)
        .join(", ")}`;
}
