/**
 * A minimal Chevrotain JSON parser: the floor any Chevrotain grammar can
 * reach on the same bytes (it recognises the text and builds nothing),
 * built as Chevrotain's performance guide says: one lexer, one parser,
 * alternatives cached, token categories.
 */
import { createToken, EmbeddedActionsParser, Lexer } from "chevrotain";

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

/** Lexes and parses JSON text; throws if it is not JSON. */
export function parseJsonWithChevrotain(text: string): void {
  const lexed = jsonLexer.tokenize(text);
  parser.input = lexed.tokens;
  parser.json();
  if (lexed.errors.length > 0 || parser.errors.length > 0) throw new Error("not JSON");
}
