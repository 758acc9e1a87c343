/**
 * What the MICIC rules read, in the words of the plan: its sections, its
 * stakeholders and populations, the words an attribute holds. Rules use
 * these instead of walking the tree themselves, so each rule file says only
 * what it checks.
 */
import { attributeOf, blocksOf, namedBlocksOf, wordsOf, type Attribute, type Block } from "../core/ast";
import { languageKey } from "../core/codes";
import type { PlanDocument } from "../core/document";
import { insertMember } from "../core/edits";
import type { Fix, Severity, TextEdit } from "../core/finding";
import type { RuleContext } from "../core/rule";
import type { Resolution } from "../core/resolve";
import { formatCount, type Span } from "../core/text";

/** The first section of that kind in the plan (later ones are SCH003's). */
export function section(plan: Block, kind: string): Block | undefined {
  return blocksOf(plan, kind)[0];
}

export function stakeholders(plan: Block): readonly Block[] {
  return namedBlocksOf(plan, "stakeholder");
}

export function populations(plan: Block): readonly Block[] {
  return namedBlocksOf(plan, "population");
}

/** Blocks of a kind inside a section (`channel` in `communication`). */
export function inSection(plan: Block, sectionKind: string, kind: string): readonly Block[] {
  const s = section(plan, sectionKind);
  return s ? namedBlocksOf(s, kind) : [];
}

/** The words (identifier values) of an attribute; empty when absent. */
export function words(block: Block | undefined, name: string): readonly string[] {
  return block ? wordsOf(block, name) : [];
}

/** The single word of an attribute (`yes`, `informed`), if given. */
export function word(block: Block | undefined, name: string): string | undefined {
  return block ? wordsOf(block, name)[0] : undefined;
}

/** A number attribute's value, if it is a number. */
export function numberOf(block: Block | undefined, name: string): number | undefined {
  const value = block ? attributeOf(block, name)?.values[0] : undefined;
  return value?.kind === "number" ? Number(value.text) : undefined;
}

/** A date attribute's value, if it is a date. */
export function dateOf(block: Block | undefined, name: string): Date | undefined {
  const value = block ? attributeOf(block, name)?.values[0] : undefined;
  if (value?.kind !== "date") return undefined;
  const date = new Date(`${value.text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whether `date` is more than `months` before `today`. */
export function olderThanMonths(date: Date, months: number, today: Date): boolean {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return date.getTime() < limit.getTime();
}

/**
 * Where a finding about a block stands: its header, from the keyword to the
 * title (`population seasonal_workers "Seasonal workers"`).
 */
export function headerSpan(block: Block): Span {
  const end = block.title?.span.end ?? block.id?.span.end ?? block.kind.span.end;
  return { start: block.kind.span.start, end };
}

/** Where a finding about the whole plan stands: the plan's title (or keyword). */
export function planSpan(plan: Block): Span {
  return plan.title?.span ?? plan.kind.span;
}

/** An attribute's span or, when it is absent, the block's header. */
export function attributeOrHeader(block: Block, name: string): Span {
  return attributeOf(block, name)?.span ?? headerSpan(block);
}

/**
 * "MICIC Principle 1, Guidelines 11 and 13": the citation a message ends with.
 */
export function cite(guidelines: readonly string[]): string {
  const key = guidelines.join(" ");
  let citation = citations.get(key);
  if (citation === undefined) citations.set(key, (citation = citationOf(guidelines)));
  return citation;
}

/** Each rule cites the same guidelines in every message it writes: worked out once. */
const citations = new Map<string, string>();

function citationOf(guidelines: readonly string[]): string {
  const principles = guidelines.filter((g) => g.startsWith("P")).map((g) => g.slice(1));
  const rest = guidelines.filter((g) => g.startsWith("G")).map((g) => g.slice(1));
  const list = (items: string[]) =>
    items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  const parts: string[] = [];
  if (principles.length > 0) parts.push(`Principle${principles.length > 1 ? "s" : ""} ${list(principles)}`);
  if (rest.length > 0) parts.push(`Guideline${rest.length > 1 ? "s" : ""} ${list(rest)}`);
  return `MICIC ${parts.join(", ")}`;
}

/**
 * How many items of a list a message names before it counts the rest
 * (RULES.md: every finding is bounded). Five names say which kind of thing
 * is missing; the count says how much.
 */
export const NAMED_IN_MESSAGE = 5;

/**
 * "a, b and c"; a longer list names its first `max` items and counts the
 * rest: "a, b, c, d, e and 12 more". Lists of the schema's own words (the
 * media, the topics) are short and may pass a larger `max` to name them all.
 */
export function listWords(items: readonly string[], conjunction = "and", max = NAMED_IN_MESSAGE): string {
  if (items.length > max) return `${items.slice(0, max).join(", ")} ${conjunction} ${formatCount(items.length - max)} more`;
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

export { formatCount };

/**
 * A language code as the rules compare it: by language, whatever the form
 * of the code (ru, rus and ru-RU are Russian; uz, uzb, uz-Latn and uz-Cyrl
 * Uzbek); the code itself when it names no language (SCH002's finding).
 */
export function languageKeyOf(code: string): string {
  return languageKey(code) ?? code;
}

/**
 * A fix that makes `name` hold exactly `valueText`: the values are replaced
 * when the attribute is there, the attribute inserted when it is not.
 */
export function setAttributeFix(
  document: PlanDocument,
  block: Block,
  name: string,
  valueText: string,
  title = `Commit the plan to '${name}: ${valueText}'`,
): Fix | undefined {
  const attribute = attributeOf(block, name);
  let edit: TextEdit | undefined;
  if (attribute && attribute.values.length > 0) {
    const first = attribute.values[0].span.start;
    const last = attribute.values[attribute.values.length - 1].span.end;
    edit = { span: { start: first, end: last }, newText: valueText };
  } else if (attribute && attribute.colon) {
    edit = { span: { start: attribute.colon.end, end: attribute.colon.end }, newText: ` ${valueText}` };
  } else if (!attribute) {
    edit = insertMember(document, block, `${name}: ${valueText}`);
  }
  return edit ? { title, edits: [edit], kind: "suggestion" } : undefined;
}

/**
 * A fix that adds words to a list attribute, after its last value when it is
 * there, as a new attribute when it is not. Words already present are kept once.
 */
export function addValuesFix(
  document: PlanDocument,
  block: Block,
  name: string,
  additions: readonly string[],
  title = `Add ${listWords(additions.map((a) => `'${a}'`))} to '${name}'`,
): Fix | undefined {
  const attribute: Attribute | undefined = attributeOf(block, name);
  const present = new Set(attribute?.values.map((v) => v.text) ?? []);
  const missing = additions.filter((a) => !present.has(a));
  if (missing.length === 0) return undefined;
  let edit: TextEdit | undefined;
  if (attribute && attribute.values.length > 0) {
    const end = attribute.values[attribute.values.length - 1].span.end;
    edit = { span: { start: end, end }, newText: `, ${missing.join(", ")}` };
  } else if (attribute && attribute.colon) {
    edit = { span: { start: attribute.colon.end, end: attribute.colon.end }, newText: ` ${missing.join(", ")}` };
  } else if (!attribute) {
    edit = insertMember(document, block, `${name}: ${missing.join(", ")}`);
  }
  return edit ? { title, edits: [edit], kind: "suggestion" } : undefined;
}

/** A fix that inserts a member (written with "\n" and relative indentation). */
export function insertFix(document: PlanDocument, block: Block, text: string, title: string, after?: Block): Fix | undefined {
  const edit = insertMember(document, block, text, after);
  return edit ? { title, edits: [edit], kind: "suggestion" } : undefined;
}

/** An id not yet declared in the plan: `base`, else `base_2`, `base_3`… */
export function uniqueId(resolution: Resolution, base: string): string {
  if (!resolution.declarations.has(base)) return base;
  for (let n = 2; ; n++) if (!resolution.declarations.has(`${base}_${n}`)) return `${base}_${n}`;
}

export interface SectionWordCheck {
  /** The section that should say it: `evacuation`, `communication`, `referral`. */
  section: string;
  attribute: string;
  /** The word the guideline asks for (`yes`, `informed`, `required`). */
  wanted: string;
  /** The word that says the opposite, and the severity it gets (an error where RULES.md says so). */
  opposite: string;
  oppositeSeverity?: Severity;
  /** The whole message: what the section says (`opposite`) or fails to say. */
  message(state: "opposite" | "silent"): string;
  /** The fix's title, in the user's language (`say.commitTo(attribute, wanted)`); English when absent. */
  fixTitle?: string;
}

/**
 * The shape of several rules: a section must say one word in one
 * attribute (`regardless-of-status: yes`, `consent: required`). Silence is
 * reported on the section's keyword, a wrong word on its attribute, and
 * the fix sets the word. A plan without the section is PLAN004's business.
 */
export function checkSectionWord({ document, plan, report }: RuleContext, check: SectionWordCheck): void {
  const holder = section(plan, check.section);
  if (!holder) return;
  const value = word(holder, check.attribute);
  if (value === check.wanted) return;
  const state = value === check.opposite ? "opposite" : "silent";
  const fix = setAttributeFix(document, holder, check.attribute, check.wanted, check.fixTitle);
  report({
    message: check.message(state),
    span: attributeOf(holder, check.attribute)?.span ?? holder.kind.span,
    ...(state === "opposite" && check.oppositeSeverity ? { severity: check.oppositeSeverity } : {}),
    fixes: fix ? [fix] : [],
  });
}
