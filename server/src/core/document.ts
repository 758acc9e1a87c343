/**
 * Text to a parsed plan document: lex, parse, and check the file's outline
 * (exactly one `plan` block, nothing outside it). This is the one entry point
 * the resolver, the rules and every adapter start from.
 */
import type { Block, Comment, Member } from "./ast";
import { BoundedProblems, lex, MAX_SYNTAX_PROBLEMS, MAX_TOKENS, UnterminatedTextBlock } from "./lexer";
import { MAX_MEMBERS, parseTokens } from "./parser";
import { attributeSpec } from "./schema";
import { formatCount, LineIndex, type Span } from "./text";

export interface SyntaxProblem {
  message: string;
  span: Span;
  /**
   * Set on the problems that say a limit was reached (the checker read no
   * further, or listed no more problems): they stand for everything left
   * out, so whatever cuts findings short should keep them.
   */
  limit?: true;
  /**
   * Set where the parser read every token of the line as typed and only
   * found something missing (a colon, a value): fixes may still edit that
   * line, as they may not where it skipped or split tokens to recover.
   */
  readAsTyped?: true;
  /**
   * Which message this is (`missingColon`), and the values it names: the
   * rule that reports syntax problems says it in the user's language from
   * these (rules/language/syntax.ts). `message` is the English.
   */
  id?: string;
  params?: Readonly<Record<string, string | number>>;
}

export interface PlanDocument {
  /** The text the plan is in: a plan file's, or a Markdown file's with all but its ```micic blocks blanked. */
  text: string;
  lines: LineIndex;
  /**
   * The stretch of `text` the plan occupies, when it is one of several in
   * the text (a ```micic block of a Markdown file); absent when the plan is
   * the whole text. Whatever reads the document reads this stretch only.
   */
  region?: Span;
  /** Everything at the top level; normally just the plan block. */
  members: Member[];
  /** The file's `plan` block, when there is one. */
  plan?: Block;
  comments: Comment[];
  syntaxProblems: SyntaxProblem[];
  /**
   * Whether a block's missing `}` was put back where its indentation ends it
   * (parser.ts, closeByIndentation): how the rest reads then depends on the
   * whole text, so an edit reparses it whole.
   */
  closedByIndentation?: boolean;
}

export interface ParsedRegion {
  members: Member[];
  problems: SyntaxProblem[];
  comments: Comment[];
  /**
   * Whether a `"""` in the region never closes in it. In the whole text it
   * might close further on, so a region with one cannot stand for the text.
   */
  openTextBlock: boolean;
  /** Whether a block's missing `}` was put back by the indentation (parser.ts, closeByIndentation). */
  closedByIndentation?: boolean;
}

/**
 * Lexes and parses `text` from `start` to `end` (the whole text, or one
 * block of it when reparsing after an edit, `depth` blocks deep); every
 * offset in the result is an offset of `text`. `lines`, the index of
 * `text`, if the caller has it.
 */
export function parseRegion(text: string, start = 0, end = text.length, depth = 0, lines?: LineIndex): ParsedRegion {
  const read = readRegion(text, start, end, depth, lines);
  const problems = listProblems(read, start, () => (lines ??= new LineIndex(text)));
  return { members: read.members, problems, comments: read.comments, openTextBlock: read.openTextBlock, closedByIndentation: read.closedByIndentation };
}

/** What parseRegion reads, before its problems are listed. */
interface ReadRegion {
  members: Member[];
  /** The syntax problems, within MAX_SYNTAX_PROBLEMS. */
  problems: BoundedProblems;
  /** Why the lexer or the parser stopped reading before the end, if one did, at the place it stopped. */
  stopped?: SyntaxProblem;
  comments: Comment[];
  openTextBlock: boolean;
  closedByIndentation: boolean;
}

/**
 * What a file may still hold: the tokens and members its plans may read in
 * all. The plans of a Markdown file share one, so that a note of many plans
 * is bounded as one plan file is; a plan file has one of its own.
 */
export interface ReadBudget {
  tokens: number;
  members: number;
  /** Set once a plan has read all of it and stopped short. */
  spent?: boolean;
}

/** A budget for a whole file: MAX_TOKENS tokens and comments, MAX_MEMBERS attributes and blocks. */
export function fileBudget(): ReadBudget {
  return { tokens: MAX_TOKENS, members: MAX_MEMBERS };
}

function readRegion(text: string, start: number, end: number, depth: number, lines: LineIndex | undefined, budget = fileBudget()): ReadRegion {
  const lexed = lex(text, start, end, { maxTokens: budget.tokens });
  budget.tokens -= lexed.tokens.length + lexed.comments.length;
  const parsed = parseTokens(lexed.tokens, text, depth, { stopped: lexed.stopped !== undefined, lines, maxMembers: budget.members });
  budget.members -= parsed.memberCount;
  if (lexed.stopped || parsed.stopped) budget.spent = true;
  // A parse problem right after a bad character is its echo (`12 @ 13`
  // reads as a stray 13 once the @ is dropped): one finding is enough.
  // (The lexer's problems are in offset order: the one to look at is the
  // last that starts at or before the parse problem, found by bisection, so
  // a file of a hundred thousand bad characters stays linear. The lexer
  // keeps only its first problems, but all of those before the first it
  // left out, which is as far as the problems kept below can reach.)
  const lexProblems = lexed.problems;
  const echoes = (p: SyntaxProblem): boolean => {
    let low = 0;
    let high = lexProblems.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (lexProblems[mid].span.start <= p.span.start) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found < 0) return false;
    const l = lexProblems[found];
    return p.span.start < l.span.end || /^[ \t]*$/.test(text.slice(l.span.end, p.span.start));
  };
  const problems = new BoundedProblems();
  for (const problem of lexed.problems) problems.add(problem);
  const stopped = lexed.stopped ?? parsed.stopped;
  for (const problem of parsed.problems) if (!echoes(problem)) problems.add(problem);
  if (lexed.firstUnlisted) problems.dropped(lexed.firstUnlisted);
  if (parsed.firstUnlisted) problems.dropped(parsed.firstUnlisted);
  const comments = lexed.comments.map((t) => ({
    text: t.image,
    span: { start: t.startOffset, end: t.startOffset + t.image.length },
  }));
  const openTextBlock = lexed.tokens.some((t) => t.tokenType === UnterminatedTextBlock);
  return { members: parsed.members, problems, stopped, comments, openTextBlock, closedByIndentation: parsed.closedByIndentation };
}

/**
 * The syntax problems as the checker lists them: the first ones in the
 * file; when more were found, one that says the list stops; when reading
 * stopped before the end, one that says where and why. Those two stand at
 * the plan's start (`start`), where they are read first, and are marked
 * `limit`, so that a limit on findings keeps them.
 */
function listProblems(read: ReadRegion, start: number, lines: () => LineIndex): SyntaxProblem[] {
  const { problems, firstUnlisted } = read.problems.sorted();
  const at = { start, end: start };
  const lineOf = (offset: number) => formatCount(lines().position(offset).line + 1);
  const limits: SyntaxProblem[] = [];
  if (read.stopped) {
    limits.push({
      message: `the checker reads this file only up to line ${lineOf(read.stopped.span.start)}: ${read.stopped.message}. Split the plan into smaller ones, or remove what does not belong in it`,
      span: at,
      limit: true,
    });
  }
  if (firstUnlisted) {
    limits.push({
      message: `the checker lists the first ${formatCount(MAX_SYNTAX_PROBLEMS)} syntax problems, up to line ${lineOf(firstUnlisted.start)}, and no more: correct those and check again`,
      span: at,
      limit: true,
    });
  }
  return limits.length === 0 ? problems : [...limits, ...problems];
}

/**
 * Parses a plan: the whole of `text`, or the stretch `region` of it (one
 * ```micic block of a Markdown file, whose other blocks are plans of their
 * own). `lines`, the index of `text`, is shared by all the plans of one
 * text when given; only the region is read either way. `budget`: what the
 * file may still hold, when its plans share one (see ReadBudget).
 */
export function parseDocument(text: string, region?: Span, lines?: LineIndex, budget?: ReadBudget): PlanDocument {
  const start = region?.start ?? 0;
  const end = region?.end ?? text.length;
  // YAML pasted where a plan goes: one finding that says so, not one per line.
  const yaml = yamlInstead(text, start, end);
  if (yaml) {
    return { text, lines: lines ?? new LineIndex(text), ...(region ? { region } : {}), members: [], plan: undefined, comments: [], syntaxProblems: [yaml] };
  }
  const read = readRegion(text, start, end, 0, lines, budget);
  const problems = read.problems;

  const plans = read.members.filter((m): m is Block => m.type === "block" && m.kind.text === "plan");
  const plan = plans[0];
  for (const member of read.members) {
    if (member === plan) continue;
    const where = member.type === "block" ? member.kind.span : member.name.span;
    if (member.type === "block" && member.kind.text === "plan") {
      problems.add({ message: "a file holds one plan: move this plan to a file of its own", span: where, id: "onePlanPerFile" });
    } else if (plan) {
      problems.add({
        message: `'${member.type === "block" ? member.kind.text : member.name.text}' stands outside the plan: move it inside plan "…" { … }`,
        span: where,
        id: "outsidePlan",
        params: { name: member.type === "block" ? member.kind.text : member.name.text },
      });
    } else {
      problems.add({
        message: `'${member.type === "block" ? member.kind.text : member.name.text}' stands outside any plan: a file starts with plan "Title" { … } and everything goes inside it`,
        span: where,
        id: "outsideAnyPlan",
        params: { name: member.type === "block" ? member.kind.text : member.name.text },
      });
    }
  }
  if (!plan && read.members.length === 0 && problems.isEmpty && !read.stopped) {
    problems.add({
      message: 'the file has no plan: start it with plan "Title" { … }',
      span: { start, end: start },
      id: "noPlan",
    });
  }

  const documentLines = lines ?? new LineIndex(text);
  return {
    text,
    lines: documentLines,
    ...(region ? { region } : {}),
    members: read.members,
    plan,
    comments: read.comments,
    syntaxProblems: listProblems(read, start, () => lines ?? documentLines),
    ...(read.closedByIndentation ? { closedByIndentation: true } : {}),
  };
}

/** Lines of YAML: `key: value`, `key:` opening a nested map, `- item`, `---`. */
const YAML_LINE = /^(?:---|\.\.\.|-\s+\S.*|[\p{L}_][\p{L}\p{N}_ -]*:(?:\s+\S.*)?)\s*$/u;

/**
 * Whether [start, end) of `text` is YAML rather than a plan: no brace at
 * all, and its first lines that hold something (comments aside) all YAML
 * lines. Then one problem that says so and shows how the first lines read
 * as a plan.
 */
function yamlInstead(text: string, start: number, end: number): SyntaxProblem | undefined {
  // Look at the first few kilobytes only: a plan has a brace early on.
  const head = text.slice(start, Math.min(end, start + 4096));
  if (head.includes("{") || head.includes("}")) return undefined;
  const lines = head.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  const sample = lines.slice(0, 6);
  if (sample.length < 2 || !sample.every((l) => YAML_LINE.test(l))) return undefined;
  const pairs = sample.map((l) => /^([\p{L}_][\p{L}\p{N}_-]*):\s+(.+)$/u.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  const titleAt = pairs.findIndex((m) => /^(plan|title|name)$/i.test(m[1]));
  const title = titleAt >= 0 ? unquoteYaml(pairs[titleAt][2]) : "…";
  const shown = pairs.filter((_, i) => i !== titleAt).slice(0, 2).map((m) => `${m[1]}: ${planValue(m[1], unquoteYaml(m[2]))}`);
  const example = [`plan "${title}" {`, ...shown, "…", "}"].join("  ");
  return {
    message: `this looks like YAML, not a plan: a plan is written as plan "Title" { … }, with attributes as name: value and blocks in braces. Its first lines would read: ${example}`,
    span: { start, end: start },
    id: "yaml",
    params: { example },
  };
}

function unquoteYaml(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/** A YAML scalar as the plan's value for `name`: quoted where the schema takes a text or the value is no word. */
function planValue(name: string, value: string): string {
  const word = /^[\p{L}][\p{L}\p{N}_-]*$/u.test(value) || /^\d[\d_]*$/.test(value);
  return word && attributeSpec("plan", name)?.type.kind !== "string" ? value : `"${value.replace(/["\\]/g, "\\$&")}"`;
}

/**
 * A document for a plan the checker does not read, with the one problem
 * that says why, at `span` of `text` (a Markdown note too large to search,
 * at its first ```micic fence). Only the syntax rule reports on it.
 */
export function unreadDocument(text: string, lines: LineIndex, span: Span, message: string): PlanDocument {
  return { text, lines, region: span, members: [], comments: [], syntaxProblems: [{ message, span, limit: true }] };
}
