/**
 * The limits on what the lexer and the parser read (issue 13): tokens per
 * file, attributes and blocks per file, values per attribute, syntax
 * problems listed, the longest token. Each limit, when reached, gives one
 * problem that says where and what to do, and what lies past it is never
 * built. The limits are shown on small inputs, through the budget and
 * options the functions take, or on inputs just past the real limit; no
 * test here times anything (speed lives in npm run bench).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { closingBracesText, hugeAttributePlan } from "../../bench/shapes";
import { attributeOf, type Block } from "../../server/src/core/ast";
import { parseDocument } from "../../server/src/core/document";
import { lex, MAX_SYNTAX_PROBLEMS, MAX_TOKEN_LENGTH, MAX_TOKENS } from "../../server/src/core/lexer";
import { MAX_MEMBERS, MAX_VALUES } from "../../server/src/core/parser";

/** What lexing gives, in a form two lexings can be compared by. */
function shape(result: ReturnType<typeof lex>) {
  return {
    tokens: result.tokens.map((t) => [t.tokenType.name, t.startOffset, t.image]),
    comments: result.comments.map((t) => [t.startOffset, t.image]),
    problems: result.problems.map((p) => [p.span.start, p.span.end, p.message]),
    stopped: result.stopped && [result.stopped.span.start, result.stopped.message],
  };
}

/** Plan text made of the pieces that straddle a chunk's end worst: text blocks, dates against numbers, durations, escapes, CRLF. */
const planText = fc
  .array(
    fc.constantFrom(..."aZ09_-\" \t\r\n\uFEFF#{}:,@\\é".split(""), '"""', "2024-04-26", "2024", "-04", "30min", "min", "12_000", '\\"', "\r\n", "# note\n"),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(""));

describe("reading limits", function () {
  this.timeout(60_000);

  describe("the lexer", () => {
    it("reads a text in chunks exactly as it reads it whole, in any region of it", () => {
      fc.assert(
        fc.property(planText, fc.integer({ min: 1, max: 24 }), fc.nat(8), fc.nat(8), (text, chunk, cutStart, cutEnd) => {
          const start = Math.min(cutStart, text.length);
          const end = Math.max(start, text.length - cutEnd);
          assert.deepEqual(shape(lex(text, start, end, { chunk })), shape(lex(text, start, end, { chunk: 1 << 30 })));
        }),
        { numRuns: 3000 },
      );
    });

    it("stops at the limit of tokens and comments, keeping exactly the first ones and saying where it stopped", () => {
      fc.assert(
        fc.property(planText, fc.integer({ min: 1, max: 24 }), fc.nat(30), (text, chunk, limit) => {
          const whole = lex(text);
          const all = [...whole.tokens, ...whole.comments].map((t) => t.startOffset).sort((a, b) => a - b);
          const limited = lex(text, 0, text.length, { chunk, maxTokens: limit });
          const kept = [...limited.tokens, ...limited.comments].map((t) => t.startOffset).sort((a, b) => a - b);
          assert.deepEqual(kept, all.slice(0, limit));
          assert.equal(limited.stopped?.span.start, all.length > limit ? all[limit] : undefined);
        }),
        { numRuns: 3000 },
      );
    });

    it("stops at a token longer than it may read, instead of overflowing the regular expressions' stack", () => {
      // Twenty million characters in one quoted text threw a RangeError out
      // of V8's regular expressions (the command said "internal error").
      const text = `plan "P" {\n  area: "${"x".repeat(20_000_000)}"\n}\n`;
      const result = lex(text);
      assert.equal(result.stopped?.span.start, text.indexOf('"x'));
      assert.match(result.stopped!.message, new RegExp(`longer than ${MAX_TOKEN_LENGTH.toLocaleString("en-US")} characters`));
      assert.deepEqual(result.tokens.map((t) => t.image), ["plan", '"P"', "{", "area", ":"]);
    });

    it("lists at most the limit of problems, the first ones, however many bad characters there are", () => {
      const result = lex("@ ".repeat(50_000));
      assert.equal(result.problems.length, MAX_SYNTAX_PROBLEMS);
      assert.deepEqual(result.problems.at(-1)!.span, { start: 2 * (MAX_SYNTAX_PROBLEMS - 1), end: 2 * (MAX_SYNTAX_PROBLEMS - 1) + 1 });
      assert.deepEqual(result.firstUnlisted, { start: 2 * MAX_SYNTAX_PROBLEMS, end: 2 * MAX_SYNTAX_PROBLEMS + 1 });
    });
  });

  describe("a plan", () => {
    it("reads an attribute's first values up to the limit, with one problem at its name, and skips the rest", () => {
      const text = hugeAttributePlan(MAX_VALUES + 500);
      const document = parseDocument(text);
      const hazards = attributeOf(document.plan!, "hazards")!;
      assert.equal(hazards.values.length, MAX_VALUES);
      assert.equal(hazards.span.end, text.lastIndexOf("x") + 1, "the attribute still ends after its last value");
      const limits = document.syntaxProblems.filter((p) => p.limit);
      assert.equal(limits.length, 1);
      assert.deepEqual(limits[0].span, hazards.name.span);
      assert.equal(
        limits[0].message,
        "'hazards' lists more than 10,000 values, more than any plan needs: the checker reads the first 10,000 and skips the rest. Shorten the list, or split it over several blocks",
      );
      assert.equal(document.syntaxProblems.length, 1, "the values skipped are not problems of their own");
    });

    it("lists the first syntax problems and one that says the list stops, for any number of stray braces", () => {
      for (const braces of [2 * MAX_SYNTAX_PROBLEMS, 20 * MAX_SYNTAX_PROBLEMS]) {
        const document = parseDocument(closingBracesText(braces));
        assert.equal(document.syntaxProblems.length, MAX_SYNTAX_PROBLEMS + 1);
        assert.deepEqual(document.syntaxProblems[0], {
          message: "the checker lists the first 1,000 syntax problems, up to line 1,003, and no more: correct those and check again",
          span: { start: 0, end: 0 },
          limit: true,
        });
        assert.ok(document.syntaxProblems.slice(1).every((p) => p.message.startsWith("'}' closes no block")));
      }
    });

    it("reads no further than the file's budget of tokens, says so at its start with the line, and reports no brace it cut off", () => {
      const text = 'plan "P" {\n  population p "P" {\n    size: 1\n    languages: ru, tg, ky\n  }\n}\n';
      const document = parseDocument(text, undefined, undefined, { tokens: 12, members: MAX_MEMBERS });
      assert.deepEqual(document.syntaxProblems, [
        {
          message: `the checker reads this file only up to line 4: it holds more than ${MAX_TOKENS.toLocaleString("en-US")} names, values, signs and comments, more than a plan of the largest size has. Split the plan into smaller ones, or remove what does not belong in it`,
          span: { start: 0, end: 0 },
          limit: true,
        },
      ]);
      // What was read is kept; the value the limit cut off is not reported missing.
      const population = document.plan!.members[0] as Block;
      assert.deepEqual(attributeOf(population, "size")?.values.map((v) => v.text), ["1"]);
      assert.deepEqual(attributeOf(population, "languages")?.values, []);
    });

    it("keeps what it read before the budget of tokens ran out: the plan, its values and the problems found", () => {
      const braces = parseDocument('plan "P" {\n}\n' + "}\n".repeat(100), undefined, undefined, { tokens: 50, members: MAX_MEMBERS });
      assert.ok(braces.plan);
      assert.match(braces.syntaxProblems[0].message, /^the checker reads this file only up to line 49:/);
      // 46 stray braces read; the last, where reading stopped, is not reported.
      assert.equal(braces.syntaxProblems.filter((p) => p.message.startsWith("'}' closes no block")).length, 45);

      const values = parseDocument(hugeAttributePlan(MAX_VALUES + 500), undefined, undefined, { tokens: 2 * MAX_VALUES + 100, members: MAX_MEMBERS });
      assert.equal(attributeOf(values.plan!, "hazards")!.values.length, MAX_VALUES);
      assert.equal(values.syntaxProblems.length, 2);
      assert.match(values.syntaxProblems[0].message, /^the checker reads this file only up to line 2:/);
      assert.match(values.syntaxProblems[1].message, /^'hazards' lists more than 10,000 values/);
    });

    it("reads no further than the file's budget of attributes and blocks, and builds none past it", () => {
      const text = 'plan "P" {\n' + "  a: 1\n".repeat(50) + "}\n";
      const document = parseDocument(text, undefined, undefined, { tokens: MAX_TOKENS, members: 21 });
      assert.equal(document.plan!.members.length, 20, "the plan and 20 attributes");
      assert.equal(document.syntaxProblems.length, 1);
      assert.match(document.syntaxProblems[0].message, /^the checker reads this file only up to line 22: it holds more than 600,000 attributes and blocks/);
    });

    it("lists the first problems of a file of bare names, not one per name", () => {
      const document = parseDocument('plan "P" {\n' + "a ".repeat(5 * MAX_SYNTAX_PROBLEMS) + "\n}\n");
      assert.equal(document.syntaxProblems.length, MAX_SYNTAX_PROBLEMS + 1);
      assert.match(document.syntaxProblems[0].message, /^the checker lists the first 1,000 syntax problems, up to line 2,/);
    });

    it("lists the first bad escapes of a quoted text, not a hundred thousand", () => {
      const document = parseDocument(`plan "P" {\n  area: "${"\\q".repeat(100_000)}"\n}\n`);
      assert.equal(document.syntaxProblems.length, MAX_SYNTAX_PROBLEMS + 1);
    });

    it("reads blocks nested 100,000 deep as a bounded problem", () => {
      const document = parseDocument('plan "P" {\n' + "evacuation {\n".repeat(100_000) + "}\n".repeat(100_000) + "}\n");
      assert.equal(document.syntaxProblems.length, 1);
      assert.match(document.syntaxProblems[0].message, /nested more than 32 deep/);
    });
  });
});
