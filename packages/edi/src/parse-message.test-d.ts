import type { Issue } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import {
  type AppRecOutcome,
  appRecOutcomeFor,
  type BuiltAppRec,
  createAppRec,
  type EdiIssueCode,
  type ParsedMessage,
  parseMessage,
} from "./index.ts";

declare const xml: string;

describe("parseMessage", () => {
  test("reads a string or bytes and narrows on success", () => {
    const result = parseMessage(new Uint8Array(0));
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<ParsedMessage>();
      expectTypeOf(result.data.kind).toEqualTypeOf<"dialogmelding" | "msghead" | "epikrise" | "apprec">();
      expectTypeOf(result.data.issues).toEqualTypeOf<readonly Issue<EdiIssueCode>[]>();
    } else {
      expectTypeOf(result.error.issues[0]!.code).toEqualTypeOf<EdiIssueCode>();
    }
  });

  test("takes options as an object of known keys", () => {
    parseMessage(xml, { maxBytes: 1_000_000, ownHerIds: ["8139433"] });
    // @ts-expect-error: unknown option
    parseMessage(xml, { maxSize: 1_000_000 });
    // @ts-expect-error: not a string or bytes
    parseMessage({ xml });
  });
});

describe("createAppRec", () => {
  test("a rejection carries at least one error; an ok carries none", () => {
    const outcome = {} as AppRecOutcome;
    if (outcome.status === "rejected") {
      expectTypeOf(outcome.errors).toExtend<readonly [unknown, ...unknown[]]>();
    } else {
      expectTypeOf(outcome).not.toHaveProperty("errors");
    }
    // @ts-expect-error: a rejection without errors
    const empty: AppRecOutcome = { status: "rejected", errors: [] };
    void empty;
  });

  test("narrows on success and names the AppRec version explicitly", () => {
    const parsed = {} as ParsedMessage;
    const result = createAppRec(parsed, appRecOutcomeFor(parsed), { version: "1.1", id: "x", genDate: "y" });
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<BuiltAppRec>();
    }
    // @ts-expect-error: AppRec 1.0 or 1.1
    createAppRec(parsed, { status: "ok" }, { version: "2.0", id: "x", genDate: "y" });
    // @ts-expect-error: the version is required
    createAppRec(parsed, { status: "ok" }, { id: "x", genDate: "y" });
  });
});
