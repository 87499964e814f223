/**
 * The official KITH XSDs for the edi tests: read from ../shared/standards/xsd beside the repository (never copied
 * into it) and run through xmllint in ONE process call per batch, against `msghead-with-payloads.xsd` (which imports
 * MsgHead, Dialogmelding, Epikrise and AppRec). Tests skip, saying why, where the XSDs or xmllint are missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const XSD = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "shared", "standards", "xsd");
const hasXsd = existsSync(join(XSD, "msghead-with-payloads.xsd"));
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

/** Why the XSD tests cannot run here, or `""` when they can. */
export const xsdSkipReason: string = !hasXsd
  ? `SKIPPED: ${XSD} is missing (the KITH XSDs live in ../shared/standards/xsd beside the repo)`
  : !hasXmllint
    ? "SKIPPED: xmllint is not installed (apt-get install -y libxml2-utils)"
    : "";

/** Validates files in one xmllint call; returns the names of the files that failed, with xmllint's output. */
export function xmllintBatch(files: readonly string[]): { failed: string[]; output: string } {
  const r = spawnSync("xmllint", ["--nonet", "--noout", "--schema", join(XSD, "msghead-with-payloads.xsd"), ...files], {
    env: { ...process.env, XML_CATALOG_FILES: join(XSD, "catalog.xml") },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout}${r.stderr}`;
  const complaints = output.split("\n").filter((l) => l.endsWith(" fails to validate") || l.includes("validity error"));
  return {
    failed: [...new Set(complaints.map((l) => l.split(":")[0] as string))],
    output: output
      .split("\n")
      .filter((l) => !l.includes("Skipping import"))
      .join("\n"),
  };
}

/** xmllint's complaints about the files (the lines naming a file that failed); empty when every file is valid. */
export function xsdFailures(files: readonly string[]): string[] {
  return xmllintBatch(files)
    .output.split("\n")
    .filter((l) => l.endsWith(" fails to validate") || l.includes("validity error"));
}
