/**
 * The injected I/O of every command (ARCHITECTURE.md: only the CLI touches the file system, the process, the console
 * and the clock). `bin.ts` passes the real process; tests pass strings, temp dirs and fixed clocks, so commands run
 * in-process and give the same output every time.
 */
import { mkdir, open, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Lang } from "@pakkeforlop-hjem/model/validator";

/** Where a command writes: `process.stdout`, `process.stderr`, or a collector in tests. */
export interface CliWritable {
  write(chunk: string): boolean;
  once?(event: "drain", listener: () => void): unknown;
  readonly isTTY?: boolean;
}

/** The file system calls the commands use (paths are resolved against `cwd` first). */
export interface CliFs {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /**
   * Chunks of a file, for streaming (NDJSON). A chunk may be overwritten by the next read: a reader copies what it
   * keeps past asking for the next chunk.
   */
  readonly readStream: (path: string) => AsyncIterable<Uint8Array | string>;
  readonly writeFile: (path: string, content: string) => Promise<void>;
  readonly mkdir: (path: string) => Promise<void>;
  readonly isDirectory: (path: string) => Promise<boolean>;
}

/** What a command gets: arguments, streams and, optionally, the file system, environment, clock and id source. */
export interface CliIo {
  /** The arguments after `pfh`. */
  readonly argv: readonly string[];
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: CliWritable;
  readonly stderr: CliWritable;
  readonly fs?: CliFs;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** The wall clock (defaults for `--now` and `--today`). */
  readonly now?: () => Date;
  /** The id source (default for `--msg-id`). */
  readonly randomUUID?: () => string;
  /** A monotonic clock in milliseconds (progress lines and `--stats`). */
  readonly monotonic?: () => number;
  /** Peak resident set size in kilobytes (`--stats`). */
  readonly maxRssKb?: () => number;
  /** How often a long NDJSON run prints a progress line, in milliseconds (default 1000). */
  readonly progressEveryMs?: number;
  /**
   * Holds this thread's young generation at its starting size for the rest of the process, before a long NDJSON run
   * checks lines here (flat memory, issue 19). `bin.ts` sets a V8 flag; tests leave it out, so a test runner's heap is
   * never touched.
   */
  readonly holdYoungGeneration?: () => Promise<void>;
}

/** The real file system. */
export const NODE_FS: CliFs = {
  readFile: async (path) => readFile(path),
  readStream: (path) => readChunks(path),
  writeFile: async (path, content) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  },
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  isDirectory: async (path) => {
    try {
      return (await stat(path)).isDirectory();
    } catch {
      return false;
    }
  },
};

/**
 * A file's chunks, read into one buffer that every read reuses: a long NDJSON run leaves no trail of read buffers for
 * the collector (a thread that only reads and writes collects rarely, and dead buffers would pile up in memory).
 */
async function* readChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.allocUnsafeSlow(256 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) {
        return;
      }
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** An I/O context with every default filled in, plus the chosen language and debug flag. */
export interface Context {
  readonly io: CliIo;
  readonly fs: CliFs;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly lang: Lang;
  readonly debug: boolean;
  readonly now: () => Date;
  readonly randomUUID: () => string;
  readonly monotonic: () => number;
  readonly maxRssKb: () => number;
  /** Resolves a path the user gave against the working directory. */
  readonly path: (p: string) => string;
}

/** Fills in the defaults of an I/O context. */
export function createContext(io: CliIo, lang: Lang, debug: boolean): Context {
  const cwd = io.cwd ?? process.cwd();
  return {
    io,
    fs: io.fs ?? NODE_FS,
    env: io.env ?? {},
    lang,
    debug,
    now: io.now ?? (() => new Date()),
    // The Web Crypto global loads node's crypto on first use, not at start-up.
    randomUUID: io.randomUUID ?? (() => globalThis.crypto.randomUUID()),
    monotonic: io.monotonic ?? (() => performance.now()),
    maxRssKb: io.maxRssKb ?? (() => process.resourceUsage().maxRSS),
    path: (p) => resolve(cwd, p),
  };
}

/** Writes and waits for `drain` when the stream asks for it, so a long run never buffers its output in memory. */
export async function write(out: CliWritable, chunk: string): Promise<void> {
  if (!out.write(chunk) && out.once !== undefined) {
    const once = out.once.bind(out);
    await new Promise<void>((done) => {
      once("drain", done);
    });
  }
}
