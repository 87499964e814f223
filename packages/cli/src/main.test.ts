import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { jsonLines, run } from "../test/helpers.ts";
import { COMMANDS } from "./main.ts";

describe("main", () => {
  test("pfh and pfh --help list every command (exit 0)", async () => {
    for (const argv of [[], ["--help"], ["-h"]]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) {
        expect(r.stdout).toContain(`  ${c.name}`);
      }
    }
  });

  test.each(COMMANDS.map((c) => c.name))("pfh %s --help prints usage and examples (exit 0)", async (name) => {
    const r = await run([name, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: pfh ${name}`));
    expect(r.stdout).toContain("Exit:");
    expect((await run(["help", name])).stdout).toBe(r.stdout);
  });

  test.each(COMMANDS.map((c) => [c.name, c] as const))(
    "the catalogue entry %s loads the command of that name",
    async (name, entry) => {
      expect((await entry.load()).name).toBe(name);
    },
  );

  test("--version prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect((await run(["--version"])).stdout).toBe(`${pkg.version}\n`);
  });

  test.each([
    ["nb", "pfh: ukjent kommando «frob». Se «pfh --help».\n"],
    ["nn", "pfh: ukjend kommando «frob». Sjå «pfh --help».\n"],
    ["en", 'pfh: unknown command "frob". See "pfh --help".\n'],
  ])("an unknown command is a usage error (exit 2) in %s, without a stack trace", async (lang, text) => {
    const r = await run(["frob", "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(text);
    expect(r.stdout).toBe("");
  });

  test("the language comes from PFH_LANG when --lang is not given; --lang wins", async () => {
    expect((await run(["frob"], { env: { PFH_LANG: "en" } })).stderr).toContain("unknown command");
    expect((await run(["frob", "--lang", "nn"], { env: { PFH_LANG: "en" } })).stderr).toContain("ukjend");
  });

  test("an unknown --lang is a usage error", async () => {
    const r = await run(["validate", "--lang", "sv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ugyldig verdi for --lang; forventet nb | nn | en");
  });

  test.each([
    [["validate", "--bogus"], "ukjent valg --bogus. Se «pfh validate --help»."],
    [["render", "--as"], "valget --as trenger en verdi"],
    [["render", "--as", "poem"], "ugyldig verdi for --as; forventet epicrisis | note | xhtml | letter"],
    [["render", "a.json", "b.json"], "uventet argument «b.json»"],
    [["build", "a.json"], "mangler --envelope <envelope.json>"],
    [["build", "a.json", "-e", "e.json", "--msg-id", "1"], "ugyldig verdi for --msg-id; forventet en UUID"],
    [["receipt", "--now", "yesterday"], "ugyldig verdi for --now; forventet tidspunkt med sone"],
    [["pathway", "--today", "2026-13-45"], "ugyldig verdi for --today"],
    [["validate", "missing.json"], "kan ikke lese missing.json"],
    [["schema", "nope"], "ugyldig verdi for name"],
  ])("usage error: pfh %j (exit 2)", async (argv, text) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("--json adds the error as a JSON object on stdout", async () => {
    const r = await run(["validate", "missing.json", "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(jsonLines(r.stdout)).toEqual([
      { valid: false, error: { code: "cannot_read", exitCode: 2, text: "cannot read missing.json" }, issues: [] },
    ]);
  });

  test("--debug shows the stack trace of a user error", async () => {
    const r = await run(["validate", "missing.json", "--debug"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  test("an unexpected failure is reported as an internal error (exit 70), with the stack only under --debug", async () => {
    const broken = {
      io: {
        fs: {
          readFile: () => Promise.reject(new Error("boom")),
          readStream: () => ({
            [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve({ done: false as const, value: "x" }) }),
          }),
          writeFile: () => Promise.resolve(),
          mkdir: () => Promise.resolve(),
          isDirectory: () => Promise.reject(new Error("disk on fire")),
        },
      },
    };
    const r = await run(["validate", "a.json"], broken);
    expect(r.code).toBe(70);
    expect(r.stderr).toBe("pfh: intern feil i pfh; kjør igjen med --debug for detaljer og meld feilen\n");
    const d = await run(["validate", "a.json", "--debug"], broken);
    expect(d.stderr).toContain("disk on fire");
  });
});
