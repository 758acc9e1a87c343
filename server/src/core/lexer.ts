/**
 * The plan language's tokens (docs/spec/LANGUAGE.md, "Lexical elements"), as a
 * Chevrotain lexer. Malformed strings are still tokens, so that one missing
 * quote is one finding and the rest of the file still parses.
 */
import { createToken, Lexer, type ILexingError, type IToken, type TokenType } from "chevrotain";
import { formatCount, type Span } from "./text";

/*
 * First characters (`start_chars_hint`) are given for every pattern, so the
 * lexer need not parse its own regular expressions to find them at every
 * start of the command line; a test checks that a lexer left to find them
 * itself reads every text the same way.
 */
const digits = "0123456789".split("");
/**
 * What a name may start with: a letter of any script (docs/spec/LANGUAGE.md: "a
 * letter of any script"). Chevrotain's first-character table keeps one
 * entry per character below 256 and one per bucket of 255 characters above
 * (charCodeToOptimizedIndex), so the hint lists the letters below 256 and
 * one character of each bucket above; the pattern itself decides.
 */
const letters = [
  ..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  ...Array.from({ length: 256 - 0xaa }, (_, i) => String.fromCharCode(0xaa + i)).filter((c) => /\p{L}/u.test(c)),
  ...bucketsAbove255(),
];
/** The quotes a quoted text may open with: "…", «…», “…” and „…“. */
const quote = ['"', "«", "“", "„"];

/** One character for each of Chevrotain's first-character buckets above 255. */
function bucketsAbove255(): string[] {
  const chars: string[] = [];
  for (let code = 256; code <= 0xffff; code += 255) chars.push(String.fromCharCode(code));
  chars.push("\uffff");
  return chars;
}

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

/**
 * A quoted text on one line: "…", or as Word and Google Docs type it,
 * «…», “…” (closed by ” or “) or „…“ (closed by “ or ”). The quote a text
 * opens with is kept (the formatter writes it back as it was).
 */
export const StringLiteral = createToken({
  name: "StringLiteral",
  categories: [ValueToken, StrayToken],
  pattern: /"(?:[^"\\\r\n]|\\.)*"|«(?:[^»\\\r\n]|\\.)*»|[“„](?:[^“”\\\r\n]|\\.)*[“”]/,
  start_chars_hint: quote,
  label: 'a quoted text ("…")',
});

/** A quoted text whose closing quote is missing on its line. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  categories: [ValueToken, StrayToken],
  pattern: /"(?:[^"\\\r\n]|\\.)*\\?|«(?:[^»\\\r\n]|\\.)*\\?|[“„](?:[^“”\\\r\n]|\\.)*\\?/,
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

/**
 * A name: a letter of any script, then letters, marks, digits, `_` and `-`
 * (UAX #31's identifiers, with the hyphen the keywords use), and the
 * apostrophes Uzbek Latin is typed with (oʻ and gʻ are written with
 * U+02BB, a letter, but often with ', ‘ or ’). Names are compared in NFC.
 */
export const Identifier = createToken({
  name: "Identifier",
  categories: [ValueToken],
  pattern: { exec: matchName },
  start_chars_hint: letters,
  line_breaks: false,
  label: "a name",
});

/**
 * Chevrotain copies a pattern's source with flags of its own and drops the
 * `u` that Unicode property classes need, so names are matched by a custom
 * pattern (Chevrotain's "custom token patterns") with a sticky Unicode one.
 */
const NAME = /[\p{L}\p{Nl}][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\-'‘’]*/uy;

function matchName(text: string, offset: number): RegExpExecArray | null {
  NAME.lastIndex = offset;
  return NAME.exec(text);
}

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
 * (validateLexer), as for the parser. Chevrotain's own messages for
 * unexpected characters are never shown (lex writes its own), so they are
 * not built: a file of ten million bad characters would build ten million.
 */
const lexerConfig = {
  positionTracking: "onlyOffset",
  ensureOptimizations: true,
  errorMessageProvider: { buildUnexpectedCharactersMessage: () => "", buildUnableToPopLexerModeMessage: () => "" },
} as const;
export const planLexer = new Lexer(allTokens, { ...lexerConfig, skipValidations: true });

/** Builds a lexer with Chevrotain's validations of the token definitions on; throws if one is unsound. */
export function validateLexer(): void {
  new Lexer(allTokens, lexerConfig);
}

/**
 * The most tokens and comments read from one plan. A real plan has about
 * one per 9 bytes (the samples: 8.9 to 10.9), so a plan of the 20 MiB size
 * limit has about 2.3 million; a text made of little else than separators
 * (20 MiB of ",") would have ten million, and the tree, problems and
 * findings built from them would not fit in memory. Reading stops here,
 * with one problem that says so.
 */
export const MAX_TOKENS = 2_500_000;

/**
 * The most syntax problems kept per plan, by the lexer and by the parser
 * each, and by parseDocument of both together: the first ones in the file,
 * then one problem that says the listing stopped. A thousand is more than a
 * drafter reads, and a file of a million stray braces must not make a
 * million messages.
 */
export const MAX_SYNTAX_PROBLEMS = 1000;

/**
 * The text is lexed this many characters at a time, so that reading can
 * stop at MAX_TOKENS without the tokens of the rest having been made.
 */
const CHUNK = 1 << 20;

/**
 * The longest single token (a text, a comment) read. V8's regular
 * expressions keep a stack of places to go back to, and on a quoted text of
 * ten million characters on one line it overflows (a RangeError); at four
 * million every pattern here is well inside it (a test checks). No plan has
 * a note of four million characters.
 */
export const MAX_TOKEN_LENGTH = 4 << 20;

export interface LexProblem {
  message: string;
  span: Span;
  /** A limit was reached (see SyntaxProblem in document.ts). */
  limit?: true;
  /** Nothing was skipped or split to recover (see SyntaxProblem in document.ts). */
  readAsTyped?: true;
  /** Which message this is, and its values, for a rule that says it in another language (see SyntaxProblem). */
  id?: string;
  params?: Readonly<Record<string, string | number>>;
}

export interface LexResult {
  tokens: IToken[];
  comments: IToken[];
  /** In offset order; at most MAX_SYNTAX_PROBLEMS. */
  problems: LexProblem[];
  /** Where the first problem not kept stands, when there were more than MAX_SYNTAX_PROBLEMS. */
  firstUnlisted?: Span;
  /**
   * Why reading stopped before the end (too many tokens, a token too
   * long), said of the plan ("it holds more than …"), at the place it stopped.
   */
  stopped?: LexProblem;
}

export interface LexOptions {
  /** MAX_TOKENS unless a test says otherwise. */
  maxTokens?: number;
  /** Characters lexed at a time (a test makes chunks tiny to show they change nothing). */
  chunk?: number;
}

/**
 * Tokenizes [start, end) of `text` (by default all of it); every offset in
 * the result is an offset of `text`. Never throws; problems are returned,
 * not raised. Reads at most MAX_TOKENS tokens and comments.
 *
 * The text is lexed a chunk at a time. A token may straddle a chunk's end,
 * so the last token, comment or bad character of a chunk is read again at
 * the start of the next; a text block (\"""…\""") may span many chunks, so
 * one that does not close in its chunk but closes further on is read again
 * from its start in a chunk that reaches its end. Lexing in chunks reads
 * every text as lexing it whole does (a property test checks).
 */
export function lex(text: string, start = 0, end = text.length, options: LexOptions = {}): LexResult {
  const maxTokens = options.maxTokens ?? MAX_TOKENS;
  const chunk = Math.max(1, options.chunk ?? CHUNK);
  const tokens: IToken[] = [];
  const comments: IToken[] = [];
  const problems = new BoundedProblems();
  let stopped: LexProblem | undefined;
  // Whether a text block closes after this offset; -1: not known yet.
  let noCloseAfter = -1;
  let at = start;
  // How far the next chunk must reach at least (the end of a text block).
  let reach = 0;
  let size = chunk;
  while (at < end) {
    const to = Math.min(end, Math.max(at + size, reach));
    const whole = at === 0 && to === text.length;
    const result = planLexer.tokenize(whole ? text : text.slice(at, to));
    const chunkTokens = result.tokens;
    const chunkComments = result.groups.comments ?? [];
    const errors = result.errors;

    // Where this chunk's reading stops being sure: a token the chunk's end
    // cut, or one decided by characters past that end (`2024` is a number
    // only if `-04-26` does not follow), ends within LOOKAHEAD of it; what
    // starts from the first piece that does is read again by the next
    // chunk. The chunk that ends the text is sure to its end.
    let sureTo = to - at;
    if (to < end) {
      const limit = to - at - LOOKAHEAD;
      sureTo = Math.min(
        limit,
        firstEndingAfter(chunkTokens, limit),
        firstEndingAfter(chunkComments, limit),
        firstErrorEndingAfter(errors, limit),
      );
    }
    // A text block that does not close in the chunk but closes further on
    // is read again from its start, by a chunk that reaches its end.
    for (const token of chunkTokens) {
      if (token.startOffset >= sureTo) break;
      if (token.tokenType !== UnterminatedTextBlock) continue;
      const from = at + token.startOffset + 3;
      if (noCloseAfter >= 0 && from >= noCloseAfter) break;
      const close = text.indexOf('"""', from);
      if (close < 0 || close + 3 > end) {
        noCloseAfter = from;
        break;
      }
      sureTo = token.startOffset;
      reach = close + 3;
      break;
    }
    if (sureTo <= 0) {
      if (reach > to) continue; // a text block from the chunk's start: read to its end
      // One piece is longer than the chunk: read a longer chunk from it,
      // up to the longest token there may be.
      if (to - at >= MAX_TOKEN_LENGTH) {
        stopped = {
          message: `a single name, text or comment there is longer than ${formatCount(MAX_TOKEN_LENGTH)} characters, more than a plan ever holds`,
          span: { start: at, end: at },
        };
        break;
      }
      size = Math.min(2 * (to - at), MAX_TOKEN_LENGTH);
      continue;
    }
    size = chunk;

    // Keep what was read before `sureTo`, within the limit of tokens.
    const room = maxTokens - tokens.length - comments.length;
    const keptTo = Math.min(sureTo, nthStart(chunkTokens, chunkComments, room, sureTo));
    for (const token of chunkTokens) {
      if (token.startOffset >= keptTo) break;
      token.startOffset += at;
      tokens.push(token);
      if (token.tokenType === UnterminatedString) {
        problems.add({
          message: 'this text has no closing quote: end it with " on the same line (use """…""" for text over several lines)',
          id: "unclosedString",
          span: tokenSpan(token),
        });
      } else if (token.tokenType === UnterminatedTextBlock) {
        problems.add({ message: 'this text block has no closing """', span: tokenSpan(token), id: "unclosedTextBlock" });
      }
    }
    for (const comment of chunkComments) {
      if (comment.startOffset >= keptTo) break;
      comment.startOffset += at;
      comments.push(comment);
    }
    for (const error of errors) {
      if (error.offset >= keptTo) break;
      problems.add(unexpectedCharacters(text, at + error.offset, error.length));
    }
    if (keptTo < sureTo) {
      stopped = {
        message: `it holds more than ${formatCount(MAX_TOKENS)} names, values, signs and comments, more than a plan of the largest size has`,
        span: { start: at + keptTo, end: at + keptTo },
      };
      break;
    }
    at += sureTo;
  }
  const listed = problems.sorted();
  return { tokens, comments, problems: listed.problems, firstUnlisted: listed.firstUnlisted, stopped };
}

/**
 * How many characters past its end the lexer may read to decide a token: a
 * number is told from a date by up to seven more (`2024` from
 * `2024-04-26` and the character after it).
 */
const LOOKAHEAD = 8;

/** Where the first of some offset-ordered tokens that ends after `limit` starts; Infinity if none does. */
function firstEndingAfter(tokens: readonly IToken[], limit: number): number {
  let first = Infinity;
  for (let i = tokens.length - 1; i >= 0 && tokens[i].startOffset + tokens[i].image.length > limit; i--) first = tokens[i].startOffset;
  return first;
}

/** The same for the lexer's runs of unexpected characters. */
function firstErrorEndingAfter(errors: readonly ILexingError[], limit: number): number {
  let first = Infinity;
  for (let i = errors.length - 1; i >= 0 && errors[i].offset + errors[i].length > limit; i--) first = errors[i].offset;
  return first;
}

/** Where the (n+1)th of two offset-ordered lists of tokens together starts; `otherwise` when they hold n or fewer. */
function nthStart(a: readonly IToken[], b: readonly IToken[], n: number, otherwise: number): number {
  if (a.length + b.length <= n) return otherwise;
  let i = 0;
  let j = 0;
  for (let taken = 0; taken < n; taken++) {
    if (j >= b.length || (i < a.length && a[i].startOffset < b[j].startOffset)) i++;
    else j++;
  }
  return Math.min(i < a.length ? a[i].startOffset : Infinity, j < b.length ? b[j].startOffset : Infinity);
}

function unexpectedCharacters(text: string, offset: number, length: number): LexProblem {
  const chars = text.substr(offset, Math.min(length, 21));
  const shown = length > 20 ? chars.slice(0, 20) + "…" : chars;
  return {
    message:
      length === 1
        ? `unexpected character '${printable(shown)}': the plan language does not use it here`
        : `unexpected characters '${printable(shown)}': the plan language does not use them here`,
    span: { start: offset, end: offset + length },
    id: "unexpectedCharacters",
    params: { characters: printable(shown), count: length === 1 ? 1 : 2 },
  };
}

/**
 * Syntax problems, at most MAX_SYNTAX_PROBLEMS of them: the first ones in
 * the file, whatever order they come in. Until twice the limit is reached
 * all are kept; then the later half is dropped (remembering where the first
 * dropped one stood), so memory stays bounded however many come.
 */
export class BoundedProblems {
  private problems: LexProblem[] = [];
  private firstDropped: Span | undefined;

  constructor(private readonly limit = MAX_SYNTAX_PROBLEMS) {}

  add(problem: LexProblem): void {
    if (this.firstDropped && problem.span.start >= this.firstDropped.start) return;
    this.problems.push(problem);
    if (this.problems.length >= 2 * this.limit) this.cut();
  }

  /** One more problem left out before this one, by whoever found it. */
  dropped(span: Span): void {
    if (!this.firstDropped || span.start < this.firstDropped.start) this.firstDropped = span;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0 && this.firstDropped === undefined;
  }

  private cut(): void {
    if (this.problems.length <= this.limit) return;
    this.problems.sort((a, b) => a.span.start - b.span.start);
    this.dropped(this.problems[this.limit].span);
    this.problems.length = this.limit;
  }

  /**
   * The problems kept, in offset order, and where the first one left out
   * stood. `before`: only those that start before it (where reading stopped).
   */
  sorted(before = Infinity): { problems: LexProblem[]; firstUnlisted?: Span } {
    this.cut();
    this.problems.sort((a, b) => a.span.start - b.span.start);
    // Those listed are all that come before the first left out: one left
    // out by the lexer may come before some the parser found.
    const first = this.firstDropped;
    const end = Math.min(before, first?.start ?? Infinity);
    const problems = end === Infinity ? this.problems : this.problems.filter((p) => p.span.start < end);
    return first && first.start < before ? { problems, firstUnlisted: first } : { problems };
  }
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
