/**
 * Compiles the structural zod schema of the assessment into plain JavaScript (emitted as TypeScript), so the
 * shipped validator needs neither zod nor `new Function` at run time: CSP-safe, small and fast. The output is
 * proven equivalent to the zod schema by property tests (src/validate.test.ts). Only the zod constructs the model
 * uses are supported; anything else stops generation with an error naming it.
 */
import type * as z from "zod";

// zod's internal definitions are untyped here by design: the generator reads them and refuses what it does not know.
type Def = any;

interface Ctx {
  fns: string[];
  consts: string[];
  objectIds: Map<unknown, string>;
  /** Sets of known keys by their content, so objects with the same keys share one. */
  keySets: Map<string, string>;
  seq: number;
}

const js = (v: unknown): string => JSON.stringify(v);

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

/** Error call: path is the stack `p` plus an optional last key expression. */
function err(key: string | null, code: string, params: string): string {
  return `pushIssue(e, p, ${key ?? "undefined"}, ${js(code)}, ${params});`;
}

function describeOption(def: Def): string[] {
  switch (def.type) {
    case "literal":
      return def.values.map((v: unknown) => String(v));
    case "enum":
      return Object.values(def.entries).map((v) => String(v));
    case "number": {
      const { min, max } = numberBounds(def);
      return [`${min ?? "-∞"}–${max ?? "∞"}`];
    }
    default:
      throw new Error(`gen-validator: unsupported union option type "${def.type}"`);
  }
}

function numberBounds(def: Def): { min?: number; max?: number; int: boolean } {
  let min: number | undefined;
  let max: number | undefined;
  for (const c of def.checks ?? []) {
    const cd = defOf(c);
    if (cd.check === "greater_than" && cd.inclusive) {
      min = cd.value;
    } else if (cd.check === "less_than" && cd.inclusive) {
      max = cd.value;
    } else {
      throw new Error(`gen-validator: unsupported number check "${cd.check}"`);
    }
  }
  const out: { min?: number; max?: number; int: boolean } = { int: def.format === "safeint" };
  if (out.int && (min === undefined || max === undefined)) {
    // zod bounds unbounded int() to the safe-integer range; the model always states its own bounds.
    throw new Error("gen-validator: integers need both a minimum and a maximum");
  }
  if (min !== undefined) {
    out.min = min;
  }
  if (max !== undefined) {
    out.max = max;
  }
  return out;
}

/** A boolean expression that is true when `x` satisfies a leaf schema (for non-discriminated unions). */
function predicate(def: Def, x: string): string {
  switch (def.type) {
    case "literal":
      return `(${def.values.map((v: unknown) => `${x} === ${js(v)}`).join(" || ")})`;
    case "enum":
      return `(${Object.values(def.entries)
        .map((v) => `${x} === ${js(v)}`)
        .join(" || ")})`;
    case "number": {
      const b = numberBounds(def);
      const parts = [`typeof ${x} === "number"`, b.int ? `Number.isInteger(${x})` : `Number.isFinite(${x})`];
      if (b.min !== undefined) {
        parts.push(`${x} >= ${b.min}`);
      }
      if (b.max !== undefined) {
        parts.push(`${x} <= ${b.max}`);
      }
      return `(${parts.join(" && ")})`;
    }
    default:
      throw new Error(`gen-validator: unsupported union option type "${def.type}"`);
  }
}

function genString(def: Def, x: string, key: string | null): string {
  const checks: Def[] = (def.checks ?? []).map(defOf);
  const min = checks.findIndex((c: Def) => c.check === "min_length");
  const max = checks.findIndex((c: Def) => c.check === "max_length");
  // The common shape (format, then at most one minimum, then at most one maximum) is one call of the run-time's
  // `checkString`, which makes the same checks in the same order; it keeps the validator small enough for its
  // bundle budget.
  if (checks.length === (min === -1 ? 0 : 1) + (max === -1 ? 0 : 1) && (min === -1 || max === -1 || min < max)) {
    const format = def.check === "string_format" ? js(def.format) : '""';
    const lo = min === -1 ? 0 : (checks[min] as Def).minimum;
    const hi = max === -1 ? "Infinity" : String((checks[max] as Def).maximum);
    return `checkString(e, p, ${key ?? "undefined"}, ${x}, ${format}, ${lo}, ${hi}, o);`;
  }
  const lines: string[] = [];
  lines.push(
    `if (typeof ${x} !== "string") { ${err(key, "invalid_type", `{ expected: "string", received: receivedType(${x}) }`)} } else {`,
  );
  if (def.check === "string_format") {
    lines.push(
      `if (!o.f[${js(def.format)}]!(${x})) { pushFormatIssue(e, p, ${key ?? "undefined"}, ${js(def.format)}, ${x}, o); }`,
    );
  }
  for (const cd of checks) {
    if (cd.check === "min_length") {
      lines.push(
        `if (codePointLength(${x}) < ${cd.minimum}) { ${err(key, "too_small", `{ origin: "string", minimum: ${cd.minimum} }`)} }`,
      );
    } else if (cd.check === "max_length") {
      lines.push(
        `if (codePointLength(${x}) > ${cd.maximum}) { ${err(key, "too_big", `{ origin: "string", maximum: ${cd.maximum} }`)} }`,
      );
    } else {
      throw new Error(`gen-validator: unsupported string check "${cd.check}"`);
    }
  }
  lines.push("}");
  return lines.join("\n");
}

function genNode(ctx: Ctx, schema: unknown, x: string, key: string | null, depth: number): string {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return genString(def, x, key);
    case "boolean":
      return `if (typeof ${x} !== "boolean") { ${err(key, "invalid_type", `{ expected: "boolean", received: receivedType(${x}) }`)} }`;
    case "number": {
      const b = numberBounds(def);
      const lines = [
        `if (typeof ${x} !== "number" || !Number.isFinite(${x})) { ${err(key, "invalid_type", `{ expected: "number", received: receivedType(${x}) }`)} }`,
      ];
      if (b.int) {
        lines.push(
          // As zod's int(): a fraction is a type error; an integer beyond the bounds is too big or too small.
          `else if (!Number.isInteger(${x})) { ${err(key, "invalid_type", `{ expected: "integer", received: "number" }`)} }`,
        );
      }
      lines.push("else {");
      if (b.min !== undefined) {
        lines.push(`if (${x} < ${b.min}) { ${err(key, "too_small", `{ origin: "number", minimum: ${b.min} }`)} }`);
      }
      if (b.max !== undefined) {
        lines.push(`if (${x} > ${b.max}) { ${err(key, "too_big", `{ origin: "number", maximum: ${b.max} }`)} }`);
      }
      lines.push("}");
      return lines.join("\n");
    }
    case "literal":
    case "enum": {
      const values = def.type === "literal" ? def.values : Object.values(def.entries);
      return `if (!${predicate(def, x)}) { ${err(key, "invalid_value", `{ expected: ${js(values.map(String))} }`)} }`;
    }
    case "union": {
      if (def.discriminator !== undefined) {
        return genDiscriminated(ctx, def, x, key);
      }
      const expected = def.options.flatMap((o: unknown) => describeOption(defOf(o)));
      const test = def.options.map((o: unknown) => predicate(defOf(o), x)).join(" || ");
      return `if (!(${test})) { ${err(key, "invalid_value", `{ expected: ${js(expected)} }`)} }`;
    }
    case "array": {
      let max: number | undefined;
      for (const c of def.checks ?? []) {
        const cd = defOf(c);
        if (cd.check === "max_length") {
          max = cd.maximum;
        } else {
          throw new Error(`gen-validator: unsupported array check "${cd.check}"`);
        }
      }
      const i = `i${depth}`;
      const el = `x${depth}`;
      const lines = [
        `if (!Array.isArray(${x})) { ${err(key, "invalid_type", `{ expected: "array", received: receivedType(${x}) }`)} }`,
      ];
      if (max !== undefined) {
        lines.push(`else if (${x}.length > ${max}) { ${err(key, "too_big", `{ origin: "array", maximum: ${max} }`)} }`);
      }
      lines.push("else {");
      if (key !== null) {
        lines.push(`p.push(${key});`);
      }
      lines.push(`for (let ${i} = 0; ${i} < ${x}.length; ${i}++) { const ${el} = ${x}[${i}];`);
      lines.push(genNode(ctx, def.element, el, i, depth + 1));
      lines.push("}");
      if (key !== null) {
        lines.push("p.pop();");
      }
      lines.push("}");
      return lines.join("\n");
    }
    case "object": {
      const fn = objectFunction(ctx, schema);
      return [
        `if (typeof ${x} !== "object" || ${x} === null || Array.isArray(${x})) { ${err(key, "invalid_type", `{ expected: "object", received: receivedType(${x}) }`)} }`,
        key === null ? `else { ${fn}(${x}, p, e, o); }` : `else { p.push(${key}); ${fn}(${x}, p, e, o); p.pop(); }`,
      ].join("\n");
    }
    default:
      throw new Error(`gen-validator: unsupported zod type "${def.type}"`);
  }
}

function genDiscriminated(ctx: Ctx, def: Def, x: string, key: string | null): string {
  const disc: string = def.discriminator;
  const cases: string[] = [];
  const all: string[] = [];
  for (const option of def.options) {
    const odef = defOf(option);
    const d = defOf(odef.shape[disc]);
    const values: unknown[] = d.type === "literal" ? d.values : Object.values(d.entries);
    const fn = objectFunction(ctx, option);
    for (const v of values) {
      all.push(String(v));
      cases.push(`case ${js(v)}:`);
    }
    cases.push(`${fn}(${x}, p, e, o); break;`);
  }
  return [
    `if (typeof ${x} !== "object" || ${x} === null || Array.isArray(${x})) { ${err(key, "invalid_type", `{ expected: "object", received: receivedType(${x}) }`)} }`,
    "else {",
    key === null ? "" : `p.push(${key});`,
    `switch (${x}[${js(disc)}]) {`,
    ...cases,
    `default: if (${x}[${js(disc)}] === undefined) { ${err(js(disc), "required", "{}")} } else { ${err(js(disc), "invalid_value", `{ expected: ${js(all)} }`)} }`,
    "}",
    key === null ? "" : "p.pop();",
    "}",
  ].join("\n");
}

function objectFunction(ctx: Ctx, schema: unknown): string {
  const existing = ctx.objectIds.get(schema);
  if (existing !== undefined) {
    return existing;
  }
  const def = defOf(schema);
  if (defOf(def.catchall)?.type !== "never") {
    throw new Error("gen-validator: only strict objects are supported");
  }
  const name = `o${ctx.seq++}`;
  ctx.objectIds.set(schema, name);
  const keys = Object.keys(def.shape);
  let known = ctx.keySets.get(js(keys));
  if (known === undefined) {
    known = `K${name}`;
    ctx.keySets.set(js(keys), known);
    ctx.consts.push(`const ${known}: ReadonlySet<string> = new Set(${js(keys)});`);
  }
  const body: string[] = ["let n = 0;"];
  keys.forEach((k, idx) => {
    let child = def.shape[k];
    let optional = false;
    if (defOf(child).type === "optional") {
      optional = true;
      child = defOf(child).innerType;
    }
    const a = `a${idx}`;
    body.push(`const ${a} = v[${js(k)}];`);
    body.push(`if (${a} === undefined) {`);
    body.push(optional ? "" : err(js(k), "required", "{}"));
    body.push("} else { n++;");
    body.push(genNode(ctx, child, a, js(k), 1));
    body.push("}");
  });
  body.push(`if (n !== Object.keys(v).length) { checkUnknownKeys(v, ${known}, p, e); }`);
  const code = body.join("\n");
  const oParam = /\bo\b/.test(code) ? "o" : "_o";
  ctx.fns.push(`function ${name}(v: any, p: Path, e: Issue[], ${oParam}: Ctx): void {\n${code}\n}`);
  return name;
}

/** Generates the TypeScript source of the precompiled validator for a strict zod object schema. */
export function generateValidatorSource(schema: z.ZodType, options: { banner: string; exportName: string }): string {
  const ctx: Ctx = { fns: [], consts: [], objectIds: new Map(), keySets: new Map(), seq: 0 };
  const root = objectFunction(ctx, schema);
  const body = ctx.fns.join("\n\n");
  // Import only the helpers the code calls (an unused import fails the type check).
  const helpers = [
    "checkString",
    "checkUnknownKeys",
    "codePointLength",
    "pushFormatIssue",
    "pushIssue",
    "receivedType",
  ].filter((h) => h === "pushIssue" || h === "receivedType" || new RegExp(`\\b${h}\\(`).test(body));
  return `${options.banner}
/* eslint-disable */
// biome-ignore-all lint: generated code
import type { Issue } from "../errors.ts";
import { ${helpers.join(", ")}, type Ctx, type Path } from "../internal/validator-runtime.ts";

${ctx.consts.join("\n")}

${body}

/** Structural validation of one document; pushes issues into \`e\`. */
export function ${options.exportName}(v: unknown, e: Issue[], o: Ctx): void {
  const p: Path = [];
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    pushIssue(e, p, undefined, "invalid_type", { expected: "object", received: receivedType(v) });
    return;
  }
  ${root}(v, p, e, o);
}
`;
}
