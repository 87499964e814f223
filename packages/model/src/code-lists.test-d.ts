import { describe, expectTypeOf, test } from "vitest";
import { displayOf, LANGS, type Lang, TOPIC_STATUSES, TOPICS, type TopicKey } from "./index.ts";

describe("code lists", () => {
  test("a list's codes are its literal union, with at least one code", () => {
    expectTypeOf(TOPICS.codes[0]).toEqualTypeOf<TopicKey>();
    expectTypeOf(TOPICS.codes).toExtend<readonly [TopicKey, ...TopicKey[]]>();
  });

  test("displayOf takes a code of the list it is given and one of the three languages", () => {
    expectTypeOf(displayOf(TOPICS, "nutrition", "nb")).toBeString();
    // @ts-expect-error: a topic status is not a topic
    displayOf(TOPICS, "need", "nb");
    // @ts-expect-error: the SDK writes nb, nn and en only
    displayOf(TOPIC_STATUSES, "need", "se");
    expectTypeOf(LANGS).toEqualTypeOf<readonly Lang[]>();
    expectTypeOf<Lang>().toEqualTypeOf<"nb" | "nn" | "en">();
  });
});
