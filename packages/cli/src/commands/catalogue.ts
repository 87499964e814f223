/**
 * Every `pfh` command by name, with its one-line summary and how to load it. `pfh --help` prints this list without
 * loading any command, and `pfh <command>` loads only that command and the packages it uses (issue 19: start-up is
 * what users feel; a dynamic import per command keeps `--help` and `validate` from loading every package).
 */
import type { Command } from "./command.ts";

/** A command as `pfh --help` lists it; `load` imports its module. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

/**
 * Every command, in the order `pfh --help` lists them.
 * @example
 * ```ts
 * const validate = await COMMANDS[0].load();
 * ```
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "validate",
    summary: "validate assessments (JSON/NDJSON), FHIR responses or XML messages",
    load: async () => (await import("./validate.ts")).validateCommand,
  },
  {
    name: "render",
    summary: "render epicrisis text, a dialogue note (text/XHTML) or a patient letter",
    load: async () => (await import("./render.ts")).renderCommand,
  },
  {
    name: "build",
    summary: "build a Helsefaglig dialog or Epikrise XML from an assessment and an envelope",
    load: async () => (await import("./build.ts")).buildCommand,
  },
  {
    name: "parse",
    summary: "read an XML message and print it as JSON",
    load: async () => (await import("./parse.ts")).parseCommand,
  },
  {
    name: "receipt",
    summary: "answer an incoming message with an AppRec",
    load: async () => (await import("./receipt.ts")).receiptCommand,
  },
  {
    name: "pathway",
    summary: "replay pathway events and list the next actions (--today)",
    load: async () => (await import("./pathway.ts")).pathwayCommand,
  },
  {
    name: "report",
    summary: "write the learning-network report: charts per pilot, municipality and quarter (HTML, CSV)",
    load: async () => (await import("./report.ts")).reportCommand,
  },
  {
    name: "schema",
    summary: "print, write or --check the JSON Schemas",
    load: async () => (await import("./schema.ts")).schemaCommand,
  },
  {
    name: "guide",
    summary: "print a conversation guide (hjelpeark) or a filled assessment on A4 paper",
    load: async () => (await import("./guide.ts")).guideCommand,
  },
  {
    name: "demo",
    summary: "take a sample assessment through validation, routing, text, XML and a receipt",
    load: async () => (await import("./demo.ts")).demoCommand,
  },
];
