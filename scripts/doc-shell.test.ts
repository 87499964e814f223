/**
 * Every shell block of the guides and READMEs runs as written (issue 21; `scripts/doc-examples.test.ts` does the
 * TypeScript blocks). Each ```sh/bash/shell/console block of README.md, docs/*.md, packages/*\/README.md and
 * examples/*\/README.md runs as ONE bash process in a fresh folder that holds what the guides assume the reader has:
 * `assessment.json` (the synthetic assessment of `scripts/doc-fixtures.ts`), `envelope.json` (the demo's), `message.xml`,
 * `epikrise.xml` and `apprec.xml` (made by `pfh build` and `pfh receipt` from those), `response.json` (a FHIR
 * QuestionnaireResponse), `export.ndjson`, `events.json` and `events.ndjson` (pathway events), and links to the
 * repository's `examples/`, `packages/` and `node_modules/` and to `../shared` (the XSDs). `pfh` is the repository's
 * CLI from source (tsx with the source condition: this test runs before `pnpm build` in .ci/run).
 *
 * Each command line (a `\` continues it) must exit 0, or the code its trailing comment declares: a comment that
 * starts with `exit N` (`# exit 1, issues in nb`). A line is not run only by one of the rules in {@link NOT_RUN},
 * each checked in its own way; the test lists every such line with its rule, so nothing is left out silently.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { main } from "../packages/cli/src/main.ts";
import { SAMPLE_ENVELOPE } from "../packages/cli/src/sample.ts";
import { reportLines } from "../packages/report/test/generate.ts";
import * as fixtures from "./doc-fixtures.ts";
import { GUIDE_FILES } from "./guide-files.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

interface Line {
  /** The command as written (continuations joined). */
  readonly text: string;
  /** The exit code the line's comment declares (default 0). */
  readonly exit: number;
}

interface Block {
  readonly name: string;
  readonly lines: readonly Line[];
}

/** Every guide and README (the same list as the TypeScript blocks). */
const guideFiles = GUIDE_FILES;

/** The command lines of a block: `\` continuations joined, comments and blanks left out, `$ ` prompts of console. */
function linesOf(code: string, console: boolean): Line[] {
  const physical = code.split("\n");
  const joined: string[] = [];
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i] as string;
    while (line.endsWith("\\") && i + 1 < physical.length) {
      line = `${line.slice(0, -1)} ${(physical[++i] as string).trim()}`;
    }
    joined.push(line);
  }
  return joined
    .filter((l) => !console || l.startsWith("$ "))
    .map((l) => (console ? l.slice(2) : l).trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((text) => {
      const declared = /\s#\s*exit (\d+)(?:$|[,:;\s])/.exec(text);
      return { text, exit: declared === null ? 0 : Number(declared[1]) };
    });
}

const blocks: Block[] = guideFiles.flatMap((file) => {
  const md = readFileSync(file, "utf8");
  return [...md.matchAll(/^```(sh|bash|shell|console)\n([\s\S]*?)^```/gm)].map((m) => {
    const lineNo = md.slice(0, m.index).split("\n").length;
    return { name: `${file.slice(root.length + 1)}:${lineNo}`, lines: linesOf(m[2] as string, m[1] === "console") };
  });
});

const workspacePackages = new Map(
  readdirSync(join(root, "packages"))
    .filter((d) => existsSync(join(root, "packages", d, "package.json")))
    .map((d) => {
      const pkg = JSON.parse(readFileSync(join(root, "packages", d, "package.json"), "utf8"));
      return [pkg.name as string, pkg] as const;
    }),
);
const PNPM = /^(?:npx\s+(?:-y\s+)?)?pnpm(?:@\d+)?\s+(.*)$/;

/**
 * The lines that are not run here, by rule. `check` says what is wrong with such a line (or `undefined`): the rule
 * still holds the line to what it can check without running it. `cwd` is the folder the block has `cd`-ed into.
 */
const NOT_RUN: readonly {
  readonly rule: string;
  readonly matches: (line: string) => boolean;
  readonly check: (line: string, cwd: string) => string | undefined;
}[] = [
  {
    rule: "installation (npm install, pnpm add/install, apt-get install): .ci/run's install step installs the workspace and the system tools; a test installs nothing",
    matches: (l) =>
      /^(?:npm\s+(?:install|i)\b|apt-get\s+install\b)/.test(l) ||
      /^(?:install|add|i)\b/.test(PNPM.exec(l)?.[1]?.replace(/^(?:--(?:dir|filter)\s+\S+\s+)/, "") ?? ""),
    check: (l) => {
      const unknown = [...l.matchAll(/@pakkeforlop-hjem\/[\w-]+/g)]
        .map((m) => m[0])
        .filter((name) => workspacePackages.get(name) === undefined || workspacePackages.get(name).private === true);
      return unknown.length === 0 ? undefined : `names ${unknown.join(", ")}, which is not a published package`;
    },
  },
  {
    rule: "workspace scripts (pnpm [--filter|--dir <dir>] <script>: builds, the tests, the examples' runs and dev servers): .ci/run runs the tests, builds and examples as its own steps, and the suite cannot run inside itself; the package and its script must exist",
    matches: (l) => PNPM.test(l),
    check: (l, cwd) => {
      const rest = (PNPM.exec(l)?.[1] ?? "").split(/\s+/);
      let dir = cwd;
      while (rest[0] === "--filter" || rest[0] === "--dir") {
        dir = resolve(cwd, rest[1] as string);
        rest.splice(0, 2);
      }
      const script = rest[0] as string;
      const manifest = join(dir, "package.json");
      if (!existsSync(manifest)) {
        return `no package at ${dir.slice(root.length + 1) || "."}`;
      }
      const scripts = JSON.parse(readFileSync(manifest, "utf8")).scripts ?? {};
      return script in scripts ? undefined : `${dir.slice(root.length + 1) || "."} has no script "${script}"`;
    },
  },
  {
    rule: "requests to a local server (curl http://127.0.0.1:…): the server is the block's `dev` line, which runs until Ctrl-C; the example's own test sends these requests",
    matches: (l) => /^curl\s.*https?:\/\/(?:127\.0\.0\.1|localhost)[:/]/.test(l),
    check: () => undefined,
  },
];

/** A fresh folder per block with the reader's files; `pfh` on the PATH. */
async function prepare(): Promise<{ base: string; template: string; env: NodeJS.ProcessEnv }> {
  const base = mkdtempSync(join(tmpdir(), "doc-shell-"));
  const bin = join(base, ".bin");
  mkdirSync(bin);
  const tsx = pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const cli = join(root, "packages", "cli", "src", "bin.ts");
  writeFileSync(
    join(bin, "pfh"),
    `#!/bin/sh\nexec "${process.execPath}" --import "${tsx}" --conditions=@pakkeforlop-hjem/source "${cli}" "$@"\n`,
    { mode: 0o755 },
  );
  if (existsSync(join(root, "..", "shared"))) {
    symlinkSync(resolve(root, "..", "shared"), join(base, "shared"));
  }
  const template = join(base, "template");
  mkdirSync(template);
  for (const link of ["examples", "packages", "node_modules"]) {
    symlinkSync(join(root, link), join(template, link));
  }
  const put = (name: string, content: unknown) =>
    writeFileSync(
      join(template, name),
      typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`,
    );
  put("assessment.json", JSON.parse(fixtures.text()));
  put("envelope.json", SAMPLE_ENVELOPE);
  put("response.json", fixtures.response());
  put("export.ndjson", `${[1, 2, 3].map(() => fixtures.text()).join("\n")}\n`);
  const events = fixtures.events();
  put("events.json", events);
  put("events.ndjson", `${events.map((e) => JSON.stringify(e)).join("\n")}\n`);
  // The report's input: pathway events wrapped with a pseudonymous patient and its place (docs/learning-network-report.md).
  put(
    "report-events.ndjson",
    `${[...reportLines({ patients: 60, seed: 1 })].map((l) => JSON.stringify(l)).join("\n")}\n`,
  );
  const now = ["--now", "2026-03-10T12:00:00+01:00"];
  const made = [
    ["build", "assessment.json", "-e", "envelope.json", "--msg-id", fixtures.ids()(), ...now, "-o", "message.xml"],
    ["build", "assessment.json", "-e", "envelope.json", "--kind", "epikrise", ...now, "-o", "epikrise.xml"],
    ["receipt", "message.xml", "--own-her-id", "8143601", ...now, "-o", "apprec.xml"],
  ];
  for (const argv of made) {
    let err = "";
    const code = await main({
      argv,
      cwd: template,
      stdin: (async function* () {})(),
      stdout: { write: () => true },
      stderr: {
        write: (s) => {
          err += s;
          return true;
        },
      },
      env: {},
    });
    if (code !== 0) {
      throw new Error(`preparing the fixtures: pfh ${argv.join(" ")} exited ${code}: ${err}`);
    }
  }
  return {
    base,
    template,
    env: { ...process.env, PATH: `${bin}:${join(root, "node_modules", ".bin")}:${process.env.PATH}`, PFH_LANG: "" },
  };
}

/** Runs a block's lines in one bash; returns each run line's exit code and output. */
function runBlock(
  lines: readonly Line[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ codes: number[]; output: string[] }> {
  const out = join(cwd, ".out");
  mkdirSync(out);
  const script = lines
    .map((l, i) => `{ ${l.text}\n} >"${out}/${i}.out" 2>"${out}/${i}.err" </dev/null\necho $? >"${out}/${i}.rc"`)
    .join("\n");
  return new Promise((done, fail) => {
    const child = spawn("bash", ["-c", script], { cwd, env, stdio: "ignore" });
    child.on("error", fail);
    child.on("close", () => {
      const read = (f: string) => (existsSync(f) ? readFileSync(f, "utf8") : "");
      done({
        codes: lines.map((_, i) => Number(read(join(out, `${i}.rc`)).trim() || Number.NaN)),
        output: lines.map((_, i) => `${read(join(out, `${i}.err`))}${read(join(out, `${i}.out`))}`.slice(0, 1500)),
      });
    });
  });
}

/** The lines of a block this test runs, and the others with their rule (checked). */
function plan(block: Block): { run: Line[]; notRun: { line: string; rule: string; problem?: string }[] } {
  let cwd = root;
  const run: Line[] = [];
  const notRun: { line: string; rule: string; problem?: string }[] = [];
  for (const line of block.lines) {
    const text = line.text.replace(/\s+#.*$/, "");
    const cd = /^cd\s+(\S+)$/.exec(text);
    if (cd !== null) {
      cwd = resolve(cwd, cd[1] as string);
    }
    const rule = NOT_RUN.find((r) => r.matches(text));
    if (rule === undefined) {
      run.push(line);
    } else {
      const problem = rule.check(text, cwd);
      notRun.push({ line: `${block.name}: ${text}`, rule: rule.rule, ...(problem === undefined ? {} : { problem }) });
    }
  }
  return { run, notRun };
}

describe("shell blocks of the guides and READMEs", () => {
  const plans = blocks.map((b) => ({ block: b, ...plan(b) }));

  test("there are shell blocks, and most of their lines run", () => {
    expect(blocks.length).toBeGreaterThan(20);
    expect(plans.flatMap((p) => p.run).length).toBeGreaterThan(30);
  });

  test("every line not run is one a rule names, and passes that rule's check", () => {
    const problems = plans.flatMap((p) => p.notRun.filter((n) => n.problem !== undefined));
    expect(problems).toEqual([]);
    // The list of lines not run, by rule, is part of the test's output (and of this snapshot of counts).
    const byRule = new Map<string, number>();
    for (const n of plans.flatMap((p) => p.notRun)) {
      byRule.set(n.rule.split(" (")[0] as string, (byRule.get(n.rule.split(" (")[0] as string) ?? 0) + 1);
    }
    expect([...byRule.keys()].sort()).toEqual(["installation", "requests to a local server", "workspace scripts"]);
  });

  test("every other line exits as written (0, or the code its comment declares)", async () => {
    const { base, template, env } = await prepare();
    const failures: string[] = [];
    const queue = plans.filter((p) => p.run.length > 0).map((p, i) => ({ ...p, i }));
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const dir = join(base, `block-${next.i}`);
        cpSync(template, dir, { recursive: true, verbatimSymlinks: true });
        const { codes, output } = await runBlock(next.run, dir, env);
        next.run.forEach((line, j) => {
          if (codes[j] !== line.exit) {
            failures.push(
              `${next.block.name}: \`${line.text}\` exited ${codes[j]}, expected ${line.exit}\n${output[j]}`,
            );
          }
        });
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures).toEqual([]);
  }, 300_000);
});
