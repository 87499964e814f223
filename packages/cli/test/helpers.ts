/** Runs `pfh` in-process with string I/O, a temp working directory and a fixed clock and id source. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIo, CliWritable } from "../src/io.ts";
import { main } from "../src/main.ts";

export const ROOT: string = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const EXAMPLES: string = join(ROOT, "examples", "data");
export const NOW = "2026-03-10T12:00:00+01:00";
export const MSG_ID = "4f6c3b2a-1d2e-4f00-8a00-000000000001";

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

class Collector implements CliWritable {
  text = "";
  readonly isTTY: boolean;
  constructor(tty = false) {
    this.isTTY = tty;
  }
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

async function* chunksOf(input: string | undefined): AsyncGenerator<Uint8Array> {
  if (input !== undefined) {
    // Small chunks, so line splitting across chunk borders is exercised.
    const bytes = Buffer.from(input, "utf8");
    for (let i = 0; i < bytes.length; i += 1000) {
      yield bytes.subarray(i, i + 1000);
    }
  }
}

/** A fresh temp folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "pfh-test-"));
}

/** Writes a file into a folder and returns its path. */
export function put(dir: string, name: string, content: string | unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
}

/** An example assessment from examples/data. */
export function example(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(EXAMPLES, name), "utf8")) as Record<string, unknown>;
}

/** Runs pfh with the given arguments. */
export async function run(
  argv: readonly string[],
  options: { stdin?: string; cwd?: string; env?: Record<string, string>; io?: Partial<CliIo>; tty?: boolean } = {},
): Promise<RunResult> {
  const stdout = new Collector();
  const stderr = new Collector(options.tty ?? false);
  let ms = 0;
  const code = await main({
    argv,
    stdin: chunksOf(options.stdin),
    stdout,
    stderr,
    cwd: options.cwd ?? tempDir(),
    env: options.env ?? {},
    now: () => new Date("2026-03-10T11:00:00Z"),
    randomUUID: () => "00000000-0000-4000-8000-000000000000",
    monotonic: () => {
      ms += 1;
      return ms;
    },
    maxRssKb: () => 1234,
    ...options.io,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Every JSON line of an output. */
export function jsonLines(text: string): Record<string, any>[] {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, any>);
}
