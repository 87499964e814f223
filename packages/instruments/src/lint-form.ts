/**
 * Lint for form definitions: catches what makes a form misbehave in some renderer but not another. Every shipped
 * form lints clean (tested); vendors run it on their own forms. Paths point into the definition
 * (`["items", 2, "items", 0, "enableWhen", 1]`).
 */
import type { IssueOf, ParamsArg, PathSegment } from "@pakkeforlop-hjem/model";
import type { EnableWhen, FormDefinition, FormItem, FormText, GroupItem, QuestionItem, TextVariant } from "./form.ts";
import { type DeadVisibilityReason, type InstrumentsIssueCode, type InstrumentsIssueParams, issue } from "./issues.ts";

/** The lint codes {@link lintForm} reports. */
export type FormLintCode = Extract<
  InstrumentsIssueCode,
  | "duplicate_link_id"
  | "unknown_reference"
  | "circular_visibility"
  | "dead_visibility"
  | "missing_translation"
  | "unreachable_item"
  | "missing_options"
  | "invalid_constraint"
>;

interface Node {
  readonly item: FormItem;
  readonly path: readonly PathSegment[];
  readonly parent: string | undefined;
  /** linkIds of the repeating groups around the item, outermost first. */
  readonly scopes: readonly string[];
}

/**
 * An issue {@link lintForm} reports, typed per code.
 * @example
 * ```ts
 * const issues: FormLintIssue[] = lintForm(myForm);
 * ```
 */
export type FormLintIssue = IssueOf<Pick<InstrumentsIssueParams, FormLintCode>>;

type Out = FormLintIssue[];

/** Every condition of an item (its own and those of its wording switches) with its path. */
function conditionsOf(node: Node): { cond: EnableWhen; path: readonly PathSegment[]; own: boolean }[] {
  const out: { cond: EnableWhen; path: readonly PathSegment[]; own: boolean }[] = [];
  (node.item.enableWhen ?? []).forEach((cond, k) => {
    out.push({ cond, path: [...node.path, "enableWhen", k], own: true });
  });
  (node.item.textVariants ?? []).forEach((v: TextVariant, j) => {
    v.enableWhen.forEach((cond, k) => {
      out.push({ cond, path: [...node.path, "textVariants", j, "enableWhen", k], own: false });
    });
  });
  return out;
}

/** Why a condition can never hold on the referenced item, or `undefined` when it can. */
function deadReason(cond: EnableWhen, target: Node, from: Node): DeadVisibilityReason | undefined {
  const t = target.item;
  if (!target.scopes.every((s) => from.scopes.includes(s))) {
    return "question_outside_scope";
  }
  if (t.type === "group" || t.type === "display") {
    return "question_has_no_answer";
  }
  if (cond.operator === "exists") {
    return typeof cond.answer === "boolean" ? undefined : "exists_needs_boolean";
  }
  const ordering = cond.operator !== "=" && cond.operator !== "!=";
  switch (t.type) {
    case "boolean":
      return ordering || typeof cond.answer !== "boolean" ? "boolean_compared_with_non_boolean" : undefined;
    case "choice":
      if (ordering || typeof cond.answer !== "string") {
        return "choice_compared_without_code";
      }
      return (t.answerOption ?? []).some((o) => o.code === cond.answer) ? undefined : "answer_not_an_option";
    case "integer": {
      if (typeof cond.answer !== "number") {
        return "integer_compared_with_non_number";
      }
      const lo = t.minValue ?? Number.NEGATIVE_INFINITY;
      const hi = t.maxValue ?? Number.POSITIVE_INFINITY;
      const a = cond.answer;
      const impossible =
        (cond.operator === "=" && (a < lo || a > hi)) ||
        (cond.operator === ">" && a >= hi) ||
        (cond.operator === ">=" && a > hi) ||
        (cond.operator === "<" && a <= lo) ||
        (cond.operator === "<=" && a < lo);
      return impossible ? "answer_out_of_range" : undefined;
    }
    default:
      return typeof cond.answer === "string" ? undefined : "text_compared_with_non_string";
  }
}

function checkText(
  text: FormText | undefined,
  langs: FormDefinition["languages"],
  path: readonly PathSegment[],
  out: Out,
) {
  if (text === undefined) {
    return;
  }
  for (const lang of langs) {
    const v = text[lang];
    if (typeof v !== "string" || v.trim() === "") {
      out.push(issue("missing_translation", [...path, lang], { lang }));
    }
  }
}

type Add = <TCode extends FormLintCode>(
  code: TCode,
  path: readonly PathSegment[],
  ...params: ParamsArg<InstrumentsIssueParams[TCode]>
) => void;

/** The form's items by linkId (the first of a duplicated one) and in document order. */
interface FormIndex {
  readonly nodes: readonly Node[];
  readonly byId: ReadonlyMap<string, Node>;
}

/** Translations, options and constraints of one item that is not a group. */
function checkQuestion(
  item: QuestionItem,
  here: readonly PathSegment[],
  form: FormDefinition,
  add: Add,
  out: Out,
): void {
  if (item.type === "choice") {
    const options = item.answerOption ?? [];
    if (options.length === 0) {
      add("missing_options", here);
    }
    const codes = new Set<string>();
    options.forEach((o, k) => {
      if (codes.has(o.code)) {
        add("invalid_constraint", [...here, "answerOption", k], { reason: "duplicate_option_code" });
      }
      codes.add(o.code);
      checkText(o.display, form.languages, [...here, "answerOption", k, "display"], out);
    });
  }
  if (item.minValue !== undefined && item.maxValue !== undefined && item.minValue > item.maxValue) {
    add("invalid_constraint", here, { reason: "min_value_above_max_value" });
  }
  if (item.maxLength !== undefined && item.maxLength < 1) {
    add("invalid_constraint", here, { reason: "max_length_below_1" });
  }
  if (item.anchors !== undefined) {
    checkText(item.anchors.low, form.languages, [...here, "anchors", "low"], out);
    checkText(item.anchors.high, form.languages, [...here, "anchors", "high"], out);
  }
}

/** The occurrence constraints of a group. */
function checkGroup(item: GroupItem, here: readonly PathSegment[], add: Add): void {
  if (item.repeats !== true && (item.minOccurs !== undefined || item.maxOccurs !== undefined)) {
    add("invalid_constraint", here, { reason: "occurs_on_non_repeating_group" });
  }
  if (item.minOccurs !== undefined && item.maxOccurs !== undefined && item.minOccurs > item.maxOccurs) {
    add("invalid_constraint", here, { reason: "min_occurs_above_max_occurs" });
  }
  if (item.maxOccurs !== undefined && item.maxOccurs < 1) {
    add("invalid_constraint", here, { reason: "max_occurs_below_1" });
  }
}

/** Walks the form once: indexes the items and reports duplicates, translations, options and constraints. */
function indexForm(form: FormDefinition, add: Add, out: Out): FormIndex {
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  checkText(form.title, form.languages, ["title"], out);
  const walk = (
    items: readonly FormItem[],
    path: readonly PathSegment[],
    parent: string | undefined,
    scopes: readonly string[],
  ) => {
    items.forEach((item, i) => {
      const here = [...path, "items", i];
      const node: Node = { item, path: here, parent, scopes };
      nodes.push(node);
      if (byId.has(item.linkId)) {
        add("duplicate_link_id", [...here, "linkId"], { linkId: item.linkId });
      } else {
        byId.set(item.linkId, node);
      }
      checkText(item.text, form.languages, [...here, "text"], out);
      checkText(item.help, form.languages, [...here, "help"], out);
      (item.textVariants ?? []).forEach((v, j) => {
        checkText(v.text, form.languages, [...here, "textVariants", j, "text"], out);
        checkText(v.help, form.languages, [...here, "textVariants", j, "help"], out);
      });
      if (item.type === "group") {
        checkGroup(item, here, add);
        walk(item.items, here, item.linkId, item.repeats === true ? [...scopes, item.linkId] : scopes);
      } else if (item.type !== "display") {
        checkQuestion(item, here, form, add, out);
      }
    });
  };
  walk(form.items, [], undefined, []);
  return { nodes, byId };
}

/** Reports conditions that name a missing item or can never hold; returns those dead conditions. */
function checkConditions({ nodes, byId }: FormIndex, add: Add): Set<EnableWhen> {
  const dead = new Set<EnableWhen>();
  for (const node of nodes) {
    for (const { cond, path } of conditionsOf(node)) {
      const target = byId.get(cond.question);
      if (target === undefined) {
        add("unknown_reference", [...path, "question"], { question: cond.question });
        dead.add(cond);
        continue;
      }
      const reason = deadReason(cond, target, node);
      if (reason !== undefined) {
        add("dead_visibility", path, { reason });
        dead.add(cond);
      }
    }
    const own = node.item.enableWhen ?? [];
    if (node.item.enableBehavior !== "any") {
      const equals = new Map<string, EnableWhen["answer"]>();
      own.forEach((cond, k) => {
        const target = byId.get(cond.question);
        if (
          cond.operator !== "=" ||
          target === undefined ||
          (target.item.type === "choice" && target.item.repeats === true)
        ) {
          return;
        }
        const seen = equals.get(cond.question);
        if (seen !== undefined && seen !== cond.answer) {
          add("dead_visibility", [...node.path, "enableWhen", k], { reason: "contradicts_another_condition" });
          dead.add(cond);
        }
        equals.set(cond.question, cond.answer);
      });
    }
  }
  return dead;
}

/**
 * Circular visibility: the strongly connected components (Tarjan) of "depends on" (conditions and parent). Reports
 * each cycle once and returns the linkIds on a cycle.
 */
function findCycles({ nodes, byId }: FormIndex, add: Add): Set<string> {
  const deps = (node: Node): string[] => [
    ...(node.parent === undefined ? [] : [node.parent]),
    ...conditionsOf(node)
      .map((c) => c.cond.question)
      .filter((q) => byId.has(q)),
  ];
  const inCycle = new Set<string>();
  let counter = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const report = (id: string, component: readonly string[]): void => {
    const members = new Set(component);
    const selfLoop = conditionsOf(byId.get(id) as Node).some((c) => c.cond.question === id);
    if (component.length === 1 && !selfLoop) {
      return;
    }
    for (const m of component) {
      inCycle.add(m);
    }
    const ordered = nodes.filter((n) => members.has(n.item.linkId) && byId.get(n.item.linkId) === n);
    const first = ordered.find((n) => conditionsOf(n).some((c) => members.has(c.cond.question)));
    if (first !== undefined) {
      add("circular_visibility", [...first.path, "enableWhen"], {
        cycle: ordered.map((n) => n.item.linkId).join(" → "),
      });
    }
  };
  const strong = (id: string): void => {
    indexOf.set(id, counter);
    low.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
    for (const d of deps(byId.get(id) as Node)) {
      if (!indexOf.has(d)) {
        strong(d);
        low.set(id, Math.min(low.get(id) as number, low.get(d) as number));
      } else if (onStack.has(d)) {
        low.set(id, Math.min(low.get(id) as number, indexOf.get(d) as number));
      }
    }
    if (low.get(id) === indexOf.get(id)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== id);
      report(id, component);
    }
  };
  for (const node of nodes) {
    if (byId.get(node.item.linkId) === node && !indexOf.has(node.item.linkId)) {
      strong(node.item.linkId);
    }
  }
  return inCycle;
}

/** Reachability: an item can be shown when its parent can and its own conditions can hold. */
function checkReachability(
  { nodes, byId }: FormIndex,
  dead: ReadonlySet<EnableWhen>,
  inCycle: ReadonlySet<string>,
  add: Add,
): void {
  const memo = new Map<string, boolean>();
  const reachable = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) {
      return known;
    }
    memo.set(id, false);
    const node = byId.get(id) as Node;
    let ok = !inCycle.has(id) && (node.parent === undefined || reachable(node.parent));
    if (ok) {
      const own = node.item.enableWhen ?? [];
      const can = (c: EnableWhen): boolean =>
        !dead.has(c) && (reachable(c.question) || (c.operator === "exists" && c.answer === false));
      ok = own.length === 0 || (node.item.enableBehavior === "any" ? own.some(can) : own.every(can));
    }
    memo.set(id, ok);
    return ok;
  };
  for (const node of nodes) {
    const id = node.item.linkId;
    if (byId.get(id) !== node || inCycle.has(id) || reachable(id)) {
      continue;
    }
    const own = node.item.enableWhen ?? [];
    const parentReachable = node.parent === undefined || reachable(node.parent);
    const ownDead = own.some((c) => dead.has(c));
    if (parentReachable && !ownDead) {
      const blocker = own.find((c) => !reachable(c.question));
      add("unreachable_item", node.path, { question: blocker?.question ?? "" });
    }
  }
}

/**
 * Lints a form definition: duplicate linkIds, conditions that refer to missing items, circular or dead visibility
 * rules (conditions that can never hold), missing translations of any declared language, items no one can reach,
 * choices without options, and impossible constraints. An empty list means the form is clean.
 * @example
 * ```ts
 * const issues = lintForm(myForm);
 * for (const i of issues) console.log(i.message);
 * ```
 */
export function lintForm(form: FormDefinition): FormLintIssue[] {
  const out: Out = [];
  const add: Add = (code, path, ...params) => {
    out.push(issue(code, path, ...params) as FormLintIssue);
  };
  const index = indexForm(form, add, out);
  const dead = checkConditions(index, add);
  const inCycle = findCycles(index, add);
  checkReachability(index, dead, inCycle, add);
  return out;
}
