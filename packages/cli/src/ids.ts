/**
 * Ids and clock for messages: `--msg-id` and `--now` make output reproducible; without them the CLI (the one place
 * allowed to) uses `crypto.randomUUID()` and the wall clock.
 */
import type { Context } from "./io.ts";

/**
 * A UUID source: with a base id, the base first and then the base with its last group counted up (so several
 * messages of one run get distinct, reproducible ids); without one, random UUIDs.
 */
export function idSource(ctx: Context, base: string | undefined): () => string {
  if (base === undefined) {
    return ctx.randomUUID;
  }
  const head = base.slice(0, 24).toLowerCase();
  let n = BigInt(`0x${base.slice(24)}`);
  return () => {
    const id = `${head}${n.toString(16).padStart(12, "0")}`;
    n = (n + 1n) % 0x1000000000000n;
    return id;
  };
}

/** An xs:dateTime for `--now`, or the wall clock in UTC without milliseconds. */
export function nowOf(ctx: Context, given: string | undefined): string {
  return given ?? `${ctx.now().toISOString().slice(0, 19)}Z`;
}
