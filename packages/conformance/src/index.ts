/**
 * `@pakkeforlop-hjem/conformance`: golden vectors for Pakkeforløp hjem for pasienter med kreft (assessments with
 * their expected issues, identifiers, epicrisis text, XML messages, pathway scenarios) as plain files with a
 * manifest, and a runner for TypeScript implementations.
 * @packageDocumentation
 */
export { diffIssues, diffJson, diffText, INFORMATIONAL_KEYS, normalizeJson } from "./compare.ts";
export type {
  AppRecVectorOptions,
  BuildOutcome,
  ExtractOutcome,
  ExtractVectorOptions,
  IdentifierVectorOptions,
  Implementation,
  IssueLike,
  MaybePromise,
  MessageVectorOptions,
  PathwayOutcome,
  PathwayVectorOptions,
  QuestionnaireResponseVectorOptions,
  QuestionnaireVectorRef,
  RedactionVectorOptions,
  ResponseImportOutcome,
  RouteOutcome,
  RouteVectorOptions,
  ScopeOutcome,
  ScopeVectorPatient,
  TextVectorOptions,
} from "./implementation.ts";
export { FUNCTION_OF_KIND } from "./implementation.ts";
export { defaultVectorsDir, filesOf, loadVectors } from "./load.ts";
export type { Expected, ExpectedIssue, Manifest, VectorEntry, VectorKind, VectorSet } from "./manifest.ts";
export { MANIFEST_FORMAT, VECTOR_KINDS } from "./manifest.ts";
export type { ConformanceReport, RunOptions, VectorResult } from "./run.ts";
export { runConformance } from "./run.ts";
export { sdkImplementation } from "./sdk-implementation.ts";
