/**
 * The `pfh` executable: wires the real process into {@link main}. The only place that reads `process.argv` and sets
 * the exit code.
 */
import { main } from "./main.ts";

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // V8 grows the young generation of a thread that makes garbage fast up to 32 MB a semi-space, whatever survives:
  // a growth factor of 1 keeps the starting size (1 MB), swept as fast per document (NDJSON on this thread).
  holdYoungGeneration: async () => {
    (await import("node:v8")).setFlagsFromString("--semi-space-growth-factor=1");
  },
});
