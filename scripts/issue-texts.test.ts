/**
 * Text a person reads never shows codes, linkIds, JSON paths or OIDs (STYLE.md; issue 21): the text of every issue
 * code of every package, in nb, nn and en, written with sample params, is scanned for code-like tokens. Params that
 * hold codes (a linkId, an element name, a language code, a reason code, ...) get a sample value that looks like a
 * code, so a text that shows such a param raw fails here; the issue's `params` and `path` (machine data) still carry
 * them. The CLI's own texts are scanned too (`pfh build`'s "nothing to send" names its reasons in words).
 */
import { EDI_ISSUES } from "@pakkeforlop-hjem/edi";
import { EPIKRISE_ISSUES } from "@pakkeforlop-hjem/epikrise";
import { FHIR_ISSUES } from "@pakkeforlop-hjem/fhir";
import { INSTRUMENTS_ISSUES } from "@pakkeforlop-hjem/instruments";
import { LANGS, MODEL_ISSUES, NOTE_DATA_ISSUES, renderTemplate } from "@pakkeforlop-hjem/model";
import { PATHWAY_ISSUES } from "@pakkeforlop-hjem/pathway";
import { describe, expect, test } from "vitest";
import { CLI_ISSUES } from "../packages/cli/src/cli-issues.ts";
import { type NothingToSendReason, t } from "../packages/cli/src/messages.ts";

const MAKERS = {
  model: MODEL_ISSUES,
  "model (note data)": NOTE_DATA_ISSUES,
  instruments: INSTRUMENTS_ISSUES,
  pathway: PATHWAY_ISSUES,
  fhir: FHIR_ISSUES,
  edi: EDI_ISSUES,
  epikrise: EPIKRISE_ISSUES,
  cli: CLI_ISSUES,
} as const;

/** A code as a sample: what a param holding a code (linkId, element, reason, ...) looks like. */
const CODE = "sample_code-x1";

/** Params that are numbers (counts, limits, bounds, interaction points). */
const NUMBERS = new Set([
  "min",
  "max",
  "minimum",
  "maximum",
  "limit",
  "omitted",
  "count",
  "maxLength",
  "minOccurs",
  "maxOccurs",
  "interactionPoint",
  "requires",
  "cutoff",
  "current",
  "line",
]);

/** Params a text may show as they are: dates, versions and counts, never a code. */
const SHOWN: Readonly<Record<string, unknown>> = {
  notBefore: "2026-03-10",
  supported: ["1.0"],
  origin: "string",
};

/** Sample params of one code: numbers, the values a text may show, and a code-like value for every other param. */
function sampleParams(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return new Proxy({ ...overrides } as Record<string, unknown>, {
    get: (target, key) => {
      if (typeof key !== "string") {
        return undefined;
      }
      if (Object.hasOwn(target, key)) {
        return target[key];
      }
      return NUMBERS.has(key) ? 3 : (SHOWN[key] ?? CODE);
    },
    has: (target, key) => typeof key === "string" && (Object.hasOwn(target, key) || key !== "then"),
  });
}

/** Params whose value selects a text (a reason, a format, a type): every sample a code has, each rendered. */
const SELECTORS: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>> = {
  invalid_type: ["string", "number", "boolean", "object", "array"].map((expected) => ({ expected, received: "null" })),
  answer_type: ["boolean", "string", "integer", "date", "choice", "choice-list", "group", "answers"].map(
    (expected) => ({
      expected,
    }),
  ),
  invalid_format: ["date", "date-time", "phone", "email", "uuid"].map((format) => ({ format })),
  invalid_identifier: ["length", "characters", "check_digit", "birth_date"].flatMap((reason) =>
    ["fnr", "dnr"].map((kind) => ({ kind, reason })),
  ),
  dead_visibility: ["question_outside_scope", "answer_out_of_range", "contradicts_another_condition"].map((reason) => ({
    reason,
  })),
  invalid_constraint: ["occurs_on_non_repeating_group", "min_occurs_above_max_occurs", "max_length_below_1"].map(
    (reason) => ({ reason }),
  ),
  version_mismatch: [{ expected: "1.2.0" }],
  wording_missing_item: ["item", "category", "field"].map((kind) => ({ kind })),
  wording_unknown_item: ["item", "category", "field", "language"].map((kind) => ({ kind })),
  wording_missing_language: ["nb", "nn", "en", "se"].map((lang) => ({ lang })),
  missing_translation: ["nb", "nn", "en", "se"].map((lang) => ({ lang })),
  // The one text that quotes values: the allowed values of a field, as the fix is to use one of them.
  invalid_value: [{ expected: ["not-discussed", "no-need", "need"] }],
};

/**
 * The languages scanned per package. nb and nn are what people read, always. `en` is also the developer message
 * (`issue.message`, DOMAIN-free API hints such as `options.maxBytes`); it is scanned where people read it as their
 * language: the form lint and wording texts (a form author's tool) and the CLI.
 */
const ENGLISH_SCANNED = new Set([
  "instruments:wording_instrument_mismatch",
  "instruments:wording_missing_item",
  "instruments:wording_missing_language",
  "instruments:wording_unknown_item",
  "instruments:duplicate_link_id",
  "instruments:unknown_reference",
  "instruments:circular_visibility",
  "instruments:dead_visibility",
  "instruments:missing_translation",
  "instruments:unreachable_item",
  "instruments:missing_options",
  "instruments:invalid_constraint",
]);

/** Code-like tokens: a sample code, snake_case, camelCase, a dotted path, a FHIRPath call, an index, an OID. */
const CODE_LIKE: readonly (readonly [string, RegExp])[] = [
  ["a code from the params", new RegExp(CODE)],
  ["snake_case", /\b[a-z]+_[a-z0-9_]+\b/],
  ["camelCase", /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ["a dotted path", /\b[a-z]\w*\.[a-z]\w*\b/],
  ["a FHIRPath call", /\b[a-z]\w*\(\)/],
  ["an index", /\[\d+\]/],
  ["an OID", /\b\d+(?:\.\d+){3,}\b/],
];

const texts = Object.entries(MAKERS).flatMap(([pkg, maker]) =>
  maker.codes.flatMap((code) =>
    (SELECTORS[code] ?? [{}]).flatMap((overrides) =>
      LANGS.filter((lang) => lang !== "en" || pkg === "cli" || ENGLISH_SCANNED.has(`${pkg}:${code}`)).map((lang) => {
        const template = (maker.catalogue as Record<string, Record<string, unknown>>)[code]?.[lang];
        return {
          where: `${pkg} ${code} ${lang}${Object.keys(overrides).length === 0 ? "" : ` ${JSON.stringify(overrides)}`}`,
          text: renderTemplate(template as never, sampleParams(overrides) as never) as string,
        };
      }),
    ),
  ),
);

/** Every reason `pfh build` may give for having nothing to send (a missing or unknown one does not compile). */
const NOTHING_TO_SEND: { readonly [TKey in NothingToSendReason]: true } = {
  municipality_consent_declined: true,
  municipality_consent_not_asked: true,
  municipality_consent_absent: true,
  gp_consent_declined: true,
  not_completed: true,
  cancelled: true,
  no_message_kind: true,
  no_delivery: true,
};
texts.push(
  ...(Object.keys(NOTHING_TO_SEND) as NothingToSendReason[]).flatMap((reason) =>
    LANGS.map((lang) => ({
      where: `cli nothing_to_send ${lang} ${reason}`,
      text: t(lang, "nothing_to_send", { reasons: [reason, "gp_consent_declined"] }),
    })),
  ),
);

describe("issue texts", () => {
  test("every code of every package has texts to scan", () => {
    expect(texts.length).toBeGreaterThan(3 * 100);
  });

  test("no text shows a code, a linkId, a JSON path or an OID", () => {
    const found = texts.flatMap(({ where, text }) =>
      CODE_LIKE.filter(([, re]) => re.test(text)).map(([what]) => `${where}: ${what}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
