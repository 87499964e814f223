/**
 * Headless Chromium for browser tests: Debian's `chromium` (or `CHROMIUM_PATH`), driven by playwright-core, with
 * the flags that keep it quiet and offline. Never downloads a browser. Tests skip, with the reason in their name,
 * where Chromium is not installed.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

/** Flags for a quiet, offline, sandbox-free headless run (containers have no user namespaces). */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium binary: `CHROMIUM_PATH`, else `chromium` on PATH, else `undefined`. */
export function findChromium(): string | undefined {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv !== undefined && existsSync(fromEnv)) {
    return fromEnv;
  }
  for (const candidate of ["/usr/bin/chromium"]) {
    if (existsSync(candidate)) {
      return candidate;
    }
  }
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Why browser tests skip here, or `undefined` when Chromium is available. */
export const NO_CHROMIUM: string | undefined =
  findChromium() === undefined
    ? "SKIPPED: no chromium on PATH (apt-get update && apt-get install -y chromium)"
    : undefined;

/** Launches one headless Chromium for a test file (close it in `afterAll`). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === undefined) {
    throw new Error(NO_CHROMIUM);
  }
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] });
}
