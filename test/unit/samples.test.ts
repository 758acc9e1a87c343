import assert from "node:assert/strict";
import { walkBlocks, type Member } from "../../server/src/core/ast";
import { parseDocument } from "../../server/src/core/document";
import { check, sampleFiles, where } from "../helpers/plan";

const LANGUAGE_CODES = /^(SYN|SCH|NAM)/;

function outline(members: readonly Member[]): string[] {
  return [...walkBlocks(members)].map((b) => `${b.kind.text} ${b.id?.text ?? ""}`.trim());
}

function attributesOf(members: readonly Member[]): Extract<Member, { type: "attribute" }>[] {
  const found: Extract<Member, { type: "attribute" }>[] = [];
  const visit = (ms: readonly Member[]) => {
    for (const m of ms) {
      if (m.type === "attribute") found.push(m);
      else visit(m.members);
    }
  };
  visit(members);
  return found;
}

describe("samples", () => {
  const samples = sampleFiles();

  it("has at least six sample plans", () => {
    assert.ok(samples.length >= 6, `${samples.length} samples`);
  });

  for (const sample of samples) {
    describe(sample.name, () => {
      it("parses and resolves with no language finding", () => {
        const findings = check(sample.text).filter((f) => LANGUAGE_CODES.test(f.code));
        assert.deepEqual(findings.map((f) => `${where([f])[0]} ${f.message}`), []);
      });

      it("reports a typo anywhere at its line and column, and still checks the rest", () => {
        const original = parseDocument(sample.text);
        const attributes = attributesOf(original.members);
        const blocks = outline(original.members);
        // Every fifth attribute, so each sample tries a couple of dozen places.
        for (let i = 0; i < attributes.length; i += 5) {
          const attribute = attributes[i];
          // A misspelt attribute name, and a colon dropped further down.
          const at = attribute.name.span.end;
          let mutated = sample.text.slice(0, at) + "x" + sample.text.slice(at);
          const later = attributes.slice(i + 1).find((a) => a.colon && a.values.length > 0 && a.values[0].kind !== "ident");
          if (later?.colon) {
            const colon = later.colon.start + 1; // shifted by the inserted x
            mutated = mutated.slice(0, colon) + mutated.slice(colon + 1);
          }
          const findings = check(mutated).filter((f) => LANGUAGE_CODES.test(f.code));
          const line = original.lines.position(attribute.name.span.start);
          const expected = [`${line.line + 1}:${line.character + 1} SCH001`];
          if (later?.colon) {
            const colonAt = original.lines.position(later.colon.start);
            const shift = colonAt.line === line.line ? 1 : 0;
            expected.push(`${colonAt.line + 1}:${colonAt.character + 1 + shift} SYN001`);
          }
          assert.deepEqual(where(findings), expected, `typo in '${attribute.name.text}' of ${sample.name}`);
          assert.deepEqual(outline(parseDocument(mutated).members), blocks, "every block is still parsed");
        }
      });
    });
  }
});

describe("samples: what the checker finds", () => {
  it("the complete plan (tashkent-flood) gets no finding above info", () => {
    const text = sampleFiles().find((s) => s.name === "tashkent-flood.micic")!.text;
    assert.deepEqual(check(text).filter((f) => f.severity !== "info").map((f) => `${where([f])[0]} ${f.message}`), []);
  });

  it("every sample gives the findings recorded in test/golden/samples.stylish.txt", async () => {
    // Checked as of TODAY, so that plans going stale with time do not change
    // the record. After a deliberate change to a rule or a sample, rewrite it
    // with: UPDATE_GOLDEN=1 npx mocha -g "findings recorded"
    const { readFileSync, writeFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { stylish } = await import("../../server/src/cli/formatters/stylish");
    const { repoRoot } = await import("../helpers/plan");
    const results = sampleFiles().map((s) => ({ path: `samples/${s.name}`, findings: check(s.text) }));
    const golden = path.join(repoRoot, "test", "golden", "samples.stylish.txt");
    const actual = stylish(results, { color: false });
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
    assert.equal(actual, readFileSync(golden, "utf8"));
  });
});
