/**
 * Form benchmarks (issue 18: the web component with the validator ≤ 30 kB min+gzip). Sizes are of browser bundles
 * (esbuild, minified, gzip -9) resolved through the packages' exports (dist), as a user's bundler sees them, with
 * the SDK functions alone as the same-process reference. Also checks that the bundle holds no zod and no eval.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { bundleSize, kb } from "../../../bench/harness.ts";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, "..");
const GOAL = 30 * 1024;

const ELEMENT = "import { defineFormElements } from '@pakkeforlop-hjem/form'";

export async function bench(): Promise<void> {
  for (const dir of ["model", "instruments", "form"]) {
    if (!existsSync(join(pkg, "..", dir, "dist/index.js"))) {
      execFileSync("pnpm", ["build"], { cwd: join(pkg, "..", dir), stdio: "ignore" });
    }
  }
  const rows = [
    [
      "<pfh-needs-assessment> + validateAnswers + answersTo* + model validator",
      `${ELEMENT}; defineFormElements();`,
      true,
    ],
    [
      "  the same + NEEDS_ASSESSMENT_SP1",
      `${ELEMENT}; import { NEEDS_ASSESSMENT_SP1 as f } from '@pakkeforlop-hjem/instruments'; defineFormElements({ forms: [f] });`,
      false,
    ],
    [
      "  the same + every shipped form (FORMS)",
      `${ELEMENT}; import { FORMS } from '@pakkeforlop-hjem/instruments'; defineFormElements({ forms: FORMS });`,
      false,
    ],
    [
      "reference: the SDK functions the element calls, without the element",
      "import * as i from '@pakkeforlop-hjem/instruments'; import { formatPath, formatIssue } from '@pakkeforlop-hjem/model/validator'; globalThis.v = [i.validateAnswers, i.visibleItems, i.shownAnswers, i.answersToAssessment, i.answersToDistress, i.answersToSymptoms, i.flattenItems, formatPath, formatIssue];",
      false,
    ],
    [
      "reference: the model's precompiled validator alone",
      "import { safeParseAssessment as v } from '@pakkeforlop-hjem/model/validator'; globalThis.v = v;",
      false,
    ],
  ] as const;
  console.log("\nbrowser bundle (esbuild, minified, gzip -9), resolved through the packages' exports (dist)");
  for (const [label, code, goal] of rows) {
    const s = await bundleSize(code, pkg);
    const verdict = goal
      ? `  (goal ≤ 30 kB = ${GOAL} bytes: ${s.gzip <= GOAL ? "met" : "NOT met"}, ${s.gzip} bytes)`
      : "";
    console.log(`  ${label.padEnd(76)} ${kb(s.min).padStart(9)} min  ${kb(s.gzip).padStart(8)} gzip${verdict}`);
  }
  const out = await build({
    stdin: { contents: `${ELEMENT}; defineFormElements();`, resolveDir: pkg, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    metafile: true,
  });
  const text = out.outputFiles[0]?.text ?? "";
  // Files esbuild read but shook out entirely have 0 bytes in the output.
  const used = Object.values(out.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([f]) => f),
  );
  console.log(
    `  CSP check of the element's bundle: zod ${used.some((f) => f.includes("/zod/")) ? "INCLUDED" : "not included"}, eval/new Function ${/\beval\(|new Function\b/.test(text) ? "FOUND" : "none"}`,
  );
}
