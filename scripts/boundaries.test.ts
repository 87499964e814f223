/**
 * Package boundaries (STYLE.md §2, ARCHITECTURE.md): each package.json against an allow-list, imports only by
 * public package name and only in the drawn direction, no Node built-ins outside the CLI, no import cycles, and the
 * packaging conventions every public package shares.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

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
  conformance: ["model", "instruments", "pathway", "epikrise", "edi", "fhir"],
  cli: ["model", "instruments", "pathway", "epikrise", "edi", "fhir", "conformance", "paper"],
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
  conformance: [],
  cli: [],
  "test-utils": ["fast-check", "playwright-core"],
};

/** Packages that may use Node built-ins (file system, process, console); test-utils finds Chromium for browser tests. */
const NODE_ALLOWED = new Set(["cli", "conformance", "test-utils"]);

interface Pkg {
  dir: string;
  name: string;
  json: Record<string, any>;
}

const packages: Pkg[] = readdirSync(join(root, "packages"))
  .filter((d) => existsSync(join(root, "packages", d, "package.json")))
  .map((d) => ({ dir: d, name: d, json: JSON.parse(readFileSync(join(root, "packages", d, "package.json"), "utf8")) }));

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) {
      return sourceFiles(p);
    }
    return /\.ts$/.test(f) && !/\.test(-d)?\.ts$/.test(f) ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*((?:import|export)\s[^;]*?)from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
/** Module specifiers a file imports; `runtimeOnly` skips `import type` (erased, so it cannot form a run-time cycle). */
function importsOf(file: string, runtimeOnly = false): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)]
    .filter((m) => !(runtimeOnly && /^(import|export)\s+type\s/.test(m[1] ?? "")))
    .map((m) => (m[2] ?? m[3]) as string);
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
      for (const file of sourceFiles(srcDir)) {
        for (const spec of importsOf(file)) {
          const where = relative(root, file);
          if (spec.startsWith(".")) {
            const target = resolve(dirname(file), spec);
            expect(target.startsWith(srcDir), `${where} reaches outside its package: ${spec}`).toBe(true);
          } else if (spec.startsWith(SCOPE)) {
            const other = spec.slice(SCOPE.length).split("/")[0] as string;
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

  test.each(packages.map((p) => [p.name, p] as const))("%s has no import cycles", (_name, pkg) => {
    const srcDir = join(root, "packages", pkg.dir, "src");
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(srcDir)) {
      graph.set(
        file,
        importsOf(file, true)
          .filter((s) => s.startsWith("."))
          .map((s) => resolve(dirname(file), s))
          .filter((t) => graph.has(t) || existsSync(t)),
      );
    }
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]): void => {
      if (state.get(f) === "done") {
        return;
      }
      if (state.get(f) === "visiting") {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map((x) => relative(srcDir, x)).join(" -> "));
        return;
      }
      state.set(f, "visiting");
      for (const t of graph.get(f) ?? []) {
        visit(t, [...trail, f]);
      }
      state.set(f, "done");
    };
    for (const f of graph.keys()) {
      visit(f, []);
    }
    expect(cycles).toEqual([]);
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
