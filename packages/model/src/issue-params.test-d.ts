import { describe, expectTypeOf, test } from "vitest";
import type { Assessment } from "./assessment.ts";
import { defineMessages, type LocalizedTemplate, type MessageCatalogue } from "./catalogue.ts";
import { defineIssues, type IssueCatalogue } from "./define-issues.ts";
import {
  type Issue,
  type IssueOf,
  type IssueParams,
  type IssueWith,
  type SafeResult,
  ValidationError,
} from "./errors.ts";
import type { IssueCode, ModelIssueParams, NoParams, NoteDataIssueCode } from "./issue-codes.ts";
import { formatIssue, MODEL_ISSUES } from "./messages.ts";
import { type CarriedAssessment, readNoteData } from "./note-data.ts";
import { safeParseAssessment } from "./validate.ts";

describe("Issue", () => {
  test("checking the code narrows the params to that code's params", () => {
    const issue = {} as Issue;
    if (issue.code === "too_big") {
      expectTypeOf(issue.params.maximum).toEqualTypeOf<number>();
      expectTypeOf(issue.params.origin).toEqualTypeOf<"number" | "string" | "array">();
    }
    if (issue.code === "invalid_identifier") {
      expectTypeOf(issue.params.kind).toEqualTypeOf<ModelIssueParams["invalid_identifier"]["kind"]>();
    }
    if (issue.code === "unrecognized_key") {
      expectTypeOf(issue.params.didYouMean).toEqualTypeOf<string | undefined>();
    }
    if (issue.code === "required") {
      // @ts-expect-error a code without params has none to read
      issue.params.field;
    }
  });

  test("an unnarrowed issue has no param in common to read", () => {
    const issue = {} as Issue;
    // @ts-expect-error `maximum` is not a param of every code
    issue.params.maximum;
  });

  test("Issue<TCode> picks codes; the note-data codes are typed too; Issue<string> is any issue", () => {
    expectTypeOf<Issue<"required">>().toEqualTypeOf<IssueWith<"required", NoParams>>();
    expectTypeOf<Issue<"note_data_path">>().toEqualTypeOf<IssueWith<"note_data_path", NoParams>>();
    expectTypeOf<Issue<string>>().toEqualTypeOf<IssueWith<string, IssueParams>>();
    expectTypeOf<Issue<"another_package_code">["params"]>().toEqualTypeOf<IssueParams>();
    expectTypeOf<Issue>().toExtend<Issue<string>>();
    expectTypeOf<Issue<IssueCode | NoteDataIssueCode>>().toExtend<Issue<string>>();
  });

  test("IssueOf gives each code of a params map its own params", () => {
    type Demo = IssueOf<{ a: { readonly n: number }; b: NoParams }>;
    expectTypeOf<Extract<Demo, { code: "a" }>["params"]>().toEqualTypeOf<{ readonly n: number }>();
    expectTypeOf<Demo["code"]>().toEqualTypeOf<"a" | "b">();
    expectTypeOf<IssueOf<ModelIssueParams>>().toEqualTypeOf<Issue>();
  });
});

describe("SafeResult", () => {
  test("checking success narrows to data or to the error's typed issues", () => {
    const r = safeParseAssessment({});
    expectTypeOf(r).toEqualTypeOf<SafeResult<Assessment, IssueCode>>();
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<Assessment>();
    } else {
      expectTypeOf(r.error).toEqualTypeOf<ValidationError<Issue>>();
      expectTypeOf(r.error.issues[0]).toEqualTypeOf<Issue | undefined>();
      // @ts-expect-error a failed result has no data
      r.data;
    }
  });

  test("takes codes or an issue type; a narrower result fits a wider one", () => {
    expectTypeOf<SafeResult<number, "required">>().toEqualTypeOf<SafeResult<number, Issue<"required">>>();
    expectTypeOf<SafeResult<number, IssueCode>>().toExtend<SafeResult<number>>();
    expectTypeOf<SafeResult<number>>().not.toExtend<SafeResult<number, IssueCode>>();
  });

  test("a ValidationError infers its issue type from its issues", () => {
    const error = new ValidationError([MODEL_ISSUES.issue("required", ["id"])]);
    expectTypeOf(error).toEqualTypeOf<ValidationError<IssueWith<"required", NoParams>>>();
  });

  test("readNoteData returns a SafeResult with the carried assessment", () => {
    const r = readNoteData([]);
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<CarriedAssessment>();
      expectTypeOf(r.data.redacted).toEqualTypeOf<boolean>();
    } else {
      expectTypeOf(r.error.issues[0]).toEqualTypeOf<Issue<IssueCode | NoteDataIssueCode> | undefined>();
    }
  });
});

describe("MODEL_ISSUES.issue", () => {
  test("checks the params of each code", () => {
    expectTypeOf(MODEL_ISSUES.issue("too_big", [], { origin: "string", maximum: 3 })).toEqualTypeOf<
      IssueWith<"too_big", ModelIssueParams["too_big"]>
    >();
    MODEL_ISSUES.issue("required", ["id"]);
    // @ts-expect-error too_big needs its params
    MODEL_ISSUES.issue("too_big", []);
    // @ts-expect-error origin must be number, string or array
    MODEL_ISSUES.issue("too_big", [], { origin: "date", maximum: 3 });
    // @ts-expect-error a code without params takes none
    MODEL_ISSUES.issue("required", [], { field: "id" });
    // @ts-expect-error not a model code
    MODEL_ISSUES.issue("unknown_item", []);
  });

  test("formatIssue takes an issue of any package", () => {
    expectTypeOf(formatIssue).parameter(0).toEqualTypeOf<Issue<string>>();
    formatIssue({ code: "any_code", path: [], message: "", params: { limit: 1 } }, "nn");
  });
});

describe("catalogues", () => {
  test("a text needs every language", () => {
    const ok: LocalizedTemplate<NoParams> = { nb: "ja", nn: "ja", en: "yes" };
    expectTypeOf(ok).toExtend<LocalizedTemplate<NoParams>>();
    // @ts-expect-error nn is missing
    const missing: LocalizedTemplate<NoParams> = { nb: "ja", en: "yes" };
    expectTypeOf(missing).not.toBeNever();
  });

  test("an issue catalogue needs every code in every language, with templates typed by the code's params", () => {
    type Params = { demo_a: { readonly n: number }; demo_b: NoParams };
    const full: IssueCatalogue<Params> = {
      demo_a: { nb: (p) => `${p.n}`, nn: (p) => `${p.n}`, en: (p) => `${p.n}` },
      demo_b: { nb: "b", nn: "b", en: "b" },
    };
    expectTypeOf(full).toExtend<MessageCatalogue<Params>>();
    defineIssues<Params>({
      demo_a: { nb: (p) => `${p.n}`, nn: (p) => `${p.n}`, en: (p) => `${p.n}` },
      // @ts-expect-error en is missing
      demo_b: { nb: "b", nn: "b" },
    });
    // @ts-expect-error demo_b is missing
    defineIssues<Params>({ demo_a: { nb: "a", nn: "a", en: "a" } });
    defineIssues<Params>({
      // @ts-expect-error demo_a has no param m
      demo_a: { nb: (p) => `${p.m}`, nn: "a", en: "a" },
      demo_b: { nb: "b", nn: "b", en: "b" },
    });
  });

  test("defineMessages types each key's params", () => {
    const texts = defineMessages<{ wrote: { readonly file: string }; done: NoParams }>({
      wrote: { nb: (p) => `skrev ${p.file}`, nn: (p) => `skreiv ${p.file}`, en: (p) => `wrote ${p.file}` },
      done: { nb: "ferdig", nn: "ferdig", en: "done" },
    });
    expectTypeOf(texts.text("nb", "wrote", { file: "a" })).toEqualTypeOf<string>();
    texts.text("en", "done");
    // @ts-expect-error wrote needs its file
    texts.text("nb", "wrote");
    // @ts-expect-error not a key
    texts.text("nb", "nothing");
  });
});
