/**
 * Licence metadata of the shipped instruments (DOMAIN.md §3: the thermometer and problem list belong to NCCN;
 * commercial use needs their permission and adaptations must drop NCCN names and logos).
 */
import type { Instrument, InstrumentContent, InstrumentLicence } from "./instrument.ts";

/**
 * Licence of both problem-list generations of the distress thermometer (DOMAIN.md §3). The shipped labels are
 * neutral labels of our own; the official wording must be licensed and loaded with `withWording`.
 * @example
 * ```ts
 * DT_LICENCE.permissionRequiredFor.includes("commercial-use"); // true
 * ```
 */
export const DT_LICENCE: InstrumentLicence = {
  rightsHolder: "National Comprehensive Cancer Network (NCCN)",
  url: "https://www.nccn.org/guidelines/permission-to-cite-or-use-nccn-content",
  permissionRequiredFor: ["commercial-use", "official-wording", "adaptation", "ehr-integration"],
  conditions: [
    "Commercial use, including use inside a product or an EHR, needs the rights holder's written permission.",
    "An adaptation must remove the rights holder's names, logos and trademarks.",
    "The official wording (any language) is not part of this package: license it and load it with withWording.",
    "This package ships the structure, stable item codes and neutral short labels of its own.",
  ],
  officialWording: false,
};

/**
 * Licence note of ESAS-r (DOMAIN.md §3, related instruments). The terms were not verified for this release: check
 * them with the rights holder and the publisher of the Norwegian version before use in a product.
 * @example
 * ```ts
 * ESAS_R_LICENCE.officialWording; // false
 * ```
 */
export const ESAS_R_LICENCE: InstrumentLicence = {
  rightsHolder: "Alberta Health Services (Edmonton Zone Palliative Care Program)",
  url: "https://www.albertahealthservices.ca/",
  permissionRequiredFor: ["official-wording", "adaptation"],
  conditions: [
    "Use the published wording of the revised version (ESAS-r) in the patient's language; do not alter it.",
    "The Norwegian wording is published by Norwegian palliative care services; check their terms before use in a product.",
    "This package ships the structure, stable item codes and neutral short labels of its own.",
  ],
  officialWording: false,
};

/**
 * An instrument with its licence (pure: a bundle that never reads the full instrument leaves the licence text out).
 * @internal
 */
export function licensed(content: InstrumentContent, licence: InstrumentLicence): Instrument {
  return { ...content, licence };
}
