import { readFileSync } from "node:fs";
import {
  createNeedsAssessmentForm,
  DT_REVISED,
  NEEDS_ASSESSMENT_SP1,
  NEEDS_ASSESSMENT_SP3,
  THERMOMETER_REVISED_FORM,
} from "@pakkeforlop-hjem/instruments";
import { parseAssessment } from "@pakkeforlop-hjem/model";
import { renderAssessmentRecord, renderConversationGuide } from "@pakkeforlop-hjem/paper";
import { AHUS_PROFILE, TRONDELAG_PROFILE } from "@pakkeforlop-hjem/pathway";
import { describe, expect, test } from "vitest";
import { EXAMPLES, example, jsonLines, put, run, tempDir } from "../../test/helpers.ts";

const T = "--allow-test-numbers";

describe("guideCommand", () => {
  test.each(["nb", "nn", "en"] as const)(
    "prints the SP1 guide in %s, as the paper package renders it",
    async (lang) => {
      const r = await run(["guide", "--sp", "1", "--lang", lang]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang }));
    },
  );

  test("--sp defaults to 1; --profile marks the pages; -o writes the file and says where on stderr", async () => {
    const dir = tempDir();
    const r = await run(["guide", "--profile", "sondre-trondelag", "-o", "hjelpeark.html"], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", "skrev hjelpeark.html\n"]);
    expect(readFileSync(`${dir}/hjelpeark.html`, "utf8")).toBe(
      renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang: "nb", profile: TRONDELAG_PROFILE }),
    );
  });

  test("--sp 3, --entries and --problem-list revised choose the form and the page", async () => {
    expect((await run(["guide", "--sp", "3", "--entries", "2"])).stdout).toBe(
      renderConversationGuide(NEEDS_ASSESSMENT_SP3, { entries: 2 }),
    );
    expect((await run(["guide", "--sp", "2", "--problem-list", "revised", "--lang", "nn"])).stdout).toBe(
      renderConversationGuide(createNeedsAssessmentForm(2, { instrument: DT_REVISED }), { lang: "nn" }),
    );
  });

  test("--form prints another shipped form", async () => {
    const r = await run(["guide", "--form", "distress-thermometer-revised", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(renderConversationGuide(THERMOMETER_REVISED_FORM, { lang: "en" }));
  });

  test("--assessment prints the filled assessment for the paper record; --json wraps it", async () => {
    const file = `${EXAMPLES}/sp2-with-children.json`;
    const assessment = parseAssessment(example("sp2-with-children.json"), { allowTestNumbers: true });
    const r = await run(["guide", "--assessment", file, T, "--profile", "ahus", "--json"]);
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec).toEqual({
      kind: "record",
      lang: "nb",
      html: renderAssessmentRecord(assessment, { lang: "nb", profile: AHUS_PROFILE }),
    });
  });

  test("an invalid assessment is exit 1 with its issues, and nothing is printed", async () => {
    const r = await run(["guide", "--assessment", `${EXAMPLES}/invalid-sp1.json`, T]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("4 feil:");
  });

  test.each([
    [["--sp", "4"], "ugyldig verdi for --sp; forventet 1 | 2 | 3"],
    [["--form", "nope"], "ugyldig verdi for --form"],
    [["--form", "esas-r", "--sp", "1"], "uventet argument «--sp»"],
    [["--form", "esas-r", "--problem-list", "revised"], "uventet argument «--problem-list»"],
    [["--assessment", "a.json", "--sp", "2"], "uventet argument «--sp»"],
    [["--entries", "0"], "ugyldig verdi for --entries"],
    [["extra.json"], "uventet argument «extra.json»"],
    [["--profile", "missing.json"], "missing.json"],
  ])("usage errors are exit 2: %j", async (args, text) => {
    const dir = tempDir();
    put(dir, "a.json", example("sp1-consent-all.json"));
    const r = await run(["guide", ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(text);
  });
});
