/**
 * House rule: no function in a package's library source (`packages/<name>/src`, tests and `src/generated/` aside) is
 * longer than 150 lines, so a newcomer can read any rule on a page or two. Measured with the TypeScript parser:
 * function declarations, function expressions, arrow functions, methods, constructors and accessors, each from its
 * first token (doc comment excluded) to its closing brace; a function inside another counts for both.
 */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { parseFile, typeScriptFiles } from "./source-files.ts";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const MAX_LINES = 150;

/** A function's name for people: its own, the variable or property it is assigned to, or the call it is passed to. */
function nameOf(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (node.name !== undefined) {
    return node.name.getText(source);
  }
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isCallExpression(parent)) {
    const first = parent.arguments[0];
    const label = first !== undefined && ts.isStringLiteralLike(first) ? JSON.stringify(first.text) : "…";
    return `${parent.expression.getText(source)}(${label})`;
  }
  return ts.isConstructorDeclaration(node) ? "constructor" : "(anonymous)";
}

/** Every function with a body in a file, with its name (qualified by the functions around it) and length in lines. */
function functionsOf(source: ts.SourceFile): { name: string; lines: number }[] {
  const out: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node, outer: string | undefined): void => {
    let here = outer;
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const own = nameOf(node, source);
      here = outer === undefined ? own : `${outer} > ${own}`;
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ name: here, lines: last - first + 1 });
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(source, undefined);
  return out;
}

const files = readdirSync(join(root, "packages")).flatMap((d) =>
  typeScriptFiles(join(root, "packages", d, "src"), { skipFolders: ["generated"] }),
);

describe("function length", () => {
  test(`no function in packages/*/src is longer than ${MAX_LINES} lines (split it)`, () => {
    const long: string[] = [];
    for (const file of files) {
      for (const fn of functionsOf(parseFile(file))) {
        if (fn.lines > MAX_LINES) {
          long.push(`${relative(root, file).split(sep).join("/")}: ${fn.name}`);
        }
      }
    }
    expect(long, "functions over the limit: split them").toEqual([]);
  });

  test("measures declarations, arrows, methods and nested functions by their lines", () => {
    const source = ts.createSourceFile(
      "x.ts",
      [
        "/** doc */",
        "export function outer(): void {",
        "  const inner = () => {",
        "    return 1;",
        "  };",
        '  emitter.on("event", function () {});',
        "}",
        "class C {",
        "  m(): number {",
        "    return 2;",
        "  }",
        "}",
      ].join("\n"),
      ts.ScriptTarget.Latest,
      true,
    );
    expect(functionsOf(source)).toEqual([
      { name: "outer", lines: 6 },
      { name: "outer > inner", lines: 3 },
      { name: 'outer > emitter.on("event")', lines: 1 },
      { name: "m", lines: 3 },
    ]);
  });
});
