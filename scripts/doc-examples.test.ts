/**
 * Doc comments of the public API (issue 8, STYLE.md §7): every export of every public package has a doc comment;
 * every exported function, class and constant has an `@example`; and every example compiles against the package's
 * real exports. Free variables in an example (`assessment`, `text`, ...) stand for the reader's own data and are
 * declared as `any`; everything else (names of our exports, their arguments, their options) must type-check.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { GUIDE_FILES } from "./guide-files.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

interface Example {
  /** The package whose exports are in scope, or `undefined` for a guide (which writes its own imports). */
  pkg: string | undefined;
  name: string;
  code: string;
}

const packages = readdirSync(join(root, "packages")).filter((d) => {
  const p = join(root, "packages", d, "package.json");
  return (
    existsSync(p) &&
    JSON.parse(readFileSync(p, "utf8")).private !== true &&
    existsSync(join(root, "packages", d, "src", "index.ts"))
  );
});

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  customConditions: ["@pakkeforlop-hjem/source"],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  types: ["node"],
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
};

function exportsOf(pkg: string): { program: ts.Program; checker: ts.TypeChecker; symbols: ts.Symbol[] } {
  const entry = join(root, "packages", pkg, "src", "index.ts");
  const program = ts.createProgram([entry], options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry) as ts.SourceFile;
  const moduleSymbol = checker.getSymbolAtLocation(source) as ts.Symbol;
  return { program, checker, symbols: checker.getExportsOfModule(moduleSymbol) };
}

function docOf(
  checker: ts.TypeChecker,
  symbol: ts.Symbol,
): { doc: string; examples: string[]; kind: "value" | "type"; internal: boolean } {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const decl = target.declarations?.[0];
  const kind =
    target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable) ? "value" : "type";
  if (decl === undefined) {
    return { doc: "", examples: [], kind, internal: false };
  }
  const jsDocs = ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc);
  const node = decl.kind === ts.SyntaxKind.VariableDeclaration ? decl.parent.parent : decl;
  const all = [...jsDocs, ...ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc)];
  const doc = all
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? "")
    .join("\n")
    .trim();
  const examples = all
    .flatMap((d) => d.tags ?? [])
    .filter((t) => t.tagName.text === "example")
    .map((t) => ts.getTextOfJSDocComment(t.comment) ?? "")
    .map((text) => {
      const m = /```(?:ts|typescript)?\n([\s\S]*?)```/.exec(text);
      return m === null ? text : (m[1] as string);
    });
  const internal = all.some((d) => (d.tags ?? []).some((t) => t.tagName.text === "internal"));
  return { doc: doc.length > 0 || all.length > 0 ? doc || "(tags only)" : "", examples, kind, internal };
}

const collected = packages.map((pkg) => {
  const { checker, symbols } = exportsOf(pkg);
  return {
    pkg,
    entries: symbols.map((s) => ({ name: s.getName(), ...docOf(checker, s) })),
  };
});

/** Compiles examples in one program: each in its own module importing every export of its package. */
function compileExamples(examples: Example[]): string[] {
  return compileWithFree(examples).errors;
}

/** As {@link compileExamples}, with the free variables each example needed (by index). */
function compileWithFree(examples: Example[]): { errors: string[]; free: string[][] } {
  const files = new Map<string, string>();
  const names = new Map<string, string[]>();
  for (const { pkg, entries } of collected) {
    names.set(
      pkg,
      entries.map((e) => e.name).filter((n) => n !== "default"),
    );
  }
  const IMPORT_LINE = /^\s*import\s[\s\S]*?from\s+["'][^"']+["'];?\s*$/gm;
  const sourceFor = (ex: Example, free: readonly string[]) => {
    const own = ex.code.match(IMPORT_LINE) ?? [];
    const body = ex.code.replace(IMPORT_LINE, "").replace(/^export /gm, "");
    const imports =
      ex.pkg === undefined
        ? own.join("\n")
        : `import { ${(names.get(ex.pkg) ?? []).join(", ")} } from "@pakkeforlop-hjem/${ex.pkg}";`;
    const declared = free.map((f) => `declare let ${f}: any;`).join("\n");
    return `${imports}\n${declared}\nexport async function example(): Promise<any> {\n${body}\n}\n`;
  };
  const free = new Map<string, Set<string>>();
  const fileName = (i: number) => join(root, "scripts", `__doc_example_${i}.ts`);
  for (let round = 0; round < 4; round++) {
    files.clear();
    examples.forEach((ex, i) => {
      files.set(fileName(i), sourceFor(ex, [...(free.get(fileName(i)) ?? [])]));
    });
    const host = ts.createCompilerHost({ ...options, noUnusedLocals: false });
    const read = host.readFile;
    host.readFile = (f) => files.get(f) ?? read(f);
    const exists = host.fileExists;
    host.fileExists = (f) => files.has(f) || exists(f);
    const getSource = host.getSourceFile;
    host.getSourceFile = (f, lang, ...rest) => {
      const text = files.get(f);
      return text === undefined ? getSource(f, lang, ...rest) : ts.createSourceFile(f, text, lang);
    };
    const program = ts.createProgram([...files.keys()], { ...options, noImplicitAny: false }, host);
    const diagnostics = [...files.keys()].flatMap((f) => ts.getPreEmitDiagnostics(program, program.getSourceFile(f)));
    let added = false;
    const errors: string[] = [];
    for (const d of diagnostics) {
      const file = d.file?.fileName ?? "";
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      const m = /^(?:Cannot find name|No value exists in scope for the shorthand property) '([A-Za-z_$][\w$]*)'/.exec(
        message,
      );
      if ((d.code === 2304 || d.code === 2552 || d.code === 18004) && m !== null) {
        const set = free.get(file) ?? new Set<string>();
        set.add(m[1] as string);
        free.set(file, set);
        added = true;
      } else {
        const i = [...files.keys()].indexOf(file);
        const ex = examples[i];
        const line = `${ex?.pkg}.${ex?.name}: ${message}`;
        if (!errors.includes(line)) {
          errors.push(line);
        }
      }
    }
    if (!added) {
      return { errors, free: examples.map((_, i) => [...(free.get(fileName(i)) ?? [])].sort()) };
    }
  }
  return { errors: ["examples did not settle after declaring free variables"], free: [] };
}

const guideFiles = GUIDE_FILES;
const guideExamples: Example[] = guideFiles.flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({
    pkg: undefined,
    name: `${file.slice(root.length + 1)}#${i + 1}`,
    code: m[1] as string,
  })),
);
let guideFree: string[][] | undefined;
/** Blocks that need a browser (the web component): they compile here and run in the browser tests. */
const BROWSER_ONLY = /\bcustomElements\b|\bdocument\./;

/**
 * The names a guide's example may use without defining them: the reader's own data, given here as real values
 * (synthetic test data), so that the example runs as written. Any other undefined name fails the test.
 */
const DOC_FIXTURES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(await import("./doc-fixtures.ts")).map((k) => [k, k]),
);

/** Runs one example as a module (its console silenced); returns why it failed, or undefined. */
async function runExample(ex: Example, free: readonly string[], i: number): Promise<string | undefined> {
  const IMPORT_LINE = /^\s*import\s[\s\S]*?from\s+["'][^"']+["'];?\s*$/gm;
  const own = ex.code.match(IMPORT_LINE) ?? [];
  const body = ex.code.replace(IMPORT_LINE, "").replace(/^export /gm, "");
  const file = join(root, "scripts", `__doc_run_${i}.ts`);
  const source = [
    ...own,
    'import * as __fixtures from "./doc-fixtures.ts";',
    "const console = { log: (..._: unknown[]) => {}, error: (..._: unknown[]) => {}, warn: (..._: unknown[]) => {}, info: (..._: unknown[]) => {} };",
    ...free.map((f) => `const ${f}: any = await (__fixtures as any).${DOC_FIXTURES[f]}();`),
    "export async function example(): Promise<unknown> {",
    body,
    "}",
  ].join("\n");
  writeFileSync(file, source);
  try {
    const mod = (await import(/* @vite-ignore */ `${file}?t=${Date.now()}`)) as { example: () => Promise<unknown> };
    await mod.example();
    return undefined;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
  } finally {
    rmSync(file, { force: true });
  }
}

describe("public API documentation", () => {
  test.each(collected.map((c) => [c.pkg, c] as const))("every export of %s has a doc comment", (_pkg, c) => {
    expect(c.entries.filter((e) => e.doc === "").map((e) => e.name)).toEqual([]);
  });

  test.each(collected.map((c) => [c.pkg, c] as const))(
    "every function, class and constant of %s has an @example",
    (_pkg, c) => {
      expect(
        c.entries.filter((e) => e.kind === "value" && !e.internal && e.examples.length === 0).map((e) => e.name),
      ).toEqual([]);
    },
  );

  test("every TypeScript block of the guides and READMEs compiles against the real packages", () => {
    expect(guideExamples.length).toBeGreaterThan(30);
    const { errors, free } = compileWithFree(guideExamples);
    expect(errors).toEqual([]);
    guideFree = free;
  }, 120_000);

  test("every TypeScript block of the guides and READMEs runs", async () => {
    const free = guideFree ?? compileWithFree(guideExamples).free;
    const failures: string[] = [];
    for (const [i, ex] of guideExamples.entries()) {
      if (BROWSER_ONLY.test(ex.code)) {
        continue; // runs in the browser tests of packages/form and examples/web-form (headless Chromium)
      }
      const unknown = (free[i] ?? []).filter((f) => !(f in DOC_FIXTURES));
      if (unknown.length > 0) {
        failures.push(`${ex.name}: uses ${unknown.join(", ")}, which the example does not define`);
        continue;
      }
      const failure = await runExample(ex, free[i] ?? [], i);
      if (failure !== undefined) {
        failures.push(`${ex.name}: ${failure}`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  test("every @example compiles against the real exports", () => {
    const examples = collected.flatMap(({ pkg, entries }) =>
      entries.flatMap((e) => e.examples.map((code) => ({ pkg, name: e.name, code }))),
    );
    expect(examples.length).toBeGreaterThan(50);
    expect(compileExamples(examples)).toEqual([]);
  }, 120_000);
});
