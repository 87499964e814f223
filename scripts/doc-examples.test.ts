/**
 * Doc comments of the public API (issue 8, STYLE.md §7): every export of every public package has a doc comment;
 * every exported function, class and constant has an `@example`; and every example compiles against the package's
 * real exports. Free variables in an example (`assessment`, `text`, ...) stand for the reader's own data and are
 * declared as `any`; everything else (names of our exports, their arguments, their options) must type-check.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";

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
      return errors;
    }
  }
  return ["examples did not settle after declaring free variables"];
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
    const guides = [
      join(root, "README.md"),
      ...readdirSync(join(root, "docs"))
        .filter((f) => f.endsWith(".md"))
        .map((f) => join(root, "docs", f)),
    ];
    const examples: Example[] = guides.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({
        pkg: undefined,
        name: `${file.slice(root.length + 1)}#${i + 1}`,
        code: m[1] as string,
      })),
    );
    expect(examples.length).toBeGreaterThan(5);
    expect(compileExamples(examples)).toEqual([]);
  }, 120_000);

  test("every @example compiles against the real exports", () => {
    const examples = collected.flatMap(({ pkg, entries }) =>
      entries.flatMap((e) => e.examples.map((code) => ({ pkg, name: e.name, code }))),
    );
    expect(examples.length).toBeGreaterThan(50);
    expect(compileExamples(examples)).toEqual([]);
  }, 120_000);
});
