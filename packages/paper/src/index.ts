/**
 * `@pakkeforlop-hjem/paper`: Pakkeforløp hjem for pasienter med kreft on paper. A print-ready conversation guide
 * (hjelpeark) from the same form definition the screens use, and a filled assessment printed for the paper record;
 * A4, nb/nn/en, one self-contained HTML page each.
 * @packageDocumentation
 */
export type { GuideOptions } from "./guide.ts";
export { renderConversationGuide } from "./guide.ts";
export type { RecordOptions } from "./record.ts";
export { renderAssessmentRecord } from "./record.ts";
