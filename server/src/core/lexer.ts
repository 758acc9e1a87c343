/**
 * The plan language's tokens (LANGUAGE.md, "Lexical elements"), as a
 * Chevrotain lexer. Malformed strings are still tokens, so that one missing
 * quote is one finding and the rest of the file still parses.
 */
import { createToken, Lexer, type IToken, type TokenType } from "chevrotain";
import type { Span } from "./text";

/*
 * First characters (`start_chars_hint`) are given for every pattern, so the
 * lexer need not parse its own regular expressions to find them at every
 * start of the command line; a test checks that a lexer left to find them
 * itself reads every text the same way.
 */
const digits = "0123456789".split("");
const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"];
const quote = ['"'];

/**
 * Token categories: every token that can be a value, and every token that
 * cannot begin a member (reported as stray). The parser consumes a category
 * in one step instead of choosing among alternatives, which is much faster.
 */
export const ValueToken = createToken({ name: "ValueToken", pattern: Lexer.NA, label: "a value" });
export const StrayToken = createToken({ name: "StrayToken", pattern: Lexer.NA, label: "a stray token" });

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  // The BOM and no-break spaces count as white space: files saved by office
  // tools carry them, and they mean nothing to a reader.
  pattern: /[ \t\r\n\uFEFF\u00A0]+/,
  start_chars_hint: [" ", "\t", "\r", "\n", "\uFEFF", "\u00A0"],
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const Comment = createToken({
  name: "Comment",
  pattern: /#[^\r\n]*/,
  start_chars_hint: ["#"],
  group: "comments",
  label: "a comment",
});

export const TextBlock = createToken({
  name: "TextBlock",
  categories: [ValueToken, StrayToken],
  pattern: /"""[\s\S]*?"""/,
  start_chars_hint: quote,
  line_breaks: true,
  label: 'a text block ("""…""")',
});

/**
 * A `"""` that never closes. It stops at the end of its line rather than
 * swallowing the rest of the file, so everything after it is still checked.
 */
export const UnterminatedTextBlock = createToken({
  name: "UnterminatedTextBlock",
  categories: [ValueToken, StrayToken],
  pattern: /"""[^\r\n]*/,
  start_chars_hint: quote,
  label: 'a text block ("""…""")',
});

export const StringLiteral = createToken({
  name: "StringLiteral",
  categories: [ValueToken, StrayToken],
  pattern: /"(?:[^"\\\r\n]|\\.)*"/,
  start_chars_hint: quote,
  label: 'a quoted text ("…")',
});

/** A `"` whose closing quote is missing on its line. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  categories: [ValueToken, StrayToken],
  pattern: /"(?:[^"\\\r\n]|\\.)*\\?/,
  start_chars_hint: quote,
  label: 'a quoted text ("…")',
});

export const DateLiteral = createToken({
  name: "DateLiteral",
  categories: [ValueToken, StrayToken],
  pattern: /\d{4}-\d{2}-\d{2}(?![\w-])/,
  start_chars_hint: digits,
  label: "a date (YYYY-MM-DD)",
});

export const Duration = createToken({
  name: "Duration",
  categories: [ValueToken, StrayToken],
  pattern: /\d(?:_?\d)*(?:min|h|d)(?![\w-])/,
  start_chars_hint: digits,
  label: "a duration (30min, 2h, 3d)",
});

export const NumberLiteral = createToken({
  name: "NumberLiteral",
  categories: [ValueToken, StrayToken],
  pattern: /\d(?:_?\d)*/,
  start_chars_hint: digits,
  label: "a number",
});

export const Identifier = createToken({
  name: "Identifier",
  categories: [ValueToken],
  pattern: /[A-Za-z][A-Za-z0-9_-]*/,
  start_chars_hint: letters,
  label: "a name",
});

/**
 * The keyword of a block header (`population` in `population seasonal
 * "Seasonal workers" {`). The lexer makes Identifiers; the parser retypes
 * the ones that begin a header on their line before it starts (see
 * markBlockKinds in parser.ts), so choosing between a block and an
 * attribute takes one token of lookahead. It is still an Identifier (a
 * category), wherever one is expected.
 */
export const BlockKind = createToken({ name: "BlockKind", pattern: Lexer.NA, categories: [Identifier], label: "a name" });

export const LCurly = createToken({ name: "LCurly", pattern: "{", label: "'{'", categories: [StrayToken] });
export const RCurly = createToken({ name: "RCurly", pattern: "}", label: "'}'" });
export const Colon = createToken({ name: "Colon", pattern: ":", label: "':'", categories: [StrayToken] });
export const Comma = createToken({ name: "Comma", pattern: ",", label: "','", categories: [StrayToken] });

/** Order matters: longer and more specific patterns first. */
export const allTokens: TokenType[] = [
  ValueToken,
  StrayToken,
  WhiteSpace,
  Comment,
  TextBlock,
  UnterminatedTextBlock,
  StringLiteral,
  UnterminatedString,
  DateLiteral,
  Duration,
  NumberLiteral,
  Identifier,
  BlockKind,
  LCurly,
  RCurly,
  Colon,
  Comma,
];

/**
 * One lexer for the process (Chevrotain's performance guide: build once).
 * Lines and columns are computed by LineIndex from offsets, so the lexer
 * tracks offsets only; `ensureOptimizations` makes construction fail if a
 * pattern ever defeats the first-character optimisation. The token
 * definitions' validations cost a tenth of the command line's start-up, so
 * the shared lexer skips them and a test builds a validating one
 * (validateLexer), as for the parser.
 */
const lexerConfig = { positionTracking: "onlyOffset", ensureOptimizations: true } as const;
export const planLexer = new Lexer(allTokens, { ...lexerConfig, skipValidations: true });

/** Builds a lexer with Chevrotain's validations of the token definitions on; throws if one is unsound. */
export function validateLexer(): void {
  new Lexer(allTokens, lexerConfig);
}

export interface LexProblem {
  message: string;
  span: Span;
}

export interface LexResult {
  tokens: IToken[];
  comments: IToken[];
  problems: LexProblem[];
}

/** Tokenizes plan text. Never throws; problems are returned, not raised. */
export function lex(text: string): LexResult {
  const result = planLexer.tokenize(text);
  const problems: LexProblem[] = [];
  for (const error of result.errors) {
    const chars = text.substr(error.offset, error.length);
    const shown = chars.length > 20 ? chars.slice(0, 20) + "…" : chars;
    problems.push({
      message:
        chars.length === 1
          ? `unexpected character '${printable(shown)}': the plan language does not use it here`
          : `unexpected characters '${printable(shown)}': the plan language does not use them here`,
      span: { start: error.offset, end: error.offset + error.length },
    });
  }
  for (const token of result.tokens) {
    if (token.tokenType === UnterminatedString) {
      problems.push({
        message: 'this text has no closing quote: end it with " on the same line (use """…""" for text over several lines)',
        span: tokenSpan(token),
      });
    } else if (token.tokenType === UnterminatedTextBlock) {
      problems.push({
        message: 'this text block has no closing """',
        span: tokenSpan(token),
      });
    }
  }
  problems.sort((a, b) => a.span.start - b.span.start);
  return { tokens: result.tokens, comments: result.groups.comments ?? [], problems };
}

export function tokenSpan(token: IToken): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

/** Shows control characters in messages instead of printing them raw. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0) return "\\0";
    if (code === 9) return "\\t";
    return `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
