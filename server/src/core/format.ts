/**
 * The canonical layout of a plan: blocks indented one step per level, one
 * space after `:` and `,`, two spaces between members that share a line, one
 * blank line at most, a final line break. Lines stay as the drafter wrote
 * them (members are never moved from one line to another), every token and
 * comment is written back as it was, and text blocks are not touched.
 * Formatting twice gives the same text. A plan with syntax errors is not
 * formatted: its structure is not known for certain.
 */
import type { IToken } from "chevrotain";
import type { Member } from "./ast";
import { parseDocument } from "./document";
import { indentUnit } from "./edits";
import { Colon, Comma, Comment, LCurly, lex, RCurly } from "./lexer";
import { LineIndex } from "./text";

export interface FormatOptions {
  /** The indentation step; detected from the file when absent. */
  indent?: string;
}

interface Piece {
  token: IToken;
  startLine: number;
  endLine: number;
}

/** The formatted text, or undefined when the plan has syntax errors. */
export function formatPlan(text: string, options: FormatOptions = {}): string | undefined {
  const document = parseDocument(text);
  if (document.syntaxProblems.length > 0) return undefined;
  const unit = options.indent ?? indentUnit(document);
  const memberStarts = memberStartOffsets(document.members);
  const lines = new LineIndex(text);
  const eol = lines.eol;
  const lexed = lex(text);
  const tokens = [...lexed.tokens, ...lexed.comments].sort((a, b) => a.startOffset - b.startOffset);
  const pieces: Piece[] = tokens.map((token) => ({
    token,
    startLine: lines.position(token.startOffset).line,
    endLine: lines.position(token.startOffset + token.image.length).line,
  }));

  // Group tokens into output lines: a token on the line where the previous
  // one ended (after a text block spanning lines, say) stays on that line.
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const last = groups[groups.length - 1];
    if (last && piece.startLine === last[last.length - 1].endLine) last.push(piece);
    else groups.push([piece]);
  }

  const out: string[] = [];
  let depth = 0;
  let previousEnd = -1;
  let continues = false;
  for (const group of groups) {
    if (previousEnd >= 0 && group[0].startLine - previousEnd > 1) out.push("");
    previousEnd = group[group.length - 1].endLine;
    const first = group[0].token.tokenType;
    // A line that carries on a list (`languages: ru,` ⏎ `tg`) is indented one
    // step deeper than the attribute it belongs to.
    const level = Math.max(0, first === RCurly ? depth - 1 : depth) + (continues && first !== Comment ? 1 : 0);
    const lastToken = [...group].reverse().find((p) => p.token.tokenType !== Comment)?.token.tokenType;
    if (lastToken !== undefined) continues = lastToken === Comma || lastToken === Colon;
    let line = unit.repeat(level);
    for (let i = 0; i < group.length; i++) {
      const token = group[i].token;
      if (i > 0) line += spaceBetween(group[i - 1].token, token, memberStarts);
      line += token.image;
      if (token.tokenType === LCurly) depth++;
      else if (token.tokenType === RCurly) depth = Math.max(0, depth - 1);
    }
    out.push(line.replace(/[ \t]+$/, ""));
  }
  return out.length === 0 ? "" : out.join(eol) + eol;
}

/** The space between two tokens on one line. */
function spaceBetween(previous: IToken, next: IToken, memberStarts: ReadonlySet<number>): string {
  const p = previous.tokenType;
  const n = next.tokenType;
  if (n === Comment) return " ";
  if (n === Colon || n === Comma) return "";
  if (p === Colon || p === Comma || p === LCurly || n === LCurly || n === RCurly) return " ";
  // A member after a value or a `}` on the same line: two spaces set members
  // apart (`kind: consulate  country: KG`), one separates a header's parts.
  return memberStarts.has(next.startOffset) ? "  " : " ";
}

/** Where each attribute and block begins. */
function memberStartOffsets(members: readonly Member[], into = new Set<number>()): Set<number> {
  for (const member of members) {
    into.add(member.span.start);
    if (member.type === "block") memberStartOffsets(member.members, into);
  }
  return into;
}
