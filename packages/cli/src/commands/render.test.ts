import { readFileSync } from "node:fs";
import { ADDRESS_LINE, renderEpicrisisText, renderPatientLetter } from "@pakkeforlop-hjem/epikrise";
import { parseAssessment } from "@pakkeforlop-hjem/model";
import { describe, expect, test } from "vitest";
import { EXAMPLES, example, jsonLines, run, tempDir } from "../../test/helpers.ts";

const file = `${EXAMPLES}/sp2-with-children.json`;
const assessment = parseAssessment(example("sp2-with-children.json"), { allowTestNumbers: true });
const T = "--allow-test-numbers";
const nl = (text: string): string => (text.endsWith("\n") ? text : `${text}\n`);

describe("renderCommand", () => {
  test.each(["nb", "nn", "en"] as const)(
    "prints the epicrisis text in %s, as the epikrise package renders it",
    async (lang) => {
      const r = await run(["render", file, T, "--lang", lang]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(nl(renderEpicrisisText(assessment, { lang })));
    },
  );

  test("--as letter --width wraps the patient letter; --out writes it and says where on stderr", async () => {
    const dir = tempDir();
    const r = await run(["render", file, T, "--as", "letter", "--width", "60", "--out", "letter.txt", "--lang", "en"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("wrote letter.txt\n");
    expect(readFileSync(`${dir}/letter.txt`, "utf8")).toBe(
      nl(renderPatientLetter(assessment, { lang: "en", width: 60 })),
    );
  });

  test("--as letter --paper --address lays the letter out for paper with the reader's address", async () => {
    const args = ["--address", "Storgata 1", "--address", "2815 Gjøvik", "--sender-address", "Postboks 104"];
    const r = await run(["render", file, T, "--as", "letter", "--paper", ...args]);
    expect(r.code).toBe(0);
    const postal = { address: ["Storgata 1", "2815 Gjøvik"], senderAddress: ["Postboks 104"] };
    expect(r.stdout).toBe(nl(renderPatientLetter(assessment, { lang: "nb", paper: true, postal })));
    expect(r.stdout.split("\n")[ADDRESS_LINE]).toBe("Storgata 1");
  });

  test("more address lines than a window envelope holds is a usage error", async () => {
    const five = ["a", "b", "c", "d", "e"].flatMap((line) => ["--address", line]);
    const r = await run(["render", file, T, "--as", "letter", ...five]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("høyst 4 adresselinjer");
  });

  test("--as xhtml carries the data table unless --no-data", async () => {
    expect((await run(["render", file, T, "--as", "xhtml"])).stdout).toContain('class="pfh-data"');
    expect((await run(["render", file, T, "--as", "xhtml", "--no-data"])).stdout).not.toContain('class="pfh-data"');
  });

  test("--as note --budget --json says what was cut, and the budget holds", async () => {
    const r = await run(["render", file, T, "--as", "note", "--budget", "2000", "--json"]);
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec).toMatchObject({ valid: true, as: "note", lang: "nb", withinBudget: true });
    expect(rec?.["leftOut"][0]).toBe("topics-no-need");
    expect(rec?.["cut"]).toContain("topics");
    expect(rec?.["text"].length).toBeLessThanOrEqual(2000);
    expect(r.stderr).toBe("");
  });

  test("--budget below the note's minimum prints the shortest note and says so on stderr", async () => {
    const r = await run(["render", file, T, "--as", "note", "--budget", "300"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^pfh: notatet kan ikke kortes ned til 300 tegn; det korteste er \d+ tegn\n$/);
    expect(r.stdout).toContain("Hele kartleggingen finnes i journalen hos avsender.");
  });

  test("a regional profile can be named", async () => {
    const r = await run(["render", file, T, "--profile", "sondre-trondelag"]);
    expect(r.code).toBe(0);
  });

  test("an invalid assessment is exit 1 with its issues, and nothing is rendered", async () => {
    const r = await run(["render", `${EXAMPLES}/invalid-sp1.json`, T]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("4 feil:");
  });
});
