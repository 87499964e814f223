/**
 * The guides' blocks that are neither TypeScript (`doc-examples.test.ts`) nor shell (`doc-shell.test.ts`), issue 21:
 * every JSON block is JSON and shows what the SDK really reads or writes (the envelope `pfh build` reads, the
 * manifest's vectors, a result the conformance suite expects, the FHIR codes the fhir package writes); the Python
 * block compiles. Blocks for other stacks (C#, Kotlin, JSX, Vue, HTML, a sample of output) are named here with the
 * reason they do not run in this repository's CI, so a new kind of block fails until someone decides how it runs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as fhir from "@pakkeforlop-hjem/fhir";
import { describe, expect, test } from "vitest";
import { checkedEnvelope } from "../packages/cli/src/envelope.ts";
import { GUIDE_FILES } from "./guide-files.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const guideFiles = GUIDE_FILES;

interface Block {
  readonly name: string;
  readonly lang: string;
  readonly code: string;
  /** The text after the block, up to the next block (where a guide names the file a block shows). */
  readonly after: string;
}

const blocks: Block[] = guideFiles.flatMap((file) => {
  const md = readFileSync(file, "utf8");
  return [...md.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({
    name: `${file.slice(root.length + 1)}:${md.slice(0, m.index).split("\n").length}`,
    lang: m[1] as string,
    code: m[2] as string,
    after: md.slice((m.index ?? 0) + m[0].length).split("```")[0] as string,
  }));
});

/** Kinds of block that run elsewhere. */
const RUN_ELSEWHERE: Readonly<Record<string, string>> = {
  ts: "scripts/doc-examples.test.ts compiles and runs them",
  sh: "scripts/doc-shell.test.ts runs them",
  bash: "scripts/doc-shell.test.ts runs them",
  shell: "scripts/doc-shell.test.ts runs them",
  console: "scripts/doc-shell.test.ts runs them",
};

/** Kinds of block that do not run in this repository's CI, and why. */
const NOT_RUN: Readonly<Record<string, string>> = {
  csharp: "a vendor's xUnit test against its own implementation (MyValidator, ...): no .NET in CI",
  kotlin: "a vendor's JUnit test against its own implementation: no JVM in CI",
  tsx: "a React component: React is not a dependency; the same element and properties run in packages/form's Chromium tests",
  vue: "a Vue single-file component: Vue is not a dependency; the same element and properties run in packages/form's Chromium tests",
  html: "the element's markup: packages/form's Chromium tests serve the same markup",
  text: "sample output, not code",
  xml: "an excerpt of a built message; every built message is checked against the official XSDs in packages/edi",
  ndjson: "report input lines with an elided assessment; packages/report's tests read lines of this shape",
  "": "no language: a diagram or a command's synopsis, not code",
};

const manifest = JSON.parse(readFileSync(join(root, "packages/conformance/vectors/manifest.json"), "utf8")) as {
  vectors: { id: string }[];
};
/** The code system URLs the fhir package exports (and writes). */
const fhirSystems = new Set(Object.values(fhir).filter((x): x is string => typeof x === "string"));

/** What a JSON block shows, checked against the real thing; `undefined` when it holds. */
function checkJson(block: Block): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(block.code);
  } catch {
    try {
      value = JSON.parse(`{${block.code}}`); // a fragment: `"meta": { ... }`
    } catch (e) {
      return `not JSON: ${(e as Error).message}`;
    }
  }
  const v = value as Record<string, unknown>;
  if ("sender" in v && "receiver" in v) {
    checkedEnvelope(v); // throws the CLI's bad_envelope error
    return undefined;
  }
  if (Array.isArray(v["vectors"])) {
    const real = new Map(manifest.vectors.map((x) => [x.id, x]));
    for (const shown of v["vectors"] as { id: string }[]) {
      const found = real.get(shown.id);
      if (found === undefined) {
        return `shows vector ${shown.id}, which the manifest does not have`;
      }
      expect(found, shown.id).toMatchObject(shown);
    }
    return undefined;
  }
  const file = /`(expected\/[^`]+\.json)`/.exec(block.after)?.[1];
  if (file !== undefined) {
    const real = JSON.parse(readFileSync(join(root, "packages/conformance/vectors", file), "utf8"));
    expect(v, file).toEqual(real);
    return undefined;
  }
  const systems = JSON.stringify(v).match(/https?:\/\/[^"]+/g) ?? [];
  const unknown = systems.filter((s) => !fhirSystems.has(s) && !s.startsWith("http://terminology.hl7.org/"));
  return systems.length > 0 && unknown.length === 0 ? undefined : `shows ${unknown.join(", ") || "nothing checkable"}`;
}

describe("the other blocks of the guides and READMEs", () => {
  test("every kind of block runs somewhere, or this test says why not", () => {
    const unplaced = blocks.filter((b) => !(b.lang in RUN_ELSEWHERE || b.lang in NOT_RUN || b.lang in CHECKED));
    expect(unplaced.map((b) => `${b.name}: \`\`\`${b.lang}`)).toEqual([]);
  });

  test("every JSON block is JSON and shows what the SDK reads or writes", () => {
    const json = blocks.filter((b) => b.lang === "json");
    expect(json.length).toBeGreaterThan(3);
    expect(json.map((b) => [b.name, checkJson(b)]).filter(([, problem]) => problem !== undefined)).toEqual([]);
  });

  test.skipIf(spawnSync("python3", ["--version"]).status !== 0)("every Python block compiles", () => {
    const dir = mkdtempSync(join(tmpdir(), "doc-python-"));
    for (const [i, b] of blocks.filter((x) => x.lang === "python").entries()) {
      const file = join(dir, `block_${i}.py`);
      writeFileSync(file, b.code);
      const r = spawnSync("python3", ["-m", "py_compile", file], { encoding: "utf8" });
      expect(r.status, `${b.name}: ${r.stderr}`).toBe(0);
    }
  });
});

/** Kinds of block checked by this test. */
const CHECKED: Readonly<Record<string, string>> = { json: "checked above", python: "compiled above" };
