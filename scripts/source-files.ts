/**
 * Helpers for the repository checks (`boundaries.test.ts`, `function-length.test.ts`): the TypeScript files of a
 * folder and what they import, read with the TypeScript compiler's own parser (so a string that looks like an import,
 * such as the source a generator emits, is never mistaken for one).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** Which files {@link typeScriptFiles} lists. */
export interface FileFilter {
  /** Include `*.test.ts` and `*.test-d.ts`. Default `false`. */
  readonly tests?: boolean;
  /** Folder names to skip wherever they occur (e.g. `generated`). */
  readonly skipFolders?: readonly string[];
}

/** Every `.ts` file under `dir` (none when it does not exist), sorted. */
export function typeScriptFiles(dir: string, filter: FileFilter = {}): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        return f === "node_modules" || filter.skipFolders?.includes(f) === true ? [] : typeScriptFiles(p, filter);
      }
      return /\.ts$/.test(f) && (filter.tests === true || !/\.test(-d)?\.ts$/.test(f)) ? [p] : [];
    });
}

/** Parses a file without type-checking it. */
export function parseFile(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/**
 * Every module specifier a file names: `import` and `export … from` (type-only ones included: a type import is a
 * dependency too), dynamic `import()` and `import("…")` types.
 */
export function importsOf(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) {
      if (ts.isStringLiteral(node.moduleSpecifier)) {
        out.push(node.moduleSpecifier.text);
      }
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      out.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}
