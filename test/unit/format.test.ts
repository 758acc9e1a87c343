import assert from "node:assert/strict";
import fc from "fast-check";
import { formatPlan } from "../../server/src/core/format";
import { lex } from "../../server/src/core/lexer";
import { sampleFiles } from "../helpers/plan";

/** Every token and comment, in order: what formatting must never change. */
function tokens(text: string): string[] {
  const lexed = lex(text);
  return [...lexed.tokens, ...lexed.comments].sort((a, b) => a.startOffset - b.startOffset).map((t) => t.image);
}

describe("formatting", () => {
  it("writes the canonical layout", () => {
    const messy = '# header\nplan   "X"{\ncountry :"Uzbekistan"   # trailing\n      hazards: flood ,mudflow,\n   earthquake\n\n\n\n  stakeholder mes "M" {kind: government contact:"1"}\n  note: """keep\n     this   as is"""   area: "a"\n  }';
    assert.equal(
      formatPlan(messy),
      '# header\nplan "X" {\n  country: "Uzbekistan" # trailing\n  hazards: flood, mudflow,\n    earthquake\n\n  stakeholder mes "M" { kind: government  contact: "1" }\n  note: """keep\n     this   as is"""  area: "a"\n}\n',
    );
  });

  it("keeps CRLF line endings and uses the indentation asked for", () => {
    assert.equal(formatPlan('plan "X" {\r\ncountry: "U"\r\n}', { indent: "\t" }), 'plan "X" {\r\n\tcountry: "U"\r\n}\r\n');
  });

  it("refuses a plan with syntax errors", () => {
    assert.equal(formatPlan('plan "X" {\n  country "U"\n}'), undefined);
  });

  for (const sample of sampleFiles()) {
    it(`leaves ${sample.name} as it is (the samples are canonical)`, () => {
      assert.equal(formatPlan(sample.text), sample.text);
    });
  }

  it("never loses, adds or reorders a token or comment, and is idempotent, whatever the spacing", () => {
    const samples = sampleFiles();
    const respaced = fc.record({
      sample: fc.nat({ max: samples.length - 1 }),
      seed: fc.array(fc.constantFrom("", " ", "   ", "\t", "\n", "\n\n\n"), { minLength: 50, maxLength: 50 }),
    });
    fc.assert(
      fc.property(respaced, ({ sample, seed }) => {
        // Change the white space between tokens, never inside them.
        const text = samples[sample].text;
        let i = 0;
        const mangled = text.replace(/[ \t]+/g, (space) => {
          const choice = seed[i++ % seed.length];
          return choice.includes("\n") || choice === "" ? space : choice;
        });
        const formatted = formatPlan(mangled);
        if (formatted === undefined) return;
        assert.deepEqual(tokens(formatted), tokens(mangled));
        assert.equal(formatPlan(formatted), formatted);
      }),
      { numRuns: 50 },
    );
  });
});
