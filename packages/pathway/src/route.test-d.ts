import type { Assessment, SharablePart } from "@pakkeforlop-hjem/model";
import { describe, expectTypeOf, test } from "vitest";
import {
  type Delivery,
  type DeliveryChannel,
  type DeliveryRecipient,
  type EntryPointService,
  type MessageKind,
  NATIONAL_PROFILE,
  type PATHWAY_MARKING,
  privacyFor,
  type RouteRule,
  route,
  type WithheldReason,
} from "./index.ts";

declare const assessment: Assessment;

describe("route", () => {
  test("returns the deliveries to send and the ones withheld, each with its reason", () => {
    const { deliveries, withheld } = route(assessment, NATIONAL_PROFILE);
    expectTypeOf(deliveries).toEqualTypeOf<readonly Delivery[]>();
    expectTypeOf(withheld[0]!.reason).toEqualTypeOf<WithheldReason>();
    expectTypeOf(withheld[0]).not.toHaveProperty("channel");
  });

  test("a delivery says who, how, which message and by which rule, all as closed unions", () => {
    const d = {} as Delivery;
    expectTypeOf(d.channel).toEqualTypeOf<DeliveryChannel>();
    expectTypeOf(d.messageKind).toEqualTypeOf<MessageKind | "patient-letter" | "gp-decline-notice">();
    expectTypeOf(d.rule).toEqualTypeOf<RouteRule>();
    expectTypeOf(d.role).toEqualTypeOf<"primary" | "copy">();
    expectTypeOf(d.marking).toEqualTypeOf<typeof PATHWAY_MARKING>();
    expectTypeOf(d.interactionPoint).toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf<DeliveryChannel>().toEqualTypeOf<"nhn" | "helsenorge" | "paper">();
  });

  test("a recipient narrows on its kind: only the municipality has a service", () => {
    const r = {} as DeliveryRecipient;
    if (r.kind === "municipality") {
      expectTypeOf(r.service).toEqualTypeOf<EntryPointService>();
    } else {
      expectTypeOf(r).not.toHaveProperty("service");
    }
  });

  test("the parts a delivery holds back are the model's sharable parts", () => {
    const privacy = privacyFor(assessment, NATIONAL_PROFILE, { kind: "gp" });
    expectTypeOf(privacy.withhold).toEqualTypeOf<readonly SharablePart[] | undefined>();
    // @ts-expect-error: a recipient is an object with its kind
    privacyFor(assessment, NATIONAL_PROFILE, "gp");
  });

  test("takes options as an object of known keys", () => {
    route(assessment, NATIONAL_PROFILE, { senderSystem: "dips" });
    // @ts-expect-error: unknown option
    route(assessment, NATIONAL_PROFILE, { sender: "dips" });
    // @ts-expect-error: the profile is required; routing is never implicit
    route(assessment);
  });
});
