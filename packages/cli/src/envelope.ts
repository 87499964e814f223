/** `--envelope`: the MsgHead parties as JSON, checked by the edi package's `defineEnvelope`. */
import { defineEnvelope, type Envelope } from "@pakkeforlop-hjem/edi";
import { isSdkError } from "@pakkeforlop-hjem/model";
import { invalid } from "./errors.ts";
import { decode, openSource, parseJson, readAll } from "./input.ts";
import type { Context } from "./io.ts";

/** Reads and checks an envelope file; a bad one is exit 1 with the edi package's reason (field and rule only). */
export async function loadEnvelope(ctx: Context, file: string): Promise<Envelope> {
  const doc = parseJson(decode(await readAll(await openSource(ctx, file), 1_000_000), file), file);
  return checkedEnvelope(doc);
}

/** Checks a parsed envelope. */
export function checkedEnvelope(doc: unknown): Envelope {
  try {
    return defineEnvelope(doc as Envelope);
  } catch (error) {
    if (isSdkError(error)) {
      throw invalid("bad_envelope", { detail: error.message });
    }
    if (error instanceof TypeError) {
      throw invalid("bad_envelope", { detail: "expected { sender, receiver } with organisation and service" });
    }
    throw error;
  }
}
