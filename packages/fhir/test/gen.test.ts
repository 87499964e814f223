import { describeGeneratedFiles } from "../../../tooling/generated-files.ts";
import { artifacts } from "../scripts/gen.ts";

describeGeneratedFiles("pnpm gen: fhir artifacts", artifacts);
