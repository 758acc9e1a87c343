/**
 * The plan parser: Chevrotain, embedded actions, building the AST directly
 * (no intermediate CST, which would cost a second pass over every file).
 *
 * The grammar (docs/spec/LANGUAGE.md) is generic:
 *   member    := attribute | block
 *   attribute := IDENT ":" value ("," value)*
 *   block     := IDENT IDENT? STRING? "{" member* "}"
 * The file itself is parsed as `member*`, and the structure check (one `plan`
 * block, nothing outside it) is made afterwards: a stray line before the plan
 * is then one clear finding instead of a parse that gives up.
 *
 * `member` and `value` are not rules of their own (a rule call per member
 * and per value cost a tenth of a parse each): a block's keyword is told
 * from an attribute's name in one pass before parsing (markBlockKinds
 * retypes it BlockKind), so one token chooses between them.
 *
 * Recovery: nodes are attached to their parent when they start, not when they
 * finish, so when Chevrotain re-synchronises after an error the part of a
 * block that was parsed is kept and checked.
 */
import { EmbeddedActionsParser, EOF, tokenLabel, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";
import type { Attribute, Block, Member, Value, ValueKind } from "./ast";
import {
  allTokens,
  BlockKind,
  BoundedProblems,
  Colon,
  Comma,
  DateLiteral,
  Duration,
  Identifier,
  LCurly,
  NumberLiteral,
  printable,
  RCurly,
  StringLiteral,
  TextBlock,
  tokenSpan,
  StrayToken,
  UnterminatedString,
  UnterminatedTextBlock,
  ValueToken,
} from "./lexer";
import { formatCount, LineIndex, type Span } from "./text";

export interface ParseProblem {
  message: string;
  span: Span;
  /** A limit was reached (see SyntaxProblem in document.ts). */
  limit?: true;
  /** Which message this is, and its values (see SyntaxProblem in document.ts). */
  id?: string;
  params?: Readonly<Record<string, string | number>>;
}

function describeToken(token: IToken | undefined): string {
  if (!token || token.tokenType === EOF || !token.image) return "the end of the file";
  const image = token.image.length > 30 ? token.image.slice(0, 30) + "…" : token.image;
  return `'${printable(image.replace(/\r?\n/g, " "))}'`;
}

/** What a message says was found instead: a token's text as shown, or the end of the file. */
function foundParams(token: IToken | undefined): { found: string; atEnd: "yes" | "no" } {
  if (!token || token.tokenType === EOF || !token.image) return { found: "", atEnd: "yes" };
  const image = token.image.length > 30 ? token.image.slice(0, 30) + "…" : token.image;
  return { found: printable(image.replace(/\r?\n/g, " ")), atEnd: "no" };
}

function describeExpected(paths: TokenType[][][]): string {
  const labels = new Set<string>();
  for (const alt of paths) for (const path of alt) if (path[0]) labels.add(tokenLabel(path[0]));
  const list = [...labels];
  if (list.length <= 2) return list.join(" or ");
  return list.slice(0, -1).join(", ") + " or " + list[list.length - 1];
}

/** Messages in a drafter's words: what was expected, after what. */
const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous }) {
    const after = previous && previous.image ? ` after '${printable(previous.image)}'` : "";
    return `expected ${tokenLabel(expected)}${after}, found ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describeToken(firstRedundant)}: everything in the file belongs inside the plan's { … }`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual: lookahead, previous, ruleName }) {
    const actual = lookahead[0];
    const after = previous && previous.image ? ` after '${printable(previous.image)}'` : "";
    if (ruleName === "file" || ruleName === "block")
      return `expected an attribute (name: value) or a block${after}, found ${describeToken(actual)}`;
    return `expected ${describeExpected(expectedPathsPerAlt)}${after}, found ${describeToken(actual)}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual: lookahead, previous }) {
    const actual = lookahead[0];
    const after = previous && previous.image ? ` after '${printable(previous.image)}'` : "";
    return `expected ${describeExpected([expectedIterationPaths])}${after}, found ${describeToken(actual)}`;
  },
};

const valueKinds = new Map<TokenType, ValueKind>([
  [StringLiteral, "string"],
  [UnterminatedString, "string"],
  [TextBlock, "text"],
  [UnterminatedTextBlock, "text"],
  [NumberLiteral, "number"],
  [DateLiteral, "date"],
  [Duration, "duration"],
  [Identifier, "ident"],
]);

/**
 * A name as the plan means it: in Unicode's composed form (NFC), so that
 * "й" typed as one character and as и + a combining breve are one name.
 * ASCII names, nearly all of them, are already composed.
 */
function nfc(image: string): string {
  return /[^\x00-\x7f]/.test(image) ? image.normalize("NFC") : image;
}

/**
 * Whether a line break stands between two tokens that follow each other in
 * the token vector. Asked only where the grammar must know (a block header
 * sits on one line), so only those gaps are read: marking every token up
 * front added a property to each of Chevrotain's token objects, which cost
 * an allocation per token. Comments sit in the gaps (they are in their own
 * group) and end at a line break, so the scan still sees it.
 */
function breakBetween(text: string, before: IToken, after: IToken): boolean {
  for (let i = before.startOffset + before.image.length; i < after.startOffset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Whether a block header starts at tokens[i]: a `{` follows `kind`, `kind
 * id`, `kind "title"` or `kind id "title"`, with the kind, id and title on
 * one line. Anything else is an attribute, so `contact "+998"` reads as an
 * attribute with a missing colon, and a value at the end of one line is not
 * mistaken for the kind of a block on the next. Returns the index of the
 * header's `{`, or -1.
 */
function headerOpenAt(tokens: IToken[], i: number, text: string): number {
  const kind = tokens[i];
  const next = tokens[i + 1];
  if (!next) return -1;
  if (next.tokenType === LCurly) return i + 1;
  if (next.tokenType === Identifier) {
    if (breakBetween(text, kind, next)) return -1;
    const after = tokens[i + 2];
    if (after?.tokenType === LCurly) return i + 2;
    if (after?.tokenType !== StringLiteral || breakBetween(text, next, after)) return -1;
    return tokens[i + 3]?.tokenType === LCurly ? i + 3 : -1;
  }
  if (next.tokenType === StringLiteral && !breakBetween(text, kind, next)) return tokens[i + 2]?.tokenType === LCurly ? i + 2 : -1;
  return -1;
}

/**
 * Retypes the keyword of every block header BlockKind, in place, in one
 * pass before parsing: the parser then tells a block from an attribute by
 * one token, where it used to run a gate that looked three tokens ahead at
 * every member and every value (a third of a parse's allocations went to
 * Chevrotain's bookkeeping of that gate).
 */
function markBlockKinds(tokens: IToken[], text: string): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.tokenType !== Identifier) continue;
    const open = headerOpenAt(tokens, i, text);
    if (open < 0) continue;
    token.tokenType = BlockKind;
    token.tokenTypeIdx = BlockKind.tokenTypeIdx!;
    // The id and title are the header's, not headers of their own.
    i = open;
  }
}

/**
 * Closes, before the parser runs, the blocks whose `}` the indentation says
 * is missing: a block header that starts its line no deeper than an open
 * block's own header, in a block whose members are indented deeper than its
 * header, cannot be that block's member. One `}` is lost, and without this
 * everything after it would be read into the unclosed block (a stakeholder
 * holding the rest of the plan), giving a finding for every block that
 * follows and false "no population", "no evacuation" findings. A `}` is put
 * in, marked as invented (so the block still counts as unclosed and is
 * reported once), before the header that shows where it belonged. Plans
 * written without indentation are left alone.
 */
function closeByIndentation(tokens: IToken[], text: string): IToken[] {
  const open: { headerIndent: number; membersIndent: number | undefined }[] = [];
  let pendingHeader: number | undefined;
  const out: IToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const type = token.tokenType;
    const indent = indentationIfFirstOnLine(text, token.startOffset);
    if (type === BlockKind && indent !== undefined) {
      while (open.length > 0) {
        const top = open[open.length - 1];
        if (top.membersIndent === undefined || top.membersIndent <= top.headerIndent || indent > top.headerIndent) break;
        out.push(inventedClose(token));
        open.pop();
      }
    }
    if (open.length > 0 && indent !== undefined && type !== RCurly) {
      const top = open[open.length - 1];
      top.membersIndent ??= indent;
    }
    if (type === BlockKind) pendingHeader = indent ?? indentationOfLine(text, token.startOffset);
    // Only a header's '{' opens a block; any other '{' is stray to the parser.
    if (type === LCurly && pendingHeader !== undefined) {
      open.push({ headerIndent: pendingHeader, membersIndent: undefined });
      pendingHeader = undefined;
    }
    if (type === RCurly) open.pop();
    out.push(token);
  }
  return out;
}

/** A `}` the parser takes for the block's end, standing just before `next`, with no place in the text. */
function inventedClose(next: IToken): IToken {
  return {
    image: "}",
    startOffset: next.startOffset,
    endOffset: next.startOffset,
    tokenType: RCurly,
    tokenTypeIdx: RCurly.tokenTypeIdx!,
    isInsertedInRecovery: true,
  } as IToken;
}

/** The indentation of the line holding `offset`, if only white space stands before it on its line. */
function indentationIfFirstOnLine(text: string, offset: number): number | undefined {
  let i = offset - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) return undefined;
  return offset - i - 1;
}

/** The indentation of the line holding `offset`. */
function indentationOfLine(text: string, offset: number): number {
  let lineStart = offset;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  let i = lineStart;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i - lineStart;
}

/** A token Chevrotain invented to recover has no place in the text. */
function isReal(token: IToken | undefined): token is IToken {
  return token !== undefined && !token.isInsertedInRecovery && !Number.isNaN(token.startOffset);
}

class PlanParser extends EmbeddedActionsParser {
  /** The block whose members are being parsed; null at the top level. */
  private current: Block | null = null;
  private topLevel: Member[] = [];
  /** Problems the grammar actions find themselves (missing colon, bad escape), the first MAX_SYNTAX_PROBLEMS. */
  ownProblems = new BoundedProblems();
  /** Blocks whose `}` never came, innermost first. */
  unclosed: Block[] = [];

  /**
   * `validate`: check the grammar for ambiguities and left recursion while
   * analysing it. That takes tens of milliseconds at every start of the
   * command line, so the shared parser skips it and a test makes a
   * validating parser instead (Chevrotain's advice for production).
   */
  constructor(validate = false) {
    super(allTokens, { recoveryEnabled: true, errorMessageProvider: messages, maxLookahead: 4, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  begin(tokens: IToken[]): Member[] {
    this.input = tokens;
    this.current = null;
    this.topLevel = [];
    this.ownProblems = new BoundedProblems();
    this.unclosed = [];
    return this.topLevel;
  }

  // Rules are written for speed (Chevrotain's performance guide): the
  // alternatives of an OR are built once, not on every call, and the AST is
  // built in plain code guarded by RECORDING_PHASE instead of ACTION
  // closures allocated for every node.

  public file = this.RULE("file", () => {
    this.MANY(() => this.OR(this.fileAlternatives));
  });

  // A member (attribute or block) is chosen where it stands, in `file` and
  // in `block`, not through a rule of its own: a rule call per member cost
  // a tenth of a parse.
  private readonly memberAlternatives = [
    // A header's keyword was retyped BlockKind before parsing (markBlockKinds):
    // one token decides, with no gate to run for every member.
    { ALT: () => this.SUBRULE(this.block) },
    { ALT: () => this.SUBRULE(this.attribute) },
    // A token that cannot begin a member (a string with no name before it,
    // a stray comma): reported and skipped, so the rest of the block stays
    // inside its block instead of spilling into the parent.
    { ALT: () => this.stray(this.CONSUME(StrayToken)) },
  ];

  private readonly fileAlternatives = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      ...this.memberAlternatives,
      // A `}` with no block to close: reported, skipped, parsing goes on.
      { ALT: () => this.stray(this.CONSUME(RCurly)) },
    ],
  };

  private readonly blockMemberAlternatives = { IGNORE_AMBIGUITIES: true, DEF: this.memberAlternatives };

  private attach(member: Member): void {
    if (this.current) this.current.members.push(member);
    else this.topLevel.push(member);
  }

  private stray(token: IToken): void {
    if (this.RECORDING_PHASE || !isReal(token)) return;
    this.ownProblems.add(
      token.tokenType === RCurly
        ? { message: "'}' closes no block: remove it, or check the braces above", span: tokenSpan(token), id: "strayBrace" }
        : { message: `unexpected ${describeToken(token)}: a block holds attributes (name: value) and blocks`, span: tokenSpan(token), id: "unexpected", params: foundParams(token) },
    );
  }

  /**
   * Whether LA(1) is a value of the attribute being parsed. A name that
   * starts the next member (`name:` or a block header) is not: that is what
   * lets attributes end where the next member begins, several to a line.
   */
  private valueAhead(): boolean {
    const t1 = this.LA(1).tokenType;
    if (t1 !== Identifier) return valueKinds.has(t1);
    return this.LA(2).tokenType !== Colon;
  }

  private readonly valueGate = { GATE: () => this.valueAhead(), DEF: () => this.valueList() };
  private readonly nextValueGate = { GATE: () => this.valueAhead(), DEF: () => this.addValue(this.valueNode(this.CONSUME2(ValueToken))) };
  private readonly colonOption = () => {
    const colon = this.CONSUME(Colon);
    if (!this.RECORDING_PHASE) {
      const node = this.currentAttribute!;
      node.colon = tokenSpan(colon);
      node.span.end = node.colon.end;
    }
  };
  private readonly nextValue = () => {
    const comma = this.CONSUME(Comma);
    const before = this.valuesRead;
    this.OPTION3(this.nextValueGate);
    if (this.RECORDING_PHASE) return;
    const node = this.currentAttribute!;
    if (this.valuesRead === before) {
      const end = comma.startOffset + 1;
      const next = this.LA(1);
      const startsAttribute = next.tokenType === Identifier && this.LA(2).tokenType === Colon;
      this.ownProblems.add({
        message: startsAttribute
          ? `expected another value after ',' in '${node.name.text}': '${next.image}:' begins the next attribute, so remove the ','`
          : `expected another value after ',' in '${node.name.text}', found ${describeToken(next)}`,
        span: { start: comma.startOffset, end },
        id: startsAttribute ? "commaBeforeAttribute" : "valueAfterComma",
        params: { name: node.name.text, next: next.image ?? "", ...foundParams(next) },
      });
      node.span.end = Math.max(node.span.end, end);
    }
  };

  private valueList(): void {
    this.addValue(this.valueNode(this.CONSUME(ValueToken)));
    this.MANY(this.nextValue);
  }

  /** The attribute whose values are being parsed. */
  private currentAttribute: Attribute | undefined;
  /** How many values of it were read, those past MAX_VALUES included. */
  private valuesRead = 0;

  private attribute = this.RULE("attribute", () => {
    const nameToken = this.CONSUME(Identifier);
    let node: Attribute | undefined;
    if (!this.RECORDING_PHASE) {
      const nameSpan = tokenSpan(nameToken);
      node = {
        type: "attribute",
        name: { text: nfc(nameToken.image), span: nameSpan },
        // Every field is set when the node is made, optional ones to
        // undefined, so that all attributes share one shape in V8 and the
        // rules' property reads stay monomorphic (fast).
        colon: undefined,
        values: [],
        words: undefined,
        span: { start: nameSpan.start, end: nameSpan.end },
        parent: this.current,
      };
      this.attach(node);
      this.currentAttribute = node;
      this.valuesRead = 0;
    }
    // The colon and the values are optional in the grammar so that a missing
    // one is a precise finding here rather than a failed alternative.
    this.OPTION(this.colonOption);
    this.OPTION2(this.valueGate);
    if (this.RECORDING_PHASE) return;
    const a = node!;
    if (!a.colon && a.values.length === 0) {
      this.ownProblems.add({
        message: `'${a.name.text}' needs a colon and a value (${a.name.text}: …), or a { … } if it starts a block`,
        span: a.name.span,
        id: "colonAndValue",
        params: { name: a.name.text },
      });
    } else if (!a.colon) {
      this.ownProblems.add({
        message: `expected ':' after '${a.name.text}'`,
        span: { start: a.name.span.end, end: a.values[0].span.start },
        readAsTyped: true,
        id: "missingColon",
        params: { name: a.name.text },
      });
    } else if (a.values.length === 0) {
      this.ownProblems.add({
        message: `expected a value after '${a.name.text}:', found ${describeToken(this.LA(1))}`,
        span: a.colon,
        readAsTyped: true,
        id: "missingValue",
        params: { name: a.name.text, ...foundParams(this.LA(1)) },
      });
    }
  });

  private addValue(value: Value | undefined): void {
    if (this.RECORDING_PHASE || !value) return;
    const node = this.currentAttribute!;
    this.valuesRead++;
    // Past the limit a value is read (the attribute still ends after it)
    // but not kept.
    if (this.valuesRead <= MAX_VALUES) {
      node.values.push(value);
    } else if (this.valuesRead === MAX_VALUES + 1) {
      const limit = formatCount(MAX_VALUES);
      this.ownProblems.add({
        message: `'${node.name.text}' lists more than ${limit} values, more than any plan needs: the checker reads the first ${limit} and skips the rest. Shorten the list, or split it over several blocks`,
        span: node.name.span,
        limit: true,
      });
    }
    node.span.end = value.span.end;
  }

  private readonly idOption = () => {
    const idToken = this.CONSUME2(Identifier);
    if (this.RECORDING_PHASE) return;
    const node = this.currentBlock!;
    node.id = { text: nfc(idToken.image), span: tokenSpan(idToken) };
    node.span.end = node.id.span.end;
  };
  private readonly titleOption = () => {
    const titleToken = this.CONSUME(StringLiteral);
    if (this.RECORDING_PHASE) return;
    const node = this.currentBlock!;
    node.title = this.makeValue(titleToken);
    node.span.end = node.title.span.end;
  };
  private readonly memberInBlock = () => this.OR(this.blockMemberAlternatives);

  /** The block whose header is being parsed. */
  private currentBlock: Block | undefined;

  private block = this.RULE("block", () => {
    const kindToken = this.CONSUME(BlockKind);
    let node: Block | undefined;
    if (!this.RECORDING_PHASE) {
      const kindSpan = tokenSpan(kindToken);
      node = {
        type: "block",
        kind: { text: nfc(kindToken.image), span: kindSpan },
        // One shape for every block (see the attribute above).
        id: undefined,
        title: undefined,
        open: undefined,
        close: undefined,
        members: [],
        span: { start: kindSpan.start, end: kindSpan.end },
        parent: this.current,
        index: undefined,
      };
      this.attach(node);
      this.currentBlock = node;
    }
    this.OPTION(this.idOption);
    this.OPTION2(this.titleOption);
    const open = this.CONSUME(LCurly);
    const outer = this.current;
    if (!this.RECORDING_PHASE) {
      if (isReal(open)) {
        node!.open = tokenSpan(open);
        node!.span.end = node!.open.end;
      }
      this.current = node!;
    }
    try {
      this.MANY(this.memberInBlock);
      const close = this.CONSUME(RCurly);
      if (!this.RECORDING_PHASE && isReal(close)) node!.close = tokenSpan(close);
    } finally {
      // Runs on recovery too: a block cut short still ends where its last
      // member does, and parsing continues in the enclosing block.
      if (!this.RECORDING_PHASE) {
        this.current = outer;
        const b = node!;
        if (b.open && !b.close) this.unclosed.push(b);
        const last = b.members[b.members.length - 1];
        b.span.end = Math.max(b.span.end, b.close?.end ?? 0, last?.span.end ?? 0);
      }
    }
  });

  /**
   * A value token to its node. Values are consumed where they stand, not
   * through a rule of their own: valueAhead() has already decided that a
   * value stands there, and a rule call per value cost a tenth of a parse.
   */
  private valueNode(token: IToken): Value | undefined {
    return !this.RECORDING_PHASE && isReal(token) ? this.makeValue(token) : undefined;
  }

  private makeValue(token: IToken): Value {
    const kind = valueKinds.get(token.tokenType) ?? "ident";
    const span = tokenSpan(token);
    return { type: "value", kind, raw: token.image, text: this.decode(kind, token, span), span };
  }

  private decode(kind: ValueKind, token: IToken, span: Span): string {
    const raw = token.image;
    switch (kind) {
      case "string": {
        const closed = token.tokenType === StringLiteral;
        const body = raw.slice(1, closed ? -1 : raw.length);
        return this.unescape(body, span.start + 1);
      }
      case "text": {
        const closed = token.tokenType === TextBlock;
        return raw.slice(3, closed ? -3 : raw.length);
      }
      case "number":
        return raw.replace(/_/g, "");
      case "ident":
        return nfc(raw);
      default:
        return raw;
    }
  }

  /** Decodes `\"`, `\\`, `\n` and a closing typographic quote (`\»`, `\”`, `\“`); any other escape is reported. */
  private unescape(body: string, bodyOffset: number): string {
    if (!body.includes("\\")) return body;
    return body.replace(/\\(.?)/g, (match, next: string, at: number) => {
      if (next === '"' || next === "»" || next === "”" || next === "“") return next;
      if (next === "\\") return "\\";
      if (next === "n") return "\n";
      this.ownProblems.add({
        message: `unknown escape '${printable(match)}' in a quoted text: only \\" \\\\ and \\n are allowed, and \\» \\” \\“ for a closing quote (write \\\\ for a backslash)`,
        span: { start: bodyOffset + at, end: bodyOffset + at + match.length },
      });
      return match;
    });
  }
}

/**
 * The most values read for one attribute. A national plan's `covers:` or a
 * channel's `reaches:` may name a few thousand populations; a list ten
 * times longer is not one a reviewer can read, and a list of millions (one
 * attribute of 5 MB) would cost gigabytes in values and findings. The rest
 * is read past but not kept, with one problem at the first skipped.
 */
export const MAX_VALUES = 10_000;

/**
 * How deep blocks may nest. A plan needs three levels (plan, section, block
 * in a section); the parser recurses once per level, so without a limit a
 * file of ten thousand nested blocks would overflow the stack.
 */
export const MAX_NESTING = 32;

/**
 * Drops the tokens of blocks nested deeper than MAX_NESTING (from the `{`
 * that goes too deep to its matching `}`), with one problem at the first.
 */
function flattenTooDeep(tokens: IToken[], initialDepth: number): { tokens: IToken[]; problem?: ParseProblem } {
  let depth = initialDepth;
  let deepest = 0;
  for (const t of tokens) {
    if (t.tokenType === LCurly) deepest = Math.max(deepest, ++depth);
    else if (t.tokenType === RCurly && depth > 0) depth--;
  }
  if (deepest <= MAX_NESTING) return { tokens };
  const kept: IToken[] = [];
  let problem: ParseProblem | undefined;
  depth = initialDepth;
  for (const t of tokens) {
    if (t.tokenType === LCurly) {
      depth++;
      if (depth > MAX_NESTING) {
        if (depth === MAX_NESTING + 1) dropHeader(kept);
        problem ??= {
          message: `blocks are nested more than ${MAX_NESTING} deep here; a plan needs three levels (plan, section, block), so what is nested deeper is not read`,
          span: tokenSpan(t),
          limit: true,
        };
        continue;
      }
    } else if (t.tokenType === RCurly && depth > 0) {
      depth--;
      if (depth >= MAX_NESTING) continue;
    } else if (depth > MAX_NESTING) {
      continue;
    }
    kept.push(t);
  }
  return { tokens: kept, problem };
}

/** Removes a dropped block's header (`kind id "title"`) from the tokens kept. */
function dropHeader(kept: IToken[]): void {
  const last = () => kept[kept.length - 1]?.tokenType;
  if (last() === StringLiteral) kept.pop();
  if (last() === Identifier) {
    kept.pop();
    const before = kept[kept.length - 2]?.tokenType;
    if (last() === Identifier && before !== Colon && before !== Comma) kept.pop();
  }
}

/** Builds a parser with Chevrotain's grammar validations on; throws if the grammar is unsound. */
export function validateGrammar(): void {
  new PlanParser(true);
}

/** One parser for the process, reused for every file (Chevrotain's advice). */
let sharedParser: PlanParser | undefined;

export interface ParseResult {
  members: Member[];
  /** In no particular order; at most MAX_SYNTAX_PROBLEMS, the first ones in the file. */
  problems: ParseProblem[];
  /** Where the first problem not kept stands, when there were more. */
  firstUnlisted?: Span;
  /** Why the parser read no further than a place (too many members), at that place. */
  stopped?: ParseProblem;
  /** How many members (attributes and blocks) were read. */
  memberCount: number;
  /** Whether a block was closed by its indentation (closeByIndentation): its `}` is missing. */
  closedByIndentation: boolean;
}

export interface ParseOptions {
  /** The lexer stopped before the end of the text: blocks left open there are not the drafter's doing. */
  stopped?: boolean;
  /** The line index of `text`, if the caller has one (made when needed otherwise). */
  lines?: LineIndex;
  /** The most members to read (MAX_MEMBERS, or what a file's budget has left). */
  maxMembers?: number;
}

/**
 * Parses a token stream into top-level members. Never throws on any input.
 * `initialDepth`: how many blocks enclose the tokens (1 for a block of the plan reparsed alone).
 */
export function parseTokens(lexedTokens: IToken[], text: string, initialDepth = 0, options: ParseOptions = {}): ParseResult {
  sharedParser ??= new PlanParser();
  const parser = sharedParser;
  const { tokens: flat, problem: tooDeep } = flattenTooDeep(lexedTokens, initialDepth);
  markBlockKinds(flat, text);
  const tokens = closeByIndentation(flat, text);
  const closedByIndentation = tokens.length !== flat.length;
  const { count: memberCount, stopped } = keepMembers(tokens, options.maxMembers ?? MAX_MEMBERS);
  const members = parser.begin(tokens);
  parser.file();
  const problems = parser.ownProblems;
  if (tooDeep) problems.add(tooDeep);
  let lines = options.lines;
  const lineIndex = () => (lines ??= new LineIndex(text));
  const cutShort = options.stopped || stopped !== undefined;
  if (!cutShort) for (const block of parser.unclosed) problems.add(unclosedProblem(block, text, lineIndex));
  // Where the lexer stopped, the last member may be cut short: a value or
  // a brace missing at its last token is the limit's doing, not the drafter's.
  const cutAt = options.stopped ? (tokens[tokens.length - 1]?.startOffset ?? 0) : Infinity;
  let previousEnd = -1;
  for (const error of parser.errors) {
    // A missing '}' is reported above, once per block, naming the block;
    // when reading stopped early, not at all.
    if ((cutShort || parser.unclosed.length > 0) && error.message.startsWith("expected '}'")) continue;
    const previous = (error as { previousToken?: IToken }).previousToken;
    const problem = { message: error.message, span: errorSpan(error.token, previous, tokens, text) };
    // Chevrotain can report the same place twice while it re-synchronises.
    if (problem.span.start === previousEnd) continue;
    previousEnd = problem.span.start;
    problems.add(problem);
  }
  const listed = problems.sorted(cutAt);
  return { members, problems: listed.problems, firstUnlisted: listed.firstUnlisted, stopped, memberCount, closedByIndentation };
}

/**
 * The most attributes and blocks read from one plan. A plan of the 20 MiB
 * size limit written like the samples has about 500,000; each costs the
 * tree and the rules about a kilobyte, so text made of nothing but names
 * (20 MiB of "a ", 2.5 million attributes) would cost gigabytes.
 */
export const MAX_MEMBERS = 600_000;

/**
 * Whether a member starts at tokens[i]: a block's keyword (retyped
 * BlockKind) or a name that is not a value (after ':' or ',') nor a block's
 * id, unless a ':' follows it; what the parser reads as the start of a member.
 */
function startsMember(tokens: readonly IToken[], i: number): boolean {
  const type = tokens[i].tokenType;
  if (type === BlockKind) return true;
  if (type !== Identifier) return false;
  if (tokens[i + 1]?.tokenType === Colon) return true;
  const before = tokens[i - 1]?.tokenType;
  return before !== Colon && before !== Comma && before !== BlockKind;
}

/**
 * Cuts `tokens` before the member that would pass `max`, before parsing, so
 * that the members past it are never built; counts those kept, and says why
 * if it cuts.
 */
function keepMembers(tokens: IToken[], max: number): { count: number; stopped?: ParseProblem } {
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsMember(tokens, i)) continue;
    if (count < max) {
      count++;
      continue;
    }
    const at = tokens[i].startOffset;
    tokens.length = i;
    return {
      count,
      stopped: {
        message: `it holds more than ${formatCount(MAX_MEMBERS)} attributes and blocks, more than a plan of the largest size has`,
        span: { start: at, end: at },
      },
    };
  }
  return { count };
}

function blockLabel(block: Block): string {
  return block.id ? `${block.kind.text} '${block.id.text}'` : `'${block.kind.text}'`;
}

/** The indentation (spaces and tabs) of the line holding `offset`. */
function indentationAt(text: string, lines: LineIndex, offset: number): number {
  const lineStart = lines.lineStarts[lines.position(offset).line];
  let i = lineStart;
  while (text[i] === " " || text[i] === "\t") i++;
  return i - lineStart;
}

/**
 * A block whose `}` never came. Braces are usually lost inside it, not at
 * its end, so the message points at the first nested block whose `}` sits
 * less indented than its header: the likely place of the missing brace.
 */
function unclosedProblem(block: Block, text: string, lineIndex: () => LineIndex): ParseProblem {
  // Closed by its indentation (closeByIndentation): a member of its parent
  // follows it, at its level, so the '}' belongs just before that member.
  const siblings = block.parent?.members;
  const next = siblings?.[siblings.indexOf(block) + 1];
  if (next) {
    const line = (offset: number) => lineIndex().position(offset).line + 1;
    const nextLabel = next.type === "block" ? blockLabel(next) : `'${next.name.text}'`;
    return {
      message: `${blockLabel(block)} has no closing '}': put one after line ${line(block.span.end)}, before ${nextLabel} on line ${line(next.span.start)}`,
      span: block.kind.span,
      id: "unclosedBefore",
      params: {
        kind: block.kind.text,
        hasId: block.id ? "yes" : "no",
        id: block.id?.text ?? "",
        after: String(line(block.span.end)),
        // A block by its kind and id (or its kind alone), an attribute by its name.
        nextIsBlock: next.type === "block" && next.id ? "yes" : "no",
        next: next.type === "block" ? next.id?.text ?? next.kind.text : next.name.text,
        nextKind: next.type === "block" ? next.kind.text : "",
        nextLine: String(line(next.span.start)),
      },
    };
  }
  let suspect: Block | undefined;
  const visit = (b: Block): void => {
    for (const child of b.members) {
      if (suspect || child.type !== "block") continue;
      if (child.close && indentationAt(text, lineIndex(), child.close.start) < indentationAt(text, lineIndex(), child.kind.span.start)) {
        suspect = child;
        return;
      }
      visit(child);
    }
  };
  visit(block);
  const hint = suspect
    ? `; the '}' of ${blockLabel(suspect)} on line ${lineIndex().position(suspect.kind.span.start).line + 1} may be missing`
    : "";
  return {
    message: `${blockLabel(block)} has no closing '}'${hint}`,
    span: block.kind.span,
    id: "unclosed",
    params: {
      kind: block.kind.text,
      hasId: block.id ? "yes" : "no",
      id: block.id?.text ?? "",
      hasSuspect: suspect ? "yes" : "no",
      suspectHasId: suspect?.id ? "yes" : "no",
      suspect: suspect ? (suspect.id?.text ?? suspect.kind.text) : "",
      suspectKind: suspect?.kind.text ?? "",
      suspectLine: suspect ? String(lineIndex().position(suspect.kind.span.start).line + 1) : "",
    },
  };
}

/**
 * Where a syntax error stands: on the unexpected token when it is on the same
 * line as what came before it; otherwise just after the previous token, which
 * is where something is missing (a value at the end of a line, say).
 */
function errorSpan(token: IToken, previous: IToken | undefined, tokens: IToken[], text: string): Span {
  const last = tokens[tokens.length - 1];
  if (token.tokenType === EOF || !isReal(token)) {
    const anchor = isReal(previous) ? previous : last;
    if (!anchor) return { start: 0, end: 0 };
    const end = anchor.startOffset + anchor.image.length;
    return { start: end, end };
  }
  const tokenSpanned = tokenSpan(token);
  if (isReal(previous) && previous.image && !sameLine(previous, token, text)) {
    const end = previous.startOffset + previous.image.length;
    return { start: end, end };
  }
  return tokenSpanned;
}

function sameLine(a: IToken, b: IToken, text: string): boolean {
  const between = text.slice(a.startOffset + a.image.length, b.startOffset);
  return !/[\r\n]/.test(between);
}
