/** Writes a generated report input (NDJSON) to a file, streaming: `tsx write-input.ts <file> <events>`. */
import { createWriteStream } from "node:fs";
import { reportLines } from "./generate.ts";

/** Writes lines until `events` lines are written; returns the number of patients. */
export async function writeInput(file: string, events: number, seed = 1): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  let last = "";
  let patients = 0;
  for (const line of reportLines({ patients: Number.MAX_SAFE_INTEGER, seed })) {
    if (written >= events && line.patient !== last) {
      break;
    }
    if (line.patient !== last) {
      patients++;
      last = line.patient;
    }
    written++;
    if (!out.write(`${JSON.stringify(line)}\n`)) {
      await new Promise<void>((done) => out.once("drain", () => done()));
    }
  }
  await new Promise<void>((done, fail) => out.end((e?: Error | null) => (e ? fail(e) : done())));
  return patients;
}
