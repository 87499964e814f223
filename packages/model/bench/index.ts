/**
 * Model benchmarks (issue: validation ≥ 1.0× Ajv, bundle ≤ 12 kB gzip, cold ≤ 30 ms over `node -e 0`, for `/validator`
 * and, since issue 19, for the main entry too).
 * Contenders validate the same documents in one process: the SDK's precompiled validator (`safeParseAssessment`),
 * Ajv compiled from the emitted JSON Schema with the same formats (baseline), and the zod schema for reference.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createFormats, safeParseAssessment } from "@pakkeforlop-hjem/model";
import { AssessmentSchema } from "@pakkeforlop-hjem/model/zod";
import { Ajv2020 } from "ajv/dist/2020.js";
import { type BenchInputs, bundleSize, compare, kb, medianNodeMs } from "../../../bench/harness.ts";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, "..");
const root = join(pkg, "..", "..");

/** Makes a document invalid in several places at once (all issues are collected by every contender). */
function breakDoc(doc: unknown, i: number): unknown {
  const d = structuredClone(doc) as Record<string, any>;
  d.patient.identifier.value = `${d.patient.identifier.value.slice(0, -1)}${(Number(d.patient.identifier.value.at(-1)) + 1) % 10}`;
  d.mode = "telepathy";
  d.topics.coping = { status: i % 2 === 0 ? "maybe" : "need", extra: true };
  delete d.organisation.name;
  d.diagnosis.diagnosedOn = "2026-02-30";
  return d;
}

export async function bench(inputs: BenchInputs): Promise<void> {
  const valid = inputs.assessments(1000, { seed: 42, outcome: "completed" });
  const invalid = valid.map(breakDoc);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const [name, check] of Object.entries(createFormats())) {
    ajv.addFormat(name, check);
  }
  const ajvValidate = ajv.compile(JSON.parse(readFileSync(join(root, "schemas/v1/assessment.schema.json"), "utf8")));
  for (const d of valid) {
    if (!safeParseAssessment(d).success || !ajvValidate(d)) {
      throw new Error("bench: a sample document is not valid");
    }
  }
  let sink = 0;
  const run = (docs: unknown[], f: (d: unknown) => boolean) => () => {
    for (const d of docs) {
      sink += f(d) ? 1 : 0;
    }
  };
  for (const [label, docs] of [
    ["valid", valid],
    ["invalid (all issues collected)", invalid],
  ] as const) {
    await compare(`validate ${docs.length} ${label} assessments`, "docs", docs.length, [
      { name: "Ajv 8 compiled from the emitted schema", run: run(docs, (d) => ajvValidate(d)) },
      { name: "safeParseAssessment (precompiled, + rules)", run: run(docs, (d) => safeParseAssessment(d).success) },
      { name: "AssessmentSchema.safeParse (zod 4)", run: run(docs, (d) => AssessmentSchema.safeParse(d).success) },
    ]);
  }
  if (sink < 0) {
    console.log(sink);
  }

  if (!existsSync(join(pkg, "dist/zod.js"))) {
    execFileSync("pnpm", ["build"], { cwd: pkg, stdio: "ignore" });
  }
  console.log("\nbrowser bundle (esbuild, minified, gzip -9), resolved through the package's exports (dist)");
  const sizes = [
    [
      'import { safeParseAssessment } from "@pakkeforlop-hjem/model/validator"',
      "import { safeParseAssessment as v } from '@pakkeforlop-hjem/model/validator'; globalThis.v = v;",
    ],
    [
      'import { safeParseAssessment, formatIssue } from ".../validator"',
      "import { safeParseAssessment as v, formatIssue as f } from '@pakkeforlop-hjem/model/validator'; globalThis.v = [v, f];",
    ],
    [
      'import { safeParseAssessment } from "@pakkeforlop-hjem/model" (main entry)',
      "import { safeParseAssessment as v } from '@pakkeforlop-hjem/model'; globalThis.v = v;",
    ],
    [
      'reference: import * as z from "zod" (used)',
      "import * as z from 'zod'; globalThis.v = z.object({ a: z.string() });",
    ],
  ] as const;
  for (const [label, code] of sizes) {
    const s = await bundleSize(code, pkg);
    console.log(
      `  ${label.padEnd(72)} ${kb(s.min).padStart(9)} min  ${kb(s.gzip).padStart(8)} gzip${label.includes('/validator"') || label.includes("(main entry)") ? `  (goal ≤ 12 kB: ${s.gzip <= 12 * 1024 ? "met" : "NOT met"})` : ""}`,
    );
  }

  const doc = JSON.stringify(valid[0]);
  const bare = medianNodeMs(["-e", "0"]);
  const lean = medianNodeMs([
    "--input-type=module",
    "-e",
    `import { safeParseAssessment } from ${JSON.stringify(join(pkg, "dist/validator.js"))}; if (!safeParseAssessment(${doc}).success) process.exit(1);`,
  ]);
  const full = medianNodeMs([
    "--input-type=module",
    "-e",
    `import { safeParseAssessment } from ${JSON.stringify(join(pkg, "dist/index.js"))}; if (!safeParseAssessment(${doc}).success) process.exit(1);`,
  ]);
  const withZod = medianNodeMs([
    "--input-type=module",
    "-e",
    `import { AssessmentSchema } from ${JSON.stringify(join(pkg, "dist/zod.js"))}; if (!AssessmentSchema.safeParse(${doc}).success) process.exit(1);`,
  ]);
  const goal = (ms: number) => `(+${(ms - bare).toFixed(1)} ms; goal ≤ +30 ms: ${ms - bare <= 30 ? "met" : "NOT met"})`;
  console.log("\ncold start: import + first validate (median wall time of fresh node processes, built dist)");
  console.log(`  node -e 0 (baseline)                                 ${bare.toFixed(1)} ms`);
  console.log(`  @pakkeforlop-hjem/model/validator                    ${lean.toFixed(1)} ms  ${goal(lean)}`);
  console.log(`  @pakkeforlop-hjem/model (main entry, issue 19)       ${full.toFixed(1)} ms  ${goal(full)}`);
  console.log(
    `  @pakkeforlop-hjem/model/zod (AssessmentSchema)       ${withZod.toFixed(1)} ms  (+${(withZod - bare).toFixed(1)} ms; reference: loads zod)`,
  );
}
