import type { Assessment, IssueCode } from "@pakkeforlop-hjem/model";
import type { Delivery } from "@pakkeforlop-hjem/pathway";
import { describe, expectTypeOf, test } from "vitest";
import {
  type BuildOptions,
  type BuiltMessage,
  buildEpikrise,
  buildHelsefagligDialog,
  type EdiIssueCode,
  type Envelope,
} from "./index.ts";

declare const assessment: Assessment;
declare const delivery: Delivery;
declare const envelope: Envelope;
const ids = { msgId: "00000000-0000-4000-8000-000000000001", genDate: "2026-03-01T10:00:00+01:00" } as const;

describe("buildHelsefagligDialog and buildEpikrise", () => {
  test("narrow on success: the message and its ids, or issues with the model's and edi's codes", () => {
    const result = buildHelsefagligDialog(assessment, delivery, envelope, ids);
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<BuiltMessage>();
      expectTypeOf(result.data.msgType).toEqualTypeOf<"DIALOG_HELSEFAGLIG" | "EPIKRISE">();
    } else {
      expectTypeOf(result.error.issues[0]!.code).toEqualTypeOf<IssueCode | EdiIssueCode>();
    }
    expectTypeOf(buildEpikrise).returns.toEqualTypeOf<typeof result>();
  });

  test("take ids and the clock as options, never from the environment", () => {
    expectTypeOf<BuildOptions["ids"]>().toEqualTypeOf<(() => string) | undefined>();
    expectTypeOf<BuildOptions["now"]>().toEqualTypeOf<(() => string) | undefined>();
    buildHelsefagligDialog(assessment, delivery, envelope, { ids: () => "u", now: () => "t", lang: "nn" });
  });

  test("reject unknown options, languages the SDK does not write and unknown note formats", () => {
    // @ts-expect-error: unknown option
    buildHelsefagligDialog(assessment, delivery, envelope, { ...ids, language: "nb" });
    // @ts-expect-error: nb, nn or en
    buildHelsefagligDialog(assessment, delivery, envelope, { ...ids, lang: "de" });
    // @ts-expect-error: xhtml or text
    buildHelsefagligDialog(assessment, delivery, envelope, { ...ids, format: "html" });
    // @ts-expect-error: options are required (ids and clock)
    buildHelsefagligDialog(assessment, delivery, envelope);
  });

  test("an envelope needs a sender and a receiver with HER-ids", () => {
    // @ts-expect-error: receiver missing
    const partial: Envelope = { sender: envelope.sender };
    void partial;
    expectTypeOf<Envelope["sender"]["organisation"]["herId"]>().toBeString();
  });
});
