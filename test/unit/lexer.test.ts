import assert from "node:assert/strict";
import fc from "fast-check";
import { Lexer, type TokenType } from "chevrotain";
import { allTokens, lex, planLexer, validateLexer } from "../../server/src/core/lexer";
import { sampleFiles } from "../helpers/plan";

function kinds(text: string): string[] {
  return lex(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

describe("lexer", () => {
  it("reads every lexical element of LANGUAGE.md", () => {
    assert.deepEqual(
      kinds('kind: two-way kg_embassy KG "Central \\"stadium\\"" 12_000 2024-04-26 30min 2h 3d { } , :'),
      [
        "Identifier:kind",
        "Colon::",
        "Identifier:two-way",
        "Identifier:kg_embassy",
        "Identifier:KG",
        'StringLiteral:"Central \\"stadium\\""',
        "NumberLiteral:12_000",
        "DateLiteral:2024-04-26",
        "Duration:30min",
        "Duration:2h",
        "Duration:3d",
        "LCurly:{",
        "RCurly:}",
        "Comma:,",
        "Colon::",
      ],
    );
  });

  it("keeps comments in their own group, with their text", () => {
    const result = lex("size: 1 # reviewed by IOM\n# whole line");
    assert.deepEqual(result.comments.map((c) => c.image), ["# reviewed by IOM", "# whole line"]);
    assert.deepEqual(result.tokens.map((t) => t.image), ["size", ":", "1"]);
  });

  it("reads a text block over several lines, CRLF included", () => {
    const result = lex('note: """first\r\nsecond "quoted"\r\n"""');
    assert.equal(result.problems.length, 0);
    assert.equal(result.tokens[2].tokenType.name, "TextBlock");
    assert.equal(result.tokens[2].image, '"""first\r\nsecond "quoted"\r\n"""');
  });

  it("does not read a word that starts like a duration or a date as one", () => {
    assert.deepEqual(kinds("3days"), ["NumberLiteral:3", "Identifier:days"]);
    const glued = lex("2024-04-26x");
    assert.notEqual(glued.tokens[0].tokenType.name, "DateLiteral");
    assert.ok(glued.problems.length > 0, "a date glued to a word is reported");
  });

  it("reports an unterminated string and keeps lexing the next line", () => {
    const result = lex('contact: "+998 71\nkind: government');
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /no closing quote/);
    assert.deepEqual(result.problems[0].span, { start: 9, end: 17 });
    assert.deepEqual(result.tokens.slice(-3).map((t) => t.image), ["kind", ":", "government"]);
  });

  it("reports an unterminated text block without swallowing the file", () => {
    const result = lex('note: """never closed\nkind: government');
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /no closing """/);
    assert.equal(result.tokens[result.tokens.length - 1].image, "government");
  });

  it("reports characters the language does not use, with their place", () => {
    const result = lex("size: 12 @@ 13");
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].message, "unexpected characters '@@': the plan language does not use them here");
    assert.deepEqual(result.problems[0].span, { start: 9, end: 11 });
  });

  it("shows control characters in messages instead of printing them", () => {
    const result = lex("size: 1\u0000");
    assert.match(result.problems[0].message, /'\\0'/);
  });

  it("has sound token definitions (Chevrotain's validations, which the shipped lexer skips at start-up)", () => {
    assert.doesNotThrow(() => validateLexer());
  });

  it("reads every text as a lexer without first-character hints does (our start_chars_hint lists are right)", () => {
    // Build a lexer from the same token types with the hints taken away and
    // no first-character table at all: it tries every pattern at every
    // offset, which is the truth the hints must not change. (Names have a
    // custom pattern, for Unicode: Chevrotain cannot work its first
    // characters out, so it must run unoptimised here.)
    const hinted = allTokens as (TokenType & { START_CHARS_HINT?: unknown })[];
    const hints = hinted.map((t) => t.START_CHARS_HINT);
    let analysed: Lexer;
    try {
      for (const t of hinted) delete t.START_CHARS_HINT;
      analysed = new Lexer(allTokens, { positionTracking: "onlyOffset", ensureOptimizations: false, safeMode: true });
    } finally {
      hinted.forEach((t, i) => {
        if (hints[i] !== undefined) t.START_CHARS_HINT = hints[i];
      });
    }
    const same = (text: string) => {
      const a = planLexer.tokenize(text);
      const b = analysed.tokenize(text);
      const shape = (r: typeof a) => ({
        tokens: r.tokens.map((t) => [t.tokenType.name, t.startOffset, t.image]),
        comments: (r.groups.comments ?? []).map((t) => [t.startOffset, t.image]),
        errors: r.errors.map((e) => [e.offset, e.length]),
      });
      assert.deepEqual(shape(a), shape(b), JSON.stringify(text.slice(0, 80)));
    };
    for (const sample of sampleFiles()) same(sample.text);
    const alphabet = fc.constantFrom(..."aZ09_-\" \t\r\n\uFEFF\u00A0#{}:,@\\é日жЖʻ'’«»“”„ŭ̆".split(""), '"""', "2024-04-26", "30min", "12_000", "мчс", "oʻzbek", "𝔸");
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join("")), same), { numRuns: 2000 });
  });

  it("has the first-character optimisation on (Chevrotain's performance guide)", () => {
    // ensureOptimizations makes the constructor throw when a pattern defeats
    // the optimisation; the lexer was built, so every pattern is optimised.
    const lexer = planLexer as unknown as { canModeBeOptimized: Record<string, boolean> };
    assert.ok(Object.values(lexer.canModeBeOptimized).every(Boolean));
  });
});
