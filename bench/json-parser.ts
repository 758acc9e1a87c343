/**
 * A minimal Chevrotain JSON parser: the floor any Chevrotain grammar can
 * reach on the same bytes (it recognises the text and builds nothing),
 * built as Chevrotain's performance guide says: one lexer, one parser,
 * alternatives cached, token categories. Beside it the same grammar
 * building the values (objects, arrays, strings, numbers), as JSON.parse
 * gives them: the floor for a parser that builds a tree, which ours must.
 */
import { createToken, EmbeddedActionsParser, Lexer, type IToken } from "chevrotain";

const Value = createToken({ name: "Value", pattern: Lexer.NA });
const LCurly = createToken({ name: "LCurly", pattern: "{" });
const RCurly = createToken({ name: "RCurly", pattern: "}" });
const LSquare = createToken({ name: "LSquare", pattern: "[" });
const RSquare = createToken({ name: "RSquare", pattern: "]" });
const Comma = createToken({ name: "Comma", pattern: "," });
const Colon = createToken({ name: "Colon", pattern: ":" });
const True = createToken({ name: "True", pattern: "true", categories: [Value] });
const False = createToken({ name: "False", pattern: "false", categories: [Value] });
const Null = createToken({ name: "Null", pattern: "null", categories: [Value] });
const StringLiteral = createToken({ name: "StringLiteral", pattern: /"(?:[^\\"]|\\(?:[bfnrtv"\\/]|u[0-9a-fA-F]{4}))*"/, categories: [Value] });
const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/, categories: [Value] });
const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\n\r]+/, group: Lexer.SKIPPED });

const tokens = [WhiteSpace, NumberLiteral, StringLiteral, LCurly, RCurly, LSquare, RSquare, Comma, Colon, True, False, Null, Value];
export const jsonLexer = new Lexer(tokens, { positionTracking: "onlyOffset", ensureOptimizations: true });

class JsonParser extends EmbeddedActionsParser {
  constructor() {
    super(tokens);
    this.performSelfAnalysis();
  }
  json = this.RULE("json", () => this.SUBRULE(this.value));
  private object = this.RULE("object", () => {
    this.CONSUME(LCurly);
    this.MANY_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.member) });
    this.CONSUME(RCurly);
  });
  private member = this.RULE("member", () => {
    this.CONSUME(StringLiteral);
    this.CONSUME(Colon);
    this.SUBRULE(this.value);
  });
  private array = this.RULE("array", () => {
    this.CONSUME(LSquare);
    this.MANY_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.value) });
    this.CONSUME(RSquare);
  });
  private readonly valueAlternatives = [
    { ALT: () => this.CONSUME(Value) },
    { ALT: () => this.SUBRULE(this.object) },
    { ALT: () => this.SUBRULE(this.array) },
  ];
  private value = this.RULE("value", () => this.OR(this.valueAlternatives));
}

const parser = new JsonParser();

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The same grammar, building the values; string escapes are kept as written (no decoding). */
class JsonValueParser extends EmbeddedActionsParser {
  constructor() {
    super(tokens);
    this.performSelfAnalysis();
  }
  json = this.RULE("json", (): JsonValue => this.SUBRULE(this.value));
  private object = this.RULE("object", () => {
    const object: { [key: string]: JsonValue } = {};
    this.CONSUME(LCurly);
    this.MANY_SEP({
      SEP: Comma,
      DEF: () => {
        const key = this.CONSUME(StringLiteral);
        this.CONSUME(Colon);
        const value = this.SUBRULE(this.value);
        if (!this.RECORDING_PHASE) object[key.image.slice(1, -1)] = value;
      },
    });
    this.CONSUME(RCurly);
    return object;
  });
  private array = this.RULE("array", () => {
    const array: JsonValue[] = [];
    this.CONSUME(LSquare);
    this.MANY_SEP({
      SEP: Comma,
      DEF: () => {
        const value = this.SUBRULE(this.value);
        if (!this.RECORDING_PHASE) array.push(value);
      },
    });
    this.CONSUME(RSquare);
    return array;
  });
  private readonly valueAlternatives = [
    { ALT: () => this.literal(this.CONSUME(Value)) },
    { ALT: () => this.SUBRULE(this.object) },
    { ALT: () => this.SUBRULE(this.array) },
  ];
  private value = this.RULE("value", (): JsonValue => this.OR(this.valueAlternatives));

  private literal(token: IToken): JsonValue {
    if (this.RECORDING_PHASE) return null;
    switch (token.tokenType) {
      case StringLiteral:
        return token.image.slice(1, -1);
      case NumberLiteral:
        return Number(token.image);
      case True:
        return true;
      case False:
        return false;
      default:
        return null;
    }
  }
}

const valueParser = new JsonValueParser();

/** Lexes and parses JSON text; throws if it is not JSON. */
export function parseJsonWithChevrotain(text: string): void {
  const lexed = jsonLexer.tokenize(text);
  parser.input = lexed.tokens;
  parser.json();
  if (lexed.errors.length > 0 || parser.errors.length > 0) throw new Error("not JSON");
}

/** Lexes and parses JSON text into its values; throws if it is not JSON. */
export function parseJsonToValues(text: string): JsonValue {
  const lexed = jsonLexer.tokenize(text);
  valueParser.input = lexed.tokens;
  const value = valueParser.json();
  if (lexed.errors.length > 0 || valueParser.errors.length > 0) throw new Error("not JSON");
  return value;
}
