/**
 * The patient's preferred language in words (issue 17: "Språk: norsk bokmål", never the BCP 47 tag a person cannot
 * read; the tag stays in the machine data). A small table of the languages most often met in Norwegian health care,
 * in nb, nn and en, written out here (not asked of the runtime's `Intl`) so that the text is the same in every EHR;
 * a tag not in the table prints as "another language".
 */
import type { Lang } from "@pakkeforlop-hjem/model";

type Names = readonly [nb: string, nn: string, en: string];

/** Primary language subtag → its name in nb, nn, en. */
const NAMES: Readonly<Record<string, Names>> = {
  nb: ["norsk bokmål", "norsk bokmål", "Norwegian Bokmål"],
  nn: ["nynorsk", "nynorsk", "Norwegian Nynorsk"],
  no: ["norsk", "norsk", "Norwegian"],
  se: ["nordsamisk", "nordsamisk", "Northern Sami"],
  smj: ["lulesamisk", "lulesamisk", "Lule Sami"],
  sma: ["sørsamisk", "sørsamisk", "Southern Sami"],
  fkv: ["kvensk", "kvensk", "Kven"],
  sv: ["svensk", "svensk", "Swedish"],
  da: ["dansk", "dansk", "Danish"],
  fi: ["finsk", "finsk", "Finnish"],
  en: ["engelsk", "engelsk", "English"],
  de: ["tysk", "tysk", "German"],
  fr: ["fransk", "fransk", "French"],
  es: ["spansk", "spansk", "Spanish"],
  pl: ["polsk", "polsk", "Polish"],
  lt: ["litauisk", "litauisk", "Lithuanian"],
  lv: ["latvisk", "latvisk", "Latvian"],
  ro: ["rumensk", "rumensk", "Romanian"],
  uk: ["ukrainsk", "ukrainsk", "Ukrainian"],
  ru: ["russisk", "russisk", "Russian"],
  ar: ["arabisk", "arabisk", "Arabic"],
  so: ["somali", "somali", "Somali"],
  ti: ["tigrinja", "tigrinja", "Tigrinya"],
  am: ["amharisk", "amharisk", "Amharic"],
  fa: ["persisk", "persisk", "Persian"],
  prs: ["dari", "dari", "Dari"],
  ps: ["pashto", "pashto", "Pashto"],
  ur: ["urdu", "urdu", "Urdu"],
  pa: ["panjabi", "panjabi", "Punjabi"],
  ku: ["kurdisk", "kurdisk", "Kurdish"],
  tr: ["tyrkisk", "tyrkisk", "Turkish"],
  bs: ["bosnisk", "bosnisk", "Bosnian"],
  hr: ["kroatisk", "kroatisk", "Croatian"],
  sr: ["serbisk", "serbisk", "Serbian"],
  sq: ["albansk", "albansk", "Albanian"],
  th: ["thai", "thai", "Thai"],
  vi: ["vietnamesisk", "vietnamesisk", "Vietnamese"],
  tl: ["tagalog", "tagalog", "Tagalog"],
  ta: ["tamil", "tamil", "Tamil"],
  zh: ["kinesisk", "kinesisk", "Chinese"],
  hi: ["hindi", "hindi", "Hindi"],
  bn: ["bengali", "bengali", "Bengali"],
  ne: ["nepali", "nepali", "Nepali"],
  my: ["burmesisk", "burmesisk", "Burmese"],
  sw: ["swahili", "swahili", "Swahili"],
  om: ["oromo", "oromo", "Oromo"],
  it: ["italiensk", "italiensk", "Italian"],
  nl: ["nederlandsk", "nederlandsk", "Dutch"],
  pt: ["portugisisk", "portugisisk", "Portuguese"],
  is: ["islandsk", "islandsk", "Icelandic"],
  et: ["estisk", "estisk", "Estonian"],
  hu: ["ungarsk", "ungarsk", "Hungarian"],
  cs: ["tsjekkisk", "tsjekkisk", "Czech"],
  sk: ["slovakisk", "slovakisk", "Slovak"],
  bg: ["bulgarsk", "bulgarsk", "Bulgarian"],
  el: ["gresk", "gresk", "Greek"],
  sgn: ["tegnspråk", "teiknspråk", "sign language"],
  nsi: ["norsk tegnspråk", "norsk teiknspråk", "Norwegian Sign Language"],
};

const AT: Readonly<Record<Lang, 0 | 1 | 2>> = { nb: 0, nn: 1, en: 2 };

const OTHER: Readonly<Record<Lang, string>> = {
  nb: "et annet språk",
  nn: "eit anna språk",
  en: "another language",
};

/**
 * A BCP 47 language tag as words in `lang`: `nb` → "norsk bokmål", `en-GB` → "engelsk". Never the tag itself.
 * @example
 * ```ts
 * languageName("nn", "nb"); // "nynorsk"
 * languageName("se", "en"); // "Northern Sami"
 * ```
 */
export function languageName(tag: string, lang: Lang): string {
  const primary = tag.split("-", 1)[0]?.toLowerCase() ?? "";
  const known = Object.hasOwn(NAMES, primary) ? NAMES[primary] : undefined;
  return known === undefined ? OTHER[lang] : known[AT[lang]];
}
