/**
 * The structure of the pathway's documents (profiles, events) as plain data, one home for each structural rule
 * (issue 19). {@link shapeIssues} checks a value against a shape without zod, so the main entry validates with no
 * zod loaded; `shape-zod.ts` turns the same shape into the zod schema of the `/zod` entry (and through it the JSON
 * Schema that `pnpm gen` emits). The issues are the ones the zod schema gives through the model's `issuesFromZod`, in
 * the same order (a property test compares them).
 */
import { type Issue, isDate, isDateTime, MODEL_ISSUES, type PathSegment } from "@pakkeforlop-hjem/model";

/** A string: length bounds (UTF-16 code units, as zod counts), a pattern, or a named format. */
export interface StringShape {
  readonly kind: "string";
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  /** `date`, `date-time`: the model's `isDate`, `isDateTime` checks; `url`: an http(s) URL. */
  readonly format?: "date" | "date-time" | "url";
}

/** A whole number within bounds. */
export interface IntShape {
  readonly kind: "int";
  readonly min: number;
  readonly max: number;
}

/** One of the listed strings (a zod enum). */
export interface EnumShape {
  readonly kind: "enum";
  readonly values: readonly string[];
}

/** Exactly this string (a zod literal): the `type` of an event. */
export interface LiteralShape {
  readonly kind: "literal";
  readonly value: string;
}

/** One of the listed numbers (a zod union of literals). */
export interface LiteralsShape {
  readonly kind: "literals";
  readonly values: readonly number[];
}

/** An array of one shape, with length bounds. */
export interface ArrayShape {
  readonly kind: "array";
  readonly of: Shape;
  readonly min?: number;
  readonly max?: number;
}

/** A field of an object: its shape and whether it may be absent. */
export interface Field {
  readonly shape: Shape;
  readonly optional: boolean;
}

/** A strict object: the listed fields and no others. */
export interface ObjectShape {
  readonly kind: "object";
  readonly fields: Readonly<Record<string, Field>>;
}

/** Strict objects told apart by their `type` field (a zod discriminated union). */
export interface TaggedShape {
  readonly kind: "tagged";
  readonly options: readonly ObjectShape[];
}

/** Any object (the check of its content is elsewhere, e.g. the model's validator for an embedded assessment). */
export interface AnyObjectShape {
  readonly kind: "any-object";
  readonly message: string;
}

export type Shape =
  | StringShape
  | IntShape
  | { readonly kind: "boolean" }
  | EnumShape
  | LiteralShape
  | LiteralsShape
  | ArrayShape
  | ObjectShape
  | TaggedShape
  | AnyObjectShape;

/** Shape constructors, short because the document shapes are long. */
export const s = {
  string: (o: Omit<StringShape, "kind"> = {}): StringShape => ({ kind: "string", ...o }),
  int: (min: number, max: number): IntShape => ({ kind: "int", min, max }),
  boolean: (): Shape => ({ kind: "boolean" }),
  enum: (values: readonly string[]): EnumShape => ({ kind: "enum", values }),
  literal: (value: string): LiteralShape => ({ kind: "literal", value }),
  literals: (...values: number[]): LiteralsShape => ({ kind: "literals", values }),
  array: (of: Shape, bounds: { readonly min?: number; readonly max?: number } = {}): ArrayShape => ({
    kind: "array",
    of,
    ...bounds,
  }),
  /** A strict object; wrap a field's shape in {@link s.optional} when it may be absent. */
  object: (fields: Readonly<Record<string, Shape | Field>>): ObjectShape => ({
    kind: "object",
    fields: Object.fromEntries(
      Object.entries(fields).map(([k, f]) => [k, "optional" in f ? f : { shape: f, optional: false }]),
    ),
  }),
  optional: (shape: Shape): Field => ({ shape, optional: true }),
  tagged: (options: readonly ObjectShape[]): TaggedShape => ({ kind: "tagged", options }),
  anyObject: (message: string): AnyObjectShape => ({ kind: "any-object", message }),
};

type Out = Issue[];

const received = (v: unknown): string => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);

function typeIssue(out: Out, path: PathSegment[], value: unknown, expected: string): void {
  out.push(
    value === undefined
      ? MODEL_ISSUES.issue("required", [...path], {})
      : MODEL_ISSUES.issue("invalid_type", [...path], { expected, received: received(value) }),
  );
}

// URL is a global in Node, browsers and workers; the lib settings (ES2022, no DOM) do not declare it.
declare const URL: new (input: string) => { readonly protocol: string };

/** As zod's `z.url({ protocol: /^https?$/ })`: a URL the runtime parses, with an http or https scheme. */
function isHttpUrl(value: string): boolean {
  try {
    const protocol = new URL(value.trim()).protocol;
    return /^https?$/.test(protocol.endsWith(":") ? protocol.slice(0, -1) : protocol);
  } catch {
    return false;
  }
}

/**
 * zod's length checks (`min`, `max` of strings and arrays) run on any value that has a length, even after a type
 * issue (an array where a string belongs, a string where an array belongs), and name the value's origin.
 */
function checkLength(shape: StringShape | ArrayShape, v: unknown, path: PathSegment[], out: Out): void {
  if (v === undefined || v === null || (v as { length?: unknown }).length === undefined) {
    return;
  }
  const length = (v as { length: number }).length;
  const origin = typeof v === "string" ? "string" : Array.isArray(v) ? "array" : "number";
  if (shape.min !== undefined && !(length >= shape.min)) {
    out.push(MODEL_ISSUES.issue("too_small", [...path], { origin, minimum: shape.min }));
  }
  if (shape.max !== undefined && !(length <= shape.max)) {
    out.push(MODEL_ISSUES.issue("too_big", [...path], { origin, maximum: shape.max }));
  }
}

function checkString(shape: StringShape, v: unknown, path: PathSegment[], out: Out): void {
  if (typeof v !== "string") {
    typeIssue(out, path, v, "string");
    checkLength(shape, v, path, out);
    return;
  }
  if (shape.format === "url" && !isHttpUrl(v)) {
    out.push(MODEL_ISSUES.issue("invalid_format", [...path], { format: "url" }));
  }
  checkLength(shape, v, path, out);
  if (shape.pattern !== undefined && !shape.pattern.test(v)) {
    out.push(MODEL_ISSUES.issue("invalid_format", [...path], { format: "regex" }));
  }
  if ((shape.format === "date" && !isDate(v)) || (shape.format === "date-time" && !isDateTime(v))) {
    out.push(MODEL_ISSUES.issue("invalid_format", [...path], { format: shape.format }));
  }
}

function checkInt(shape: IntShape, v: unknown, path: PathSegment[], out: Out): void {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    typeIssue(out, path, v, typeof v === "number" && Number.isFinite(v) ? "integer" : "number");
    return;
  }
  // As zod's int(): beyond the safe integers first, then the shape's own bounds.
  if (v > Number.MAX_SAFE_INTEGER) {
    out.push(MODEL_ISSUES.issue("too_big", [...path], { origin: "number", maximum: Number.MAX_SAFE_INTEGER }));
  } else if (v < Number.MIN_SAFE_INTEGER) {
    out.push(MODEL_ISSUES.issue("too_small", [...path], { origin: "number", minimum: Number.MIN_SAFE_INTEGER }));
  }
  if (v < shape.min) {
    out.push(MODEL_ISSUES.issue("too_small", [...path], { origin: "number", minimum: shape.min }));
  }
  if (v > shape.max) {
    out.push(MODEL_ISSUES.issue("too_big", [...path], { origin: "number", maximum: shape.max }));
  }
}

function checkArray(shape: ArrayShape, v: unknown, path: PathSegment[], out: Out): void {
  if (!Array.isArray(v)) {
    typeIssue(out, path, v, "array");
  } else if (shape.max !== undefined && v.length > shape.max) {
    // zod checks no element of an array that is too long.
    out.push(MODEL_ISSUES.issue("too_big", [...path], { origin: "array", maximum: shape.max }));
    return;
  } else {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      check(shape.of, v[i], path, out);
      path.pop();
    }
  }
  checkLength(shape, v, path, out);
}

function checkObject(shape: ObjectShape, v: unknown, path: PathSegment[], out: Out): void {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    typeIssue(out, path, v, "object");
    return;
  }
  const o = v as Record<string, unknown>;
  for (const [key, field] of Object.entries(shape.fields)) {
    const value = o[key];
    if (value === undefined && field.optional) {
      continue;
    }
    path.push(key);
    check(field.shape, value, path, out);
    path.pop();
  }
  for (const key of Object.keys(o)) {
    if (!Object.hasOwn(shape.fields, key)) {
      out.push(MODEL_ISSUES.issue("unrecognized_key", [...path], {}));
    }
  }
}

/** The `type` an option of a tagged shape has. */
function tagOf(option: ObjectShape): string | undefined {
  const field = option.fields["type"];
  return field?.shape.kind === "literal" ? field.shape.value : undefined;
}

function checkTagged(shape: TaggedShape, v: unknown, path: PathSegment[], out: Out): void {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    typeIssue(out, path, v, "object");
    return;
  }
  const tag = (v as Record<string, unknown>)["type"];
  const option = shape.options.find((o) => tagOf(o) === tag);
  if (option === undefined) {
    path.push("type");
    out.push(
      tag === undefined
        ? MODEL_ISSUES.issue("required", [...path], {})
        : MODEL_ISSUES.issue("invalid_value", [...path], {
            expected: shape.options.map((o) => String(tagOf(o))),
          }),
    );
    path.pop();
    return;
  }
  checkObject(option, v, path, out);
}

function checkValue(shape: LiteralShape | EnumShape | LiteralsShape, v: unknown, path: PathSegment[], out: Out): void {
  const values: readonly unknown[] = shape.kind === "literal" ? [shape.value] : shape.values;
  if (values.includes(v)) {
    return;
  }
  out.push(
    v === undefined
      ? MODEL_ISSUES.issue("required", [...path], {})
      : MODEL_ISSUES.issue("invalid_value", [...path], {
          // zod names the values of an enum or a literal, not those of a union of literals.
          expected: shape.kind === "literals" ? [] : values.map(String),
        }),
  );
}

function check(shape: Shape, v: unknown, path: PathSegment[], out: Out): void {
  switch (shape.kind) {
    case "string":
      checkString(shape, v, path, out);
      break;
    case "int":
      checkInt(shape, v, path, out);
      break;
    case "boolean":
      if (typeof v !== "boolean") {
        typeIssue(out, path, v, "boolean");
      }
      break;
    case "literal":
    case "enum":
    case "literals":
      checkValue(shape, v, path, out);
      break;
    case "array":
      checkArray(shape, v, path, out);
      break;
    case "object":
      checkObject(shape, v, path, out);
      break;
    case "tagged":
      checkTagged(shape, v, path, out);
      break;
    case "any-object":
      if (typeof v !== "object" || v === null || Array.isArray(v)) {
        out.push(MODEL_ISSUES.issue("invalid_value", [...path], { expected: [] }));
      }
      break;
  }
}

/**
 * Every structural issue of `value` against `shape`, as the zod schema of the same shape reports them through
 * `issuesFromZod`.
 */
export function shapeIssues(shape: Shape, value: unknown): Issue[] {
  const out: Out = [];
  check(shape, value, [], out);
  return out;
}
