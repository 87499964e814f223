/**
 * Languages by name (issue 17: "Språk: norsk bokmål", never the BCP 47 tag a person cannot read; the tag stays in the
 * machine data). One table for the SDK: the epicrisis text writes the patient's preferred language with it, and the
 * instruments' lint names a wording's or form's language with it. The languages most often met in Norwegian health
 * care, the three the SDK writes among them, in nb, nn and en, written out here (not asked of the runtime's `Intl`)
 * so that the text is the same everywhere; a tag not in the table is "another language".
 */
import type { Lang, LocalizedText } from "./code-lists.ts";

/**
 * Primary language subtag (lower case) → its name in nb, nn and en. Holds every {@link Lang}.
 * @example
 * ```ts
 * LANGUAGE_NAMES.se?.en; // "Northern Sami"
 * ```
 */
export const LANGUAGE_NAMES: Readonly<Record<string, LocalizedText>> = {
  nb: { nb: "norsk bokmål", nn: "norsk bokmål", en: "Norwegian Bokmål" },
  nn: { nb: "nynorsk", nn: "nynorsk", en: "Norwegian Nynorsk" },
  no: { nb: "norsk", nn: "norsk", en: "Norwegian" },
  se: { nb: "nordsamisk", nn: "nordsamisk", en: "Northern Sami" },
  smj: { nb: "lulesamisk", nn: "lulesamisk", en: "Lule Sami" },
  sma: { nb: "sørsamisk", nn: "sørsamisk", en: "Southern Sami" },
  fkv: { nb: "kvensk", nn: "kvensk", en: "Kven" },
  sv: { nb: "svensk", nn: "svensk", en: "Swedish" },
  da: { nb: "dansk", nn: "dansk", en: "Danish" },
  fi: { nb: "finsk", nn: "finsk", en: "Finnish" },
  en: { nb: "engelsk", nn: "engelsk", en: "English" },
  de: { nb: "tysk", nn: "tysk", en: "German" },
  fr: { nb: "fransk", nn: "fransk", en: "French" },
  es: { nb: "spansk", nn: "spansk", en: "Spanish" },
  pl: { nb: "polsk", nn: "polsk", en: "Polish" },
  lt: { nb: "litauisk", nn: "litauisk", en: "Lithuanian" },
  lv: { nb: "latvisk", nn: "latvisk", en: "Latvian" },
  ro: { nb: "rumensk", nn: "rumensk", en: "Romanian" },
  uk: { nb: "ukrainsk", nn: "ukrainsk", en: "Ukrainian" },
  ru: { nb: "russisk", nn: "russisk", en: "Russian" },
  ar: { nb: "arabisk", nn: "arabisk", en: "Arabic" },
  so: { nb: "somali", nn: "somali", en: "Somali" },
  ti: { nb: "tigrinja", nn: "tigrinja", en: "Tigrinya" },
  am: { nb: "amharisk", nn: "amharisk", en: "Amharic" },
  fa: { nb: "persisk", nn: "persisk", en: "Persian" },
  prs: { nb: "dari", nn: "dari", en: "Dari" },
  ps: { nb: "pashto", nn: "pashto", en: "Pashto" },
  ur: { nb: "urdu", nn: "urdu", en: "Urdu" },
  pa: { nb: "panjabi", nn: "panjabi", en: "Punjabi" },
  ku: { nb: "kurdisk", nn: "kurdisk", en: "Kurdish" },
  tr: { nb: "tyrkisk", nn: "tyrkisk", en: "Turkish" },
  bs: { nb: "bosnisk", nn: "bosnisk", en: "Bosnian" },
  hr: { nb: "kroatisk", nn: "kroatisk", en: "Croatian" },
  sr: { nb: "serbisk", nn: "serbisk", en: "Serbian" },
  sq: { nb: "albansk", nn: "albansk", en: "Albanian" },
  th: { nb: "thai", nn: "thai", en: "Thai" },
  vi: { nb: "vietnamesisk", nn: "vietnamesisk", en: "Vietnamese" },
  tl: { nb: "tagalog", nn: "tagalog", en: "Tagalog" },
  ta: { nb: "tamil", nn: "tamil", en: "Tamil" },
  zh: { nb: "kinesisk", nn: "kinesisk", en: "Chinese" },
  hi: { nb: "hindi", nn: "hindi", en: "Hindi" },
  bn: { nb: "bengali", nn: "bengali", en: "Bengali" },
  ne: { nb: "nepali", nn: "nepali", en: "Nepali" },
  my: { nb: "burmesisk", nn: "burmesisk", en: "Burmese" },
  sw: { nb: "swahili", nn: "swahili", en: "Swahili" },
  om: { nb: "oromo", nn: "oromo", en: "Oromo" },
  it: { nb: "italiensk", nn: "italiensk", en: "Italian" },
  nl: { nb: "nederlandsk", nn: "nederlandsk", en: "Dutch" },
  pt: { nb: "portugisisk", nn: "portugisisk", en: "Portuguese" },
  is: { nb: "islandsk", nn: "islandsk", en: "Icelandic" },
  et: { nb: "estisk", nn: "estisk", en: "Estonian" },
  hu: { nb: "ungarsk", nn: "ungarsk", en: "Hungarian" },
  cs: { nb: "tsjekkisk", nn: "tsjekkisk", en: "Czech" },
  sk: { nb: "slovakisk", nn: "slovakisk", en: "Slovak" },
  bg: { nb: "bulgarsk", nn: "bulgarsk", en: "Bulgarian" },
  el: { nb: "gresk", nn: "gresk", en: "Greek" },
  sgn: { nb: "tegnspråk", nn: "teiknspråk", en: "sign language" },
  nsi: { nb: "norsk tegnspråk", nn: "norsk teiknspråk", en: "Norwegian Sign Language" },
};

/**
 * The name of a language the table does not hold.
 * @example
 * ```ts
 * OTHER_LANGUAGE.nn; // "eit anna språk"
 * ```
 */
export const OTHER_LANGUAGE: LocalizedText = { nb: "et annet språk", nn: "eit anna språk", en: "another language" };

/**
 * A BCP 47 language tag as words in `lang`: `nb` → "norsk bokmål", `en-GB` → "engelsk"; a tag not in
 * {@link LANGUAGE_NAMES} (or no tag at all, as in an issue read back without its params) is "et annet språk". Never the
 * tag itself.
 * @example
 * ```ts
 * languageName("nn", "nb"); // "nynorsk"
 * languageName("se", "en"); // "Northern Sami"
 * ```
 */
export function languageName(tag: string, lang: Lang): string {
  // Total, as formatIssue is for issues read back from JSON: a missing or non-string tag is another language too.
  const primary = typeof tag === "string" ? (tag.split("-", 1)[0]?.toLowerCase() ?? "") : "";
  return (Object.hasOwn(LANGUAGE_NAMES, primary) ? LANGUAGE_NAMES[primary] : undefined)?.[lang] ?? OTHER_LANGUAGE[lang];
}
