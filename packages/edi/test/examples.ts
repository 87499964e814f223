/**
 * The setup the message tests share (every built-in profile, the visible note, the GP notice): the example
 * assessments in `examples/data`, the fixed envelope, and build options with sequential ids, a fixed clock and the
 * synthetic test numbers allowed.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Assessment } from "@pakkeforlop-hjem/model";
import { ENVELOPE, fixedNow, sequentialIds } from "@pakkeforlop-hjem/test-utils/edi";
import type { Envelope } from "../src/envelope.ts";
import type { BuildOptions } from "../src/options.ts";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "examples", "data");

/** The valid example assessments every message test builds (each test adds the ones its subject needs). */
export const EXAMPLES = [
  "sp1-consent-all",
  "sp1-declines-municipality",
  "sp1-withhold-mental-health",
  "sp2-with-children",
  "sp3-palliative",
  "child-patient-guardian",
] as const;

/** The name of an example in `examples/data` (without `.json`). */
export type ExampleName = (typeof EXAMPLES)[number] | "sp1-declined" | "sp1-corrected";

/** An example assessment, read from `examples/data`. */
export function loadExample(name: ExampleName): Assessment {
  return JSON.parse(readFileSync(join(DATA, `${name}.json`), "utf8")) as Assessment;
}

/** The fixed sender and receiver of test-utils, as the edi package's envelope. */
export const envelope: Envelope = ENVELOPE as Envelope;

/** Build options for tests: a fresh sequential id source, the fixed clock, test numbers allowed, and `extra`. */
export function testBuildOptions(extra: Partial<BuildOptions> = {}): BuildOptions {
  return { ids: sequentialIds(), now: fixedNow(), allowTestNumbers: true, ...extra };
}
