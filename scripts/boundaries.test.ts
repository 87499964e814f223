/**
 * Package boundaries (STYLE.md §2, ARCHITECTURE.md): each package.json against an allow-list; imports only by
 * public package name and only in the drawn direction, from `src/` and also from a package's `bench/` and `scripts/`;
 * no Node built-ins outside the CLI (and the conformance runner, which reads its vector files); no import cycle in
 * any package's `src/`, type imports included; and the packaging conventions every package shares.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { importsOf, parseFile, typeScriptFiles } from "./source-files.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SCOPE = "@pakkeforlop-hjem/";

/** Which of our packages each package may import (ARCHITECTURE.md "Packages"). */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  instruments: ["model"],
  pathway: ["model"],
  epikrise: ["model", "instruments", "pathway"],
  edi: ["model", "pathway", "epikrise", "instruments"],
  fhir: ["model", "instruments"],
  form: ["model", "instruments"],
  paper: ["model", "instruments", "pathway", "epikrise"],
  report: ["model", "pathway"],
  conformance: ["model", "instruments", "pathway", "epikrise", "edi", "fhir"],
  cli: ["model", "instruments", "pathway", "epikrise", "edi", "fhir", "conformance", "paper", "report"],
  "test-utils": ["model", "instruments", "pathway", "epikrise", "edi", "fhir"],
};

/** Third-party runtime dependencies each package may have. */
const THIRD_PARTY: Record<string, readonly string[]> = {
  model: ["zod"],
  instruments: ["zod"],
  pathway: ["zod"],
  epikrise: [],
  edi: ["fast-xml-parser", "saxes", "@xmldom/xmldom", "txml"],
  fhir: [],
  // JSX types only (`@pakkeforlop-hjem/form/react`): an optional peer, imported as types.
  form: ["react", "@types/react"],
  paper: [],
  // Node only: Vega-Lite compiles the charts and Vega renders them to SVG when a report is written (loaded lazily).
  report: ["zod", "vega", "vega-lite"],
  conformance: [],
  cli: [],
  "test-utils": ["fast-check", "playwright-core"],
};

/** Packages whose `src/` may use Node built-ins (file system, process, console); test-utils finds Chromium for browser tests. */
const NODE_ALLOWED = new Set(["cli", "conformance", "test-utils"]);

/** Repository tooling outside the packages that a package's `bench/` and `scripts/` may use (harness, helpers). */
const ROOT_TOOLING = ["bench", "scripts", "tooling"].map((d) => join(root, d) + sep);

interface Pkg {
  dir: string;
  name: string;
  json: Record<string, any>;
}

const packages: Pkg[] = readdirSync(join(root, "packages"))
  .filter((d) => existsSync(join(root, "packages", d, "package.json")))
  .map((d) => ({ dir: d, name: d, json: JSON.parse(readFileSync(join(root, "packages", d, "package.json"), "utf8")) }));

/** Our packages a package declares as run-time or peer dependencies (package.json, not the allow-list). */
function declaredDeps(name: string): string[] {
  const json = packages.find((p) => p.name === name)?.json ?? {};
  return Object.keys({ ...json.dependencies, ...json.peerDependencies })
    .filter((d) => d.startsWith(SCOPE))
    .map((d) => d.slice(SCOPE.length));
}

/** Whether package `from` depends on package `to`, directly or through others. */
function dependsOn(from: string, to: string, seen = new Set<string>()): boolean {
  if (seen.has(from)) {
    return false;
  }
  seen.add(from);
  return declaredDeps(from).some((d) => d === to || dependsOn(d, to, seen));
}

/** The package a specifier names (`@pakkeforlop-hjem/model/validator` -> `model`), or `undefined` when not ours. */
function ourPackage(spec: string): string | undefined {
  return spec.startsWith(SCOPE) ? (spec.slice(SCOPE.length).split("/")[0] as string) : undefined;
}

/** A relative specifier as a file path (our sources name the `.ts` file; a folder means its `index.ts`). */
function resolveRelative(from: string, spec: string): string {
  const target = resolve(dirname(from), spec);
  for (const candidate of [target, `${target}.ts`, join(target, "index.ts")]) {
    if (existsSync(candidate) && candidate.endsWith(".ts")) {
      return candidate;
    }
  }
  return target;
}

/** Strongly connected components (Tarjan) of a graph with more than one node or a self-loop: the import cycles. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const strong = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) {
        cycles.push(component.sort());
      }
    }
  };
  for (const v of graph.keys()) {
    if (!index.has(v)) {
      strong(v);
    }
  }
  return cycles.sort((x, y) => (x[0] as string).localeCompare(y[0] as string));
}

describe("package boundaries", () => {
  test.each(packages.map((p) => [p.name, p] as const))(
    "%s depends only on what the architecture allows",
    (name, pkg) => {
      const allowed = ALLOWED[name];
      expect(allowed, `add ${name} to ALLOWED in scripts/boundaries.test.ts`).toBeDefined();
      const deps = { ...pkg.json.dependencies, ...pkg.json.peerDependencies };
      for (const dep of Object.keys(deps)) {
        if (dep.startsWith(SCOPE)) {
          expect(allowed, `${name} may not depend on ${dep}`).toContain(dep.slice(SCOPE.length));
        } else {
          expect(THIRD_PARTY[name], `${name} may not depend on ${dep}`).toContain(dep);
        }
      }
    },
  );

  test.each(packages.map((p) => [p.name, p] as const))(
    "%s imports other packages by name, in the drawn direction only",
    (name, pkg) => {
      const srcDir = join(root, "packages", pkg.dir, "src");
      for (const file of typeScriptFiles(srcDir)) {
        for (const spec of importsOf(parseFile(file))) {
          const where = relative(root, file);
          const other = ourPackage(spec);
          if (spec.startsWith(".")) {
            const target = resolve(dirname(file), spec);
            expect(target.startsWith(srcDir + sep), `${where} reaches outside its package: ${spec}`).toBe(true);
          } else if (other !== undefined) {
            expect(ALLOWED[name], `${where} may not import ${spec}`).toContain(other);
            expect(spec.includes("/src"), `${where} deep-imports ${spec}`).toBe(false);
          } else if (spec.startsWith("node:")) {
            expect(NODE_ALLOWED.has(name), `${where} imports ${spec}; only the CLI touches Node built-ins`).toBe(true);
          } else {
            const dep = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] as string);
            expect(THIRD_PARTY[name], `${where} imports ${spec}, which is not an allowed dependency`).toContain(dep);
          }
        }
      }
    },
  );

  // A benchmark or a generator belongs to its package: it may import what the package's src may, the package itself,
  // and the repository's shared tooling. A benchmark may also use test-utils' arbitraries, unless test-utils depends
  // on the package (then the arrow runs upward, into a cycle). A generator never imports test-utils: what it writes
  // is committed and published, so it comes from the sources of truth, not from test helpers.
  test.each(packages.map((p) => [p.name, p] as const))("%s: bench/ and scripts/ import downward only", (name, pkg) => {
    const pkgDir = join(root, "packages", pkg.dir) + sep;
    const problems: string[] = [];
    const check = (file: string, folder: "bench" | "scripts", seen: Set<string>): void => {
      if (seen.has(file)) {
        return;
      }
      seen.add(file);
      const where = relative(root, file);
      for (const spec of importsOf(parseFile(file))) {
        const other = ourPackage(spec);
        if (spec.startsWith(".")) {
          const target = resolveRelative(file, spec);
          const tooling = ROOT_TOOLING.some((d) => target.startsWith(d));
          if (!target.startsWith(pkgDir) && !tooling) {
            problems.push(`${where} reaches into another package's folder: ${spec}`);
          } else if (tooling) {
            check(target, folder, seen); // shared tooling must not carry an arrow the package may not have
          }
        } else if (other !== undefined) {
          const testHelper = other === "test-utils" && folder === "bench" && !dependsOn("test-utils", name);
          if (other !== name && !(ALLOWED[name] ?? []).includes(other) && !testHelper) {
            problems.push(`${where} imports ${spec}: that arrow runs upward from ${name}'s ${folder}/`);
          }
          if (spec.includes("/src")) {
            problems.push(`${where} deep-imports ${spec}`);
          }
        }
      }
    };
    for (const folder of ["bench", "scripts"] as const) {
      for (const file of typeScriptFiles(join(pkgDir, folder), { tests: true })) {
        check(file, folder, new Set());
      }
    }
    expect(problems).toEqual([]);
  });

  test.each(packages.map((p) => [p.name, p] as const))(
    "%s has no import cycle in src/, type imports included",
    (name, pkg) => {
      const srcDir = join(root, "packages", pkg.dir, "src");
      const graph = new Map<string, string[]>();
      for (const file of typeScriptFiles(srcDir)) {
        graph.set(
          file,
          importsOf(parseFile(file))
            .filter((s) => s.startsWith("."))
            .map((s) => resolveRelative(file, s)),
        );
      }
      const cycles = cyclesOf(graph).map((c) => c.map((f) => relative(srcDir, f).split(sep).join("/")));
      expect(cycles, `${name}: import cycle`).toEqual([]);
    },
  );

  test("the cycle finder finds cycles, self-imports included, and nothing else", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
      ["e", ["e"]],
      ["f", ["d"]],
    ]);
    expect(cyclesOf(graph)).toEqual([["a", "b", "c"], ["e"]]);
  });
});

describe("exports", () => {
  test.each(packages.map((p) => [p.name, p] as const))("%s: every export names a file that exists", (_name, pkg) => {
    const targets = (value: unknown): string[] =>
      typeof value === "string"
        ? [value]
        : value !== null && typeof value === "object"
          ? Object.values(value).flatMap(targets)
          : [];
    const missing = targets(pkg.json.exports ?? {})
      .filter((t) => !t.startsWith("./dist/")) // built output, present only after a build
      .filter((t) => !existsSync(join(root, "packages", pkg.dir, t)));
    expect(missing).toEqual([]);
  });
});

describe("packaging conventions", () => {
  const pub = packages.filter((p) => p.json.private !== true);
  test.each(pub.map((p) => [p.name, p] as const))(
    "%s lists the source condition first in every export",
    (_name, pkg) => {
      for (const [key, value] of Object.entries(pkg.json.exports as Record<string, unknown>)) {
        if (typeof value === "string" && value.endsWith(".json")) {
          continue; // data files (package.json, a vector manifest) have no source form
        }
        expect(Object.keys(value as object)[0], key).toBe("@pakkeforlop-hjem/source");
        expect(key.includes("*"), "no wildcard exports").toBe(false);
      }
    },
  );

  test("every public package shares one version, the same engines, type module and no side effects", () => {
    const versions = new Set(pub.map((p) => p.json.version));
    expect(versions.size).toBe(1);
    for (const p of pub) {
      expect(p.json.engines, p.name).toEqual({ node: ">=20.19" });
      expect(p.json.type, p.name).toBe("module");
      expect(p.json.sideEffects, p.name).toBe(false);
      expect(p.json.license, p.name).toBe("MIT");
    }
  });
});
