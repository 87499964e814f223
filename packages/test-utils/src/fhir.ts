/**
 * fast-check arbitraries for `@pakkeforlop-hjem/fhir` tests: a shipped form with a dialect and language, and a
 * form with random valid answers.
 */
import type { Dialect } from "@pakkeforlop-hjem/fhir";
import { PRE_VISIT_FORM } from "@pakkeforlop-hjem/fhir";
import { FORMS, type FormAnswers, type FormDefinition } from "@pakkeforlop-hjem/instruments";
import type { Lang } from "@pakkeforlop-hjem/model";
import { fc } from "./index.ts";
import { arbAnswers } from "./instruments.ts";

/** Every form the FHIR package ships Questionnaires for: the instruments' forms and the pre-visit form. */
export const FHIR_FORMS: readonly FormDefinition[] = [...FORMS, PRE_VISIT_FORM];

/** A dialect. */
export const arbDialect = (): fc.Arbitrary<Dialect> => fc.constantFrom<Dialect>("refero", "sdc");

/** A language of the form. */
export const arbLangOf = (form: FormDefinition): fc.Arbitrary<Lang> => fc.constantFrom(...form.languages);

/** A form (default: any shipped one), a dialect, a language of the form and valid answers to it. */
export function arbFormCase(
  forms: readonly FormDefinition[] = FHIR_FORMS,
): fc.Arbitrary<{ form: FormDefinition; dialect: Dialect; lang: Lang; answers: FormAnswers }> {
  return fc
    .constantFrom(...forms)
    .chain((form) =>
      fc.record({ form: fc.constant(form), dialect: arbDialect(), lang: arbLangOf(form), answers: arbAnswers(form) }),
    );
}

/** Strings that look like personal data (names, national identity numbers, phone numbers), to prove no message shows them. */
export const arbPersonalValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom("Kari Nordmann", "Ola Normann", "12345678901", "+47 99887766", "kari@example.no"),
    fc
      .tuple(fc.constantFrom("Per", "Anne", "Nils"), fc.integer({ min: 10_000_000, max: 99_999_999 }))
      .map(([n, d]) => `${n} ${d}`),
  );
