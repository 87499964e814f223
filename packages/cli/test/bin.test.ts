/** The real executable in child processes: exit codes, stdin, stderr, no stack traces, the demo's files. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { EXAMPLES, example, MSG_ID, NOW, ROOT, tempDir } from "./helpers.ts";

const BIN = join(ROOT, "packages", "cli", "src", "bin.ts");
// tsx's loader by absolute URL, so the working directory can be anywhere (the demo runs in a temp folder).
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

function pfh(args: readonly string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, ["--import", TSX, "--conditions=@pakkeforlop-hjem/source", BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, PFH_LANG: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin", () => {
  test("pfh --help exits 0", () => {
    const r = pfh(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: pfh <command>");
  });

  test("an invalid assessment exits 1 with Norwegian issues on stderr and no stack trace", () => {
    const r = pfh(["validate", "--allow-test-numbers", join(EXAMPLES, "invalid-sp1.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("organisation.name: mangler og må fylles ut");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("NDJSON on stdin: a bad line in the middle is reported by number, the run goes on, exit 1", () => {
    const line = JSON.stringify(example("sp1-consent-all.json"));
    const r = pfh(["validate", "--allow-test-numbers", "--lang", "en"], { input: `${line}\n${line}\n{bad\n${line}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 3: invalid, 1 issue(s):");
    expect(r.stdout).toBe("standard input: 4 documents: 3 valid, 1 invalid\n");
  });

  test("a usage error exits 2", () => {
    const r = pfh(["render", "--as", "poem"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ugyldig verdi for --as");
  });

  test("demo writes its files into ./pfh-demo-out", () => {
    const dir = tempDir();
    const r = pfh(["demo", "--msg-id", MSG_ID, "--now", NOW], { cwd: dir });
    expect(r.code).toBe(0);
    for (const m of r.stdout.matchAll(/-> (\S+)/g)) {
      expect(existsSync(join(dir, m[1] as string))).toBe(true);
    }
    expect(existsSync(join(dir, "pfh-demo-out", "apprec.xml"))).toBe(true);
  });

  test("schema --check passes on the repository", () => {
    expect(pfh(["schema", "--check"]).code).toBe(0);
  });
});
