/**
 * Issue 21: every public package ships a README and a LICENSE in its tarball (npm always packs both from the package
 * folder, whatever `files` says, but only when they exist).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const publicPackages = readdirSync(join(root, "packages")).filter((d) => {
  const p = join(root, "packages", d, "package.json");
  return existsSync(p) && JSON.parse(readFileSync(p, "utf8")).private !== true;
});

describe("package files", () => {
  test.each(publicPackages)("%s has a README.md and a LICENSE", (pkg) => {
    const dir = join(root, "packages", pkg);
    expect(existsSync(join(dir, "README.md")), `${pkg}/README.md`).toBe(true);
    expect(existsSync(join(dir, "LICENSE")), `${pkg}/LICENSE`).toBe(true);
    const license = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).license;
    expect(readFileSync(join(dir, "LICENSE"), "utf8")).toContain(license === "MIT" ? "MIT License" : license);
  });
});
