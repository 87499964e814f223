/**
 * A filled assessment on paper, for a paper record (DOMAIN.md §5): the assessment as the epikrise package writes it
 * for people (its XHTML note, without the machine-readable table), on the same A4 page as the guide, with the
 * region's marking on every page and lines to sign when it is entered in the record.
 */
import { escapeXml, renderNoteXhtml } from "@pakkeforlop-hjem/epikrise";
import type { Instrument } from "@pakkeforlop-hjem/instruments";
import type { Assessment, Lang } from "@pakkeforlop-hjem/model";
import type { Profile } from "@pakkeforlop-hjem/pathway";
import { printDocument } from "./page.ts";
import { TEXTS } from "./texts.ts";

/** Options for {@link renderAssessmentRecord}. */
export interface RecordOptions {
  /** Language of the page; default `nb`. */
  readonly lang?: Lang;
  /** The region's profile: its name marks every page; it also words the next step's window. */
  readonly profile?: Profile;
  /** Instruments with licensed wording, to print the problem list in the organisation's official words. */
  readonly instruments?: readonly Instrument[];
}

/**
 * Renders a valid assessment as a print-ready page for the paper record (A4, self-contained HTML, no external
 * requests). Validate what you received first: the renderers take a valid `Assessment`.
 * @example
 * ```ts
 * const html = renderAssessmentRecord(assessment, { lang: "nb", profile: AHUS_PROFILE });
 * ```
 */
export function renderAssessmentRecord(assessment: Assessment, options: RecordOptions = {}): string {
  const lang = options.lang ?? "nb";
  const t = TEXTS[lang];
  const note = renderNoteXhtml(assessment, {
    lang,
    includeData: false,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.instruments === undefined ? {} : { instruments: options.instruments }),
  });
  const region = options.profile?.name;
  const body = `${region === undefined ? "" : `<p class="region">${escapeXml(region)}</p>\n`}<p class="sub">${escapeXml(t.record)}</p>
${note}
<div class="sign"><div class="f">${escapeXml(t.enteredBy)}</div><div class="f">${escapeXml(`${t.date} / ${t.signature}`)}</div></div>`;
  return printDocument({ lang, title: t.record, region, body, className: "record" });
}
