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
});
