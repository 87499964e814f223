/**
 * The zod schema of a {@link Shape} (issue 19): the `/zod` entry's schemas are made from the same shapes the main
 * entry checks without zod, so each structural rule has one home. Imported only by the `/zod` entry.
 */
import { isDate, isDateTime } from "@pakkeforlop-hjem/model";
import * as z from "zod";
import type { Shape, StringShape } from "./shape.ts";

// One zod schema per shape object, as the hand-written schemas shared theirs (`toPathwayJsonSchema` finds the
// embedded assessment by identity).
const made = new WeakMap<Shape, z.ZodType>();

function stringSchema(shape: StringShape): z.ZodType {
  if (shape.format === "url") {
    return z.url({ protocol: /^https?$/ });
  }
  if (shape.format === "date") {
    return z.stringFormat("date", isDate);
  }
  if (shape.format === "date-time") {
    return z.stringFormat("date-time", isDateTime);
  }
  let schema = z.string();
  if (shape.min !== undefined) {
    schema = schema.min(shape.min);
  }
  if (shape.max !== undefined) {
    schema = schema.max(shape.max);
  }
  return shape.pattern === undefined ? schema : schema.regex(shape.pattern);
}

function make(shape: Shape): z.ZodType {
  switch (shape.kind) {
    case "string":
      return stringSchema(shape);
    case "int":
      return z.int().min(shape.min).max(shape.max);
    case "boolean":
      return z.boolean();
    case "enum":
      return z.enum(shape.values as [string, ...string[]]);
    case "literal":
      return z.literal(shape.value);
    case "literals":
      return z.union(shape.values.map((v) => z.literal(v)));
    case "array": {
      let schema = z.array(toZod(shape.of));
      if (shape.min !== undefined) {
        schema = schema.min(shape.min);
      }
      return shape.max === undefined ? schema : schema.max(shape.max);
    }
    case "object":
      return z.strictObject(
        Object.fromEntries(
          Object.entries(shape.fields).map(([k, f]) => [k, f.optional ? toZod(f.shape).optional() : toZod(f.shape)]),
        ),
      );
    case "tagged":
      return z.discriminatedUnion(
        "type",
        shape.options.map((o) => toZod(o)) as unknown as [z.core.$ZodTypeDiscriminable],
      );
    case "any-object":
      return z.custom((v) => typeof v === "object" && v !== null && !Array.isArray(v), { message: shape.message });
  }
}

/** The zod schema of a shape, the same object for the same shape. */
export function toZod(shape: Shape): z.ZodType {
  let schema = made.get(shape);
  if (schema === undefined) {
    schema = make(shape);
    made.set(shape, schema);
  }
  return schema;
}
