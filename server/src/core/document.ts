/**
 * Text to a parsed plan document: lex, parse, and check the file's outline
 * (exactly one `plan` block, nothing outside it). This is the one entry point
 * the resolver, the rules and every adapter start from.
 */
import type { Block, Comment, Member } from "./ast";
import { lex, UnterminatedTextBlock } from "./lexer";
import { parseTokens } from "./parser";
import { LineIndex, type Span } from "./text";

export interface SyntaxProblem {
  message: string;
  span: Span;
}

export interface PlanDocument {
  text: string;
  lines: LineIndex;
  /** Everything at the top level; normally just the plan block. */
  members: Member[];
  /** The file's `plan` block, when there is one. */
  plan?: Block;
  comments: Comment[];
  syntaxProblems: SyntaxProblem[];
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
}

/**
 * Lexes and parses `text` from `start` to `end` (the whole text, or one
 * block of it when reparsing after an edit, `depth` blocks deep); every
 * offset in the result is an offset of `text`.
 */
export function parseRegion(text: string, start = 0, end = text.length, depth = 0): ParsedRegion {
  const lexed = lex(start === 0 && end === text.length ? text : text.slice(start, end));
  if (start !== 0) {
    for (const token of lexed.tokens) token.startOffset += start;
    for (const token of lexed.comments) token.startOffset += start;
    for (const problem of lexed.problems) problem.span = { start: problem.span.start + start, end: problem.span.end + start };
  }
  const parsed = parseTokens(lexed.tokens, text, depth);
  // A parse problem right after a bad character is its echo (`12 @ 13`
  // reads as a stray 13 once the @ is dropped): one finding is enough.
  // (The lexer's problems are in offset order: the one to look at is the
  // last that starts at or before the parse problem, found by bisection, so
  // a file of a hundred thousand bad characters stays linear.)
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
  const problems: SyntaxProblem[] = [...lexed.problems, ...parsed.problems.filter((p) => !echoes(p))];
  const comments = lexed.comments.map((t) => ({
    text: t.image,
    span: { start: t.startOffset, end: t.startOffset + t.image.length },
  }));
  const openTextBlock = lexed.tokens.some((t) => t.tokenType === UnterminatedTextBlock);
  return { members: parsed.members, problems, comments, openTextBlock };
}

export function parseDocument(text: string): PlanDocument {
  const parsed = parseRegion(text);
  const problems = parsed.problems;

  const plans = parsed.members.filter((m): m is Block => m.type === "block" && m.kind.text === "plan");
  const plan = plans[0];
  for (const member of parsed.members) {
    if (member === plan) continue;
    const where = member.type === "block" ? member.kind.span : member.name.span;
    if (member.type === "block" && member.kind.text === "plan") {
      problems.push({ message: "a file holds one plan: move this plan to a file of its own", span: where });
    } else if (plan) {
      problems.push({
        message: `'${member.type === "block" ? member.kind.text : member.name.text}' stands outside the plan: move it inside plan "…" { … }`,
        span: where,
      });
    } else {
      problems.push({
        message: `'${member.type === "block" ? member.kind.text : member.name.text}' stands outside any plan: a file starts with plan "Title" { … } and everything goes inside it`,
        span: where,
      });
    }
  }
  if (!plan && parsed.members.length === 0 && problems.length === 0) {
    problems.push({
      message: 'the file has no plan: start it with plan "Title" { … }',
      span: { start: 0, end: 0 },
    });
  }

  problems.sort((a, b) => a.span.start - b.span.start);
  return { text, lines: new LineIndex(text), members: parsed.members, plan, comments: parsed.comments, syntaxProblems: problems };
}
