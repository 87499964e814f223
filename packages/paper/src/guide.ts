/**
 * The conversation guide on paper (hjelpeark / huskeliste; DOMAIN.md §5: hospitals that cannot put a template into
 * the EHR hold the conversation with a paper checklist beside it), printed from the same form definition the
 * screens use, so paper and screen ask the same questions in the same order.
 */
import { escapeXml } from "@pakkeforlop-hjem/epikrise";
import { type FormDefinition, type FormItem, flattenItems } from "@pakkeforlop-hjem/instruments";
import type { Lang } from "@pakkeforlop-hjem/model";
import type { Profile } from "@pakkeforlop-hjem/pathway";
import { textIn } from "./conditions.ts";
import { paperItems } from "./guide-items.ts";
import { pageHead, printDocument } from "./page.ts";
import { type PaperTexts, TEXTS } from "./texts.ts";

/** Options for {@link renderConversationGuide}. */
export interface GuideOptions {
  /** Language of the page; default `nb`. */
  readonly lang?: Lang;
  /**
   * The region's profile: its name marks every page, and what it says about the interaction point (where, when, by
   * whom) is printed under the title. Without one the page carries the pathway's marking only.
   */
  readonly profile?: Profile;
  /** Blank entries printed for each repeating group (participants, children, measures, other recipients); default 3. */
  readonly entries?: number;
}

/** Where, when and by whom the profile says the form's interaction point is held. */
function pointText(form: FormDefinition, profile: Profile | undefined, t: PaperTexts): string | undefined {
  const rule = profile?.interactionPoints.find((p) => p.interactionPoint === form.interactionPoint);
  if (rule === undefined || profile === undefined) {
    return undefined;
  }
  const when =
    rule.window === undefined
      ? ""
      : `, ${rule.window.fromMonths}–${rule.window.toMonths} ${t.months} ${t.after[profile.anchor]}`;
  const who = rule.conductedBy === undefined ? "" : ` ${t.conductedBy}: ${rule.conductedBy.join(", ")}.`;
  return `${t.point} ${rule.interactionPoint} ${t.setting[rule.setting]}${when}.${who}`;
}

/**
 * Renders a print-ready conversation guide (A4, one self-contained HTML page: inline CSS and drawings, no scripts,
 * no external requests) from a form definition: the pathway's marking and the region on every page, fields for the
 * patient and the conversation, then every question with room to answer: the thermometer to mark and the problem
 * list to tick, the topics with lines to write on, the children of helsepersonelloven § 10a, the measures, consent
 * per recipient and the next step. Questions that the screen shows only for some answers say when to answer them.
 * Page breaks keep each question with its answer space. Print it from a browser or to PDF.
 * @example
 * ```ts
 * const html = renderConversationGuide(NEEDS_ASSESSMENT_SP1, { lang: "nn", profile: TRONDELAG_PROFILE });
 * ```
 */
export function renderConversationGuide(form: FormDefinition, options: GuideOptions = {}): string {
  const lang = options.lang ?? "nb";
  const t = TEXTS[lang];
  const index = new Map<string, FormItem>(flattenItems(form.items).map((i) => [i.linkId, i]));
  const title = textIn(form.title, lang);
  const point = pointText(form, options.profile, t);
  const field = (label: string) => `<div class="f">${escapeXml(label)}</div>`;
  const body = `${pageHead({ region: options.profile?.name, title, sub: t.guide })}
<p class="use">${escapeXml(t.guideUse)}</p>
${point === undefined ? "" : `<p class="where">${escapeXml(point)}</p>\n`}<div class="ident">${[
    t.patient,
    t.idNumber,
    t.date,
    t.heldBy,
    t.place,
  ]
    .map(field)
    .join("")}<div class="sticker">${escapeXml(t.sticker)}</div></div>
${paperItems(form.items, { lang, t, index, entries: options.entries ?? 3 })}`;
  return printDocument({ lang, title: `${title} – ${t.guide}`, region: options.profile?.name, body });
}
