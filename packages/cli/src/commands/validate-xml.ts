/**
 * `pfh validate` of an XML message: loaded only for XML, so validating JSON does not load the message reader.
 */
import { extractAssessment, parseMessage } from "@pakkeforlop-hjem/edi";
import type { Result, Settings } from "./validate-result.ts";

/** Parses a message and the assessment it carries; the issues of both. */
export function validateXml(settings: Settings, bytes: Uint8Array): Result {
  const parsed = parseMessage(bytes, {
    maxBytes: settings.maxBytes,
    ...(settings.ownHerIds.length > 0 ? { ownHerIds: settings.ownHerIds } : {}),
  });
  if (!parsed.success) {
    return { format: "xml", issues: parsed.error.issues };
  }
  const m = parsed.data;
  const found = extractAssessment(m, settings.parseOptions);
  const issues = [...m.issues, ...(found.success ? [] : found.error.issues)];
  return {
    format: "xml",
    issues,
    extra: {
      kind: m.kind,
      version: m.version,
      ...(m.msgType?.v === undefined ? {} : { msgType: m.msgType.v }),
      assessment: !found.success ? "invalid" : found.data === null ? "none" : "valid",
    },
  };
}
